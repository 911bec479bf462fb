"""The import graph: layers point one way (engine <- present/transcript <- app, cli) and form no circle."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "oxybot"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports() -> dict[str, set[str]]:
    """module -> the oxybot modules it imports (at any depth of the file: lazy imports count too)."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")
                if node.level:
                    base = base[: len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                if target.startswith("oxybot"):
                    found.add(target)
                    found.update(f"{target}.{a.name}" for a in node.names)  # "from . import cache"
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("oxybot"))
        graph[name] = found
    known = set(graph)
    return {m: {t for t in targets if t in known and t != m} for m, targets in graph.items()}


def test_the_engine_imports_nothing_above_it():
    allowed = {"oxybot", "oxybot.locations"}  # the bare package, and where content and cache are (a leaf)
    for module, targets in imports().items():
        if module.startswith("oxybot.engine"):
            outside = {t for t in targets if not t.startswith("oxybot.engine") and t not in allowed}
            assert not outside, f"{module} imports {outside}"


def test_only_the_app_and_the_command_line_import_the_app():
    for module, targets in imports().items():
        if not module.startswith("oxybot.app") and module != "oxybot.cli":
            assert not {t for t in targets if t.startswith("oxybot.app")}, module


def test_plain_modules_do_not_import_the_command_line_or_the_server():
    for module, targets in imports().items():
        if module not in ("oxybot.cli", "oxybot.__main__"):
            assert not targets & {"oxybot.cli", "oxybot.serve"}, module


def test_there_is_no_import_circle():
    graph = imports()
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in graph.get(module, ()):
            if target.startswith(module + "."):
                continue  # a package importing its own module is not a circle
            assert state.get(target) != 1, " -> ".join(path + [target])
            if target not in state:
                visit(target, path + [target])
        state[module] = 2

    for module in graph:
        if module not in state:
            visit(module, [module])
