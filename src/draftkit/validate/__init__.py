"""Checks beyond the shape of a document: references, duplicates, citations."""
