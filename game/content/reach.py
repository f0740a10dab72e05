"""Which missions an agency can ever launch: the one rule the game and the validator share.

A mission is open to an agency when:
- the agency leads it or is one of its partners;
- each id in its ``requires`` is an agreement the agency is a party to, or a mission that
  is itself open to the agency;
- if it ``needs_launcher``, the agency, its lead or one of its partners has ``launcher: true``.
"""

from __future__ import annotations

from game.content.model import Mission, Pack


def missions_open_to(pack: Pack, agency_id: str) -> list[Mission]:
    """The missions open to ``agency_id``, in pack order (see the module docstring)."""
    launchers = {a.id for a in pack.agencies if a.launcher}
    agreements = {g.id for g in pack.agreements if agency_id in g.parties}
    candidates = [
        m
        for m in pack.missions
        if (m.lead == agency_id or agency_id in m.partners)
        and (
            not m.needs_launcher
            or agency_id in launchers
            or m.lead in launchers
            or any(p in launchers for p in m.partners)
        )
    ]
    open_ids: set[str] = set()
    changed = True
    while changed:  # a fixpoint: each pass may open missions that require opened ones
        changed = False
        for mission in candidates:
            if mission.id in open_ids:
                continue
            if all(r in agreements or r in open_ids for r in mission.requires):
                open_ids.add(mission.id)
                changed = True
    return [m for m in candidates if m.id in open_ids]
