"""Counts and coverage of a loaded pack, for authors: what is there and what is left unused.

``pack_stats(pack)`` is pure; ``format_text`` and ``as_json_data`` present the result.
Coverage lists ids an author may want to look at: facts no quiz item asks about, sources
no fact quotes, agencies that lead or join no mission.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from game.content.model import DATE_BASES, QUIZ_TYPES, Pack

UNDATED = "undated"
DIFFICULTIES = (1, 2, 3)


@dataclass(frozen=True)
class PackStats:
    """What ``pack stats`` reports; every mapping keeps a fixed, readable order."""

    pack_id: str
    title: str
    counts: dict[str, int]
    playable: tuple[str, ...]
    facts_without_quiz: tuple[str, ...]
    facts_cited_nowhere: tuple[str, ...]
    sources_without_facts: tuple[str, ...]
    agencies_without_missions: tuple[str, ...]
    quiz_by_type: dict[str, int]
    quiz_by_difficulty: dict[int, int]
    facts_by_date_basis: dict[str, int]
    events_by_decade: dict[str, int]
    planned: dict[str, int]

    def share(self, basis: str) -> float:
        """Share of facts with ``basis`` (``undated`` for facts without a date), 0.0-1.0."""
        total = sum(self.facts_by_date_basis.values())
        return self.facts_by_date_basis.get(basis, 0) / total if total else 0.0


def _decade(year: int) -> str:
    return f"{year - year % 10}s"


def pack_stats(pack: Pack) -> PackStats:
    """Counts per kind and coverage of ``pack``."""
    quizzed = {fact for item in pack.quiz for fact in item.facts}
    cited_by_records = {
        fact
        for group in (pack.agencies, pack.agreements, pack.missions, pack.events)
        for record in group
        for fact in record.facts
    }
    quoted_sources = {fact.source for fact in pack.facts}
    in_missions = {m.lead for m in pack.missions} | {p for m in pack.missions for p in m.partners}

    bases: Counter[str] = Counter(
        (fact.date_basis or UNDATED) if fact.date is not None else UNDATED for fact in pack.facts
    )
    decades = Counter(_decade(event.date.year) for event in pack.events)
    by_type = Counter(item.type for item in pack.quiz)
    return PackStats(
        pack_id=pack.info.id,
        title=pack.info.title,
        counts={
            "sources": len(pack.sources),
            "facts": len(pack.facts),
            "agencies": len(pack.agencies),
            "agreement kinds": len(pack.info.agreement_kinds),
            "agreements": len(pack.agreements),
            "missions": len(pack.missions),
            "events": len(pack.events),
            "quiz items": len(pack.quiz),
        },
        playable=tuple(a.id for a in pack.agencies if a.playable),
        facts_without_quiz=tuple(f.id for f in pack.facts if f.id not in quizzed),
        facts_cited_nowhere=tuple(
            f.id for f in pack.facts if f.id not in quizzed and f.id not in cited_by_records
        ),
        sources_without_facts=tuple(s.id for s in pack.sources if s.id not in quoted_sources),
        agencies_without_missions=tuple(a.id for a in pack.agencies if a.id not in in_missions),
        quiz_by_type={kind: by_type[kind] for kind in QUIZ_TYPES},
        quiz_by_difficulty={
            level: sum(1 for q in pack.quiz if q.difficulty == level) for level in DIFFICULTIES
        },
        facts_by_date_basis={basis: bases[basis] for basis in (*DATE_BASES, UNDATED)},
        events_by_decade=dict(sorted(decades.items())),
        planned={
            "agreements": sum(1 for a in pack.agreements if a.status == "planned"),
            "missions": sum(1 for m in pack.missions if m.status == "planned"),
            "events": sum(1 for e in pack.events if e.status == "planned"),
        },
    )


def as_json_data(stats: PackStats) -> dict[str, object]:
    """The stats as plain JSON data (what ``pack stats --format json`` prints)."""
    total = sum(stats.facts_by_date_basis.values())
    return {
        "pack": stats.pack_id,
        "title": stats.title,
        "counts": dict(stats.counts),
        "playable": list(stats.playable),
        "planned": dict(stats.planned),
        "quiz_by_type": dict(stats.quiz_by_type),
        "quiz_by_difficulty": {str(k): v for k, v in stats.quiz_by_difficulty.items()},
        "facts_by_date_basis": {
            basis: {"count": count, "share": round(count / total, 4) if total else 0.0}
            for basis, count in stats.facts_by_date_basis.items()
        },
        "events_by_decade": dict(stats.events_by_decade),
        "coverage": {
            "facts_without_quiz": list(stats.facts_without_quiz),
            "facts_cited_nowhere": list(stats.facts_cited_nowhere),
            "sources_without_facts": list(stats.sources_without_facts),
            "agencies_without_missions": list(stats.agencies_without_missions),
        },
    }


def _pairs(mapping: dict[str, int] | dict[int, int]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in mapping.items()) or "none"


def _ids(label: str, ids: tuple[str, ...]) -> list[str]:
    if not ids:
        return [f"  {label}: none"]
    return [f"  {label} ({len(ids)}):", *(f"    {i}" for i in ids)]


def format_text(stats: PackStats) -> str:
    """The stats as a short plain-text report."""
    width = max(len(name) for name in stats.counts)
    lines = [f"{stats.pack_id}: {stats.title}", "", "Counts"]
    lines += [f"  {name:<{width}}  {count:>4}" for name, count in stats.counts.items()]
    lines += [
        f"  playable agencies: {', '.join(stats.playable) or 'none'}",
        f"  planned (not yet done): {_pairs(stats.planned)}",
        "",
        "Quiz items",
        f"  by type: {_pairs(stats.quiz_by_type)}",
        f"  by difficulty: {_pairs(stats.quiz_by_difficulty)}",
        "",
        "Facts by date basis",
    ]
    for basis, count in stats.facts_by_date_basis.items():
        lines.append(f"  {basis:<10}  {count:>4}  {stats.share(basis):>4.0%}")
    lines += ["", f"Events per decade: {_pairs(stats.events_by_decade)}", "", "Coverage"]
    lines += _ids("facts cited by no quiz item", stats.facts_without_quiz)
    lines += _ids("facts cited by nothing at all", stats.facts_cited_nowhere)
    lines += _ids("sources cited by no fact", stats.sources_without_facts)
    lines += _ids("agencies with no mission", stats.agencies_without_missions)
    return "\n".join(lines) + "\n"
