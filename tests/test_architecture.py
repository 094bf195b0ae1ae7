"""The layout is the architecture: packages in layers whose arrows run one way.

docs/architecture.md draws these layers. A module may import from its own
package and from the layers below it, never from a layer above or from a
peer package in its own layer: the conversation core knows no transport, the
NLU and the content know no conversation, and only the CLI sees everything.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.settings import project_root

PACKAGE = project_root() / "bot"
#: Lower numbers are lower layers. Root modules are listed by name.
LAYERS = {
    "bot.testing": 0,
    "bot.settings": 0,
    "bot.quiet": 0,
    "bot.i18n": 0,
    "bot.nlu": 1,
    "bot.content": 1,
    "bot.conversation": 2,
    "bot.privacy": 3,
    "bot.services": 4,
    "bot.staff": 5,
    "bot.edges": 6,
    "bot.cli": 7,
}
#: The root modules form one box: they may use each other.
ROOT_BOX = {"bot.settings", "bot.quiet", "bot.i18n"}
MAX_LINES = 350


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _box(module: str) -> str:
    parts = module.split(".")
    return ".".join(parts[:2])


def _imports(path: Path, top_level_only: bool) -> set[str]:
    """Modules of ``bot`` a file imports; ``TYPE_CHECKING`` blocks excluded.

    With ``top_level_only`` only what runs at import time (module body, and
    ``if``/``try`` blocks in it) counts: that is what can form a circle.
    """
    found: set[str] = set()

    def visit(node: ast.AST, top: bool) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("bot"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in MODULES else str(node.module))
        if top and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return
        for child in ast.iter_child_nodes(node):
            visit(child, top)

    visit(ast.parse(path.read_text(encoding="utf-8")), top_level_only)
    return found


MODULES = _modules()


def test_every_module_belongs_to_a_layer() -> None:
    unplaced = [m for m in MODULES if m != "bot" and _box(m) not in LAYERS]
    assert unplaced == [], f"add these to LAYERS and docs/architecture.md: {unplaced}"


def test_imports_run_down_the_layers() -> None:
    wrong = []
    for module, path in MODULES.items():
        if module == "bot":
            continue
        box = _box(module)
        for target in _imports(path, top_level_only=False):
            other = _box(target)
            if other == box or other == "bot" or (box in ROOT_BOX and other in ROOT_BOX):
                continue
            if LAYERS[other] >= LAYERS[box]:
                wrong.append(f"{module} imports {target} ({other} is not below {box})")
    assert wrong == []


def test_no_import_circle() -> None:
    graph = {m: _imports(p, top_level_only=True) & set(MODULES) for m, p in MODULES.items()}
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def walk(node: str, trail: list[str]) -> None:
        state[node] = 1
        for target in sorted(graph.get(node, ())):
            if state.get(target) == 1:
                circles.append([*trail[trail.index(target) :], target])
            elif target not in state:
                walk(target, [*trail, target])
        state[node] = 2

    for module in graph:
        if module not in state:
            walk(module, [module])
    assert circles == []


def test_no_module_is_too_long_to_read() -> None:
    long = {
        m: n
        for m, p in MODULES.items()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_module_imports_on_its_own() -> None:
    """Each module in a fresh interpreter: an import circle fails here whatever the order."""

    def load(module: str) -> tuple[str, int, str]:
        done = subprocess.run(
            [sys.executable, "-c", f"import {module}"],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=project_root(),
        )
        return module, done.returncode, done.stderr[-600:]

    with ThreadPoolExecutor(max_workers=2) as pool:
        failures = [r for r in pool.map(load, MODULES) if r[1] != 0]
    assert failures == []
