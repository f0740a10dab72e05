"""The mark of a message for translators: ``N_("...")`` returns its text unchanged, and
``tools/extract_messages.py`` finds every marked string in ``game/`` for the template."""

from __future__ import annotations


def N_(text: str) -> str:
    """Mark ``text`` for extraction; it is translated when shown."""
    return text
