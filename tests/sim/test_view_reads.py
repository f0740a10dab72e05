"""Every derived view names, as a literal, a set of fields declared in ``VIEW_READS``, and
a new state keeps exactly the tables that read no field it changed."""

from __future__ import annotations

import ast
from collections.abc import Hashable
from pathlib import Path
from typing import Any

import pytest

import game.sim
from game.sim.state import VIEW_READS, VIEWED_FIELDS, _views_kept, derived
from game.sim.world import new_game
from tests.sim.fakes import fake_pack

SIM = Path(game.sim.__file__).parent


def view_reads_in_code() -> list[tuple[str, int, tuple[str, ...] | None]]:
    """(file, line, the fields read, or None when not a literal) of every ``derived`` call."""
    found = []
    for path in sorted(SIM.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "derived":
                reads = node.args[1] if len(node.args) > 1 else None
                literal = isinstance(reads, ast.Tuple) and all(
                    isinstance(e, ast.Constant) and isinstance(e.value, str) for e in reads.elts
                )
                names = tuple(e.value for e in reads.elts) if literal else None  # type: ignore[union-attr]
                found.append((path.name, node.lineno, names))
    return found


def test_every_view_in_the_rules_reads_a_declared_set_of_fields() -> None:
    calls = view_reads_in_code()
    assert len(calls) > 20
    undeclared = [(f, line, reads) for f, line, reads in calls if reads not in VIEW_READS]
    assert undeclared == []


def test_every_declared_set_of_fields_is_read_by_some_view() -> None:
    assert {reads for _, _, reads in view_reads_in_code()} == VIEW_READS


def test_a_view_of_undeclared_fields_is_refused_by_name() -> None:
    state = new_game(fake_pack(), "alpha", 1)
    with pytest.raises(ValueError, match="VIEW_READS lacks \\('news',\\)"):
        derived(state, ("news",), "any", lambda: 0)


@pytest.mark.parametrize(
    "changed", [frozenset({name}) for name in sorted(VIEWED_FIELDS)] + [VIEWED_FIELDS]
)
def test_a_change_drops_the_tables_that_read_a_changed_field_and_keeps_the_rest(
    changed: frozenset[str],
) -> None:
    views: dict[tuple[str, ...], dict[Hashable, Any]] = {r: {"made": r} for r in VIEW_READS}
    views[()] = {"carried": True}  # the table ``carried`` keeps: it reads no field
    kept = _views_kept(views, changed)
    assert kept == {reads: t for reads, t in views.items() if changed.isdisjoint(reads)}
    assert all(kept[reads] is views[reads] for reads in kept)
