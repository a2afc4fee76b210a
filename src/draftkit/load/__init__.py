"""Step 1 of the data flow: read files into located documents and validated models."""

from draftkit.load.errors import InputError, Problem
from draftkit.load.framework import load_framework, parse_framework

__all__ = ["InputError", "Problem", "load_framework", "parse_framework"]
