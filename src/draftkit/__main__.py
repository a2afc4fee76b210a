"""``python -m draftkit`` runs the command line."""

from draftkit.cli import command

command()
