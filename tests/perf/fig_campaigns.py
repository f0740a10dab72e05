"""Campaign speed: whole headless campaigns of the built-in pack, greedy player, end report.

Each repeat plays campaigns for a fixed wall time, going round every playable agency with
seeds 1, 2, 3, ... (so every agency weighs the same), and counts how many it finished.
The pack is loaded once, outside the timing, as ``simulate`` loads it once per run.

The campaigns run in a fresh child process, like the other process figures: inside a full
benchmark run the parent holds every earlier figure's objects (screens, synthetic packs),
and the collector's work on them would slow the campaigns, not the game.
"""

from __future__ import annotations

import json
import sys
import time

from perf_common import BUILTIN_PACK_ID, REPO, Figure, Settings, require_ok, run_child, stat


def load_builtin():  # noqa: ANN201 - the Pack type is imported late on purpose
    from game.content.loader import load_pack

    pack, problems = load_pack(REPO / "content" / "packs" / BUILTIN_PACK_ID)
    if pack is None:
        codes = sorted({p[3] for p in problems})
        raise RuntimeError(f"built-in pack does not load: {', '.join(codes[:4])}")
    return pack


def campaigns(settings: Settings) -> Figure:
    """``measure`` in a fresh child process, with the settings' repeats and wall time."""
    budget = 120.0 + 3 * settings.repeats * settings.campaign_seconds
    args = [__file__, str(settings.repeats), repr(settings.campaign_seconds)]
    run = require_ok(run_child(args, settings, timeout=budget), "campaigns")
    figure: Figure = json.loads(run.stdout)
    return figure


def measure(repeats: int, campaign_seconds: float) -> Figure:
    from game.sim.players import play_campaign
    from game.sim.report import report

    pack = load_builtin()
    agencies = [a.id for a in pack.agencies if a.playable]
    if not agencies:
        raise RuntimeError("built-in pack has no playable agency")
    report(play_campaign(pack, agencies[0], 0, "greedy"))  # warm imports and caches
    rates, per_campaign_ms, turns = [], [], 0
    seed = 1
    for _ in range(repeats):
        done, started = 0, time.perf_counter()
        while True:
            state = play_campaign(pack, agencies[seed % len(agencies)], seed, "greedy")
            report(state)
            turns += state.year - state.start_year + 1
            done, seed = done + 1, seed + 1
            elapsed = time.perf_counter() - started
            if elapsed >= campaign_seconds and done >= len(agencies):
                break
        rates.append(done / elapsed)
        per_campaign_ms.append(1000 * elapsed / done)
    return {
        "campaigns_per_s": stat(rates, 1),
        "ms_per_campaign": stat(per_campaign_ms, 2),
        "player": "greedy",
        "agencies": agencies,
        "campaigns": seed - 1,
        "mean_turns": round(turns / (seed - 1), 1),
    }


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), float(sys.argv[2]))))
