"""Which missions an agency can ever launch: the rules the game and the validator share.

Launchers. A mission that ``needs_launcher`` flies for its lead when the lead has a launcher
of its own, or an agreement with an agency that has one (``may_fly``). In a campaign the
rules ask this of the player's agreements in force (``launch_partners`` of its partners).
The validator asks it before any campaign, of every agreement the agency could ever have
(``possible_launch_partners``): an agreement of the pack it is a party to, or a kind of
agreement it could propose to an agency with a launcher before a ban of the pack stops them.
That static answer is generous about relations and budget: it says a path exists, not
that a given campaign takes it.

A mission is open to an agency when:
- the agency leads it or is one of its partners;
- each id in its ``requires`` is an agreement the agency is a party to, or a mission that
  is itself open to the agency;
- if it ``needs_launcher``, its lead may fly it (above).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from game.content.model import Agency, Ban, Mission, Pack


def launch_partners(agencies: Mapping[str, Agency], partners: Iterable[str]) -> tuple[str, ...]:
    """Those of ``partners`` (agency ids) that have a launcher, in the order given."""
    return tuple(p for p in partners if p in agencies and agencies[p].launcher)


def needs_launch_partner(mission: Mission, lead: Agency) -> bool:
    """Whether ``lead`` needs an agreement with an agency that has a launcher to fly
    ``mission``: it needs a launcher and ``lead`` has none of its own."""
    return mission.needs_launcher and not lead.launcher


def may_fly(mission: Mission, lead: Agency, lead_launch_partners: tuple[str, ...]) -> bool:
    """Whether ``lead`` can put ``mission`` in orbit, given the agencies with a launcher it
    has (or could have) an agreement with: the one launcher rule of the game."""
    return not needs_launch_partner(mission, lead) or bool(lead_launch_partners)


def ban_covers_pair(ban: Ban, one: str, other: str) -> bool:
    """Whether ``ban`` stands between agencies ``one`` and ``other`` (for some kinds)."""
    return (ban.agency == one and other in ban.partners) or (
        ban.agency == other and one in ban.partners
    )


def ban_binds(ban: Ban, one: str, other: str, kind: str) -> bool:
    """Whether ``ban`` stops agencies ``one`` and ``other`` agreeing on ``kind``."""
    return ban_covers_pair(ban, one, other) and (not ban.kinds or kind in ban.kinds)


def _could_propose(
    pack: Pack, agency: Agency, partner: Agency, bans: list[tuple[int, Ban]]
) -> bool:
    """Whether some kind of agreement could be proposed to ``partner`` in some campaign year
    before one of ``bans`` (with the years they come into force) stops it (relations and
    budget aside)."""
    first_year = max(agency.start, partner.start)
    if partner.id == agency.id or first_year > pack.info.timeline.end:
        return False
    for kind in pack.info.agreement_kinds:
        opens = max(first_year, kind.since)
        if opens > pack.info.timeline.end:
            continue
        banned_from = [year for year, ban in bans if ban_binds(ban, agency.id, partner.id, kind.id)]
        if not banned_from or min(banned_from) > opens:
            return True
    return False


def possible_launch_partners(pack: Pack, agency_id: str) -> tuple[str, ...]:
    """Agencies with a launcher that ``agency_id`` could have an agreement with, by id."""
    agencies = pack.by_id("agencies")
    agency = agencies.get(agency_id)
    if agency is None:
        return ()
    found = {
        party
        for agreement in pack.agreements
        if agency_id in agreement.parties
        # a record missing its date is reported by the validator; here it simply counts
        and (agreement.date is None or agreement.date.year <= pack.info.timeline.end)
        for party in agreement.parties
        if party != agency_id
    }
    bans = [
        (event.date.year, ban)
        for event in pack.events
        if event.date is not None  # an undated event is reported by the validator
        for ban in event.bans
    ]
    found.update(
        other.id
        for other in pack.agencies
        if other.launcher and other.id not in found and _could_propose(pack, agency, other, bans)
    )
    return launch_partners(agencies, sorted(found))


def missions_open_to(pack: Pack, agency_id: str) -> list[Mission]:
    """The missions open to ``agency_id``, in pack order (see the module docstring)."""
    agencies = pack.by_id("agencies")
    reachable: dict[str, tuple[str, ...]] = {}  # lead -> its possible launch partners

    def flies(mission: Mission) -> bool:
        lead = agencies.get(mission.lead)
        if lead is None:
            return False
        if not needs_launch_partner(mission, lead):
            return True
        if mission.lead not in reachable:
            reachable[mission.lead] = possible_launch_partners(pack, mission.lead)
        return may_fly(mission, lead, reachable[mission.lead])

    agreements = {g.id for g in pack.agreements if agency_id in g.parties}
    candidates = [
        m for m in pack.missions if (m.lead == agency_id or agency_id in m.partners) and flies(m)
    ]
    opened = _opened(candidates, agreements)
    return [m for m in candidates if m.id in opened]


def _opened(candidates: list[Mission], agreements: set[str]) -> set[str]:
    """Ids of ``candidates`` whose requirements can all be met, in time linear in the
    missions and requirements: each mission counts the requirements it still waits for,
    and opening one mission counts down those that wait for it."""
    by_id = {m.id: m for m in candidates}
    waiting: dict[str, int] = {}
    needed_by: dict[str, list[str]] = {}
    for mission in candidates:
        pending = {r for r in mission.requires if r not in agreements}
        if any(r not in by_id for r in pending):
            continue  # requires something this agency can never have
        waiting[mission.id] = len(pending)
        for requirement in pending:
            needed_by.setdefault(requirement, []).append(mission.id)
    ready = [mission_id for mission_id, count in waiting.items() if count == 0]
    opened: set[str] = set()
    while ready:
        mission_id = ready.pop()
        if mission_id in opened:
            continue
        opened.add(mission_id)
        for dependant in needed_by.get(mission_id, ()):
            if dependant in waiting:
                waiting[dependant] -= 1
                if waiting[dependant] == 0:
                    ready.append(dependant)
    return opened
