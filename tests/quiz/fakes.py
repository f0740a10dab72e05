"""Small packs built in Python for the quiz, classroom, export and results tests.

They hold only what quizzes read (sources, facts, quiz items); the text of the items is
invented and deliberately full of the characters exports must escape.
"""

from __future__ import annotations

from game.content.model import Fact, Pack, PackDate, PackInfo, QuizItem, Source, Timeline


def fake_info(pack_id: str = "fake-pack") -> PackInfo:
    return PackInfo(
        id=pack_id,
        title="A fake pack: <tests> & {braces}",
        version="0.1.0",
        format=1,
        language="en",
        description="Built by tests.",
        authors=("Tests",),
        license="CC0",
        timeline=Timeline(start=1990, end=2030),
        agreement_kinds=(),
    )


def fake_sources() -> tuple[Source, ...]:
    return (
        Source(
            id="gazette",
            title="Probes & partners: a {new} era",
            publisher="The Orbital Gazette",
            published=PackDate(2021, 3, 4),
            date_basis="stated",
            file="sources/gazette.txt",
        ),
        Source(
            id="bulletin",
            title="Moon plans",
            publisher="Lunar Bulletin",
            published=PackDate(2019, 11),
            date_basis="stated",
            file="sources/bulletin.txt",
        ),
    )


def fake_facts() -> tuple[Fact, ...]:
    return (
        Fact(
            id="probe-launch",
            source="gazette",
            quote='The probe launched in 2004 = "a first" ~ said {everyone}: #1.',
            statement="The probe launched in 2004.",
            date=PackDate(2004),
            date_basis="stated",
            tags=("probes",),
        ),
        Fact(
            id="moon-base",
            source="bulletin",
            quote="A base on the Moon is planned for 2030.\nPartners will share it.",
            statement="A Moon base is planned for 2030.",
            tags=("moon",),
        ),
        Fact(
            id="relay",
            source="gazette",
            quote="Relay satellites carry data back\\forth <fast>.",
            statement="Relays carry data.",
            tags=("probes",),
        ),
    )


def fake_items() -> tuple[QuizItem, ...]:
    return (
        QuizItem(
            id="probe-year",
            type="choice",
            prompt="In which year did the probe launch? (Hint: {not} 1999 = wrong)",
            options=("2004", "1999", "2010 ~ later", "#2001: odd"),
            answer="2004",
            facts=("probe-launch",),
            explanation="The Gazette reports 2004.",
            difficulty=1,
            tags=("probes",),
        ),
        QuizItem(
            id="moon-base-planned",
            type="true_false",
            prompt="A base on the Moon is planned: true or false?",
            answer="true",
            facts=("moon-base",),
            explanation="The Bulletin says it is planned.",
            difficulty=1,
            tags=("moon",),
        ),
        QuizItem(
            id="events-in-order",
            type="order",
            prompt="Put these in order, earliest first.",
            items=("Probe launch", "Relay online: phase 2", "Moon base {planned}", "Crew <lands>"),
            facts=("probe-launch", "moon-base"),
            explanation="2004, then the relay, then the base.",
            difficulty=2,
            tags=("probes", "moon"),
        ),
        QuizItem(
            id="base-year",
            type="number",
            prompt="For which year is the Moon base planned?",
            answer="2030",
            tolerance=1,
            unit="year",
            facts=("moon-base",),
            explanation="The plan names 2030.",
            difficulty=2,
            tags=("moon",),
        ),
        QuizItem(
            id="relay-role",
            type="choice",
            prompt="What do relay satellites carry?",
            options=("Data", "Crew", "Fuel"),
            answer="Data",
            facts=("relay",),
            explanation="They carry data back and forth.",
            difficulty=3,
            tags=("probes",),
        ),
        QuizItem(
            id="probe-false",
            type="true_false",
            prompt="The probe launched in 1999.",
            answer="false",
            facts=("probe-launch",),
            explanation="It launched in 2004.",
            difficulty=1,
        ),
    )


def fake_pack(pack_id: str = "fake-pack", items: tuple[QuizItem, ...] | None = None) -> Pack:
    """A pack with two sources, three facts and six quiz items of every type."""
    return Pack(
        root="/nonexistent/fake-pack",
        info=fake_info(pack_id),
        sources=fake_sources(),
        facts=fake_facts(),
        agencies=(),
        agreements=(),
        missions=(),
        events=(),
        quiz=fake_items() if items is None else items,
        texts={},
    )
