"""Problems are values: one place in a pack, a short code, and a message that says the fix.

``Problem`` is a 5-tuple ``(file, line, column, code, message)``: it sorts by place, then
code, and unpacks like a tuple. Its severity is not a sixth field but follows from its code:
the codes in ``WARNING_CODES`` are style warnings that only ``pack validate --strict``
reports; every other code is an error. ``CODES`` lists every code the loader and the
validator can emit, with its meaning and fix (the authoring guide must list them all).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal, NamedTuple

from game.content.model import Where

Severity = Literal["error", "warning"]
MAX_PER_FILE = 500  # problems listed per file; one `too-many-problems` counts the rest

CODES: dict[str, str] = {
    # --- reading files --------------------------------------------------------------
    "not-a-pack": "The path is not a folder with a pack.yaml: give the pack's folder.",
    "missing-file": "A file the pack needs does not exist: create it (a list file may hold `[]`).",
    "not-a-file": "The path names a folder or a special file, not a file: point it at a file.",
    "unreadable": "The file could not be read (permissions?): make it readable.",
    "file-too-large": "The file is over the size limit (bytes or values): split it or trim it.",
    "too-many-problems": "A file has more problems than are listed: fix those shown, then validate again.",
    "not-utf8": "The file is not UTF-8 text: save it as UTF-8.",
    "control-character": "A value or key holds a control character (a terminal escape, a bidi override): remove it.",
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
    "done-after-source": "A `done` thing is dated after every source citing it was published: fix the date, or mark it `planned`.",
    "out-of-range": "A number is outside its allowed range (the message gives it): fix the number.",
    "emblem-colours": "An emblem has two or three colours: fix the list.",
    "too-few-parties": "An agreement needs at least two different parties: add a party.",
    "repeatable-dated": "A repeatable mission has no date: remove the date or `repeatable`.",
    "no-facts": "The record must cite at least one fact: add one to `facts`.",
    "background-only": "A quiz item's facts are all `background`: cite a fact its source states or implies.",
    "option-count": "A choice item has 2 to 4 options: fix the list.",
    "duplicate-option": "Two options (or order items, or texts on one side of a match) are the same: make them different.",
    "answer-not-option": "A choice item's answer must be one of its options, written the same: fix it.",
    "bad-answer": "A true_false answer is `true` or `false`, a number answer a number: fix it.",
    "item-count": "An order item lists 3 to 5 items: fix the list.",
    "pair-count": "A match item has 3 to 5 pairs: fix the list.",
    "misplaced-field": "The field does not belong to this quiz type (e.g. options on a number item): remove it.",
    "number-not-quoted": "A number in a statement or right answer stands in no cited quote: fix it, cite the fact that says it, or mark it `derived`.",
    "name-not-quoted": "A name in a right answer stands in no cited quote: cite the fact that names it, or reword.",
    "unrelated-citation": "A cited fact shares no words with the quiz item: cite the fact that supports the answer.",
    "false-but-quoted": "A false true/false item says what a cited quote says: check the answer, or cite the fact that contradicts it.",
    "date-not-in-source": "A `stated` date is in neither its quote nor its article: fix it, or make it `inferred` with a note.",
    "fact-after-source": "A fact is dated after its article was published: fix the date, or mark it `status: planned`.",
    "date-disagrees": "A record's date agrees with none of the dated facts it cites: fix the date or the citation.",
    "flies-no-mission": "Played by the historical player, a playable agency flies no mission: give it a dated mission it leads.",
    "mission-never-flies": "A dated mission never flies: it requires a repeatable mission or an agreement that never comes; fix `requires`.",
    "idle-years": "The historical player has nothing to do for five years running: add missions or agreements then.",
    "missing-derived-note": "A `derived: true` record needs a `derived_note` saying how its claim follows: add it.",
    "no-playable": "No agency is playable: set `playable: true` on at least one.",
    "too-few-missions": "A playable agency can reach fewer than 3 missions: add missions, partners or agreements for it.",
    "scenario-years": "A scenario's years are out of order, outside the timeline or before its agency starts: fix its start or end.",
    "scenario-agency": "A scenario names an agency that is not playable: name playable agencies only.",
    "no-scenario": "An agency is played only through scenarios (full_campaign: false), but no scenario names it: add one, or drop full_campaign.",
    "dilemma-years": "A dilemma's year or `until` is outside the timeline, out of order, or before an agency it names starts: fix the years or the agencies.",
    "dilemma-option-count": "A dilemma has 2 or 3 options: fix the list.",
    "dilemma-option-id": "Two options of one dilemma share an id: rename one.",
    "dilemma-same-effects": "Two options of one dilemma change exactly the same: make each choice make a difference.",
    "dilemma-historical": "More than one option of a dilemma is marked `historical`: mark only what really happened.",
    "dilemma-question": "A dilemma's question is one short, neutral question ending in '?': shorten it and let the quotes tell the story.",
    "dilemma-framing-later": "A dilemma's framing cites a fact dated after the year it comes up: frame it with what was known then, or cite the fact in `outcome`.",
    "dilemma-outcome-plan": "A dilemma's outcome cites a planned fact: what really happened must be a fact that happened.",
    "opportunity-years": "An opportunity's bidding window is empty or outside the timeline: fix its open or decide year.",
    "opportunity-places": "An opportunity has no places for play: give it at least 1.",
    "opportunity-weights": "An opportunity's bid or weights cannot work: a bid costs at least 1, weights are 0 or more, and counts.bid is above 0.",
    "opportunity-rival": "An opportunity's host is among its rivals: a host does not bid for its own places.",
    "opportunity-winner": "A real winner of an opportunity is not named in the quotes of its record_facts: quote it word for word.",
    # --- style (warnings, only with --strict) -------------------------------------
    "statement-copies-quote": "The statement repeats the quote almost word for word: say it in your own words.",
    "no-explanation": "The quiz item has no explanation: say why the answer is right.",
    "answer-giveaway": "The right option is much longer than the others, a giveaway: balance the options.",
    "unused-fact": "No record or quiz item cites this fact: cite it or remove it.",
    "source-unpinned": "The source has no SHA-256 pin: run `pack validate --repin`.",
    "unused-source-file": "An article file in sources/ that no source names: add its entry or remove it.",
    "no-publisher": "The source does not say who published it: name the outlet, or say what is known.",
    "experience-alone": "A mission's experience family is no mission's kind and no other mission's experience: check its spelling.",
}

WARNING_CODES: frozenset[str] = frozenset(
    {
        "statement-copies-quote",
        "no-explanation",
        "answer-giveaway",
        "unused-fact",
        "source-unpinned",
        "unused-source-file",
        "no-publisher",
        "experience-alone",
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
        """``FILE:LINE:COL: code: message`` on one line, whatever the file or message holds."""
        return (
            f"{printable(self.file)}:{self.line}:{self.column}: {self.code}: "
            f"{printable(self.message)}"
        )

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


_CONTROL = {n: f"\\x{n:02x}" for n in [*range(0x20), *range(0x7F, 0xA0)]}
_CONTROL.update(
    {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t", 0x2028: "\\u2028", 0x2029: "\\u2029"}
)


def printable(text: str) -> str:
    """``text`` with line breaks and other control characters written as escapes, so a
    message quoting a pack's text stays one line and cannot drive the terminal."""
    return text.translate(_CONTROL)


