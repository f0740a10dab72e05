"""Deep nesting is ``too-deep`` at the right place whichever YAML parser makes the events:
libyaml 0.2.5 (PyYAML 6.0.3), libyaml 0.2.6 with its own scanner limit (PyYAML 6.0.4), or
the pure-Python parser."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from yaml.error import Mark
from yaml.scanner import ScannerError

from game.content.yamlsafe import MAX_DEPTH, parse_yaml

PARSERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if hasattr(yaml, "CSafeLoader") else [])

DEEP = {
    "flow lists": ("[" * 10_000 + "]" * 10_000, (1, MAX_DEPTH + 1)),
    "flow maps": ("{a: " * 10_000 + "1" + "}" * 10_000, (1, 4 * MAX_DEPTH + 1)),
    "flow lists under a key": ("top:\n  key: " + "[" * 5_000, (2, 8 + MAX_DEPTH)),
}


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
@pytest.mark.parametrize("case", sorted(DEEP))
def test_deep_flow_nesting_is_too_deep_at_the_bracket_past_the_limit(
    case: str, parser: type[Any]
) -> None:
    text, (line, column) = DEEP[case]
    root, problems = parse_yaml(text, "events.yaml", parser=parser)
    assert root is None
    (problem,) = problems
    assert (problem.code, problem.line) == ("too-deep", line)
    assert abs(problem.column - column) <= MAX_DEPTH  # the block level may count as one


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
def test_deep_block_nesting_is_too_deep_at_its_line(parser: type[Any]) -> None:
    text = "".join(" " * i + "-\n" for i in range(3000))
    _, (problem,) = parse_yaml(text, "agreements.yaml", parser=parser)
    assert (problem.code, problem.line) == ("too-deep", MAX_DEPTH + 1)


class ScannerThatHitsItsNestingLimit:
    """A parser like libyaml 0.2.6's: it refuses deep flow nesting while scanning, before
    any event comes out, with an error that says so in words."""

    def __init__(self, stream: str) -> None:
        self.stream = stream

    def check_event(self, *choices: Any) -> bool:
        mark = Mark("<unicode string>", 1000, 0, 1000, None, None)
        raise ScannerError(
            "while increasing flow level", mark, "exceeded maximum nesting depth", mark
        )

    def dispose(self) -> None:
        pass


def test_a_nesting_limit_inside_the_parser_is_reported_as_too_deep_not_as_a_syntax_error() -> None:
    text = "x: " + "[" * 2_000
    _, (problem,) = parse_yaml(text, "events.yaml", parser=ScannerThatHitsItsNestingLimit)
    assert problem.code == "too-deep"
    assert (problem.line, problem.column) == (1, 4 + MAX_DEPTH)


def test_another_scanner_error_stays_a_syntax_error() -> None:
    _, (problem,) = parse_yaml("a: [1, 2\nb: 3\n", "events.yaml")
    assert problem.code == "yaml-syntax"
