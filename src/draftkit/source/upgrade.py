"""Version 1 documents read as version 2, in memory: the data and where each value was written.

The only change of meaning between the versions that a version 1 file can express is the
fault element of an offence: version 1 recorded one (``mental_element: intent``), version 2
records the set of fault elements any one of which suffices (``mental_elements: [intent]``).
A version 1 value becomes a set of one; a field left out stays left out (version 1's default
``none`` was never a statement by the drafter, and version 2 reads an empty set as unknown).
Everything version 2 added is optional, so nothing else changes but the version number.

``draftkit migrate`` rewrites the file itself with the same rules (:mod:`draftkit.load.migrate`);
reading a version 1 file does this upgrade silently, so a version 1 file keeps working.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from draftkit.source.document import Located, SourceDocument

__all__ = ["OLD_FAULT_KEY", "Rename", "is_version_1", "node_at", "renames", "upgrade_document"]

OLD_FAULT_KEY = "mental_element"
NEW_FAULT_KEY = "mental_elements"

Rename = tuple[tuple[str | int, ...], Any]
"""(path of the elements mapping, the version 1 value of its ``mental_element``)."""


def _offence_elements(data: Any) -> Iterator[tuple[tuple[str | int, ...], dict[str, Any]]]:
    """(path, mapping) of the ``elements`` of every offence of a framework or catalog document."""
    if not isinstance(data, dict):
        return
    provisions = data.get("provisions")
    if not isinstance(provisions, list):
        return
    for index, provision in enumerate(provisions):
        if isinstance(provision, dict) and provision.get("kind") == "offence":
            elements = provision.get("elements")
            if isinstance(elements, dict):
                yield ("provisions", index, "elements"), elements


def renames(data: Any) -> list[Rename]:
    """The ``mental_element`` keys a version 1 document holds, where and with which value."""
    return [(path, elements[OLD_FAULT_KEY]) for path, elements in _offence_elements(data) if OLD_FAULT_KEY in elements]


def is_version_1(data: Any) -> bool:
    """Declares version 1, or declares no version and uses a field only version 1 has."""
    if not isinstance(data, dict):
        return False
    if "draftkit" not in data:
        return bool(renames(data))
    return type(data["draftkit"]) is int and data["draftkit"] == 1


def node_at(located: Located | int | None, path: tuple[str | int, ...]) -> Located | int | None:
    """Where the value at ``path`` was written: its ``Located`` (mapping or list) or offset (scalar)."""
    node = located
    for part in path:
        if not isinstance(node, Located) or node.children is None:
            return None
        children = node.children
        if isinstance(children, list) and isinstance(part, int) and 0 <= part < len(children):
            node = children[part]
        elif isinstance(children, dict) and isinstance(part, str) and part in children:
            node = children[part]
        else:
            return None
    return node


def _node(document: SourceDocument, path: tuple[str | int, ...]) -> Located | None:
    node = node_at(document.located, path)
    return node if isinstance(node, Located) else None


def upgrade_document(document: SourceDocument) -> bool:
    """Turn a version 1 framework or catalog document into version 2 in place; False if it is not version 1.

    Locations move with the values: a problem with an upgraded ``mental_elements[0]`` is
    reported where the version 1 ``mental_element`` value was written. A value that is not a
    plain enum name (a list, a mapping) is carried over as it is, and version 2's validation
    then says what is wrong with it, at its place.
    """
    data = document.data
    if not is_version_1(data):
        return False
    for path, elements in _offence_elements(data):
        if OLD_FAULT_KEY not in elements or NEW_FAULT_KEY in elements:
            continue  # both keys: version 2 validation reports the unknown old one
        value = elements.pop(OLD_FAULT_KEY)
        new_value = [value] if isinstance(value, str) else value
        # keep the key order: the new key where the old one was
        items = list(elements.items())
        position = _key_position(document, path, OLD_FAULT_KEY, len(items))
        items.insert(position, (NEW_FAULT_KEY, new_value))
        elements.clear()
        elements.update(items)
        node = _node(document, path)
        if node is not None and isinstance(node.children, dict):
            child = node.children.pop(OLD_FAULT_KEY, None)
            if child is not None:
                offset = child if isinstance(child, int) else child.offset
                node.children[NEW_FAULT_KEY] = Located(offset, [child]) if new_value is not value else child
            if node.keys is not None and OLD_FAULT_KEY in node.keys:
                node.keys[NEW_FAULT_KEY] = node.keys.pop(OLD_FAULT_KEY)
    if "draftkit" in data:
        data["draftkit"] = 2
    return True


def _key_position(document: SourceDocument, path: tuple[str | int, ...], key: str, default: int) -> int:
    """Where ``key`` stood among its mapping's keys before it was removed (its original index)."""
    node = _node(document, path)
    if node is None or node.keys is None or key not in node.keys:
        return default
    order = sorted(node.keys, key=lambda name: node.keys[name] if node.keys else 0)
    return order.index(key)
