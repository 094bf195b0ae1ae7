"""How the hand-offs to staff went, per week: how many, how long people waited, who was missed.

Built only from the ``handoffs`` table's timestamps (no text was ever stored
there). The wait is from connecting to the first staff message; a hand-off
that closed with no staff message at all is "unanswered" — the number a
coordinator most needs to see.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from typing import Any

from bot.privacy.store import Store


def weekly(store: Store) -> list[dict[str, Any]]:
    """Per ISO week (newest first): count, median and p90 wait (minutes), unanswered, open."""
    rows = list(
        store.db.query(
            "select connected_at, first_staff_at, closed_at, closed_by, language from handoffs"
            " where connected_at is not null"  # requests the person never confirmed: not counted
        )
    )
    weeks: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        when = dt.datetime.fromtimestamp(row["connected_at"], dt.timezone.utc)
        weeks[when.strftime("%Y-W%W")].append(row)
    result = []
    for week in sorted(weeks, reverse=True):
        items = weeks[week]
        waits = sorted(
            (r["first_staff_at"] - r["connected_at"]) / 60 for r in items if r["first_staff_at"]
        )
        result.append(
            {
                "week": week,
                "handoffs": len(items),
                "answered": len(waits),
                "median_wait_minutes": _round(statistics.median(waits)) if waits else None,
                "p90_wait_minutes": _round(percentile(waits, 90)) if waits else None,
                "unanswered": sum(
                    1 for r in items if r["closed_at"] is not None and not r["first_staff_at"]
                ),
                "open": sum(1 for r in items if r["closed_at"] is None),
                "by_language": {
                    lang: sum(1 for r in items if r["language"] == lang)
                    for lang in sorted({r["language"] for r in items})
                },
            }
        )
    return result


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile of sorted ``values``: honest for the small counts we have."""
    rank = max(1, -(-len(values) * pct // 100))  # ceil without floats drifting
    return values[int(rank) - 1]


def _round(value: float) -> float:
    return round(value, 1)


def format_table(rows: list[dict[str, Any]]) -> list[str]:
    """The lines ``rightsbot review stats`` prints under "Talk to a person"."""
    lines = [
        f"{'week':<9} {'hand-offs':>9} {'answered':>8} {'median wait':>11} "
        f"{'p90 wait':>8} {'unanswered':>10} {'open':>5}"
    ]
    for row in rows:
        median = _minutes(row["median_wait_minutes"])
        p90 = _minutes(row["p90_wait_minutes"])
        lines.append(
            f"{row['week']:<9} {row['handoffs']:>9} {row['answered']:>8} {median:>11} "
            f"{p90:>8} {row['unanswered']:>10} {row['open']:>5}"
        )
    return lines


def _minutes(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 120:
        return f"{value / 60:.1f} h"
    return f"{value:.0f} min"


def handoff_section(store: Store) -> str:
    """The report's table of hand-offs per week (empty when there were none)."""
    import html

    rows = weekly(store)
    if not rows:
        return ""
    head = (
        "<tr><th>week</th><th>hand-offs</th><th>median wait</th><th>p90 wait</th>"
        "<th>unanswered</th><th>still open</th></tr>"
    )
    body = "".join(
        f"<tr><td>{html.escape(r['week'])}</td><td>{r['handoffs']}</td>"
        f"<td>{_minutes(r['median_wait_minutes'])}</td><td>{_minutes(r['p90_wait_minutes'])}</td>"
        f"<td>{r['unanswered']}</td><td>{r['open']}</td></tr>"
        for r in rows
    )
    return (
        "\n<section><h2>Talk to a person: hand-offs to staff</h2>"
        "<p>Wait: from connecting to the first staff message. Unanswered: closed with no "
        f"staff message.</p><table>{head}{body}</table></section>"
    )
