"""The services sit between the rules and the screens: they import neither pygame nor the
UI, the web server or the commands, so every front end can drive them."""

from __future__ import annotations

from pathlib import Path

import game.services
from tests.imports import imported_modules

SERVICES_DIR = Path(game.services.__file__).parent
ABOVE = ("pygame", "game.ui", "game.web", "game.commands", "game.cli")


def test_no_service_imports_pygame_or_a_layer_above_it() -> None:
    for path in sorted(SERVICES_DIR.glob("*.py")):
        bad = {m for m in imported_modules(path) if m.split(".")[0] in ABOVE or m.startswith(ABOVE)}
        assert not bad, f"{path.name} imports {sorted(bad)}"
