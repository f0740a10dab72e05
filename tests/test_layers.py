"""The layers of ``game``: a module imports only from its own layer and the ones below.

content < quiz < sim < services and storage < ui and web < commands (and ``cli``);
``errors``, ``paths``, ``limits``, ``textsafe`` and ``values`` lie under everything. ``ui`` and ``web`` are side by side and
never import each other. Layers that do not exist yet (``services``, ``web``) are held to
the same rule the day they appear. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

GAME = Path(__file__).resolve().parents[1] / "game"

RANKS = {
    "errors": 0,
    "paths": 0,
    "limits": 0,
    "textsafe": 0,
    "values": 0,
    "content": 1,
    "quiz": 2,
    "sim": 3,
    "services": 4,
    "storage": 4,
    "ui": 5,
    "web": 5,
    "commands": 6,
    "cli": 6,
    "cli_args": 6,
    "cli_pack": 6,
    "__main__": 7,
}
SIDE_BY_SIDE = {frozenset({"ui", "web"})}
PURE = ("content", "quiz", "sim")  # pure Python: no pygame


def layer_of(module: str) -> str | None:
    """The layer of a dotted module name inside ``game`` (None outside it or at its root)."""
    parts = module.split(".")
    if parts[0] != "game" or len(parts) < 2:
        return None
    return parts[1]


def game_modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(GAME.rglob("*.py")):
        parts = path.relative_to(GAME.parent).with_suffix("").parts
        found.append((".".join(p for p in parts if p != "__init__"), path))
    return found


def imports_of(path: Path, module: str) -> list[tuple[int, str]]:
    found = []
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # a relative import, resolved against the package
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((node.lineno, base))
    return found


def violations(modules: list[tuple[str, Path]]) -> list[str]:
    problems = []
    for module, path in modules:
        here = layer_of(module)
        if here is None:
            continue
        for line, name in imports_of(path, module):
            there = layer_of(name)
            where = f"{module}:{line}"
            if here in PURE and name.split(".")[0] == "pygame":
                problems.append(f"{where}: {here} is pure but imports pygame")
            if there is None or there == here:
                continue
            if there not in RANKS or here not in RANKS:
                problems.append(f"{where}: {here} -> {there}: a layer the test does not know")
            elif RANKS[there] > RANKS[here] or frozenset({here, there}) in SIDE_BY_SIDE:
                problems.append(f"{where}: {here} imports {name} from a higher layer")
    return problems


def test_no_module_imports_from_a_higher_layer() -> None:
    assert violations(game_modules()) == []


def test_the_layer_test_catches_an_upward_import(tmp_path: Path) -> None:
    content = tmp_path / "game" / "content"
    web = tmp_path / "game" / "web"
    content.mkdir(parents=True)
    web.mkdir()
    (content / "bad.py").write_text("def f():\n    from game.quiz import engine\n")
    (web / "server.py").write_text("from game.ui import app\nfrom game.services import x\n")
    found = violations(
        [("game.content.bad", content / "bad.py"), ("game.web.server", web / "server.py")]
    )
    assert [f.split(": ", 1)[1] for f in found] == [
        "content imports game.quiz from a higher layer",
        "web imports game.ui from a higher layer",
    ]


def test_every_package_of_game_has_a_layer() -> None:
    packages = {layer_of(module) for module, _ in game_modules()} - {None}
    assert packages <= set(RANKS), sorted(packages - set(RANKS))
