"""Where things live: the built-in packs and the user's data folder.

The data folder is ``platformdirs.user_data_dir("space-accord")`` unless the environment
variable ``SPACE_ACCORD_DATA`` names another one (tests always set it, so they never touch
the real home). Nothing here creates folders at import time; callers create what they write.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "space-accord"
DATA_ENV = "SPACE_ACCORD_DATA"


def project_root() -> Path:
    """The folder holding ``game/`` and ``content/`` (the source checkout or install)."""
    return Path(__file__).resolve().parent.parent


def builtin_packs_dir() -> Path:
    return project_root() / "content" / "packs"


def data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    import platformdirs  # imported late: only callers that need the folder pay for it

    return Path(platformdirs.user_data_dir(APP_NAME))


def user_packs_dir() -> Path:
    return data_dir() / "packs"


def saves_dir() -> Path:
    return data_dir() / "saves"


def results_dir() -> Path:
    return data_dir() / "results"


def settings_file() -> Path:
    return data_dir() / "settings.json"
