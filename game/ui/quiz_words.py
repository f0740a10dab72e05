"""A quiz item's question and explanation as shown: the pack's own words, or, for a
generated "says who, and when?" item (``game.quiz.says_who``), the catalogue's sentence
from its codes and parameters. Every screen that shows an item's prompt or explanation
(the campaign's quiz, the projector, the podium, the terminal quiz) words it here."""

from __future__ import annotations

from game.content.model import Pack
from game.quiz import says_who
from game.ui.messages import ENGLISH


def prompt_text(item_id: str, prompt: str) -> str:
    """The question of item ``item_id`` whose ``Question.prompt`` is ``prompt``."""
    if says_who.is_generated(item_id):
        return ENGLISH.text(says_who.PROMPT, says_who.prompt_params_of(prompt))
    return prompt


def explanation_text(pack: Pack, item_id: str, explanation: str) -> str:
    """The explanation of item ``item_id`` (``explanation``: the item's own)."""
    credit = says_who.credit(pack, item_id) if says_who.is_generated(item_id) else None
    if credit is None:
        return explanation
    return ENGLISH.text(says_who.EXPLANATION, credit.params())
