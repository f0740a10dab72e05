"""Problems are values: one place in a pack, a short code, and a message that says the fix.

``Problem`` is a 5-tuple ``(file, line, column, code, message)``: it sorts by place, then
code, and unpacks like a tuple. Its severity is not a sixth field but follows from its code:
the codes in ``WARNING_CODES`` are style warnings that only ``pack validate --strict``
reports; every other code is an error. ``CODES`` lists every code the loader and the
validator can emit, with its meaning and fix (the authoring guide must list them all).
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from game.content.model import Where

Severity = Literal["error", "warning"]

CODES: dict[str, str] = {
    # --- reading files --------------------------------------------------------------
    "not-a-pack": "The path is not a folder with a pack.yaml: give the pack's folder.",
    "missing-file": "A file the pack needs does not exist: create it (a list file may hold `[]`).",
    "not-a-file": "The path names a folder or a special file, not a file: point it at a file.",
    "unreadable": "The file could not be read (permissions?): make it readable.",
    "file-too-large": "The file is over the size limit: split it or trim it.",
    "not-utf8": "The file is not UTF-8 text: save it as UTF-8.",
    "empty-file": "The file holds no YAML document: write at least `[]` or the pack's mapping.",
    "yaml-syntax": "The YAML cannot be parsed here: check indentation, colons and quotes.",
    "yaml-tag": "A YAML tag (`!!python/...`, `!custom`) is not allowed: remove it.",
    "yaml-anchor": "YAML anchors and aliases (`&a`, `*a`, `<<`) are not allowed: write values out.",
    "too-deep": "The YAML is nested too deeply: flatten it.",
    "duplicate-key": "The same key appears twice in one mapping: keep one.",
    "outside-pack": "A symlink leads outside the pack folder: copy the file into the pack.",
    "bad-path": "A file path must be relative, inside the pack, without `..`: fix the path.",
    # --- reading records ------------------------------------------------------------
    "unknown-key": "A key the format does not know (a typo?): use the suggested key or remove it.",
    "missing-key": "A required key is missing: add it.",
    "wrong-type": "The value has the wrong type (e.g. text where a number belongs): fix the value.",
    "empty-value": "A required value is blank: write it.",
    "bad-key": "A mapping key is not plain text: write keys as words.",
    "bad-id": "An id must be a lower-case slug (`a-z`, `0-9`, `-`): rename it.",
    "bad-date": "A date is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and must exist: fix it.",
    "bad-choice": "The value is not one of the allowed choices: pick one of those listed.",
    "bad-colour": "A colour is written `#rrggbb` (six hex digits): fix it.",
    "unsupported-format": "This game reads pack format 1: set `format: 1` or update the game.",
    # --- validating a pack ----------------------------------------------------------
    "duplicate-id": "Two records of one kind share an id: rename one.",
    "unknown-ref": "A reference names no record of that kind: fix the id (see did-you-mean).",
    "duplicate-ref": "A list names the same id twice: remove the repeat.",
    "requires-cycle": "Missions require each other in a loop: break the loop.",
    "quote-not-found": "The quote is not word for word in its source text: copy it exactly.",
    "source-changed": "The source text changed since its SHA-256 was pinned: check the quotes, then run `pack validate --repin`.",
    "bad-sha256": "A pin is 64 hex digits: run `pack validate --repin` to write it.",
    "outside-timeline": "A date lies outside the pack's timeline: fix the date or widen the timeline.",
    "missing-date-basis": "A dated record needs `date_basis` (stated, inferred or background): add it.",
    "missing-date-note": "An `inferred` date needs a `date_note` saying how it was worked out: add it.",
    "planned-before-source": "A `planned` thing is dated before a source citing it was published: mark it `done` or fix the date.",
    "done-after-source": "A `done` thing is dated after every source citing it was published: mark it `planned` or fix the date.",
    "out-of-range": "A number is outside its allowed range (the message gives it): fix the number.",
    "emblem-colours": "An emblem has two or three colours: fix the list.",
    "too-few-parties": "An agreement needs at least two different parties: add a party.",
    "no-facts": "The record must cite at least one fact: add one to `facts`.",
    "background-only": "A quiz item's facts are all `background`: cite a fact its source states or implies.",
    "option-count": "A choice item has 2 to 4 options: fix the list.",
    "duplicate-option": "Two options (or order items) are the same: make them different.",
    "answer-not-option": "A choice item's answer must be one of its options, written the same: fix it.",
    "bad-answer": "A true_false answer is `true` or `false`, a number answer a number: fix it.",
    "item-count": "An order item lists 3 to 5 items: fix the list.",
    "misplaced-field": "The field does not belong to this quiz type (e.g. options on a number item): remove it.",
    "no-playable": "No agency is playable: set `playable: true` on at least one.",
    "too-few-missions": "A playable agency can reach fewer than 3 missions: add missions, partners or agreements for it.",
    # --- style (warnings, only with --strict) -------------------------------------
    "statement-copies-quote": "The statement repeats the quote almost word for word: say it in your own words.",
    "no-explanation": "The quiz item has no explanation: say why the answer is right.",
    "answer-giveaway": "The right option is much longer than the others, a giveaway: balance the options.",
    "unused-fact": "No record or quiz item cites this fact: cite it or remove it.",
    "source-unpinned": "The source has no SHA-256 pin: run `pack validate --repin`.",
}

WARNING_CODES: frozenset[str] = frozenset(
    {
        "statement-copies-quote",
        "no-explanation",
        "answer-giveaway",
        "unused-fact",
        "source-unpinned",
    }
)


class Problem(NamedTuple):
    """One problem at a 1-based place in a pack file (``file`` relative or as given)."""

    file: str
    line: int
    column: int
    code: str
    message: str

    @property
    def severity(self) -> Severity:
        return "warning" if self.code in WARNING_CODES else "error"

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.code}: {self.message}"

    def moved(self, file: str) -> Problem:
        """The same problem with ``file`` replaced (e.g. joined to the path a user gave)."""
        return self._replace(file=file)

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity,
            "message": self.message,
        }


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that are errors (not style warnings)."""
    return [p for p in problems if p.code not in WARNING_CODES]


def at(where: Where, code: str, message: str) -> Problem:
    """A problem at a record's or field's place; ``code`` must be registered in ``CODES``."""
    if code not in CODES:
        raise KeyError(f"unregistered problem code {code!r}")
    return Problem(where.file, max(where.line, 1), max(where.column, 1), code, message)
