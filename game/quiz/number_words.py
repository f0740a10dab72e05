"""Numbers written in English words, as a student using a screen reader may type them:
"two", "forty-two", "two thousand and thirty", "nineteen ninety-nine" (a year said in two
halves), "minus three", "four point five". ``parse_number_words`` returns the value or
None; digits are not its business (``game.quiz.answers`` reads those)."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SPLIT = re.compile(r"[\s,-]+")


def _small(tokens: list[str]) -> list[int] | None:
    """Read runs of words below a hundred: ["twenty", "five", "ten"] -> [25, 10]."""
    groups: list[int] = []
    open_tens = False  # the last group is a bare ten ("twenty") that a unit may complete
    for token in tokens:
        if token in TENS:
            groups.append(TENS[token])
            open_tens = True
        elif token in UNITS:
            value = UNITS[token]
            if open_tens and 0 < value < 10:
                groups[-1] += value
            else:
                groups.append(value)
            open_tens = False
        else:
            return None
    return groups


def _whole(tokens: list[str]) -> int | None:
    """A whole number from words; None if the words do not make one."""
    if not tokens:
        return None
    total, current, seen_any = 0, 0, False
    run: list[str] = []

    def flush() -> int | None:
        groups = _small(run)
        run.clear()
        if groups is None:
            return None
        if len(groups) > 1:
            return None  # "twenty ten" is no number inside a larger one
        return groups[0] if groups else 0

    for token in tokens:
        if token == "hundred":
            value = flush()
            if value is None:
                return None
            current += (value or 1) * 100
            seen_any = True
        elif token in SCALES:
            value = flush()
            if value is None:
                return None
            total += (current + value or 1) * SCALES[token]
            current, seen_any = 0, True
        else:
            run.append(token)
    if not seen_any:
        groups = _small(run)
        if groups is None or not groups:
            return None
        if len(groups) == 1:
            return groups[0]
        if len(groups) == 2 and groups[0] >= 10 and groups[1] < 100:
            return groups[0] * 100 + groups[1]  # a year in two halves: "nineteen ninety-nine"
        return None
    value = flush()
    if value is None:
        return None
    return total + current + value


def parse_number_words(text: str) -> float | None:
    """The number ``text`` spells out in English words, or None."""
    tokens = [t for t in _SPLIT.split(text.strip().casefold()) if t and t != "and"]
    if not tokens:
        return None
    sign = 1
    if tokens[0] in ("minus", "negative"):
        sign, tokens = -1, tokens[1:]
    fraction = ""
    if "point" in tokens:
        at = tokens.index("point")
        decimals = tokens[at + 1 :]
        if not decimals or any(d not in UNITS or UNITS[d] > 9 for d in decimals):
            return None
        fraction = "".join(str(UNITS[d]) for d in decimals)
        tokens = tokens[:at]
    whole = _whole(tokens) if tokens else (0 if fraction else None)
    if whole is None:
        return None
    return sign * float(f"{whole}.{fraction or 0}")
