"""`pack review`: a page per quiz item and record with its quotes in their articles, and
reviewers' marks kept in the pack, stale as soon as anything they checked changes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.cli import main
from game.content.loader import load_pack
from game.content.model import Pack
from game.content.review import mark, read_marks, status, tally, targets, write_marks
from game.errors import SpaceAccordError
from game.paths import builtin_packs_dir
from game.quiz.export.review_page import review_page
from tests.content.fakes import FakePack


def _pack(fake: FakePack, folder: Path) -> Pack:
    pack, problems = load_pack(fake.write(folder))
    assert pack is not None and problems == []
    return pack


def _target(pack: Pack, key: str):  # type: ignore[no-untyped-def]
    return next(t for t in targets(pack) if t.key == key)


def test_every_quiz_item_and_every_record_citing_facts_is_a_target(tmp_path: Path) -> None:
    keys = [t.key for t in targets(_pack(FakePack(), tmp_path))]
    assert keys[:4] == ["quiz/q-beta-year", "quiz/q-who-launched", "quiz/q-data", "quiz/q-order"]
    assert "agreements/alpha-gamma-data" in keys and "missions/weather-sat" not in keys


def test_a_mark_is_current_until_a_cited_quote_changes(tmp_path: Path) -> None:
    fake = FakePack()
    pack = _pack(fake, tmp_path / "a")
    marks = mark(pack, {}, ["quiz/q-beta-year"])
    assert status(pack, _target(pack, "quiz/q-beta-year"), marks) == "checked"
    fake.record("facts.yaml", "beta-launch")["statement"] = "Beta flew on an Alpha rocket in 2019."
    changed = _pack(fake, tmp_path / "b")
    assert status(changed, _target(changed, "quiz/q-beta-year"), marks) == "stale"
    assert status(changed, _target(changed, "quiz/q-data"), marks) == "unchecked"


def test_a_mark_goes_stale_when_the_answer_or_the_article_pin_changes(tmp_path: Path) -> None:
    fake = FakePack()
    pack = _pack(fake, tmp_path / "a")
    marks = mark(pack, {}, ["quiz/q-who-launched"])
    fake.record("quiz.yaml", "q-who-launched")["explanation"] = "Alpha did."
    assert tally(_pack(fake, tmp_path / "b"), marks)["stale"] == 1


def test_marking_an_unknown_key_suggests_the_one_meant(tmp_path: Path) -> None:
    pack = _pack(FakePack(), tmp_path)
    with pytest.raises(SpaceAccordError, match="did you mean 'quiz/q-data'"):
        mark(pack, {}, ["quiz/q-dta"])


def test_marks_are_kept_in_review_yaml(tmp_path: Path) -> None:
    write_marks(tmp_path, {"quiz/b": "2" * 16, "quiz/a": "1" * 16})
    assert read_marks(tmp_path) == {"quiz/a": "1" * 16, "quiz/b": "2" * 16}
    assert read_marks(tmp_path / "none") == {}


def test_the_page_highlights_each_quote_in_its_article_and_shows_the_state(tmp_path: Path) -> None:
    pack = _pack(FakePack(), tmp_path)
    page = review_page(pack, mark(pack, {}, ["quiz/q-data"]))
    assert (
        "<mark>Alpha and Gamma signed a “data” sharing agreement in 2020 — a first</mark>" in page
    )
    assert '<span class="state checked">checked</span><h2>quiz/q-data</h2>' in page
    assert "1 checked, 0 stale, 7 unchecked" in page
    assert "--check quiz/q-order" in page


def test_pack_review_marks_writes_the_page_and_pack_stats_counts(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    folder = FakePack().write(tmp_path / "pack")
    page = tmp_path / "review.html"
    assert main(["pack", "review", str(folder), "--check", "quiz/q-data", "-o", str(page)]) == 0
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")
    capsys.readouterr()
    assert main(["pack", "stats", str(folder), "--format", "json"]) == 0
    review = json.loads(capsys.readouterr().out)["review"]
    assert review == {"checked": 1, "stale": 0, "unchecked": 7}
    assert main(["pack", "review", str(folder)]) == 2


def test_the_text_around_a_quote_is_cut_at_word_boundaries() -> None:
    pack, _ = load_pack(builtin_packs_dir() / "venezuela-moon")
    assert pack is not None
    page = review_page(pack, {})
    for context in page.split('<div class="context">')[1:]:
        snippet = context.split("</div>", 1)[0].split(": ", 1)[1]
        plain = snippet.replace("<mark>", "").replace("</mark>", "")
        words = plain.strip("…").split()
        article_words = {w for text in pack.texts.values() for w in text.split()}
        assert words[0] in article_words and words[-1] in article_words, snippet
