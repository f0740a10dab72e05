"""Numbers typed in English words, as a screen-reader user may type them."""

from __future__ import annotations

import pytest

from game.quiz.number_words import parse_number_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two", 2),
        ("Forty-two", 42),
        ("one hundred and five", 105),
        ("two thousand and thirty", 2030),
        ("two thousand thirty", 2030),
        ("nineteen ninety-nine", 1999),
        ("twenty twenty-five", 2025),
        ("three hundred thousand", 300_000),
        ("one million two hundred thousand", 1_200_000),
        ("minus three", -3),
        ("four point five", 4.5),
        ("zero", 0),
    ],
)
def test_numbers_in_words_are_read(text: str, value: float) -> None:
    assert parse_number_words(text) == value


@pytest.mark.parametrize("text", ["", "soon", "twenty ten five", "four point", "point"])
def test_words_that_make_no_number_are_refused(text: str) -> None:
    assert parse_number_words(text) is None
