"""The JSON Schema is generated from the model, agrees with the loader and the validator,
and the packs we ship pass it with the third-party ``jsonschema`` package."""

from __future__ import annotations

import dataclasses
import datetime
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from game.content.model import NESTED_RECORDS, PACK_FILES
from game.content.problems import errors
from game.content.schema import all_schemas, schema_file_name, schema_for, schema_text
from game.quiz.pack_check import check_pack
from tests.content.authoring_kit import (
    BUILTIN_PACKS,
    SECOND_PACK,
    new_pack,
    rewrite,
    schema_errors,
)

PACK_FILE_NAMES = [name for name, _attribute, _record in PACK_FILES]


def _authored_fields(record: type) -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(record) if f.metadata.get("kind") not in (None, "where")]


@pytest.mark.parametrize("name", sorted(all_schemas()))
def test_every_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    schema = all_schemas()[name]
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"].endswith("2020-12/schema")


@pytest.mark.parametrize("file, attribute, record", PACK_FILES)
def test_each_schema_lists_exactly_the_model_fields_and_their_required_keys(
    file: str, attribute: str, record: type
) -> None:
    schema = schema_for(file)
    entry = schema if file == "pack.yaml" else schema["$defs"][record.__name__]
    fields = _authored_fields(record)
    assert list(entry["properties"]) == [f.name for f in fields]
    assert entry["required"] == [f.name for f in fields if f.metadata["required"]]
    assert entry["additionalProperties"] is False
    for f in fields:
        assert entry["properties"][f.name]["description"].startswith(f.metadata["doc"])


def test_pack_yaml_is_an_object_and_every_other_file_a_list_of_objects() -> None:
    assert schema_for("pack.yaml")["type"] == "object"
    for name in PACK_FILE_NAMES[1:]:
        assert schema_for(name)["type"] == "array"


def test_nested_records_become_definitions_with_their_own_fields() -> None:
    agencies = schema_for("agencies.yaml")
    for name in ("Resources", "Emblem"):
        fields = _authored_fields(NESTED_RECORDS[name])
        assert list(agencies["$defs"][name]["properties"]) == [f.name for f in fields]


def test_enum_fields_list_their_choices_and_the_validator_ranges_are_carried() -> None:
    facts = schema_for("facts.yaml")["$defs"]["Fact"]["properties"]
    assert facts["date_basis"]["anyOf"][0]["enum"] == ["stated", "inferred", "background"]
    mission = schema_for("missions.yaml")["$defs"]["Mission"]["properties"]
    assert mission["reliability"]["minimum"] == 0.05
    assert mission["reliability"]["maximum"] == 0.99


def test_asking_for_a_file_that_is_not_a_pack_file_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="facts.yaml"):
        schema_for("notes.yaml")


# --- the packs we ship pass the schema --------------------------------------------------


@pytest.mark.parametrize("pack", BUILTIN_PACKS, ids=lambda p: p.name)
@pytest.mark.parametrize("file", PACK_FILE_NAMES)
def test_every_built_in_pack_file_passes_its_schema(pack: Path, file: str) -> None:
    assert schema_errors(pack, file) == []


def test_the_second_pack_is_among_the_built_in_packs() -> None:
    assert SECOND_PACK in BUILTIN_PACKS


def test_the_second_pack_ships_the_current_schemas_its_files_point_at() -> None:
    for name, schema in all_schemas().items():
        shipped = SECOND_PACK / ".schema" / name
        assert shipped.read_text(encoding="utf-8") == schema_text(schema), (
            f"{shipped} is stale: run `space-accord pack schema {SECOND_PACK / '.schema'}`"
        )
    for file in PACK_FILE_NAMES:
        first = (SECOND_PACK / file).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=.schema/{schema_file_name(file)}"


# --- planted type errors fail both the schema and our validator ------------------------

