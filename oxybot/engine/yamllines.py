"""A safe YAML loader whose mappings remember their line numbers, for `path:line: message` reports.

Stricter than plain ``yaml.safe_load`` where lenience loses content or memory:
- a key repeated in one mapping is an error (YAML would keep only the last block, silently);
- aliases may not expand the document past ``MAX_EXPANDED_NODES`` nodes (a "billion laughs" file of a
  dozen lines would otherwise expand to gigabytes once the engine walks it).

PyYAML is imported on first use, not at import time: `oxybot ask` runs from the engine cache and
never parses YAML, and it must start fast.
"""

from __future__ import annotations

MAX_EXPANDED_NODES = 200_000
"""Nodes a document may hold once every alias is expanded; the shipped files use a few thousand."""


class Lines(dict):
    """A mapping that remembers the line of itself and of each key (1-based)."""

    line = 0
    key_lines: dict


class ContentProblems(Exception):
    """Problems found while building the document (duplicate keys), each as (line, message); all of
    them at once, so one `oxybot check` lists every duplicate."""

    def __init__(self, problems: list[tuple[int, str]]):
        super().__init__("; ".join(m for _, m in problems))
        self.problems = problems


def line_of(obj, key=None, default=1) -> int:
    """The line of ``key`` in a loaded mapping (or of the mapping itself), else ``default``."""
    if isinstance(obj, Lines):
        if key is not None and key in obj.key_lines:
            return obj.key_lines[key]
        return obj.line or default
    return default


def _expanded_size(root, limit: int):
    """The number of nodes ``root`` stands for with aliases expanded, or the first node at which the
    count passes ``limit`` (for its line). Shared nodes are counted once per use, memoised by id."""
    import yaml

    sizes: dict[int, int] = {}
    stack = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if id(node) in sizes:
            continue
        if isinstance(node, yaml.ScalarNode):
            sizes[id(node)] = 1
            continue
        children = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value
        if not children_done:
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        total = 1 + sum(sizes[id(c)] for c in children)
        if total > limit:
            return node
        sizes[id(node)] = total
    return None


_loader = None


def _make_loader():
    import yaml

    class LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def get_single_data(self):
            node = self.get_single_node()
            if node is None:
                return None
            too_big = _expanded_size(node, MAX_EXPANDED_NODES)
            if too_big is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, f"aliases expand this document past {MAX_EXPANDED_NODES:,} nodes; "
                                "write the lists out or use fewer aliases", too_big.start_mark)
            self.problems = []
            data = self.construct_document(node)
            if self.problems:
                raise ContentProblems(self.problems)
            return data

    def construct_mapping(loader, node, deep=False):
        seen: dict = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            try:
                key = loader.construct_object(key_node, deep=True)
                first = seen.get(key)
                if first is None:
                    seen[key] = key_node.start_mark.line + 1
                    continue
            except TypeError:  # an unhashable key is reported by the schema check
                continue
            loader.problems.append((key_node.start_mark.line + 1,
                                    f"duplicate key '{key}' (first at line {first}); YAML would keep only the last"))
        mapping = Lines(yaml.SafeLoader.construct_mapping(loader, node, deep=True))
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = seen
        return mapping

    LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return LineLoader


def load_with_lines(text: str):
    global _loader
    import yaml

    if _loader is None:
        _loader = _make_loader()
    return yaml.load(text, Loader=_loader)  # noqa: S506 - a SafeLoader subclass
