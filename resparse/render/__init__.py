"""Renderers: each a function of the model to text. No parsing happens here."""
