"""Validation of dates: inside the timeline, with an honest basis, and consistent with the
sources that report them (a plan reported after its date, or a deed reported before it,
means the date or the status is wrong).

Dates are as precise as their source, so comparisons ask whether one date is *certainly*
before another: "2018" is not certainly after "2018-10-29".
"""

from __future__ import annotations

import calendar
from typing import Any

from game.content.model import Pack, PackDate
from game.content.problems import Problem, at

Day = tuple[int, int, int]


def first_day(date: PackDate) -> Day:
    return (date.year, date.month or 1, date.day or 1)


def last_day(date: PackDate) -> Day:
    month = date.month or 12
    return (date.year, month, date.day or calendar.monthrange(date.year, month)[1])


def _dated(pack: Pack) -> list[Any]:
    return [*pack.sources, *pack.facts, *pack.agreements, *pack.missions, *pack.events]


def check_bases(pack: Pack) -> list[Problem]:
    """A date says how it is known; an inferred one says how it was worked out."""
    problems: list[Problem] = []
    for record in _dated(pack):
        date_name = "published" if hasattr(record, "published") else "date"
        date = getattr(record, date_name)
        if date is None:
            continue
        if not record.date_basis:
            message = "a dated record says how the date is known: stated, inferred or background"
            problems.append(at(pack.where_of(record, date_name), "missing-date-basis", message))
        elif record.date_basis == "inferred" and not record.date_note.strip():
            message = "an inferred date needs a `date_note` saying how it was worked out"
            problems.append(at(pack.where_of(record, "date_basis"), "missing-date-note", message))
    return problems


def check_timeline(pack: Pack) -> list[Problem]:
    """Game records (agreements, missions, events, playable agencies' starts) lie inside
    the timeline. Facts, sources and agencies no one plays may mention earlier history
    (an agency founded in 1958), so their dates are not bounded.
    """
    start, end = pack.info.timeline.start, pack.info.timeline.end
    problems: list[Problem] = []
    if start > end:
        message = f"the timeline starts in {start}, after it ends in {end}"
        problems.append(at(pack.where_of(pack.info, "timeline.start"), "out-of-range", message))
        return problems
    records: list[Any] = [*pack.agreements, *pack.missions, *pack.events]
    for record in records:
        if record.date is not None and not start <= record.date.year <= end:
            message = f"{record.date} is outside the pack's timeline {start}-{end}"
            problems.append(at(pack.where_of(record, "date"), "outside-timeline", message))
    for agency in pack.agencies:
        if agency.playable and not start <= agency.start <= end:
            message = f"the campaign start {agency.start} is outside the timeline {start}-{end}"
            problems.append(at(pack.where_of(agency, "start"), "outside-timeline", message))
    return problems


def check_status(pack: Pack) -> list[Problem]:
    """``planned`` things are dated after the sources reporting them; ``done`` ones are not
    all dated after every source that reports them."""
    facts = {f.id: f for f in pack.facts}
    sources = {s.id: s for s in pack.sources}
    problems: list[Problem] = []
    records: list[Any] = [*pack.agreements, *pack.missions, *pack.events]
    for record in records:
        if record.date is None:
            continue
        cited = {facts[f].source for f in record.facts if f in facts}
        reporters = [sources[s] for s in sorted(cited) if s in sources]
        reporters = [s for s in reporters if s.published is not None]
        if not reporters:
            continue
        where = pack.where_of(record, "date")
        if record.status == "planned":
            late = [s for s in reporters if last_day(record.date) < first_day(s.published)]
            if late:
                source = late[0]
                message = (
                    f"planned for {record.date} but {source.id!r} (published "
                    f"{source.published}) reports it; mark it done or fix the date"
                )
                problems.append(at(where, "planned-before-source", message))
        elif all(first_day(record.date) > last_day(s.published) for s in reporters):
            newest = max(reporters, key=lambda s: first_day(s.published))
            message = (
                f"marked done on {record.date}, after every source citing it was published "
                f"(the latest, {newest.id!r}, on {newest.published}); fix the date, or, if the "
                "sources report a plan, mark it planned"
            )
            problems.append(at(where, "done-after-source", message))
    return problems
