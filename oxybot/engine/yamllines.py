"""A safe YAML loader whose mappings remember their line numbers, for `path:line: message` reports.

PyYAML is imported on first use, not at import time: `oxybot ask` runs from the engine cache and
never parses YAML, and it must start fast.
"""

from __future__ import annotations


class Lines(dict):
    """A mapping that remembers the line of itself and of each key (1-based)."""

    line = 0
    key_lines: dict


def line_of(obj, key=None, default=1) -> int:
    """The line of ``key`` in a loaded mapping (or of the mapping itself), else ``default``."""
    if isinstance(obj, Lines):
        if key is not None and key in obj.key_lines:
            return obj.key_lines[key]
        return obj.line or default
    return default


_loader = None


def _make_loader():
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def construct_mapping(loader, node, deep=False):
        mapping = Lines(yaml.SafeLoader.construct_mapping(loader, node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, _ in node.value:
            try:
                mapping.key_lines[loader.construct_object(key_node, deep=True)] = key_node.start_mark.line + 1
            except TypeError:  # an unhashable key is reported by the schema check
                pass
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def load_with_lines(text: str):
    global _loader
    import yaml

    if _loader is None:
        _loader = _make_loader()
    return yaml.load(text, Loader=_loader)  # noqa: S506 - a SafeLoader subclass
