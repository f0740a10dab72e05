"""`pack add-source` and `pack quote`: a new pack is started from two article files without
hand-writing a source entry or copying a quote by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.cli import main
from game.content.authoring import clean_text, default_source_id
from game.content.validate_quotes import sha256_text
from game.quiz.pack_check import check_pack

FIRST = (
    "Orbit Daily.\r\n\r\nThe Kappa agency signed a lunar  agreement with Lambda on 3 May 2021.\r\n"
)
SECOND = "\ufeffLambda plans a rover for 2029.\nIt will carry four cameras.\n"


def _articles(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "kappa deal.txt", tmp_path / "rover.txt"
    first.write_bytes(FIRST.encode("utf-8"))
    second.write_bytes(SECOND.encode("utf-8"))
    return first, second


def _new_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "lunar"
    assert main(["pack", "new", str(folder)]) == 0
    return folder


def _add(folder: Path, article: Path, *extra: str) -> int:
    return main(
        [
            "pack", "add-source", str(folder), str(article), "--title", "A title",
            "--publisher", "Orbit Daily", "--published", "2021-05-04", *extra,
        ]
    )  # fmt: skip


def test_an_article_is_kept_as_utf8_with_lf_line_ends_and_no_bom() -> None:
    assert clean_text(FIRST.encode(), "a") == (
        "Orbit Daily.\n\nThe Kappa agency signed a lunar  agreement with Lambda on 3 May 2021.\n"
    )
    assert clean_text(SECOND.encode(), "b").startswith("Lambda")


def test_add_source_copies_the_text_and_appends_a_pinned_entry(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    assert _add(folder, first) == 0
    assert "added source 'kappa-deal'" in capsys.readouterr().out
    text = (folder / "sources" / "kappa-deal.txt").read_text(encoding="utf-8")
    entry = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))[-1]
    assert entry["file"] == "sources/kappa-deal.txt" and entry["sha256"] == sha256_text(text)
    assert "# yaml-language-server" in (folder / "sources.yaml").read_text(encoding="utf-8")
    pack, problems = check_pack(folder)
    assert pack is not None and "kappa-deal" in pack.texts and problems == []


def test_add_source_refuses_a_second_source_with_the_same_id(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    assert _add(folder, first) == 0
    assert _add(folder, first) == 2
    assert "already has a source 'kappa-deal'" in capsys.readouterr().err


def test_add_source_refuses_a_bad_date_and_an_unexplained_inferred_one(tmp_path: Path) -> None:
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    assert main(["pack", "add-source", str(folder), str(first), "--title", "t",
                 "--publisher", "p", "--published", "2021-13"]) == 2  # fmt: skip
    assert _add(folder, first, "--date-basis", "inferred") == 2
    assert not (folder / "sources" / "kappa-deal.txt").exists()


def test_quote_prints_the_exact_passage_and_marks_the_words_that_differ(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    _add(folder, first, "--id", "deal")
    capsys.readouterr()
    assert main(["pack", "quote", str(folder), "deal", "Kappa agency signed a moon agreement"]) == 0
    out = capsys.readouterr().out
    assert "line 3" in out and "[lunar]" in out and "'moon' where the text has 'lunar'" in out
    assert "  Kappa agency signed a lunar agreement\n" in out


def test_a_quote_ends_at_its_last_word_not_at_the_comma_after_it(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    folder = _new_pack(tmp_path)
    article = tmp_path / "visit.txt"
    article.write_text("Kappa toured the Lambda works, where rovers are built, on Monday.\n")
    _add(folder, article, "--id", "visit")
    capsys.readouterr()
    words = ["Kappa toured the Lambda works where rovers are made"]
    assert main(["pack", "quote", str(folder), "visit", *words, "--add-fact", "tour"]) == 0
    out = capsys.readouterr().out
    assert "  Kappa toured the Lambda works, where rovers are built\n" in out
    facts = yaml.safe_load((folder / "facts.yaml").read_text(encoding="utf-8"))
    assert facts[-1]["quote"] == "Kappa toured the Lambda works, where rovers are built"


def test_quote_suggests_the_source_meant(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    _add(folder, first, "--id", "deal")
    assert main(["pack", "quote", str(folder), "dael", "Kappa"]) == 2
    assert "did you mean 'deal'?" in capsys.readouterr().err


def test_a_pack_is_started_from_two_articles_without_writing_a_source_or_a_quote(
    tmp_path: Path,
) -> None:
    folder = _new_pack(tmp_path)
    first, second = _articles(tmp_path)
    assert _add(folder, first, "--id", "deal") == 0
    assert _add(folder, second, "--id", "rover", "--published", "2022") == 0
    assert main(["pack", "quote", str(folder), "deal", "signed lunar agreement with Lambda",
                 "--add-fact", "kappa-lambda-deal"]) == 0  # fmt: skip
    assert main(["pack", "quote", str(folder), "rover", "carries four cameras",
                 "--add-fact", "rover-cameras"]) == 0  # fmt: skip
    _pack, problems = check_pack(folder)
    assert sorted((p.code, p.line > 0) for p in problems) == [("empty-value", True)] * 2
    facts = (folder / "facts.yaml").read_text(encoding="utf-8")
    facts = facts.replace("statement: ''", "statement: Kappa and Lambda agreed.", 1)
    facts = facts.replace("statement: ''", "statement: The rover has four cameras.", 1)
    (folder / "facts.yaml").write_text(facts, encoding="utf-8")
    _pack, problems = check_pack(folder)
    assert problems == []


@pytest.mark.parametrize("bad_id", ["Kappa Deal", "deal!"])
def test_add_fact_refuses_an_id_that_is_not_a_slug(tmp_path: Path, bad_id: str) -> None:
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    _add(folder, first, "--id", "deal")
    assert main(["pack", "quote", str(folder), "deal", "Kappa", "--add-fact", bad_id]) == 2


@pytest.mark.parametrize("bad_id", ["../../outside", "Kappa Deal"])
def test_add_source_refuses_an_id_that_is_not_a_slug(tmp_path: Path, bad_id: str) -> None:
    folder = _new_pack(tmp_path)
    first, _second = _articles(tmp_path)
    before = sorted(tmp_path.rglob("*"))
    assert _add(folder, first, "--id", bad_id) == 2
    assert sorted(tmp_path.rglob("*")) == before


def test_a_source_named_by_a_hash_gets_an_id_from_its_title_and_year() -> None:
    title = "China signs space agreements with 37 countries"
    assert default_source_id("000_dd3f32e7d329395d", title, "2023-04-25") == (
        "china-signs-space-agreements-with-2023"
    )
    assert default_source_id("kappa-deal", "A title", "2021") == "kappa-deal"
    assert default_source_id("spacenews-ilrs", "A title", "2023") == "spacenews-ilrs"