PLANTED: list[tuple[str, str, Any]] = [
    ("agencies.yaml", "playable", "yes"),
    ("agencies.yaml", "start", "1990"),
    ("agencies.yaml", "resources", 5),
    ("agencies.yaml", "colour", "red"),
    ("missions.yaml", "cost", "lots"),
    ("missions.yaml", "reliability", "high"),
    ("facts.yaml", "source", ["a-source"]),
    ("facts.yaml", "colour", "#ffffff"),  # a key facts do not have
    ("events.yaml", "facts", "one-fact"),
    ("events.yaml", "date", "early 2020"),
    ("quiz.yaml", "difficulty", "hard"),
    ("quiz.yaml", "type", "essay"),
    ("agreements.yaml", "parties", {"a": "b"}),
]


def _plant(folder: Path, file: str, key: str, value: Any) -> None:
    def change(data: Any) -> None:
        data[0][key] = value

    rewrite(folder, file, change)


@pytest.mark.parametrize("pack", BUILTIN_PACKS, ids=lambda p: p.name)
@pytest.mark.parametrize("file, key, value", PLANTED)
def test_a_planted_type_error_fails_both_the_schema_and_the_validator(
    tmp_path: Path, pack: Path, file: str, key: str, value: Any
) -> None:
    folder = tmp_path / pack.name
    shutil.copytree(pack, folder)
    _plant(folder, file, key, value)
    assert schema_errors(folder, file), f"the schema let {key}: {value!r} through"
    _pack, problems = check_pack(folder)
    assert any(p.file == file for p in errors(problems)), (
        f"the validator let {key}: {value!r} through"
    )


def test_a_wrong_pack_yaml_timeline_fails_both(tmp_path: Path) -> None:
    folder = new_pack(tmp_path)

    def change(data: Any) -> None:
        data["timeline"] = {"start": "2020", "end": 2030}

    rewrite(folder, "pack.yaml", change)
    assert schema_errors(folder, "pack.yaml")
    _pack, problems = check_pack(folder)
    assert any(p.file == "pack.yaml" and p.code == "wrong-type" for p in problems)


# --- the schema accepts exactly what the game accepts, kind by kind --------------------

