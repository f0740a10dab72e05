"""A data folder in a tmp dir for every hostile-input test (profiles: tests/conftest.py)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The attacks the fuzzers tried, per family (and to $FUZZ_TALLY as JSON)."""
    from tests.hostile.kit import TALLY

    if not TALLY:
        return
    terminalreporter.section("attacks tried per family")
    for family, count in sorted(TALLY.items()):
        terminalreporter.write_line(f"{count:8d}  {family}")
    target = os.environ.get("FUZZ_TALLY")
    if target:
        Path(target).write_text(json.dumps(dict(sorted(TALLY.items())), indent=1) + "\n")


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every hostile test keeps its saves, settings and results in a tmp dir."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SPACE_ACCORD_DATA", str(folder))
    return folder
