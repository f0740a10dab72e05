"""A small invented campaign pack for the UI tests: four agencies, offers, missions, news
and quiz items of every type, over 1990-2000 (all names and facts made up)."""

from __future__ import annotations

from game.content.model import (
    Agency,
    AgreementKind,
    Effects,
    Emblem,
    Fact,
    Pack,
    PackDate,
    QuizItem,
    Resources,
)
from tests import fakes as make


def _agency(
    id: str, name: str, *, playable: bool, launcher: bool, pattern: str, colours: tuple[str, ...]
) -> Agency:
    return make.agency(
        id,
        1990,
        name=f"{name} Space Office",
        short=name[:4].upper(),
        country=f"Republic of {name}",
        playable=playable,
        resources=Resources(budget=100, income=30, prestige=10, science=10),
        colour=colours[0],
        emblem=Emblem(pattern=pattern, colours=colours),
        launcher=launcher,
        strength=f"{name} is good at building small satellites quickly.",
        relations={},
        facts=(f"{id}-founded",),
    )


def _fact(id: str, year: int, words: str) -> Fact:
    """A fact of the Gazette whose quote and statement are the same ``words``."""
    return make.fact(id, "gazette", year, quote=words, statement=words)


def _quiz(id: str, facts: tuple[str, ...], type: str, difficulty: int, **kw: object) -> QuizItem:
    return make.quiz_item(id, facts, type, difficulty=difficulty, **kw)


def campaign_pack() -> Pack:
    info = make.pack_info(
        "fake-campaign",
        1990,
        1996,
        title="A fake campaign for tests",
        description="Built by the UI tests.",
        license="CC0",
        agreement_kinds=(
            AgreementKind(
                id="data-sharing",
                name="Data sharing",
                description="Share satellite pictures.",
                cost=5,
                min_relations=40,
                effects=Effects(science=2, relations=5),
            ),
        ),
    )
    source = make.source(
        "gazette",
        PackDate(1995, 3, 4),
        title="The orbital year in review",
        publisher="The Orbital Gazette",
    )
    names = [
        ("north", "Northland", True, True, "star"),
        ("south", "Southland", True, False, "horizontal"),
        ("east", "Eastland", False, True, "disc"),
        ("west", "Westland", False, False, "cross"),
    ]
    agencies = tuple(
        _agency(
            i,
            n,
            playable=p,
            launcher=launcher,
            pattern=pat,
            colours=("#204080", "#f0c020", "#ffffff"),
        )
        for i, n, p, launcher, pat in names
    )
    facts = tuple(_fact(f"{a.id}-founded", 1990, f"{a.name} opened in 1990.") for a in agencies) + (
        _fact("pact", 1991, "North and South signed a pact in 1991."),
        _fact("comet", 1991, "A bright comet was seen in 1991."),
        _fact("probe", 1993, "The joint probe flew in 1993."),
    )
    agreements = (
        make.agreement(
            "north-south-pact",
            ("north", "south"),
            1991,
            "data-sharing",
            title="North-South space pact",
            terms="Both share satellite pictures for ten years.",
            facts=("pact",),
            unlocks=("joint-probe",),
            effects=Effects(science=2, relations=10, cost_share=0.3),
        ),
    )
    missions = (
        make.mission(
            "north-sat",
            "north",
            1991,
            name="Northsat 1",
            kind="communications satellite",
            cost=30,
            build_years=1,
            reliability=0.9,
            rewards=Effects(prestige=5, science=2),
            summary="A first satellite of its own.",
            facts=("north-founded",),
        ),
        make.mission(
            "joint-probe",
            "north",
            1993,
            name="Joint Probe",
            kind="space probe",
            partners=("south",),
            requires=("north-south-pact",),
            cost=60,
            build_years=2,
            reliability=0.8,
            rewards=Effects(prestige=10, science=8),
            summary="A probe to the comet, built together.",
            facts=("probe",),
        ),
        make.mission(
            "south-relay",
            "south",
            name="Southern Relay",
            kind="relay satellite",
            partners=("north",),
            cost=25,
            reliability=0.85,
            needs_launcher=True,
            rewards=Effects(prestige=3, science=1),
            summary="A relay satellite launched by a partner.",
        ),
        make.mission(
            "north-relay",
            "north",
            name="Northern Relay",
            kind="relay satellite",
            cost=20,
            reliability=0.85,
            rewards=Effects(prestige=2, science=1),
            summary="A relay satellite that can be flown again and again.",
        ),
    )
    events = (
        make.event(
            "comet-seen",
            1991,
            title="A bright comet appears",
            summary="Every agency wants to study it.",
            big=True,
            agencies=("north", "south", "east"),
            facts=("comet",),
        ),
        make.event(
            "east-station",
            1992,
            title="Eastland opens a ground station",
            summary="It will track satellites of its partners.",
            agencies=("east",),
            facts=("east-founded",),
        ),
        make.event(
            "moon-plan",
            1995,
            status="planned",
            title="A shared Moon base is announced",
            summary="Planned, not yet built.",
            agencies=("north", "east"),
            facts=("west-founded",),
        ),
    )
    quiz = (
        _quiz(
            "comet-year",
            ("comet",),
            "choice",
            1,
            prompt="In which year was the bright comet seen?",
            options=("1991", "1985", "1999", "2003"),
            answer="1991",
            explanation="The Gazette reports the comet in 1991.",
        ),
        _quiz(
            "pact-tf",
            ("pact",),
            "true_false",
            1,
            prompt="North and South signed a pact in 1991.",
            explanation="The pact dates from 1991.",
        ),
        _quiz(
            "order-it",
            ("pact", "probe"),
            "order",
            2,
            prompt="Put these in order, earliest first.",
            items=("Agencies open", "Pact signed", "Probe flies"),
            explanation="1990, 1991, 1993.",
        ),
        _quiz(
            "probe-year",
            ("probe",),
            "number",
            2,
            prompt="In which year did the joint probe fly?",
            answer="1993",
            tolerance=0.0,
            unit="",
            explanation="It flew in 1993.",
        ),
        _quiz(
            "north-open",
            ("north-founded",),
            "choice",
            1,
            prompt="When did Northland's office open?",
            options=("1990", "1970"),
            answer="1990",
            explanation="It opened in 1990.",
        ),
    )
    return make.pack(
        info,
        root="/nonexistent/fake-campaign",
        sources=(source,),
        facts=facts,
        agencies=agencies,
        agreements=agreements,
        missions=missions,
        events=events,
        quiz=quiz,
        texts={"gazette": "The orbital year in review."},
    )