# (file, path to the value in the scaffolded pack, value written, whether the game accepts it)
AGREEMENT: list[tuple[str, tuple[Any, ...], Any, bool]] = [
    # str
    ("agencies.yaml", (0, "name"), "Northland", True),
    ("agencies.yaml", (0, "name"), 1984, True),
    ("agencies.yaml", (0, "name"), "two\nlines", False),
    ("agencies.yaml", (0, "name"), ["a list"], False),
    ("agencies.yaml", (0, "name"), "", False),
    ("agencies.yaml", (0, "name"), None, False),
    ("agencies.yaml", (0, "strength"), None, True),
    # text
    ("facts.yaml", (0, "statement"), "Several lines\nof text.", True),
    ("facts.yaml", (0, "statement"), "   ", False),
    ("facts.yaml", (0, "statement"), {"a": 1}, False),
    # id
    ("quiz.yaml", (0, "id"), "camera-question", True),
    ("quiz.yaml", (0, "id"), "Camera Question", False),
    # int
    ("missions.yaml", (0, "cost"), 5, True),
    ("missions.yaml", (0, "cost"), "5", False),
    ("missions.yaml", (0, "cost"), 5.5, False),
    ("missions.yaml", (0, "cost"), True, False),
    ("missions.yaml", (0, "cost"), -1, False),
    # float
    ("missions.yaml", (0, "reliability"), 0.5, True),
    ("missions.yaml", (0, "reliability"), "0.5", False),
    ("missions.yaml", (0, "reliability"), 1.5, False),
    ("pack.yaml", ("agreement_kinds", 0, "effects", "cost_share"), 0, True),
    ("pack.yaml", ("agreement_kinds", 0, "effects", "cost_share"), 0.9, False),
    # bool
    ("agencies.yaml", (0, "launcher"), True, True),
    ("agencies.yaml", (0, "launcher"), "true", False),
    ("agencies.yaml", (0, "launcher"), 1, False),
    # date
    ("facts.yaml", (0, "date"), 2020, True),
    ("facts.yaml", (0, "date"), "2020", True),
    ("facts.yaml", (0, "date"), "2020-05", True),
    ("facts.yaml", (0, "date"), datetime.date(2020, 5, 4), True),
    ("facts.yaml", (0, "date"), "May 2020", False),
    ("facts.yaml", (0, "date"), 20, False),
    ("facts.yaml", (0, "date"), "2020-13", False),
    ("facts.yaml", (0, "date"), ["2020"], False),
    # year
    ("agencies.yaml", (0, "start"), 2021, True),
    ("agencies.yaml", (0, "start"), "2021", False),
    # enum
    ("facts.yaml", (0, "date_basis"), "background", True),
    ("facts.yaml", (0, "date_basis"), "said", False),
    ("facts.yaml", (0, "date_basis"), 1, False),
    # colour
    ("agencies.yaml", (0, "colour"), "#123abc", True),
    ("agencies.yaml", (0, "colour"), "red", False),
    ("agencies.yaml", (0, "colour"), "#12345", False),
    # ref and refs
    ("facts.yaml", (0, "source"), "example-article", True),
    ("facts.yaml", (0, "source"), ["example-article"], False),
    ("agencies.yaml", (0, "facts"), ["skywatch-launched", "storms-2020"], True),
    ("agencies.yaml", (0, "facts"), [], True),
    ("agencies.yaml", (0, "facts"), "skywatch-launched", False),
    ("agencies.yaml", (0, "facts"), [["skywatch-launched"]], False),
    ("quiz.yaml", (0, "facts"), [], False),
    # strs
    ("facts.yaml", (0, "tags"), ["weather", 1], True),
    ("facts.yaml", (0, "tags"), None, True),
    ("facts.yaml", (0, "tags"), "weather", False),
    # record and records
    ("agencies.yaml", (0, "resources"), {"budget": 10, "income": 5}, True),
    ("agencies.yaml", (0, "resources"), 5, False),
    ("agencies.yaml", (0, "resources"), {"budget": 10}, False),
    ("agencies.yaml", (0, "resources"), {"budget": 10, "income": 5, "gold": 1}, False),
    ("agencies.yaml", (0, "emblem", "colours"), ["#000000", "#ffffff"], True),
    ("agencies.yaml", (0, "emblem", "colours"), ["#000000"] * 4, False),
    ("events.yaml", (0, "bans"), [], True),
    ("events.yaml", (0, "bans"), "none", False),
    ("events.yaml", (0, "bans"), [{"agency": "northland"}], False),
    # intmap
    ("agencies.yaml", (0, "relations"), {"southland": 70}, True),
    ("agencies.yaml", (0, "relations"), {"southland": "high"}, False),
    ("agencies.yaml", (0, "relations"), ["southland"], False),
    ("agencies.yaml", (0, "relations"), {"southland": 120}, False),
    # a key the format does not know
    ("agencies.yaml", (0, "colur"), "#123456", False),
]


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return new_pack(tmp_path_factory.mktemp("base"))


@pytest.mark.parametrize(
    "file, path, value, accepted",
    AGREEMENT,
    ids=[f"{f}:{'.'.join(map(str, p))}={json.dumps(v, default=str)}" for f, p, v, _ in AGREEMENT],
)
def test_the_schema_accepts_a_value_exactly_when_the_game_does(
    tmp_path: Path, scaffolded: Path, file: str, path: tuple[Any, ...], value: Any, accepted: bool
) -> None:
    folder = tmp_path / "pack"
    shutil.copytree(scaffolded, folder)
    rewrite(folder, file, lambda data: _set(data, path, value))
    _pack, problems = check_pack(folder)
    game_accepts = not errors(problems)
    schema_accepts = not schema_errors(folder, file)
    assert (game_accepts, schema_accepts) == (accepted, accepted), [p.format() for p in problems]
