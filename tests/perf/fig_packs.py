"""Pack figures: the built-in pack's load + validation against a bare YAML parse, and
synthetic packs of 1k and 10k quiz items with how the time grows between them.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml
from perf_common import (
    BUILTIN_PACK_ID,
    REPO,
    Figure,
    Settings,
    log,
    ratio,
    require_ok,
    run_child,
    stat,
)
from synth_pack import write_pack


def parse_floor(folder: Path) -> None:
    """The least any loader must do: read every YAML file and parse it with libyaml."""
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def load_and_validate(folder: Path) -> list:
    """The game's own path: ``load_pack`` then the full ``validate``; returns the problems."""
    from game.content.loader import load_pack
    from game.quiz.pack_check import validate

    pack, problems = load_pack(folder)
    if pack is None:
        return list(problems)
    return list(problems) + list(validate(pack))


def _error_codes(problems: list) -> list[str]:
    from game.content.problems import WARNING_CODES

    codes = sorted({p[3] for p in problems if p[3] not in WARNING_CODES})
    return codes


def _timed(action: Callable[[], object], repeats: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeats):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return times, result


def builtin_pack(settings: Settings) -> Figure:
    folder = REPO / "content" / "packs" / BUILTIN_PACK_ID
    missing = [n for n in ("pack.yaml", "facts.yaml", "quiz.yaml") if not (folder / n).exists()]
    if missing:
        raise FileNotFoundError(f"built-in pack has no {', '.join(missing)} yet")
    repeats = settings.repeats * 2 + 1
    load_and_validate(folder)  # warm imports and caches so every repeat measures the same
    parse_floor(folder)
    load_s, problems = _timed(lambda: load_and_validate(folder), repeats)
    parse_s, _ = _timed(lambda: parse_floor(folder), repeats)
    load, parse = stat([1000 * t for t in load_s]), stat([1000 * t for t in parse_s])
    return {
        "pack_load_ms": load,
        "pack_parse_ms": parse,
        "pack_load_vs_parse": ratio(load, parse),
        "errors": _error_codes(problems),  # type: ignore[arg-type]
    }


def one_size(items: int, repeats: int) -> Figure:
    """Write a synthetic pack of ``items`` and time its parse floor and load + validate."""
    with tempfile.TemporaryDirectory(prefix="bench-pack-") as tmp:
        folder = write_pack(Path(tmp) / f"pack-{items}", items)
        parse_s, _ = _timed(lambda: parse_floor(folder), repeats)
        load_s, problems = _timed(lambda: load_and_validate(folder), repeats)
    load, parse = stat(load_s), stat(parse_s)
    codes = _error_codes(problems)  # type: ignore[arg-type]
    if codes:
        log(f"[bench]   synthetic {items}: problems {codes}: {problems[:3]}")  # type: ignore[index]
    return {
        "load_validate_s": load,
        "parse_s": parse,
        "load_vs_parse": ratio(load, parse),
        "errors": codes,
    }


def large_pack(settings: Settings) -> Figure:
    """Synthetic packs, each timed in a fresh process so that what the benchmark holds in
    memory (and the collector's work on it) cannot slow one size more than another."""
    sizes: dict[str, Figure] = {}
    for items in settings.large_sizes:
        repeats = settings.repeats if items <= 1000 else max(1, min(3, settings.repeats))
        run = require_ok(
            run_child([__file__, str(items), str(repeats)], settings, timeout=600.0),
            f"synthetic pack {items}",
        )
        sizes[str(items)] = json.loads(run.stdout)
    figure: Figure = {"sizes": sizes}
    if "1000" in sizes and "10000" in sizes:
        figure["scaling_10k_over_1k"] = ratio(
            sizes["10000"]["load_validate_s"], sizes["1000"]["load_validate_s"]
        )
    return figure


if __name__ == "__main__":
    print(json.dumps(one_size(int(sys.argv[1]), int(sys.argv[2]))))
