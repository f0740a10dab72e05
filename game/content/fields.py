"""The building blocks of the content model: field metadata, places and dates.

``spec`` makes a dataclass field that carries the metadata the loader, the validator and
the JSON Schema generator read (see ``game.content.model``). ``Where`` is a place in a pack
and ``PackDate`` a date as precise as its source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

FORMAT_VERSION = 1


FieldKind = Literal[
    "str",  # a one-line string
    "text",  # a string that may run over several lines
    "id",  # a lower-case slug: [a-z0-9][a-z0-9-]*
    "int",
    "float",
    "bool",
    "date",  # "YYYY", "YYYY-MM" or "YYYY-MM-DD" (quoted or not)
    "year",  # an integer year
    "enum",  # one of ``choices``
    "colour",  # "#rrggbb"
    "ref",  # an id of another record (see ``ref``)
    "refs",  # a list of ids of other records
    "strs",  # a list of one-line strings
    "record",  # a nested mapping read as the dataclass in ``record``
    "records",  # a list of nested mappings, each read as ``record``
    "intmap",  # a mapping from agency id to integer (e.g. starting relations)
]

DATE_BASES = ("stated", "inferred", "background")
# The quiz types of the pack format; each is implemented by a module of game.quiz.kinds.
QUIZ_TYPES = ("choice", "true_false", "order", "number", "match")
STATUSES = ("done", "planned")


def derived_field() -> Any:
    """The ``derived`` flag of a record whose claims follow from its quotes by reasoning."""
    return spec(
        "Whether a number, name or date it gives follows from its quotes without standing "
        "in them word for word (say how in derived_note; reviewers see it).",
        "bool",
        default=False,
    )


def derived_note_field() -> Any:
    return spec("How a derived claim follows from its quotes.", "text", default="")


def spec(
    doc: str,
    kind: FieldKind,
    *,
    default: Any = ...,
    ref: str | None = None,
    choices: tuple[str, ...] | None = None,
    record: str | None = None,
) -> Any:
    """A dataclass field with the metadata the loader and schema read."""
    meta: dict[str, Any] = {
        "doc": doc,
        "kind": kind,
        "ref": ref,
        "choices": choices,
        "record": record,
        "required": default is ...,
    }
    if default is ...:
        return field(metadata=meta)
    if isinstance(default, (list, dict)):
        raise TypeError("use a tuple or None for collection defaults")
    return field(default=default, metadata=meta)


@dataclass(frozen=True, order=True)
class Where:
    """A place in a pack: file path relative to the pack folder, 1-based line and column."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


NOWHERE = Where("", 0, 0)


def where_field() -> Any:
    return field(default=NOWHERE, compare=False, repr=False, metadata={"kind": "where"})


MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, order=True)
class PackDate:
    """A date as precise as its source: a year, a month or a day. ``str`` gives the ISO
    form packs are written in ("2018-04-19"), ``human`` the form students read."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def human(self) -> str:
        """As precise as the date, in words: "2018", "July 2023" or "19 April 2018"."""
        if self.month is None or not 1 <= self.month <= len(MONTHS):
            return str(self.year)
        month = f"{MONTHS[self.month - 1]} {self.year}"
        return month if self.day is None else f"{self.day} {month}"
