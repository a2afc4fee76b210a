"""Step 1 of the data flow: read files into located documents and validated models."""

from draftkit.load.dump import framework_to_json, framework_to_yaml
from draftkit.load.errors import InputError, Problem
from draftkit.load.framework import load_framework, parse_framework

__all__ = ["InputError", "Problem", "framework_to_json", "framework_to_yaml", "load_framework", "parse_framework"]
