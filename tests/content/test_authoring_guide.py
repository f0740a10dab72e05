"""The authoring guide stays complete: every problem code is explained, and the field
reference is the one the model generates today."""

from __future__ import annotations

import re

import pytest

from game import paths
from game.cli import build_parser
from game.content.problems import CODES, WARNING_CODES
from game.content.reference import END, START, field_reference, with_reference

GUIDE = paths.project_root() / "docs" / "authoring.md"


@pytest.fixture(scope="module")
def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


def _explained_codes(guide: str) -> dict[str, str]:
    """Code -> its table row, from the rows of the guide's problem tables."""
    section = guide.split("## 7. ", 1)[1]
    return {m[1]: m[0] for m in re.finditer(r"^\| `([a-z0-9-]+)` \|.*$", section, re.MULTILINE)}


def test_every_code_the_validator_can_emit_is_explained_in_the_guide(guide: str) -> None:
    missing = sorted(set(CODES) - set(_explained_codes(guide)))
    assert missing == [], f"add these codes to section 7 of {GUIDE}: {missing}"


def test_the_guide_explains_no_code_the_validator_does_not_have(guide: str) -> None:
    stale = sorted(set(_explained_codes(guide)) - set(CODES))
    assert stale == [], f"remove these codes from section 7 of {GUIDE}: {stale}"


def test_each_code_row_says_what_it_means_and_how_to_fix_it(guide: str) -> None:
    for code, row in _explained_codes(guide).items():
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert len(cells) == 3 and all(cells), f"the row of `{code}` needs meaning and fix"


def test_the_strict_only_codes_are_marked_as_such(guide: str) -> None:
    for code, row in _explained_codes(guide).items():
        assert ("*(strict)*" in row) == (code in WARNING_CODES), code


def test_the_field_reference_in_the_guide_is_the_generated_one(guide: str) -> None:
    assert START in guide and END in guide
    assert with_reference(guide) == guide, (
        "the field reference is stale: run `python -m game.content.reference docs/authoring.md`"
    )
    assert field_reference() in guide


def test_every_pack_subcommand_is_shown_in_the_guide(guide: str) -> None:
    parser = build_parser()
    commands = next(a for a in parser._subparsers._actions if a.dest == "command")  # type: ignore[union-attr]
    pack = commands.choices["pack"]
    subcommands = next(a for a in pack._subparsers._actions if a.dest == "pack_command")  # type: ignore[union-attr]
    missing = [name for name in subcommands.choices if f"space-accord pack {name} " not in guide]
    assert missing == [], f"show these `pack` commands in {GUIDE}: {missing}"


def test_a_guide_without_the_markers_is_refused_rather_than_rewritten() -> None:
    with pytest.raises(ValueError, match="markers"):
        with_reference("# A guide with no reference section\n")
