"""The benchmark's two outputs: the targets the issue sets, and the table people read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from perf_common import Figure, is_na

# (label, path into the result, comparison, limit, unit)
TARGETS: tuple[tuple[str, tuple[str, ...], str, float, str], ...] = (
    ("startup_s", ("startup_s", "startup_s", "median"), "<=", 0.6, "s"),
    (
        "idle_cpu_percent (worst screen)",
        ("idle_cpu_percent", "worst_screen_percent"),
        "<=",
        5.0,
        "%",
    ),
    ("pack_load_vs_parse", ("pack_load_vs_parse", "ratio"), "<=", 3.0, "x"),
    (
        "large_pack 10k load+validate",
        ("large_pack", "sizes", "10000", "load_validate_s", "median"),
        "<=",
        3.0,
        "s",
    ),
    ("large_pack scaling 10k/1k", ("large_pack", "scaling_10k_over_1k"), "<=", 12.0, "x"),
    ("campaigns_per_s", ("campaigns_per_s", "campaigns_per_s", "median"), ">=", 200.0, "/s"),
    ("peak_rss_mb", ("peak_rss_mb", "peak_rss_mb"), "<=", 150.0, "MB"),
    ("device answers lost (100 clients)", ("devices", "clients", "100", "lost"), "<=", 0, ""),
    ("device answers lost (300 clients)", ("devices", "clients", "300", "lost"), "<=", 0, ""),
)
FRAME_P99_LIMIT_MS = 4.0


def dig(result: Figure, path: tuple[str, ...]) -> tuple[Any, str]:
    """The value at ``path``, or None and the reason it is missing."""
    node: Any = result
    for key in path:
        if is_na(node):
            return None, node["na"]
        if not isinstance(node, dict) or key not in node:
            return None, "not measured"
        node = node[key]
    if is_na(node):
        return None, node["na"]
    return node, ""


def _met(value: Any, op: str, limit: float) -> bool | None:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return None
    return value <= limit if op == "<=" else value >= limit


def targets(result: Figure) -> list[Figure]:
    """One row per target: value, limit and whether it is met (None when not measured)."""
    rows: list[Figure] = []
    screens, why = dig(result, ("frame_ms", "screens"))
    if screens:
        for name, figure in screens.items():
            value, reason = dig(figure, ("p99", "median"))
            rows.append(_row(f"frame_ms p99 {name}", value, "<=", FRAME_P99_LIMIT_MS, "ms", reason))
    else:
        rows.append(_row("frame_ms p99 (every screen)", None, "<=", FRAME_P99_LIMIT_MS, "ms", why))
    for label, path, op, limit, unit in TARGETS:
        value, reason = dig(result, path)
        rows.append(_row(label, value, op, limit, unit, reason))
    return rows


def _row(label: str, value: Any, op: str, limit: float, unit: str, reason: str) -> Figure:
    return {
        "figure": label,
        "value": value,
        "target": f"{op} {limit:g} {unit}",
        "met": _met(value, op, limit),
        "reason": reason or ("" if _met(value, op, limit) is not None else "not measured"),
    }


# --- the table ---------------------------------------------------------------------------


def _num(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        if abs(value) >= 1:
            return f"{value:.2f}"
        return f"{value:.3f}"
    return str(value)


def _stat_cells(figure: Any) -> list[str]:
    if isinstance(figure, dict) and "median" in figure:
        return [_num(figure["median"]), _num(figure["min"]), _num(figure["max"])]
    return [_num(figure), "", ""]


def _lines(result: Figure) -> Iterator[tuple[str, Any, Any, Any]]:
    """(label, value or stat or n/a, floor stat, ratio) rows in reading order."""
    frames, bare = result.get("frame_ms"), result.get("bare_frame_ms")
    if bare is not None:
        if is_na(bare):
            yield "bare_frame_ms (floor)", bare, None, None
        else:
            yield "bare_frame_ms p50 (floor)", bare["p50"], None, None
            yield "bare_frame_ms p99 (floor)", bare["p99"], None, None
    if frames is not None:
        if is_na(frames):
            yield "frame_ms (every screen)", frames, None, None
        else:
            for name, figure in frames["screens"].items():
                if is_na(figure):
                    yield f"frame_ms {name}", figure, None, None
                    continue
                yield (
                    f"frame_ms {name} p50",
                    figure["p50"],
                    figure.get("floor_p50"),
                    figure.get("ratio_p50"),
                )
                yield (
                    f"frame_ms {name} p99",
                    figure["p99"],
                    figure.get("floor_p99"),
                    figure.get("ratio_p99"),
                )
    yield from _process_lines(result)
    yield from _pack_lines(result)
    yield from _device_lines(result)


def _device_lines(result: Figure) -> Iterator[tuple[str, Any, Any, Any]]:
    devices = result.get("devices")
    if devices is None:
        return
    if is_na(devices):
        yield "devices", devices, None, None
        return
    for clients, figure in devices["clients"].items():
        yield f"devices {clients} clients answers_per_s", figure["answers_per_s"], None, None
        yield f"devices {clients} clients ack_ms p50", figure["ack_p50_ms"], None, None
        yield f"devices {clients} clients ack_ms p99", figure["ack_p99_ms"], None, None
        kept = f"{figure['kept']}/{figure['sent']}"
        yield f"devices {clients} clients answers kept/sent {kept}", figure["kept"], None, None


def _process_lines(result: Figure) -> Iterator[tuple[str, Any, Any, Any]]:
    startup = result.get("startup_s")
    if startup is not None:
        if is_na(startup):
            yield "startup_s", startup, None, None
        else:
            yield "python -c pass (floor)", startup["floor_python_s"], None, None
            yield (
                "startup_s",
                startup["startup_s"],
                startup["floor_bare_window_s"],
                startup["ratio_to_floor"],
            )
    idle = result.get("idle_cpu_percent")
    if idle is not None:
        if is_na(idle):
            yield "idle_cpu_percent", idle, None, None
        else:
            for name, figure in idle["screens"].items():
                if is_na(figure):
                    yield f"idle_cpu_percent {name}", figure, None, None
                    continue
                frames = figure.get("frames_in_window")
                label = f"idle_cpu_percent {name}" + (
                    f" ({frames} frames)" if frames is not None else ""
                )
                yield label, figure["cpu_percent_whole_window"], None, None
    rss = result.get("peak_rss_mb")
    if rss is not None:
        if is_na(rss):
            yield "peak_rss_mb", rss, None, None
        else:
            floor = rss["floor_bare_window_mb"]
            yield "peak_rss_mb (tour)", rss["peak_rss_mb"], floor, rss["ratio_to_floor"]
    campaigns = result.get("campaigns_per_s")
    if campaigns is not None:
        if is_na(campaigns):
            yield "campaigns_per_s", campaigns, None, None
        else:
            yield "campaigns_per_s (greedy)", campaigns["campaigns_per_s"], None, None
            yield "ms per campaign", campaigns["ms_per_campaign"], None, None


def _pack_lines(result: Figure) -> Iterator[tuple[str, Any, Any, Any]]:
    load, parse = result.get("pack_load_ms"), result.get("pack_parse_ms")
    if load is not None:
        if is_na(load):
            yield "pack_load_ms", load, None, None
        else:
            vs = result.get("pack_load_vs_parse", {}).get("ratio")
            yield "pack_parse_ms (floor)", parse, None, None
            yield "pack_load_ms (load+validate)", load, parse, vs
    large = result.get("large_pack")
    if large is not None:
        if is_na(large):
            yield "large_pack", large, None, None
        else:
            for size, figure in large["sizes"].items():
                yield f"large_pack {size} parse_s (floor)", figure["parse_s"], None, None
                yield (
                    f"large_pack {size} load+validate_s",
                    figure["load_validate_s"],
                    figure["parse_s"],
                    figure["load_vs_parse"],
                )
            if "scaling_10k_over_1k" in large:
                yield "large_pack scaling 10k/1k", large["scaling_10k_over_1k"], None, None


def render_table(result: Figure) -> str:
    meta = result["meta"]
    head = (
        f"Space Accord benchmark ({meta['mode']}, {meta['repeats']} repeats) - "
        f"Python {meta['python']}, pygame-ce {meta['pygame_ce']}, {meta['cpus']} CPUs, "
        f"load {meta['load_average_1m']} -> {meta.get('load_average_1m_after', '?')}"
    )
    rows = [["figure", "median", "min", "max", "floor", "ratio"]]
    notes: list[str] = []
    for label, value, floor, ratio_ in _lines(result):
        if is_na(value):
            rows.append([label, "n/a", "", "", "", ""])
            notes.append(f"  {label}: n/a - {value['na']}")
            continue
        floor_cell = _num(floor["median"] if isinstance(floor, dict) else floor) if floor else ""
        rows.append([label, *_stat_cells(value), floor_cell, _num(ratio_) if ratio_ else ""])
    out = [head, "", *_grid(rows)]
    out += ["", "Targets", *_grid(_target_rows(result["targets"]))]
    if notes:
        out += ["", "Not measured", *notes]
    return "\n".join(out)


def _target_rows(rows: list[Figure]) -> list[list[str]]:
    table = [["target", "value", "limit", "met"]]
    for row in rows:
        met = {True: "met", False: "NOT MET", None: "n/a"}[row["met"]]
        table.append([row["figure"], _num(row["value"]), row["target"], met])
    return table


def _grid(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines
