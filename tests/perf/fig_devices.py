"""Students' devices under load: answers per second and the answer's acknowledgement
latency (p50, p99) for 100 and 300 raw websocket clients on loopback answering the same
question at the same moment, and how many answers were kept of those sent.

The driver is ``tests/web/load.py`` (the quick load test of ``make test`` uses it too).
Every answer is appended and fsynced to the results file before it is acknowledged.
"""

from __future__ import annotations

from perf_common import Figure, Settings, log, stat

CLIENTS = (100, 300)


def devices(settings: Settings) -> Figure:
    from tests.web.load import run_load

    sizes: Figure = {}
    for clients in CLIENTS[:1] if settings.quick else CLIENTS:
        rates, p50s, p99s, lost = [], [], [], 0
        kept = sent = 0
        for _ in range(settings.repeats if not settings.quick else 1):
            result = run_load(clients)
            rates.append(result.answers_per_second)
            p50s.append(result.percentile(0.50))
            p99s.append(result.percentile(0.99))
            kept += min(result.kept, result.logged)
            sent += result.sent
            lost += result.sent - min(result.kept, result.logged, result.acked)
            log(
                f"[bench] devices {clients}: {result.acked}/{result.sent} acked, {result.kept} kept"
            )
        sizes[str(clients)] = {
            "answers_per_s": stat(rates, 1),
            "ack_p50_ms": stat(p50s, 1),
            "ack_p99_ms": stat(p99s, 1),
            "kept": kept,
            "sent": sent,
            "lost": lost,
        }
    return {"clients": sizes}
