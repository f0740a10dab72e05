"""The message catalogue: every code the rules send has English, through gettext, and the
rules themselves write no sentences."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import game.sim
from game.sim import message
from game.ui.messages import TEMPLATES, Catalogue, say, words

SIM_DIR = Path(game.sim.__file__).parent
# Not rules: diagnostics of a damaged save file (codec, invariants), the survey's own
# command line, and the pack author's playability problems (a code with an English
# message, as the content validator's); they are left to the issues that move them.
NOT_RULES = {"codec.py", "invariants.py", "survey.py", "playability.py"}
SENTENCE = re.compile(r"[A-Za-z']+ [A-Za-z']+ [A-Za-z']+")


def string_constants(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
    ]


def codes_sent_by_the_rules() -> set[str]:
    found = set()
    for path in SIM_DIR.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("message", "Message")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
            if isinstance(node, ast.IfExp) and all(
                isinstance(side, ast.Constant) and isinstance(side.value, str)
                for side in (node.body, node.orelse)
            ):
                found.update({node.body.value, node.orelse.value} & set(TEMPLATES))  # type: ignore[union-attr]
    return found


def test_the_rules_build_no_english_sentence():
    for path in sorted(SIM_DIR.glob("*.py")):
        if path.name in NOT_RULES:
            continue
        sentences = [(line, text) for line, text in string_constants(path) if SENTENCE.search(text)]
        assert not sentences, f"{path.name}: {sentences}"


def test_every_code_the_rules_send_has_english():
    codes = codes_sent_by_the_rules()
    assert {"campaign_over", "needs_first", "mission_succeeded", "quiz_time_up"} <= codes
    assert not codes - set(TEMPLATES)


def test_a_message_is_worded_with_its_parameters():
    assert say(message("cost_over_budget", cost=30, budget=10)) == (
        "It costs 30 and the budget is 10."
    )
    assert say(message("needs_first", needs=("Pact", "Orbiter"))) == "Needs first: Pact, Orbiter."
    assert say(None) == ""


def test_names_of_several_are_joined_as_the_sentence_needs():
    launcher = message("no_launcher", mission="Sat", able=("NASA", "ESA"))
    assert "with NASA or ESA (or another agency" in say(launcher)
    assert say(message("no_launcher", mission="Sat", able=())) == (
        "Your agency has no launcher: sign an agreement with an agency with a launcher first."
    )
    signed = message("proposal_signed", kind="Science exchange", parties=("abae", "cnsa"))
    assert (
        say(signed, {"abae": "ABAE", "cnsa": "CNSA"}) == "Signed: Science exchange: ABAE and CNSA"
    )


def test_counts_choose_singular_or_plural():
    assert say(message("year_began", year=2001, count=1)) == "2001: 1 news item"
    assert say(message("year_began", year=2001, count=3)) == "2001: 3 news items"


def test_a_row_gives_the_brief_form_where_there_is_one():
    flown = message("mission_flown", mission="Sat")
    assert say(flown, brief=True) == "Already flown."
    assert say(message("campaign_over"), brief=True) == "The campaign is over."


def test_a_translation_replaces_the_english_without_a_code_change():
    class Shouting(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return message.upper().replace("{YEAR}", "{year}")

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return self.gettext(singular if n == 1 else plural)

    catalogue = Catalogue(Shouting())
    assert catalogue.say(message("campaign_ended", year=2035)) == "THE CAMPAIGN ENDS IN 2035"


def test_words_fill_a_template_the_screens_use():
    assert words("expected_in", year=2027) == "Now expected in 2027."


def test_a_place_named_inside_a_sentence_has_no_capital_mid_sentence():
    bid = message("bid_placed_free", opportunity="A payload place on Chang'e-4", standing=105)
    assert say(bid) == "Bid for a payload place on Chang'e-4: your standing 105, no rival ahead yet"
    assert words("bid_title", opportunity="An orbit slot") == "Bid for an orbit slot?"
    # Proper names and acronyms stay as authored.
    assert words("bid_title", opportunity="Chang'e-4 payload") == "Bid for Chang'e-4 payload?"
    assert words("bid_title", opportunity="ILRS founding place") == "Bid for ILRS founding place?"
