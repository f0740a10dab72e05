"""The simulation is a pure core: no pygame, no global random, nothing done at import."""

from __future__ import annotations

import ast
from pathlib import Path

import game.sim
from tests.imports import imported_modules

SIM_DIR = Path(game.sim.__file__).parent


def test_no_sim_module_imports_pygame_or_the_ui():
    for path in sorted(SIM_DIR.glob("*.py")):
        bad = {
            m
            for m in imported_modules(path)
            if m.split(".")[0] == "pygame" or m.startswith("game.ui")
        }
        assert not bad, f"{path.name} imports {sorted(bad)}"


def test_no_sim_module_uses_the_global_random_generator():
    for path in sorted(SIM_DIR.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            uses_global = (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "random"
                and node.attr != "Random"
            )
            assert not uses_global, f"{path.name}:{node.lineno} uses the global random"


def test_every_sim_module_stays_small_and_says_what_it_does():
    for path in sorted(SIM_DIR.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) < 400, path.name
        assert ast.get_docstring(ast.parse(text)), path.name
