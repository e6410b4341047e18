"""The version of resparse: one place, read by the package metadata and by the outputs that name it."""

__version__ = "0.1.0"
