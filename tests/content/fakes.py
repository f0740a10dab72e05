"""A minimal valid pack as Python data, written to a folder so a test can break one thing.

``FakePack.write(folder)`` writes it; ``line_of`` finds the line a test expects a problem on.
Everything here is invented for tests: no real agency, date or fact.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from game.content.problems import Problem

SOURCE_TEXT = (
    "Orbital News, 1 May 2020.\n\n"
    "The Alpha agency launched the Beta satellite in 2019, its first.\n"
    "Alpha and Gamma signed a \u201cdata\u201d sharing agreement in 2020 \u2014 a first for both.\n"
    "Alpha plans   a Moon lander for 2028.\n"
    "Gamma was founded long ago.\n"
)


def _pack_yaml() -> dict[str, Any]:
    return {
        "id": "fake-pack",
        "title": "A fake pack",
        "version": "0.1.0",
        "format": 1,
        "language": "en",
        "description": "Made up for tests.",
        "authors": ["Test Author"],
        "license": "CC0-1.0",
        "timeline": {"start": 2000, "end": 2030},
        "agreement_kinds": [
            {
                "id": "data-sharing",
                "name": "Data sharing",
                "description": "Share satellite data.",
                "min_relations": 40,
                "effects": {"science": 2, "relations": 5},
            }
        ],
    }


def _sources() -> list[dict[str, Any]]:
    return [
        {
            "id": "news",
            "title": "Orbital News",
            "publisher": "Orbital News",
            "published": "2020-05-01",
            "date_basis": "stated",
            "file": "sources/news.txt",
        }
    ]


def _facts() -> list[dict[str, Any]]:
    return [
        {
            "id": "beta-launch",
            "source": "news",
            "quote": "The Alpha agency launched the Beta satellite in 2019",
            "statement": "Beta went up on an Alpha rocket in 2019.",
            "date": "2019",
            "date_basis": "stated",
        },
        {
            "id": "data-deal",
            # Straight quotes and a hyphen match the source's typographic ones.
            "quote": 'Alpha and Gamma signed a "data" sharing agreement in 2020 - a first',
            "source": "news",
            "statement": "Alpha and Gamma agreed to share data in 2020.",
            "date": "2020",
            "date_basis": "stated",
        },
        {
            "id": "lander-plan",
            "source": "news",
            "quote": "Alpha plans a Moon lander for 2028.",
            "statement": "A lunar lander is on Alpha's plans for 2028.",
            "date": "2028",
            "status": "planned",
            "date_basis": "stated",
        },
        {
            "id": "gamma-old",
            "source": "news",
            "quote": "Gamma was founded long ago.",
            "statement": "Gamma is an old agency.",
            "date_basis": "background",
        },
    ]


def _agencies() -> list[dict[str, Any]]:
    return [
        {
            "id": "alpha",
            "name": "Alpha Space Agency",
            "short": "ASA",
            "country": "Alphaland",
            "playable": True,
            "start": 2000,
            "resources": {"budget": 100, "income": 20},
            "colour": "#c0392b",
            "emblem": {"pattern": "disc", "colours": ["#c0392b", "#f1c40f"]},
            "launcher": True,
            "relations": {"gamma": 60},
            "facts": ["beta-launch"],
        },
        {
            "id": "gamma",
            "name": "Gamma Space Office",
            "short": "GSO",
            "country": "Gammastan",
            "playable": False,
            "start": 1960,
            "resources": {"budget": 50, "income": 10},
            "colour": "#2980b9",
            "facts": ["beta-launch"],
        },
    ]


def _agreements() -> list[dict[str, Any]]:
    return [
        {
            "id": "alpha-gamma-data",
            "title": "Alpha-Gamma data agreement",
            "parties": ["alpha", "gamma"],
            "kind": "data-sharing",
            "date": "2020",
            "date_basis": "stated",
            "terms": "Both share satellite data.",
            "facts": ["data-deal"],
            "unlocks": ["joint-imager"],
        }
    ]


def _missions() -> list[dict[str, Any]]:
    return [
        {
            "id": "beta-satellite",
            "name": "Beta",
            "kind": "communications satellite",
            "lead": "alpha",
            "date": "2019",
            "date_basis": "stated",
            "cost": 30,
            "reliability": 0.9,
            "facts": ["beta-launch"],
        },
        {
            "id": "weather-sat",
            "name": "Weather satellite",
            "kind": "weather satellite",
            "lead": "alpha",
            "cost": 10,
            "reliability": 0.8,
        },
        {
            "id": "joint-imager",
            "name": "Joint imager",
            "kind": "imaging satellite",
            "lead": "alpha",
            "partners": ["gamma"],
            "requires": ["alpha-gamma-data", "beta-satellite"],
            "cost": 20,
            "reliability": 0.85,
        },
        {
            "id": "moon-lander",
            "name": "Moon lander",
            "kind": "lunar lander",
            "lead": "alpha",
            "date": "2028",
            "date_basis": "stated",
            "status": "planned",
            "requires": ["beta-satellite"],
            "cost": 80,
            "reliability": 0.6,
            "facts": ["lander-plan"],
        },
    ]


def _events() -> list[dict[str, Any]]:
    return [
        {
            "id": "data-day",
            "date": "2020",
            "date_basis": "stated",
            "title": "Alpha and Gamma share data",
            "agencies": ["alpha", "gamma"],
            "facts": ["data-deal"],
            "effects": {"relations": 5},
        }
    ]


def _quiz() -> list[dict[str, Any]]:
    return [
        {
            "id": "q-beta-year",
            "type": "number",
            "prompt": "In which year did Alpha launch Beta?",
            "answer": "2019",
            "facts": ["beta-launch"],
            "explanation": "The article says Beta went up in 2019.",
            "difficulty": 1,
        },
        {
            "id": "q-who-launched",
            "type": "choice",
            "prompt": "Which agency launched Beta?",
            "options": ["Alpha", "Gamma", "Delta"],
            "answer": "Alpha",
            "facts": ["beta-launch"],
            "explanation": "Alpha launched it.",
            "difficulty": 1,
        },
        {
            "id": "q-data",
            "type": "true_false",
            "prompt": "Alpha and Gamma agreed to share data.",
            "answer": "true",
            "facts": ["data-deal", "gamma-old"],
            "explanation": "They signed a data sharing agreement in 2020.",
            "difficulty": 2,
        },
        {
            "id": "q-order",
            "type": "order",
            "prompt": "Put these in order, earliest first.",
            "items": ["Beta launch", "Data agreement", "Moon lander"],
            "facts": ["beta-launch", "data-deal", "lander-plan"],
            "explanation": "2019, 2020, then 2028.",
            "difficulty": 3,
        },
    ]


def _scenarios() -> list[dict[str, Any]]:
    return [
        {
            "id": "lesson",
            "title": "A lesson of Alpha's",
            "agencies": ["alpha"],
            "start": 2015,
            "end": 2028,
            "summary": "Alpha's years of data sharing.",
        }
    ]


def _dilemmas() -> list[dict[str, Any]]:
    return [
        {
            "id": "share-or-not",
            "title": "Share the data?",
            "agencies": ["alpha"],
            "year": 2020,
            "until": 2021,
            "question": "Should Alpha share its satellite data with Gamma?",
            "framing": ["beta-launch"],
            "options": [
                {"id": "keep", "label": "Keep it", "effects": {"budget": 10}},
                {
                    "id": "share",
                    "label": "Share it",
                    "historical": True,
                    "effects": {"science": 2, "relations": {"gamma": 10}},
                },
            ],
            "outcome": ["data-deal"],
        }
    ]


def _opportunities() -> list[dict[str, Any]]:
    return [
        {
            "id": "data-place",
            "title": "A place in Gamma's data sharing",
            "kind": "founding",
            "host": "gamma",
            "open": 2015,
            "decide": 2018,
            "places": 1,
            "bid": 5,
            "counts": {"relations": 1, "bid": 2},
            "rewards": {"prestige": 4},
            "facts": ["beta-launch"],
            "winners": ["Alpha"],
            "winner_agencies": ["alpha"],
            "record_facts": ["data-deal"],
        }
    ]


@dataclass
class FakePack:
    """The data of every file of a small valid pack; tests edit it, then ``write`` it."""

    files: dict[str, Any] = field(
        default_factory=lambda: {
            "pack.yaml": _pack_yaml(),
            "sources.yaml": _sources(),
            "facts.yaml": _facts(),
            "agencies.yaml": _agencies(),
            "agreements.yaml": _agreements(),
            "missions.yaml": _missions(),
            "events.yaml": _events(),
            "quiz.yaml": _quiz(),
            "scenarios.yaml": _scenarios(),
            "dilemmas.yaml": _dilemmas(),
            "opportunities.yaml": _opportunities(),
        }
    )
    texts: dict[str, str] = field(default_factory=lambda: {"sources/news.txt": SOURCE_TEXT})

    def record(self, file: str, record_id: str) -> dict[str, Any]:
        """The entry of ``file`` with ``record_id``, to edit in place."""
        for entry in self.files[file]:
            if entry.get("id") == record_id:
                return entry  # type: ignore[no-any-return]
        raise KeyError(record_id)

    def copy(self) -> FakePack:
        return FakePack(copy.deepcopy(self.files), dict(self.texts))

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in self.files.items():
            text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
            (folder / name).write_text(text, encoding="utf-8")
        for name, text in self.texts.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
        return folder


def line_of(path: Path, needle: str, after: str | None = None) -> int:
    """1-based line of the first line of ``path`` containing ``needle`` (after ``after``)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line)
    for index in range(start, len(lines)):
        if needle in lines[index]:
            return index + 1
    raise AssertionError(f"{needle!r} not in {path}")


def checked(fake: FakePack, tmp_path: Path) -> tuple[Path, list[Problem]]:
    """Write ``fake`` under ``tmp_path`` and check it: its folder and its problems."""
    from game.quiz.pack_check import check_pack  # the whole check, quiz kinds included

    folder = fake.write(tmp_path / "pack")
    _pack, problems = check_pack(folder)
    return folder, problems


def only(problems: list[Problem], code: str) -> Problem:
    """The one problem with ``code`` (a test failure, listing them all, if not exactly one)."""
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [p.format() for p in problems]
    return found[0]
