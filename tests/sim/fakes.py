"""A small invented pack built directly from the model's dataclasses, for rule tests.

Nothing here is history: four made-up agencies (alpha and gamma own launchers, beta does
not, delta is not playable), two agreement kinds, a law-like ban, and enough missions,
agreements and quiz items to reach every rule.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from game.content.loader import load_pack
from game.content.model import (
    Agency,
    Agreement,
    AgreementKind,
    Ban,
    Effects,
    Fact,
    Mission,
    Pack,
    PackDate,
    QuizItem,
    Resources,
)
from game.content.problems import errors
from game.paths import builtin_packs_dir
from game.sim import Action, AnswerQuiz, EndYear, GameState, Outcome, Refused, apply
from game.sim.players import known_answer
from tests import fakes as make

START, END = 2000, 2012


def agency(id: str, *, start: int = START, **kw: Any) -> Agency:
    return make.agency(id, start, **kw)


def fact(id: str, year: int | None = None) -> Fact:
    return make.fact(id, "paper", year)


def mission(id: str, lead: str, year: int | None, **kw: Any) -> Mission:
    return make.mission(id, lead, year, **kw)


def agreement(id: str, parties: tuple[str, ...], year: int, **kw: Any) -> Agreement:
    return make.agreement(id, parties, year, kw.pop("kind", "science"), **kw)


def quiz(id: str, facts: tuple[str, ...], **kw: Any) -> QuizItem:
    return make.quiz_item(id, facts, **kw)


KINDS = (
    AgreementKind(
        id="science",
        name="Science exchange",
        description="Share data and researchers.",
        cost=10,
        min_relations=40,
        effects=Effects(science=4, relations=5, reliability=0.05),
    ),
    AgreementKind(
        id="launch",
        name="Launch services",
        description="One partner launches the other's satellites.",
        cost=20,
        min_relations=60,
        effects=Effects(prestige=2, relations=3, cost_share=0.3),
        launch=True,
    ),
)


def fake_pack() -> Pack:
    return make.pack(
        make.pack_info(
            "fake", START, END, version="1.0.0", description="For tests.", agreement_kinds=KINDS
        ),
        sources=(make.source("paper", PackDate(2010, 5, 1), title="The Paper"),),
        facts=tuple(
            fact(f)
            for f in (
                "f-alpha",
                "f-beta",
                "f-gamma",
                "f-pact",
                "f-law",
                "f-sat",
                "f-moon",
                "f-deal",
            )
        ),
        agencies=(
            agency("alpha", facts=("f-alpha",), relations={"gamma": 70, "beta": 45}),
            agency(
                "beta",
                start=2003,
                launcher=False,
                facts=("f-beta",),
                resources=Resources(budget=60, income=25, prestige=1),
            ),
            agency("gamma", facts=("f-gamma",), relations={"beta": 65}),
            agency("delta", start=2005, playable=False),
        ),
        agreements=(
            agreement("pact", ("alpha", "gamma"), 2002, facts=("f-pact",), unlocks=("probe",)),
            agreement(
                "moon-memo",
                ("beta", "gamma"),
                2005,
                facts=("f-moon",),
                effects=Effects(relations=10, cost_share=0.5, reliability=0.1),
            ),
            agreement("world-deal", ("gamma", "delta"), 2006, facts=("f-deal",)),
            agreement("moon-plan", ("beta", "gamma"), 2011, status="planned", facts=("f-moon",)),
        ),
        missions=(
            mission("sat", "alpha", 2001, facts=("f-sat",), reliability=0.9),
            mission("probe", "alpha", 2004, requires=("pact",), cost=60, build_years=2),
            mission(
                "commsat",
                "beta",
                None,
                partners=("gamma",),
                repeatable=True,
                cost=20,
                rewards=Effects(prestige=4, income=2),
            ),
            mission("relay", "beta", 2008, requires=("moon-memo",), partners=("gamma",), cost=40),
            mission(
                "lander", "gamma", 2007, partners=("beta",), status="planned", facts=("f-moon",)
            ),
            mission("orbiter", "gamma", 2003, cost=50),
        ),
        events=(
            make.event(
                "law",
                2004,
                title="A law limits cooperation",
                agencies=("alpha", "gamma"),
                facts=("f-law",),
                effects=Effects(relations=-10),
                bans=(
                    Ban(
                        agency="alpha",
                        partners=("gamma",),
                        reason="A law forbids ALPHA to make agreements with GAMMA.",
                    ),
                ),
            ),
            make.event(
                "summit",
                2009,
                title="A big summit",
                big=True,
                status="planned",
                facts=("f-deal",),
            ),
        ),
        quiz=(
            quiz("q-alpha", ("f-alpha",)),
            quiz("q-beta", ("f-beta",), type="true_false"),
            quiz("q-pact", ("f-pact",), type="order"),
            quiz("q-law", ("f-law",), type="number"),
            quiz("q-sat", ("f-sat",)),
            quiz("q-moon", ("f-moon",), type="true_false", answer="false"),
            quiz("q-deal", ("f-deal",)),
            quiz("q-gamma", ("f-gamma",)),
        ),
    )


def with_missions(pack: Pack, *missions: Mission) -> Pack:
    return replace(pack, missions=pack.missions + missions)


def answered(state: GameState) -> GameState:
    """``state`` with any pending checkpoint answered right."""
    if state.checkpoint is None:
        return state
    state, _ = apply(state, AnswerQuiz(known_answer(state)))
    return state


def advance_to(state: GameState, year: int) -> GameState:
    """End years (answering checkpoints right) until ``year`` begins."""
    while state.year < year and not state.finished:
        state, _ = apply(answered(state), EndYear())
    return answered(state)


def must(state: GameState, action: Action) -> tuple[GameState, list[Outcome]]:
    """Apply an action that the test expects to be carried out."""
    after, outcomes = apply(state, action)
    refused = [o for o in outcomes if isinstance(o, Refused)]
    assert not refused, refused[0].reason
    return after, outcomes


class FixedRandom(random.Random):
    """A generator whose every ``random()`` is ``value``: decides rolls in rule tests."""

    def __init__(self, value: float) -> None:
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


def built_in_packs() -> list[Pack]:
    """Every built-in pack that loads without errors."""
    found = []
    for folder in sorted(builtin_packs_dir().iterdir()):
        loaded, problems = load_pack(folder) if (folder / "pack.yaml").is_file() else (None, [])
        if loaded is not None and not errors(problems):
            found.append(loaded)
    return found
