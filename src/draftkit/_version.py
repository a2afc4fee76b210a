"""draftkit's version, written here only: the build reads it, ``draftkit --version`` reads the installed metadata."""

__version__ = "0.1.0"
