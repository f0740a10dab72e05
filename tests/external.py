"""Programs some checks need that pip cannot install (LibreOffice, Chromium).

Where a program is missing the check is skipped on a developer's machine, but CI sets
``SPACE_ACCORD_REQUIRE_TOOLS=1`` (``.ci/run`` installs them first), and there a missing
program fails the check: a check that cannot run must never pass quietly.
"""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE = "SPACE_ACCORD_REQUIRE_TOOLS"


def program(name: str) -> str:
    """The path of ``name``; skip the test without it, or fail under CI's requirement."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get(REQUIRE):
        pytest.fail(f"{name} is not installed, and {REQUIRE}=1 requires it")
    pytest.skip(f"{name} is not installed")