def errors(problems: list[Problem]) -> list[Problem]:
    """Only the problems that are errors (not style warnings)."""
    return [p for p in problems if p.code not in WARNING_CODES]


def at(where: Where, code: str, message: str) -> Problem:
    """A problem at a record's or field's place; ``code`` must be registered in ``CODES``."""
    if code not in CODES:
        raise KeyError(f"unregistered problem code {code!r}")
    return Problem(where.file, max(where.line, 1), max(where.column, 1), code, message)


def _more(first: Problem, count: int) -> Problem:
    """The one problem that stands for ``count`` unlisted ones, at the first one's place."""
    message = f"… and {count} more problems in this file"
    return Problem(first.file, first.line, first.column, "too-many-problems", message)


def _count_of(more: Problem) -> int:
    return int(more.message.split()[2])  # the count ``_more`` wrote


class FileCap:
    """Problems as they are found, at most ``limit`` kept per file and the rest only counted,
    so a file of a million broken entries cannot fill the memory with its problems."""

    def __init__(self, limit: int = MAX_PER_FILE) -> None:
        self.limit = limit
        self.kept: list[Problem] = []
        self._counts: Counter[str] = Counter()
        self._over: dict[str, tuple[Problem, int]] = {}

    def add(self, problem: Problem) -> None:
        seen = self._counts[problem.file]
        self._counts[problem.file] = seen + 1
        if seen < self.limit:
            self.kept.append(problem)
            return
        first, count = self._over.get(problem.file, (problem, 0))
        self._over[problem.file] = (first, count + 1)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    def result(self) -> list[Problem]:
        return self.kept + [_more(first, count) for first, count in self._over.values()]


def cap_per_file(problems: Iterable[Problem], limit: int = MAX_PER_FILE) -> list[Problem]:
    """Sorted without repeats, the first ``limit`` problems of each file; the rest of a file
    become one `too-many-problems` problem (counting those of any earlier cap too)."""
    kept: list[Problem] = []
    counts: Counter[str] = Counter()
    over: dict[str, tuple[Problem, int]] = {}
    for problem in sorted(set(problems)):
        if problem.code == "too-many-problems":
            extra = _count_of(problem)
        elif counts[problem.file] < limit:
            counts[problem.file] += 1
            kept.append(problem)
            continue
        else:
            extra = 1
        first, count = over.get(problem.file, (problem, 0))
        over[problem.file] = (min(first, problem), count + extra)
    return sorted(kept + [_more(first, count) for first, count in over.values()])
