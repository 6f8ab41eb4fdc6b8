"""The package's modules import one another without circles (lazy imports inside functions included).

A circle hides in a function-level import until the day someone moves it to the top of the
file; the engine layer (``stance.engine``) was introduced to end ``batch`` <-> ``dask_engine``,
and ``persistence`` <-> ``safe`` ended with ``export_skops`` moving into ``persistence``.
Package ``__init__`` files (re-exports, ``__version__``) are left out of the graph.
"""

import ast
from pathlib import Path

import stance

ROOT = Path(stance.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph() -> dict[str, set[str]]:
    """module -> the stance modules it imports anywhere in its code."""
    modules = {_module_name(p): p for p in ROOT.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        if path.name == "__init__.py":
            continue
        package = name.rsplit(".", 1)[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                targets = [f"{base}.{alias.name}" for alias in node.names] + [base]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            for target in targets:
                if target in modules and modules[target].name != "__init__.py" and target != name:
                    found.add(target)
                    break
        graph[name] = found
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_engine_layer_ends_the_old_circles():
    graph = import_graph()
    assert "stance.batch" not in graph["stance.engine.on_dask"] | graph["stance.engine.local"]
    assert "stance.persistence" not in graph["stance.safe"]
    for command in ("stance.batch", "stance.article.extract"):  # both run on the one engine
        assert {"stance.engine.local", "stance.engine.on_dask"} <= graph[command]


def test_no_module_imports_itself_through_others():
    assert _cycle(import_graph()) is None
