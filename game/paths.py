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
    """The folder holding ``game/`` (the source checkout, or site-packages when installed)."""
    return Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """The folder holding ``content/`` and ``assets/``.

    An installed wheel carries them inside the package (``game/_data``, mapped at build time
    by ``pyproject.toml``); a source checkout keeps them at the top of the repository.
    """
    bundled = Path(__file__).resolve().parent / "_data"
    if (bundled / "content").is_dir():
        return bundled
    return project_root()


def builtin_packs_dir() -> Path:
    return data_root() / "content" / "packs"


def template_dir() -> Path:
    """The pack that `pack new` copies."""
    return data_root() / "content" / "templates" / "new-pack"


def fonts_dir() -> Path:
    return data_root() / "assets" / "fonts"


def log_dir() -> Path:
    """Where crash logs go: ``<data>/logs`` under ``SPACE_ACCORD_DATA``, else the OS's log folder."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME))


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
