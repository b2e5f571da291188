"""The house plan: packages own one part each, faces import the core and never each other, no cycles."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"

# Who may import whom (by top-level part of bot/); cli.py is the dispatcher above every face.
ALLOWED = {
    "core": {"core"},
    "render": {"core", "render"},
    "store": {"core", "store"},
    "repl": {"core", "render", "store", "repl"},
    "slack": {"core", "render", "store", "slack"},
    "mcp": {"core", "render", "store", "mcp"},
    "tools": {"core", "render", "store", "tools"},
    "cli": {"core", "render", "store", "repl", "slack", "mcp", "tools"},
}


def module_name(path: Path) -> str:
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in BOT.rglob("*.py")}


def _type_checking_only(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return True
    return False


def imports_of(name: str) -> set[str]:
    """The bot modules `name` imports at run time (imports under `if TYPE_CHECKING:` are only for types)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if _type_checking_only(node, parents):
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("bot")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in MODULES else node.module)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: imports_of(name) for name in MODULES}


def part(module: str) -> str:
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "bot"


def find_cycle() -> list[str]:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(GRAPH):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_no_import_cycles() -> None:
    assert find_cycle() == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    GRAPH["bot.core.model"].add("bot.core.engine")
    try:
        assert find_cycle()
    finally:
        GRAPH["bot.core.model"].discard("bot.core.engine")


@pytest.mark.parametrize("name", sorted(n for n in MODULES if part(n) in ALLOWED))
def test_each_part_imports_only_what_it_may(name: str) -> None:
    wrong = sorted(m for m in GRAPH[name] if part(m) not in ALLOWED[part(name)])
    assert wrong == [], f"{name} imports {wrong}"


@pytest.mark.parametrize("path", sorted(BOT.rglob("__init__.py")), ids=lambda p: str(p.parent.name))
def test_every_package_says_in_one_line_what_it_owns(path: Path) -> None:
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc, f"{path} has no docstring"
    assert "\n" not in doc.strip()
