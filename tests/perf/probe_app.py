"""Child-process probe: runs the real game and reports when it first puts a frame on screen.

    python tests/perf/probe_app.py [--exit-after-first-frame] [--serve-counts] [--bare] [--bare-loop] -- ARGS

It wraps ``pygame.display.flip`` and ``pygame.display.update`` before the game starts, then
calls ``game.cli.main(ARGS)`` exactly as ``main.py`` does. On the first frame it prints
``PROBE first_frame <time.monotonic()>`` to stderr (CLOCK_MONOTONIC is one clock for the
whole machine, so the parent can subtract its own launch time), and with
``--exit-after-first-frame`` leaves at once. On SIGTERM it prints ``PROBE frames <n>``, the
number of frames drawn, and leaves. With ``--serve-counts`` a thread blocked on stdin
answers every line it reads with ``PROBE frames <n>`` (it costs nothing while it waits), so
the idle-CPU figure can tell whether an idle screen really stopped redrawing. At exit it
prints ``PROBE peak_rss_kib <n>``, its own peak memory.

``--bare`` draws one frame of a plain pygame window instead of the game (the start-up and
memory floor); ``--bare-loop`` idles in a plain 60 FPS event loop (the idle-CPU floor).
"""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
import time
from typing import Any


def _report(text: str) -> None:
    os.write(2, f"PROBE {text}\n".encode())


def _report_peak_memory() -> None:
    """VmHWM: peak RSS of this program's own memory since its exec.

    ``ru_maxrss`` of a child is no use here: Linux folds into it the RSS the parent had
    when it forked (a benchmark holding a 10k-item pack), so the probe reports its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    _report(f"peak_rss_kib {line.split()[1]}")
    except OSError:
        pass


def _install(exit_after_first: bool, serve_counts: bool) -> None:
    import pygame

    count = [0]

    def wrap(original: Any) -> Any:
        def drawn(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            count[0] += 1
            if count[0] == 1:
                _report(f"first_frame {time.monotonic():.6f}")
                if exit_after_first:
                    _report_peak_memory()
                    os._exit(0)
            return result

        return drawn

    pygame.display.flip = wrap(pygame.display.flip)
    pygame.display.update = wrap(pygame.display.update)

    def on_term(signum: int, frame: Any) -> None:
        _report(f"frames {count[0]}")
        os._exit(0)

    signal.signal(signal.SIGTERM, on_term)

    def serve() -> None:
        for _ in sys.stdin:
            _report(f"frames {count[0]}")

    if serve_counts:
        threading.Thread(target=serve, daemon=True).start()


def _bare(loop: bool) -> int:
    import pygame

    pygame.display.init()
    screen = pygame.display.set_mode((1280, 720))
    screen.fill((12, 18, 40))
    pygame.display.flip()
    clock = pygame.time.Clock()
    while loop:
        for _ in pygame.event.get():
            pass
        clock.tick(60)
    return 0


def main(argv: list[str]) -> int:
    flags, game_args = _split(argv)
    atexit.register(_report_peak_memory)
    _install("--exit-after-first-frame" in flags, "--serve-counts" in flags)
    if "--bare" in flags or "--bare-loop" in flags:
        return _bare("--bare-loop" in flags)
    from game.cli import main as game_main

    return game_main(game_args)


def _split(argv: list[str]) -> tuple[list[str], list[str]]:
    """Probe flags before ``--``, the game's own arguments after it."""
    if "--" in argv:
        cut = argv.index("--")
        return argv[:cut], argv[cut + 1 :]
    return argv, []


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
