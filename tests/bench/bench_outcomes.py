"""Benchmark: checking one outcome statement takes 1 ms or less (median), in pure Python."""

from __future__ import annotations

import csv
import statistics
import time
from pathlib import Path

from conversation.outcomes import OutcomeContext, check_outcome

TARGET_MS = 1.0
DATA = Path(__file__).resolve().parent.parent / "data" / "outcomes.tsv"


def _statements() -> list[str]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row["text"] for row in rows]


def main() -> bool:
    """Time every labelled statement many times; print median, p95 and worst; True on target."""
    texts = _statements()
    context = OutcomeContext(scale=4, person_words=("I'm about a 4 out of 10",))
    for text in texts:  # warm up
        check_outcome(text)
    timings: list[float] = []
    for _ in range(20):
        for text in texts:
            start = time.perf_counter()
            check_outcome(text, context)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    median = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95)]
    long_text = "I want to see my friends at the weekend so I can have a laugh " * 1600
    start = time.perf_counter()
    check_outcome(long_text)
    long_ms = (time.perf_counter() - start) * 1000
    print(
        f"check_outcome: {len(timings)} checks, median {median:.3f} ms, p95 {p95:.3f} ms, "
        f"max {timings[-1]:.3f} ms (target median <= {TARGET_MS} ms); "
        f"{len(long_text) // 1000} KB line {long_ms:.2f} ms"
    )
    return median <= TARGET_MS


if __name__ == "__main__":
    raise SystemExit(0 if main() else 1)
