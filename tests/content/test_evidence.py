"""Evidence checks: the mistakes planted in a pack written from the authoring guide are each
caught at their line, with a message that says what to fix.

The pack is the small invented one of ``fakes``; each test plants one mistake of the audit
(a year no quote gives, a number answer off the quote, an unrelated citation, a late
`stated` date, a flipped true/false) or one of the four mechanical ones.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.cli import main
from game.content.evidence import (
    CLAIM_NUMBER_WORDS,
    NUMBER_WORDS,
    claimed_numbers,
    names,
    numbers,
    quoted_numbers,
)
from game.quiz.pack_check import check_pack
from tests.content.fakes import FakePack, checked, line_of, only

_check = checked
_one = only


def test_the_unplanted_pack_has_no_evidence_problem(tmp_path: Path) -> None:
    _folder, problems = _check(FakePack(), tmp_path)
    assert problems == []


# --- the four mistakes the validator always caught -------------------------------------


def test_a_changed_word_in_a_quote_is_caught_at_the_quote(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["quote"] = "The Alpha agency sent the Beta satellite"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "quote-not-found")
    assert problem.line == line_of(folder / "facts.yaml", "quote: The Alpha agency sent")


def test_bad_indentation_is_caught_at_its_line(tmp_path: Path) -> None:
    folder = FakePack().write(tmp_path / "pack")
    lines = (folder / "facts.yaml").read_text(encoding="utf-8").splitlines()
    lines[2] = "   " + lines[2]
    (folder / "facts.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    _pack, problems = check_pack(folder)
    assert _one(problems, "yaml-syntax").file == "facts.yaml"


def test_a_duplicate_id_is_caught_at_the_second(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "gamma-old")["id"] = "beta-launch"
    folder, problems = _check(fake, tmp_path)
    second = line_of(folder / "facts.yaml", "id: beta-launch", after="id: lander-plan")
    assert _one(problems, "duplicate-id").line == second


def test_a_missing_source_file_is_caught(tmp_path: Path) -> None:
    fake = FakePack()
    fake.texts = {}
    _folder, problems = _check(fake, tmp_path)
    assert _one(problems, "missing-file").file == "sources.yaml"


# --- the four the validator used to miss --------------------------------------------------


def test_a_year_in_a_statement_that_no_quote_gives_is_caught(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "gamma-old")["statement"] = "Gamma signed up in 2017."
    fake.record("facts.yaml", "gamma-old")["date_basis"] = "stated"
    fake.record("facts.yaml", "gamma-old")["date"] = "2019"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "number-not-quoted")
    assert problem.line == line_of(folder / "facts.yaml", "Gamma signed up in 2017")
    assert "2017" in problem.message and "derived: true" in problem.message


def test_a_number_answer_off_its_quote_is_caught_at_the_answer(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-beta-year")["answer"] = "2018"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "number-not-quoted")
    assert problem.line == line_of(folder / "quiz.yaml", "answer: '2018'")
    assert "2018" in problem.message and "fix the answer" in problem.message


def test_a_right_answer_citing_an_unrelated_fact_is_caught_at_the_citation(
    tmp_path: Path,
) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-who-launched")["facts"] = ["lander-plan"]
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "unrelated-citation")
    assert problem.line == line_of(folder / "quiz.yaml", "- lander-plan")
    assert "lander-plan" in problem.message


def test_a_stated_date_after_its_article_is_caught_at_the_date(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("facts.yaml", "beta-launch")["date"] = "2025"
    folder, problems = _check(fake, tmp_path)
    date_line = line_of(folder / "facts.yaml", "'2025'")
    assert _one(problems, "date-not-in-source").line == date_line
    late = _one(problems, "fact-after-source")
    assert late.line == date_line and late.message.index("fix the date") < late.message.index(
        "planned"
    )


def test_a_flipped_true_false_answer_is_caught(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-data")["answer"] = "false"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "false-but-quoted")
    assert problem.line == line_of(folder / "quiz.yaml", "answer: 'false'")
    assert "data-deal" in problem.message


def test_a_name_in_the_right_answer_that_no_quote_gives_is_caught(tmp_path: Path) -> None:
    fake = FakePack()
    item = fake.record("quiz.yaml", "q-who-launched")
    item["answer"] = "Delta"
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "name-not-quoted")
    assert problem.line == line_of(folder / "quiz.yaml", "answer: Delta")


def test_a_record_dated_apart_from_the_facts_it_cites_is_caught(tmp_path: Path) -> None:
    fake = FakePack()
    event = fake.record("events.yaml", "data-day")
    event.update(date="2016", date_basis="inferred", date_note="A guess.")
    folder, problems = _check(fake, tmp_path)
    problem = _one(problems, "date-disagrees")
    assert problem.line == line_of(folder / "events.yaml", "'2016'")
    assert "data-deal (2020)" in problem.message


def test_done_after_source_offers_to_fix_the_date_first(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("missions.yaml", "moon-lander")["status"] = "done"
    _folder, problems = _check(fake, tmp_path)
    message = _one(problems, "done-after-source").message
    assert message.index("fix the date") < message.index("mark it planned")


# --- derived marks -------------------------------------------------------------------------


def test_a_derived_mark_with_its_note_lets_a_worked_out_number_pass(tmp_path: Path) -> None:
    fake = FakePack()
    fact = fake.record("facts.yaml", "data-deal")
    fact["statement"] = "Alpha and Gamma agreed to share data in 2020, a year after Beta (2019)."
    assert any(p.code == "number-not-quoted" for p in _check(fake, tmp_path / "a")[1])
    fact.update(derived=True, derived_note="2019 is Beta's launch year, from beta-launch.")
    assert _check(fake, tmp_path / "b")[1] == []


def test_a_derived_mark_needs_a_note(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-beta-year")["derived"] = True
    folder, problems = _check(fake, tmp_path)
    assert _one(problems, "missing-derived-note").line == line_of(
        folder / "quiz.yaml", "derived: true"
    )


# --- reading numbers and names -------------------------------------------------------------


def test_numbers_read_separators_ranges_and_words() -> None:
    assert [n for n, _ in numbers("1,200 people in 2018-22 and 2030s")] == [
        "1200",
        "2018",
        "2022",
        "2030",
    ]
    assert quoted_numbers(["four organisations and a pair of astronauts"]) >= {"4", "2"}
    assert claimed_numbers("Chang'e-4 flew in 2019") == ["2019"]


def test_names_skip_function_words_and_the_start_of_a_phrase() -> None:
    assert names("At the China Academy", skip_sentence_starts=False) == ["China", "Academy"]
    assert names("Italy", skip_sentence_starts=False) == ["Italy"]
    assert names("Make agreements with China", skip_sentence_starts=False) == ["China"]


@given(st.text(alphabet="0123456789 ,.-abcdefghijklmnopqrstuvwxyzABC'", max_size=60))
def test_a_claim_that_repeats_its_quote_never_lacks_a_number(text: str) -> None:
    assert set(claimed_numbers(text)) <= quoted_numbers([text])


PIECES = [*"TtwoOnefirvsxhuaedzcp -,.'\u017f\u212a1234", "twelve", "Dozen", "SECOND"]
WORDY = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)


@given(WORDY)
def test_written_out_numbers_are_whole_words_of_letters_in_any_case(text: str) -> None:
    import re

    for words in (NUMBER_WORDS, CLAIM_NUMBER_WORDS):
        by_word = [  # the long way: every run of ASCII letters, looked up folded
            (words[m.group().lower()], m.start())
            for m in re.finditer(r"[A-Za-z]+", text)
            if m.group().lower() in words
        ]
        expected = sorted(numbers(text) + by_word, key=lambda pair: pair[1])
        assert numbers(text, words=words) == expected


# --- what a miss says ------------------------------------------------------------------------


def test_a_quote_from_another_source_of_the_pack_says_which(tmp_path: Path) -> None:
    fake = FakePack()
    fake.texts["sources/other.txt"] = "Delta said the Beta satellite was small.\n"
    fake.files["sources.yaml"].append(
        {
            "id": "other",
            "title": "Other news",
            "publisher": "Other",
            "published": "2020",
            "date_basis": "stated",
            "file": "sources/other.txt",
        }
    )
    fake.record("facts.yaml", "gamma-old")["quote"] = "the Beta satellite was small"
    _folder, problems = _check(fake, tmp_path)
    message = _one(problems, "quote-not-found").message
    assert "stands word for word in sources/other.txt" in message
    assert "`source: other`" in message


def test_a_pack_with_a_number_off_its_quote_is_not_exported(tmp_path: Path) -> None:
    fake = FakePack()
    fake.record("quiz.yaml", "q-beta-year")["answer"] = "2018"
    folder = fake.write(tmp_path / "pack")
    gift = tmp_path / "quiz.gift"
    assert main(["pack", "export", str(folder), "--format", "gift", "-o", str(gift)]) == 1
    assert not gift.exists()
