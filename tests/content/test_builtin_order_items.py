"""Order items of the built-in packs ask about plans honestly: a plan that has happened
since (the pack knows its outcome) is cited with that outcome, so the reveal shows what
really happened beside the date the article planned (DESIGN §6, the history rule)."""

from __future__ import annotations

from game.content.loader import load_pack
from game.paths import builtin_packs_dir
from game.sim.index import open_plans, record_key


def outcomes_left_out(pack) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(item id, outcome fact id) for each order item citing a plan's date whose outcome
    the pack knows (a background-dated fact of the plan) but the item does not cite."""
    facts = pack.by_id("facts")
    still_open = open_plans(pack)
    known = [  # (the plan's facts, its outcome facts) for each plan that has happened
        (set(record.facts), [f for f in record.facts if _is_outcome(facts.get(f))])
        for kind, records in (
            ("mission", pack.missions),
            ("event", pack.events),
            ("agreement", pack.agreements),
        )
        for record in records
        if record.status == "planned" and record_key(kind, record.id) not in still_open
    ]
    return [
        (item.id, outcome)
        for item in pack.quiz
        if item.type == "order"
        for cited, outcomes in known
        if set(item.facts) & cited
        for outcome in outcomes
        if outcome not in item.facts
    ]


def _is_outcome(fact) -> bool:  # type: ignore[no-untyped-def]
    return fact is not None and fact.date is not None and fact.date_basis == "background"


def test_an_order_item_that_holds_a_plan_flown_since_cites_what_happened():
    for folder in sorted(builtin_packs_dir().iterdir()):
        pack, _ = load_pack(folder)
        assert pack is not None
        assert outcomes_left_out(pack) == [], folder.name
