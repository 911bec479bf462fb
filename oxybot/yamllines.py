"""A safe YAML loader whose mappings remember their line numbers, for `path:line: message` reports."""

from __future__ import annotations

import yaml

from .content import _Lines


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    pass


def _construct_mapping(loader, node, deep=False):
    mapping = _Lines(yaml.SafeLoader.construct_mapping(loader, node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, _ in node.value:
        try:
            mapping.key_lines[loader.construct_object(key_node, deep=True)] = key_node.start_mark.line + 1
        except TypeError:  # an unhashable key is reported by the schema check
            pass
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_with_lines(text: str):
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
