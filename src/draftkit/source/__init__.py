"""Reading input text into located documents: the layer every loader stands on.

``text`` reads a file's bytes as text (size limits, encodings), ``yaml_source`` parses YAML or
JSON keeping the line and column of every value, ``document`` is the located result
(``SourceDocument``), ``files`` picks the parser by name, and ``model_errors`` turns a pydantic
``ValidationError`` into located problems. Nothing here knows frameworks, catalogs or packs:
those loaders (:mod:`draftkit.load`, :mod:`draftkit.catalog`, :mod:`draftkit.assess.pack`) stand on it.
"""
