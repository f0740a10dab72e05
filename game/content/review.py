"""Reviewers' "checked" marks: what a person compared with the articles, kept in the pack.

Each quiz item and each record that cites facts (agreements, missions, events) is a review
*target*, keyed ``quiz/<id>``, ``agreements/<id>`` and so on. Its *hash* covers everything a
reviewer reads on its page (``pack review``): the item's own fields, and for each cited
fact its quote, statement, date, basis, notes and the pin of its article. A mark stores
that hash in ``review.yaml``; when any of it changes, the mark is *stale* and the page and
``pack stats`` say so.

``review.yaml`` (optional, written by ``pack review --check``)::

    checked:
      quiz/agreements-121: 3f2a9c0d4e5b6a71
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from game.content.model import Fact, Pack
from game.errors import SpaceAccordError

REVIEW_FILE = "review.yaml"
HASH_DIGITS = 16
KINDS = ("quiz", "agreements", "missions", "events")
STATES = ("checked", "stale", "unchecked")


@dataclass(frozen=True)
class Target:
    """One thing a reviewer checks: a quiz item or a record, with its cited facts."""

    key: str
    kind: str
    record: Any
    facts: tuple[Fact, ...]


def targets(pack: Pack) -> list[Target]:
    """Every quiz item, then every agreement, mission and event that cites a fact."""
    facts = {f.id: f for f in pack.facts}
    found: list[Target] = []
    for kind in KINDS:
        for record in getattr(pack, kind):
            cited = tuple(facts[f] for f in record.facts if f in facts)
            if kind == "quiz" or cited:
                found.append(Target(f"{kind}/{record.id}", kind, record, cited))
    return found


def _plain(value: Any) -> Any:
    """A record as JSON data, without the places it was written at."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.name != "where"
        }
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in sorted(value.items())}
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def target_hash(pack: Pack, target: Target) -> str:
    """The hash of everything the reviewer of ``target`` reads."""
    pins = {s.id: s.sha256 for s in pack.sources}
    data = {
        "record": _plain(target.record),
        "facts": [{**_plain(f), "article_pin": pins.get(f.source, "")} for f in target.facts],
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_DIGITS]


def read_marks(folder: Path) -> dict[str, str]:
    """The marks of the pack at ``folder`` (none if it has no ``review.yaml``)."""
    path = folder / REVIEW_FILE
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        raise SpaceAccordError(f"{path} cannot be read: fix or delete it") from None
    checked = data.get("checked") if isinstance(data, dict) else None
    if not isinstance(checked, dict):
        return {}
    return {str(k): str(v) for k, v in checked.items()}


def write_marks(folder: Path, marks: dict[str, str]) -> None:
    header = (
        "# Reviewers' marks, written by `space-accord pack review --check`: each key was\n"
        "# compared with its articles; the hash covers what was compared (a change makes\n"
        "# the mark stale). Do not edit the hashes by hand.\n"
    )
    body = yaml.safe_dump({"checked": dict(sorted(marks.items()))}, sort_keys=False)
    (folder / REVIEW_FILE).write_text(header + body, encoding="utf-8")


def status(pack: Pack, target: Target, marks: dict[str, str]) -> str:
    """``checked`` (and current), ``stale`` (checked, then changed) or ``unchecked``."""
    mark = marks.get(target.key)
    if mark is None:
        return "unchecked"
    return "checked" if mark == target_hash(pack, target) else "stale"


def tally(pack: Pack, marks: dict[str, str]) -> Counter[str]:
    """How many targets are checked, stale and unchecked."""
    counts: Counter[str] = Counter(dict.fromkeys(STATES, 0))
    counts.update(status(pack, t, marks) for t in targets(pack))
    return counts


def mark(pack: Pack, marks: dict[str, str], keys: list[str]) -> dict[str, str]:
    """``marks`` with ``keys`` marked checked as they are now; an unknown key is an error."""
    by_key = {t.key: t for t in targets(pack)}
    unknown = [k for k in keys if k not in by_key]
    if unknown:
        close = difflib.get_close_matches(unknown[0], list(by_key), n=1)
        hint = f"; did you mean {close[0]!r}?" if close else " (keys look like quiz/ID)"
        raise SpaceAccordError(f"nothing to review is called {unknown[0]!r}{hint}")
    return {**marks, **{k: target_hash(pack, by_key[k]) for k in keys}}
