"""What the quiz commands (``quiz --text``, ``classroom``) share: the pack and the seed.

Without ``--pack`` they open the first built-in pack (the one the game ships), else the
first pack found; without ``--seed`` they draw one and print it, so a class can get the
same questions again.
"""

from __future__ import annotations

import random

from game.content.model import Pack
from game.content.packs import default_pack_path
from game.quiz.pack_check import open_pack

SEED_LIMIT = 1_000_000  # short enough to read out and type again


def choose_pack(pack: str | None) -> Pack:
    """The pack ``--pack`` names, or the first usable pack found when it names none."""
    return open_pack(pack or default_pack_path())


def fresh_seed() -> int:
    """A seed from the system's entropy: the one place a quiz is not decided by its seed."""
    return random.SystemRandom().randrange(SEED_LIMIT)
