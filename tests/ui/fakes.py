"""A small invented campaign pack for the UI tests: four agencies, offers, missions, news
and quiz items of every type, over 1990-2000 (all names and facts made up)."""

from __future__ import annotations

from game.content.model import (
    Agency,
    Agreement,
    AgreementKind,
    Effects,
    Emblem,
    Event,
    Fact,
    Mission,
    Pack,
    PackDate,
    PackInfo,
    QuizItem,
    Resources,
    Source,
    Timeline,
)


def _agency(
    id: str, name: str, *, playable: bool, launcher: bool, pattern: str, colours: tuple[str, ...]
) -> Agency:
    return Agency(
        id=id,
        name=f"{name} Space Office",
        short=name[:4].upper(),
        country=f"Republic of {name}",
        playable=playable,
        start=1990,
        resources=Resources(budget=100, income=30, prestige=10, science=10),
        colour=colours[0],
        emblem=Emblem(pattern=pattern, colours=colours),
        launcher=launcher,
        strength=f"{name} is good at building small satellites quickly.",
        relations={},
        facts=(f"{id}-founded",),
    )


def campaign_pack() -> Pack:
    info = PackInfo(
        id="fake-campaign",
        title="A fake campaign for tests",
        version="0.1.0",
        format=1,
        language="en",
        description="Built by the UI tests.",
        authors=("Tests",),
        license="CC0",
        timeline=Timeline(start=1990, end=1996),
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
    source = Source(
        id="gazette",
        title="The orbital year in review",
        publisher="The Orbital Gazette",
        published=PackDate(1995, 3, 4),
        date_basis="stated",
        file="sources/gazette.txt",
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
    facts = tuple(
        Fact(
            id=f"{a.id}-founded",
            source="gazette",
            quote=f"{a.name} opened in 1990.",
            statement=f"{a.name} opened in 1990.",
            date=PackDate(1990),
            date_basis="stated",
        )
        for a in agencies
    ) + (
        Fact(
            id="pact",
            source="gazette",
            quote="North and South signed a pact in 1991.",
            statement="North and South signed a pact in 1991.",
            date=PackDate(1991),
            date_basis="stated",
        ),
        Fact(
            id="comet",
            source="gazette",
            quote="A bright comet was seen in 1991.",
            statement="A bright comet was seen in 1991.",
            date=PackDate(1991),
            date_basis="stated",
        ),
        Fact(
            id="probe",
            source="gazette",
            quote="The joint probe flew in 1993.",
            statement="The joint probe flew in 1993.",
            date=PackDate(1993),
            date_basis="stated",
        ),
    )
    agreements = (
        Agreement(
            id="north-south-pact",
            title="North-South space pact",
            parties=("north", "south"),
            kind="data-sharing",
            date=PackDate(1991),
            date_basis="stated",
            terms="Both share satellite pictures for ten years.",
            facts=("pact",),
            unlocks=("joint-probe",),
            effects=Effects(science=2, relations=10, cost_share=0.3),
        ),
    )
    missions = (
        Mission(
            id="north-sat",
            name="Northsat 1",
            kind="communications satellite",
            lead="north",
            date=PackDate(1991),
            date_basis="stated",
            cost=30,
            build_years=1,
            reliability=0.9,
            rewards=Effects(prestige=5, science=2),
            summary="A first satellite of its own.",
            facts=("north-founded",),
        ),
        Mission(
            id="joint-probe",
            name="Joint Probe",
            kind="space probe",
            lead="north",
            partners=("south",),
            date=PackDate(1993),
            date_basis="stated",
            requires=("north-south-pact",),
            cost=60,
            build_years=2,
            reliability=0.8,
            rewards=Effects(prestige=10, science=8),
            summary="A probe to the comet, built together.",
            facts=("probe",),
        ),
        Mission(
            id="south-relay",
            name="Southern Relay",
            kind="relay satellite",
            lead="south",
            partners=("north",),
            cost=25,
            reliability=0.85,
            needs_launcher=True,
            rewards=Effects(prestige=3, science=1),
            summary="A relay satellite launched by a partner.",
        ),
        Mission(
            id="north-relay",
            name="Northern Relay",
            kind="relay satellite",
            lead="north",
            cost=20,
            reliability=0.85,
            rewards=Effects(prestige=2, science=1),
            summary="A relay satellite that can be flown again and again.",
        ),
    )
    events = (
        Event(
            id="comet-seen",
            date=PackDate(1991),
            date_basis="stated",
            title="A bright comet appears",
            summary="Every agency wants to study it.",
            big=True,
            agencies=("north", "south", "east"),
            facts=("comet",),
        ),
        Event(
            id="east-station",
            date=PackDate(1992),
            date_basis="stated",
            title="Eastland opens a ground station",
            summary="It will track satellites of its partners.",
            agencies=("east",),
            facts=("east-founded",),
        ),
        Event(
            id="moon-plan",
            date=PackDate(1995),
            date_basis="stated",
            status="planned",
            title="A shared Moon base is announced",
            summary="Planned, not yet built.",
            agencies=("north", "east"),
            facts=("west-founded",),
        ),
    )
    quiz = (
        QuizItem(
            id="comet-year",
            type="choice",
            prompt="In which year was the bright comet seen?",
            options=("1991", "1985", "1999", "2003"),
            answer="1991",
            facts=("comet",),
            explanation="The Gazette reports the comet in 1991.",
            difficulty=1,
        ),
        QuizItem(
            id="pact-tf",
            type="true_false",
            prompt="North and South signed a pact in 1991.",
            answer="true",
            facts=("pact",),
            explanation="The pact dates from 1991.",
            difficulty=1,
        ),
        QuizItem(
            id="order-it",
            type="order",
            prompt="Put these in order, earliest first.",
            items=("Agencies open", "Pact signed", "Probe flies"),
            facts=("pact", "probe"),
            explanation="1990, 1991, 1993.",
            difficulty=2,
        ),
        QuizItem(
            id="probe-year",
            type="number",
            prompt="In which year did the joint probe fly?",
            answer="1993",
            unit="",
            facts=("probe",),
            explanation="It flew in 1993.",
            difficulty=2,
        ),
        QuizItem(
            id="north-open",
            type="choice",
            prompt="When did Northland's office open?",
            options=("1990", "1970"),
            answer="1990",
            facts=("north-founded",),
            explanation="It opened in 1990.",
            difficulty=1,
        ),
    )
    return Pack(
        root="/nonexistent/fake-campaign",
        info=info,
        sources=(source,),
        facts=facts,
        agencies=agencies,
        agreements=agreements,
        missions=missions,
        events=events,
        quiz=quiz,
        texts={"gazette": "The orbital year in review."},
    )
