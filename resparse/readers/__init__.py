"""Readers turn what the user opened into text (and, for rich formats, links) for the layout stage."""
