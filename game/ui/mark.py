"""``N_``: marks a sentence of the interface for the translators' template
(``tools/extract_messages.py`` collects every ``N_("...")`` under ``game/``)."""

from __future__ import annotations


def N_(text: str) -> str:
    """Mark ``text`` for extraction; it is translated when shown."""
    return text
