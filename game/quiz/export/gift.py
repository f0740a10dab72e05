"""GIFT, the plain-text question format Moodle (and other LMSs) import.

Each quiz item becomes one question titled with its id, in a category named after the pack:

- ``choice``: multiple choice, ``{=right ~wrong ~wrong}``;
- ``true_false``: ``{TRUE}`` or ``{FALSE}``;
- ``number``: numerical with its tolerance, ``{#2030:1}`` (the unit goes in the prompt);
- ``order``: GIFT has no ordering type, so it becomes a *matching* question that pairs
  each item with its place (``=Probe launch -> 1``): a student picks a place for every
  item, Moodle grades each pair, and the question reads as "put these in order";
- ``match``: a matching question, ``=left -> right`` for each pair.

Each kind writes its own prompt and answers (``QuizKind.gift``); this module frames them.

The explanation and every cited fact's verbatim quote and source go in the general
feedback (``####``), shown after answering, a line each. Questions are marked ``[html]``
so Moodle shows ``<`` and ``&`` as written: text is HTML-escaped first, then GIFT's special
characters ``~ = # { } :`` and the backslash are escaped with a backslash. Runs of white
space (the line breaks of folded YAML) become one space, so each question is one line.
"""

from __future__ import annotations

import html

from game.content.model import Pack, QuizItem
from game.quiz.export.common import item_citations, one_line, source_line
from game.quiz.kinds import kind_of

_SPECIAL = "\\~=#{}:"  # the backslash first, so escapes added later are not doubled


def escape(text: str) -> str:
    """Text on one line, safe anywhere in a GIFT question: HTML's ``& < >`` as entities
    (the questions are ``[html]``), then GIFT's specials escaped.

    The entities also protect answers from Moodle, which takes any answer list holding
    "->" for matching pairs: no GIFT escape exists for it, but ``-&gt;`` is not one."""
    out = html.escape(one_line(text), quote=False)
    for char in _SPECIAL:
        out = out.replace(char, "\\" + char)
    return out


def _feedback(pack: Pack, item: QuizItem) -> str:
    lines = [escape(item.explanation)]
    for citation in item_citations(pack, item):
        lines.append(escape(f"“{citation.quote}”") + " — " + escape(source_line(citation)))
    return "<br>".join(lines)


def question(pack: Pack, item: QuizItem) -> str:
    """One item as a GIFT question (one line)."""
    prompt, answers = kind_of(item.type).gift(item, escape)
    return f"::{escape(item.id)}::[html]{escape(prompt)} {{{answers} ####{_feedback(pack, item)}}}"


def to_gift(pack: Pack) -> str:
    """The whole quiz of ``pack`` as a GIFT file."""
    info = pack.info
    header = [
        f"// {one_line(info.title)} (pack {info.id} {info.version}): {len(pack.quiz)} questions.",
        "// Every answer's quote and source is in its general feedback.",
        # The category line is read as it stands (no escapes); "/" would nest categories.
        f"$CATEGORY: {one_line(info.title).replace('/', '-')}",
        "",
        "",
    ]
    blocks = [question(pack, item) for item in pack.quiz]
    return "\n".join(header) + "\n\n".join(blocks) + "\n"
