"""`pack new`: the scaffold validates at once, explains every field and never overwrites."""

from __future__ import annotations

import dataclasses
import datetime
import json
from pathlib import Path

import pytest
import yaml

from game.content.model import PACK_FILES
from game.content.scaffold import (
    SCHEMA_DIR,
    create_pack,
    pack_id_from,
    render_file,
    template_dir,
    title_from,
)
from game.content.schema import all_schemas, schema_file_name
from game.content.stats import pack_stats
from game.errors import SpaceAccordError
from game.quiz.pack_check import check_pack
from tests.content.authoring_kit import new_pack, schema_errors


def test_a_new_pack_validates_with_no_problems_even_in_strict_mode(tmp_path: Path) -> None:
    pack, problems = check_pack(new_pack(tmp_path), strict=True)
    assert pack is not None
    assert [p.format() for p in problems] == []


def test_a_new_pack_has_one_example_of_everything(tmp_path: Path) -> None:
    pack, _ = check_pack(new_pack(tmp_path))
    assert pack is not None
    stats = pack_stats(pack)
    assert all(count >= 1 for count in stats.counts.values())
    assert all(count >= 1 for count in stats.quiz_by_type.values())
    assert len(stats.playable) == 1 and len(pack.agencies) == 2
    assert {f.date_basis for f in pack.facts if f.date is not None} >= {"stated", "inferred"}


def test_the_pack_id_and_title_come_from_the_folder_or_the_title_option(tmp_path: Path) -> None:
    pack, _ = check_pack(new_pack(tmp_path, "Moon Trip_2"))
    assert pack is not None
    assert (pack.info.id, pack.info.title) == ("moon-trip-2", "Moon Trip 2")
    create_pack(tmp_path / "titled", "Lunar partners")
    titled, _ = check_pack(tmp_path / "titled")
    assert titled is not None and titled.info.title == "Lunar partners"


def test_slugs_and_titles_of_odd_folder_names() -> None:
    assert pack_id_from("--") == "new-pack"
    assert pack_id_from("Été 2024") == "ete-2024"
    assert title_from("my-pack") == "My pack"
    assert title_from("") == "New pack"


def test_every_file_points_its_editor_at_a_schema_the_pack_holds(tmp_path: Path) -> None:
    folder = new_pack(tmp_path)
    for file, _attribute, _record in PACK_FILES:
        first = (folder / file).read_text(encoding="utf-8").splitlines()[0]
        target = f"{SCHEMA_DIR}/{schema_file_name(file)}"
        assert first == f"# yaml-language-server: $schema={target}"
        assert (
            json.loads((folder / target).read_text(encoding="utf-8"))
            == all_schemas()[schema_file_name(file)]
        )
        assert schema_errors(folder, file) == []


def test_every_field_of_the_model_is_shown_and_explained_in_its_file(tmp_path: Path) -> None:
    folder = new_pack(tmp_path)
    for file, _attribute, record in PACK_FILES:
        text = (folder / file).read_text(encoding="utf-8")
        for f in dataclasses.fields(record):
            if f.metadata.get("kind") in (None, "where"):
                continue
            assert f"{f.name}:" in text, f"{file} does not show `{f.name}`"
            assert f.metadata["doc"][:30] in " ".join(text.split()), (
                f"{file} does not explain `{f.name}`"
            )


def test_the_rendered_yaml_reads_back_as_the_template_data() -> None:
    for file, _attribute, record in PACK_FILES:
        data = yaml.safe_load((template_dir() / file).read_text(encoding="utf-8"))
        assert yaml.safe_load(render_file(file, record, data)) == data


def test_long_text_is_folded_and_odd_text_quoted_so_it_reads_back_the_same() -> None:
    record = next(r for f, _a, r in PACK_FILES if f == "facts.yaml")
    data = [
        {
            "id": "odd",
            "source": "s",
            "quote": "word " * 40,
            "statement": "yes",
            "date": datetime.date(2020, 1, 2),
            "tags": ["a: b", "#hash", "true", "2020"],
        }
    ]
    text = render_file("facts.yaml", record, data)
    assert "quote: >-" in text
    assert yaml.safe_load(text) == [{**data[0], "quote": data[0]["quote"].strip()}]


def test_a_non_empty_folder_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(SpaceAccordError, match="not empty") as caught:
        create_pack(folder)
    assert caught.value.exit_code == 2
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_a_file_in_the_way_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a-file"
    path.write_text("x", encoding="utf-8")
    with pytest.raises(SpaceAccordError, match="is a file"):
        create_pack(path)


def test_an_empty_existing_folder_is_filled_and_nothing_is_left_beside_it(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    written = create_pack(folder)
    assert all(path.exists() for path in written)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]


def test_missing_parent_folders_are_created(tmp_path: Path) -> None:
    written = create_pack(tmp_path / "a" / "b" / "pack")
    assert (tmp_path / "a" / "b" / "pack" / "pack.yaml") in written
