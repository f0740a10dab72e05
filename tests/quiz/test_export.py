"""Exports for teachers: GIFT read back by a test-side parser, CSV through ``csv``, HTML."""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.content.citations import citations
from game.content.model import Pack, QuizItem
from game.quiz.export import FORMATS, export
from game.quiz.export.common import one_line, printed_question
from game.quiz.export.worksheet import key_answer, mark
from game.quiz.kinds.true_false import is_true
from game.quiz.pack_check import open_pack
from tests.quiz.fakes import fake_items, fake_match_item, fake_pack

PACK = fake_pack(items=(*fake_items(), fake_match_item()))

# --- a GIFT reader written from the format's description, independent of the writer ---


@dataclass
class GiftQuestion:
    title: str
    text: str
    kind: str  # choice | true_false | number | matching
    right: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    number: tuple[float, float] | None = None
    truth: bool | None = None
    feedback: list[str] = field(default_factory=list)


def _unescaped(text: str, target: str, start: int = 0) -> int:
    """Index of the first ``target`` at or after ``start`` not escaped by a backslash."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(target, i):
            return i
        i += 1
    return -1


def _last_unescaped(text: str, target: str) -> int:
    found, i = -1, _unescaped(text, target)
    while i != -1:
        found, i = i, _unescaped(text, target, i + 1)
    return found


def _split(text: str, signs: str) -> list[tuple[str, str]]:
    """Split an answer list at unescaped ``=`` / ``~``: [(sign, raw text)]."""
    parts: list[tuple[str, str]] = []
    i = 0
    while i < len(text):
        if text[i] == "\\":
            if parts:
                parts[-1] = (parts[-1][0], parts[-1][1] + text[i : i + 2])
            i += 2
            continue
        if text[i] in signs:
            parts.append((text[i], ""))
        elif parts:
            parts[-1] = (parts[-1][0], parts[-1][1] + text[i])
        i += 1
    return parts


def _plain(raw: str) -> str:
    """GIFT escapes undone, then HTML entities (the questions are [html])."""
    out = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), raw.strip())
    return html.unescape(out)


def parse_gift(text: str) -> tuple[str, list[GiftQuestion]]:
    category = ""
    questions = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.splitlines() if not ln.strip().startswith("//")]
        body = "\n".join(lines).strip()
        if not body:
            continue
        if body.startswith("$CATEGORY:"):
            category = body[len("$CATEGORY:") :].strip()
            continue
        assert body.startswith("::")
        end_title = _unescaped(body, "::", 2)
        title = _plain(body[2:end_title])
        rest = body[end_title + 2 :]
        opening, closing = _unescaped(rest, "{"), _last_unescaped(rest, "}")
        prompt = rest[:opening].strip()
        assert prompt.startswith("[html]")
        answers = rest[opening + 1 : closing]
        feedback = ""
        cut = _unescaped(answers, "####")
        if cut != -1:
            answers, feedback = answers[:cut], answers[cut + 4 :]
        answers = answers.strip()
        q = GiftQuestion(title, _plain(prompt[len("[html]") :]), "choice")
        q.feedback = [_plain(part) for part in feedback.split("<br>")]
        if answers in ("TRUE", "FALSE", "T", "F"):
            q.kind, q.truth = "true_false", answers.startswith("T")
        elif answers.startswith("#"):
            value, tolerance = answers[1:].split(":")
            q.kind, q.number = "number", (float(value), float(tolerance))
        elif _unescaped(answers, "->") != -1:
            q.kind = "matching"
            for _, raw in _split(answers, "="):
                left, right = raw.split("->")
                q.pairs.append((_plain(left), _plain(right)))
        else:
            for sign, raw in _split(answers, "=~"):
                (q.right if sign == "=" else q.wrong).append(_plain(raw))
        questions.append(q)
    return category, questions


# --- GIFT -----------------------------------------------------------------------------


def gift_of(pack: Pack) -> dict[str, GiftQuestion]:
    _, questions = parse_gift(export(pack, "gift"))
    return {q.title: q for q in questions}


def test_gift_has_one_question_per_item_in_a_category_named_after_the_pack() -> None:
    category, questions = parse_gift(export(PACK, "gift"))
    assert category == one_line(PACK.info.title)
    assert [q.title for q in questions] == [item.id for item in PACK.quiz]


def test_every_gift_question_and_answer_is_recovered() -> None:
    read = gift_of(PACK)
    for item in PACK.quiz:
        q = read[item.id]
        assert q.text.startswith(one_line(item.prompt))
        if item.type == "choice":
            assert (q.kind, q.right) == ("choice", [item.answer])
            assert sorted(q.wrong) == sorted(o for o in item.options if o != item.answer)
        elif item.type == "true_false":
            assert (q.kind, q.truth) == ("true_false", is_true(item.answer))
        elif item.type == "number":
            assert (q.kind, q.number) == ("number", (float(item.answer), item.tolerance))
            assert item.unit in q.text
        elif item.type == "match":
            expected = [(pair.left, pair.right) for pair in item.pairs]
            assert (q.kind, q.pairs) == ("matching", expected)
        else:
            expected = [(text, str(n)) for n, text in enumerate(item.items, start=1)]
            assert (q.kind, q.pairs) == ("matching", expected)


def test_gift_feedback_gives_the_explanation_and_every_quote_with_its_source() -> None:
    read = gift_of(PACK)
    for item in PACK.quiz:
        feedback = read[item.id].feedback
        assert feedback[0] == item.explanation
        for line, cite in zip(feedback[1:], citations(PACK, item.facts), strict=True):
            assert f"“{one_line(cite.quote)}”" in line
            assert cite.source_title in line and cite.as_reported in line


def test_gift_escapes_every_special_character_and_the_backslash() -> None:
    text = export(PACK, "gift")
    assert r"back\\forth" in text
    assert r"\{everyone\}\: \#1." in text and r"2004 \= " in text and r"\~ said" in text
    assert "&lt;lands&gt;" in text


# Text a teacher could type: GIFT's specials, HTML's, quotes, arrows, accents, spaces.
PIECES = [*"ab Zé~=#{}:\\<>&\"'-→\n\t/[]*09", "->", "####", "&lt;", "\\n", "::"]
TEXT = (
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=12)
    .map("".join)
    .filter(lambda s: one_line(s) != "")
)


@settings(max_examples=60, deadline=None)
@given(prompt=TEXT, options=st.lists(TEXT, min_size=2, max_size=4, unique_by=one_line))
def test_any_text_survives_a_trip_through_gift(prompt: str, options: list[str]) -> None:
    item = replace(PACK.quiz[0], prompt=prompt, options=tuple(options), answer=options[-1])
    q = gift_of(replace(PACK, quiz=(item,)))[item.id]
    assert q.text == one_line(prompt)
    assert q.right == [one_line(options[-1])]
    assert sorted(q.wrong) == sorted(one_line(o) for o in options[:-1])


def test_an_arrow_in_an_answer_cannot_turn_a_choice_into_matching() -> None:
    item = replace(PACK.quiz[0], options=("a -> b", "c"), answer="c")
    q = gift_of(replace(PACK, quiz=(item,)))[item.id]
    assert (q.kind, q.right, q.wrong) == ("choice", ["c"], ["a -> b"])
    assert "a -&gt; b" in export(replace(PACK, quiz=(item,)), "gift")


# --- CSV ------------------------------------------------------------------------------


def csv_rows(pack: Pack) -> list[dict[str, str]]:
    text = export(pack, "csv")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_csv_has_one_row_per_item_that_round_trips_through_the_csv_module() -> None:
    rows = csv_rows(PACK)
    assert [r["id"] for r in rows] == [item.id for item in PACK.quiz]
    for row, item in zip(rows, PACK.quiz, strict=True):
        assert (row["type"], row["prompt"]) == (item.type, one_line(item.prompt))
        assert row["facts"].split() == list(item.facts)
        cited = citations(PACK, item.facts)
        assert row["quotes"].split("\n") == [one_line(c.quote) for c in cited]
        assert all(
            c.source_title in line
            for c, line in zip(cited, row["sources"].split("\n"), strict=True)
        )
        options = [row[f"option_{n}"] for n in range(1, 6) if row[f"option_{n}"]]
        if item.type == "choice":
            assert options == list(item.options) and row["answer"] == item.answer
        elif item.type == "order":
            assert options == list(item.items)
        elif item.type == "match":
            assert options == [f"{p.left} = {p.right}" for p in item.pairs]
        elif item.type == "true_false":
            assert options == ["True", "False"] and row["answer"] in options
        else:
            assert (row["answer"], row["tolerance"], row["unit"]) == ("2030", "1", item.unit)


def test_csv_grows_option_columns_for_long_lists() -> None:
    item = replace(PACK.quiz[2], items=tuple(f"step {n}" for n in range(7)))
    rows = csv_rows(replace(PACK, quiz=(item,)))
    assert rows[0]["option_7"] == "step 6"


# --- HTML worksheet --------------------------------------------------------------------


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs.extend((tag, k, v) for k, v in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def worksheet() -> tuple[str, str, Collector]:
    page = export(PACK, "html")
    collector = Collector()
    collector.feed(page)
    return page, " ".join(" ".join(collector.text).split()), collector


def test_the_worksheet_lists_every_question_then_a_key_with_quotes_and_sources() -> None:
    page, text, _ = worksheet()
    questions, key = text.split("Answer key", 1)
    for item in PACK.quiz:
        assert one_line(item.prompt) in questions
        assert one_line(key_answer(PACK, item)) in key
        for cite in citations(PACK, item.facts):
            assert one_line(cite.quote) in key and cite.as_reported in key
    assert "break-before: page" in page and "@media print" in page


def test_the_worksheet_escapes_html_and_loads_nothing_from_elsewhere() -> None:
    page, text, collector = worksheet()
    assert "Crew <lands>" in text and "Crew &lt;lands&gt;" in page
    assert not any(k in ("src", "href") for _, k, _ in collector.attrs)
    assert "url(" not in page and "@import" not in page and "<script" not in page


def test_the_key_letters_match_the_printed_options() -> None:
    for item in PACK.quiz:
        q = printed_question(PACK, item)
        answer = key_answer(PACK, item)
        if item.type == "choice":
            letter = answer.split(":")[0]
            assert q.choices["ABCDEF".index(letter)] == item.answer
        if item.type == "order":  # the number that belongs in each printed box
            boxes = dict(pair.split(" ") for pair in answer.split(" (")[0].split(", "))
            placed = sorted(boxes, key=lambda letter: int(boxes[letter]))
            assert [q.choices["ABCDEF".index(x)] for x in placed] == list(item.items)
        if item.type == "match":  # the letter that goes with each numbered row
            places = answer.split(" (")[0].split(", ")
            partners = [q.choices["ABCDEF".index(place.split()[1])] for place in places]
            assert partners == [pair.right for pair in item.pairs]


def test_every_format_is_deterministic() -> None:
    for fmt in FORMATS:
        assert export(PACK, fmt) == export(fake_pack(items=(*fake_items(), fake_match_item())), fmt)


def test_an_item_citing_an_unknown_fact_still_exports() -> None:
    item: QuizItem = replace(PACK.quiz[0], facts=("nowhere",))
    for fmt in FORMATS:
        assert item.prompt.split("?")[0] in export(replace(PACK, quiz=(item,)), fmt)


@pytest.mark.parametrize(
    ("answer", "tolerance"), [("1234567", 0.0), ("384400.5", 0.25), ("0.0000125", 0.0000005)]
)
def test_a_number_answer_of_many_digits_keeps_every_digit_in_gift_csv_and_worksheet(
    answer: str, tolerance: float
) -> None:
    number = next(item for item in PACK.quiz if item.type == "number")
    item = replace(number, answer=answer, tolerance=tolerance)
    pack = replace(PACK, quiz=(item,))
    assert gift_of(pack)[item.id].number == (float(answer), tolerance)
    (row,) = csv.DictReader(io.StringIO(export(pack, "csv").lstrip("\ufeff")))
    assert float(row["tolerance"]) == tolerance and "e" not in row["tolerance"]
    assert "e-" not in key_answer(pack, item) and "e+" not in key_answer(pack, item)


# --- both built-in packs through the independent reader above ----------------------------
# (pygiftparser used to be a second oracle here; it imports pkg_resources and could not run
# on Python 3.12+, so the check was silently skipped. A check that cannot run is worse than
# none: the spec-written reader above covers every built-in item on every Python.)


@pytest.mark.parametrize("pack_id", ["space-cooperation", "venezuela-moon"])
def test_the_gift_reader_recovers_every_question_and_answer_of_the_built_in_packs(
    pack_id: str,
) -> None:
    pack = open_pack(pack_id)
    read = gift_of(pack)
    assert list(read) == [item.id for item in pack.quiz]
    for item in pack.quiz:
        q = read[item.id]
        if item.type == "choice":
            assert (q.kind, q.right) == ("choice", [one_line(item.answer)]), item.id
            assert len(q.right) + len(q.wrong) == len(item.options), item.id
        elif item.type == "true_false":
            assert (q.kind, q.truth) == ("true_false", is_true(item.answer)), item.id
        elif item.type == "number":
            assert (q.kind, q.number) == ("number", (float(item.answer), item.tolerance)), item.id
        elif item.type == "match":
            expected = [(one_line(p.left), one_line(p.right)) for p in item.pairs]
            assert (q.kind, q.pairs) == ("matching", expected), item.id
        else:
            expected = [(one_line(t), str(n)) for n, t in enumerate(item.items, start=1)]
            assert (q.kind, q.pairs) == ("matching", expected), item.id


def test_the_marking_key_has_a_line_per_question_in_the_sheets_terms() -> None:
    page, text, _ = worksheet()
    marks = text.split("Key for marking", 1)[1].split("Answer key", 1)[0]
    assert page.count('<li id="m-') == len(PACK.quiz)
    for item in PACK.quiz:
        shown, _ = mark(PACK, item)
        assert shown in marks
        if item.type == "order":
            assert all(f"{letter} " in shown for letter in "ABC")
