"""Builders of invented pack records, shared by the fakes of every test folder.

Each builder makes one record of the content model with sensible made-up defaults, so a
fake pack names only what its tests care about; any field can be given by keyword.
Nothing here is history: every agency, date and fact is invented for tests.
"""

from __future__ import annotations

from typing import Any

from game.content.model import (
    Agency,
    Agreement,
    Effects,
    Event,
    Fact,
    Mission,
    Pack,
    PackDate,
    PackInfo,
    Pair,
    QuizItem,
    Resources,
    Source,
    Timeline,
)


def dated(year: int | None) -> dict[str, Any]:
    """The ``date`` and ``date_basis`` of a record stated in ``year`` (none for None)."""
    return {"date": PackDate(year), "date_basis": "stated"} if year else {}


def pack_info(id: str = "fake-pack", start: int = 2000, end: int = 2030, **kw: Any) -> PackInfo:
    fields: dict[str, Any] = {
        "title": "A Fake Pack",
        "version": "0.1.0",
        "format": 1,
        "language": "en",
        "description": "Built by tests.",
        "authors": ("Tests",),
        "license": "CC0-1.0",
        "timeline": Timeline(start=start, end=end),
        "agreement_kinds": (),
    }
    return PackInfo(id=id, **{**fields, **kw})


def source(id: str, published: PackDate, **kw: Any) -> Source:
    fields: dict[str, Any] = {
        "title": id.title(),
        "publisher": "The Press",
        "date_basis": "stated",
        "file": f"sources/{id}.txt",
    }
    return Source(id=id, published=published, **{**fields, **kw})


def fact(id: str, source: str, year: int | None = None, **kw: Any) -> Fact:
    fields: dict[str, Any] = {
        "quote": f"Quoted words about {id}.",
        "statement": f"A statement about {id}.",
        **dated(year),
    }
    return Fact(id=id, source=source, **{**fields, **kw})


def agency(id: str, start: int, **kw: Any) -> Agency:
    fields: dict[str, Any] = {
        "name": f"{id.title()} Space Agency",
        "short": id.upper(),
        "country": id.title(),
        "playable": True,
        "resources": Resources(budget=100, income=40, prestige=5, science=0),
        "colour": "#336699",
        "launcher": True,
        "relations": None,
        "facts": (),
    }
    return Agency(id=id, start=start, **{**fields, **kw})


def agreement(id: str, parties: tuple[str, ...], year: int, kind: str, **kw: Any) -> Agreement:
    fields: dict[str, Any] = {
        "title": id.replace("-", " ").title(),
        "terms": f"The terms of {id}.",
        "facts": (),
        **dated(year),
    }
    return Agreement(id=id, parties=parties, kind=kind, **{**fields, **kw})


def mission(id: str, lead: str, year: int | None = None, **kw: Any) -> Mission:
    fields: dict[str, Any] = {
        "name": id.replace("-", " ").title(),
        "kind": "probe",
        "cost": 30,
        "reliability": 0.8,
        "rewards": Effects(prestige=10, science=6),
        "facts": (),
        **dated(year),
    }
    return Mission(id=id, lead=lead, **{**fields, **kw})


def event(id: str, year: int, **kw: Any) -> Event:
    fields: dict[str, Any] = {"title": id.replace("-", " ").capitalize(), **dated(year)}
    return Event(id=id, **{**fields, **kw})


# What each type of quiz item needs beyond a prompt, when a test does not say.
QUIZ_DEFAULTS: dict[str, dict[str, Any]] = {
    "choice": {"options": ("One", "Two", "Three"), "answer": "Two"},
    "true_false": {"answer": "true"},
    "order": {"items": ("First", "Second", "Third")},
    "number": {"answer": "42", "tolerance": 1.0, "unit": "satellites"},
    "match": {
        "pairs": (
            Pair(left="Alpha", right="One"),
            Pair(left="Beta", right="Two"),
            Pair(left="Gamma", right="Three"),
        )
    },
}


def quiz_item(id: str, facts: tuple[str, ...], type: str = "choice", **kw: Any) -> QuizItem:
    fields: dict[str, Any] = {
        **QUIZ_DEFAULTS[type],
        "prompt": f"A question about {id}?",
        "explanation": f"Because of {facts[0]}.",
        "difficulty": 1,
    }
    return QuizItem(id=id, type=type, facts=facts, **{**fields, **kw})


def pack(info: PackInfo, root: str = "<fake>", **records: Any) -> Pack:
    """A pack of ``info`` and the record tuples given (every other collection empty)."""
    collections: dict[str, Any] = {
        "sources": (),
        "facts": (),
        "agencies": (),
        "agreements": (),
        "missions": (),
        "events": (),
        "quiz": (),
        "texts": {},
    }
    return Pack(root=root, info=info, **{**collections, **records})
