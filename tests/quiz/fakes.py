"""Small packs built in Python for the quiz, classroom, export and results tests.

They hold only what quizzes read (sources, facts, quiz items); the text of the items is
invented and deliberately full of the characters exports must escape.
"""

from __future__ import annotations

from game.content.model import Fact, Pack, PackDate, PackInfo, Pair, QuizItem, Source
from tests import fakes as make


def fake_info(pack_id: str = "fake-pack") -> PackInfo:
    return make.pack_info(
        pack_id, 1990, 2030, title="A fake pack: <tests> & {braces}", license="CC0"
    )


def fake_sources() -> tuple[Source, ...]:
    return (
        make.source(
            "gazette",
            PackDate(2021, 3, 4),
            title="Probes & partners: a {new} era",
            publisher="The Orbital Gazette",
        ),
        make.source("bulletin", PackDate(2019, 11), title="Moon plans", publisher="Lunar Bulletin"),
    )


def fake_facts() -> tuple[Fact, ...]:
    return (
        make.fact(
            "probe-launch",
            "gazette",
            2004,
            quote='The probe launched in 2004 = "a first" ~ said {everyone}: #1.',
            statement="The probe launched in 2004.",
            tags=("probes",),
        ),
        make.fact(
            "moon-base",
            "bulletin",
            quote="A base on the Moon is planned for 2030.\nPartners will share it.",
            statement="A Moon base is planned for 2030.",
            tags=("moon",),
        ),
        make.fact(
            "relay",
            "gazette",
            quote="Relay satellites carry data back\\forth <fast>.",
            statement="Relays carry data.",
            tags=("probes",),
        ),
    )


def fake_items() -> tuple[QuizItem, ...]:
    return (
        make.quiz_item(
            "probe-year",
            ("probe-launch",),
            "choice",
            prompt="In which year did the probe launch? (Hint: {not} 1999 = wrong)",
            options=("2004", "1999", "2010 ~ later", "#2001: odd"),
            answer="2004",
            explanation="The Gazette reports 2004.",
            difficulty=1,
            tags=("probes",),
        ),
        make.quiz_item(
            "moon-base-planned",
            ("moon-base",),
            "true_false",
            prompt="A base on the Moon is planned: true or false?",
            answer="true",
            explanation="The Bulletin says it is planned.",
            difficulty=1,
            tags=("moon",),
        ),
        make.quiz_item(
            "events-in-order",
            ("probe-launch", "moon-base"),
            "order",
            prompt="Put these in order, earliest first.",
            items=("Probe launch", "Relay online: phase 2", "Moon base {planned}", "Crew <lands>"),
            explanation="2004, then the relay, then the base.",
            difficulty=2,
            tags=("probes", "moon"),
        ),
        make.quiz_item(
            "base-year",
            ("moon-base",),
            "number",
            prompt="For which year is the Moon base planned?",
            answer="2030",
            tolerance=1,
            unit="year",
            explanation="The plan names 2030.",
            difficulty=2,
            tags=("moon",),
        ),
        make.quiz_item(
            "relay-role",
            ("relay",),
            "choice",
            prompt="What do relay satellites carry?",
            options=("Data", "Crew", "Fuel"),
            answer="Data",
            explanation="They carry data back and forth.",
            difficulty=3,
            tags=("probes",),
        ),
        make.quiz_item(
            "probe-false",
            ("probe-launch",),
            "true_false",
            prompt="The probe launched in 1999.",
            answer="false",
            explanation="It launched in 2004.",
            difficulty=1,
        ),
    )


def fake_match_item() -> QuizItem:
    """A match item whose texts hold the characters exports must escape."""
    return make.quiz_item(
        "what-goes-where",
        ("probe-launch", "moon-base", "relay"),
        "match",
        prompt="Match each thing with what the sources say of it.",
        pairs=(
            Pair(left="The probe", right="Launched in 2004 = {first}"),
            Pair(left="The base", right="Planned for 2030 -> shared"),
            Pair(left="Relays <fast>", right="Carry data back\\forth"),
        ),
        explanation="The Gazette and the Bulletin say so.",
        difficulty=2,
        tags=("probes", "moon"),
    )


def fake_pack(pack_id: str = "fake-pack", items: tuple[QuizItem, ...] | None = None) -> Pack:
    """A pack with two sources, three facts and six quiz items of the four older types
    (``fake_match_item`` adds a match)."""
    return make.pack(
        fake_info(pack_id),
        root="/nonexistent/fake-pack",
        sources=fake_sources(),
        facts=fake_facts(),
        quiz=fake_items() if items is None else items,
    )
