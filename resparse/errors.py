"""Errors that the command line turns into a one-line message and exit code 2."""


class InputError(Exception):
    """The input cannot be read as a resolution: unreadable, binary, empty or undecodable."""
