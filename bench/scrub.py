"""`python -m bench.scrub`: the scrubber on the two blind red-team sets, and its speed.

Prints, for each set, planted details removed per kind and language, keep
spans preserved and control lines unchanged (bot/privacy/redteam.py defines
each), then the time per message. ``--failures`` lists set A's failing lines:
set B is the confirmation set, and only its figures are ever shown.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench import percentile
from bot.privacy.redteam import evaluate, load, table
from bot.privacy.scrub import VERSION, scrub

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "A (tuning)": ROOT / "data" / "eval" / "scrub_redteam_a.jsonl",
    "B (confirmation)": ROOT / "data" / "eval" / "scrub_redteam_b.jsonl",
}
BAR_REMOVED = 0.98
BAR_KEPT = 0.95


def timing(texts: list[str], rounds: int = 5) -> tuple[float, float, float]:
    """Median, p95 and max milliseconds per message, over a few rounds."""
    scrub("warm up")
    times = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            scrub(text)
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), percentile(times, 0.95), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list set A's failing lines")
    args = parser.parse_args()
    print(f"scrubber version {VERSION}\n")
    texts = []
    passed = True
    for label, path in SETS.items():
        rows = load(path)
        texts += [row["text"] for row in rows]
        figures, failures = evaluate(rows, scrub)
        print(f"## Set {label}: {path.name}, {len(rows)} lines\n")
        print(table(figures))
        below = [
            lang
            for lang in ("es", "en", "ht")
            if figures[lang].recall < BAR_REMOVED or figures[lang].keep_rate < BAR_KEPT
        ]
        passed &= not below
        print(f"\nbelow the bar: {', '.join(below)}\n" if below else "\n")
        if args.failures and label.startswith("A"):
            for failure in failures:
                missed = "; ".join(f"{d['kind']}={d['value']!r}" for d in failure.missed)
                print(f"- {failure.id}: {failure.text!r}\n  -> {failure.clean!r}")
                print(f"  missed: {missed or '-'}  lost: {failure.lost or '-'}")
            print()
    median, p95, worst = timing(texts)
    print(
        f"time per message ({len(texts)} messages x 5): median {median:.3f} ms, "
        f"p95 {p95:.3f} ms, max {worst:.3f} ms"
    )
    print(f"bar (>= {BAR_REMOVED} removed and >= {BAR_KEPT} keep spans, each language, both sets):")
    print("met" if passed else "NOT met")


if __name__ == "__main__":
    main()
