"""``rightsbot review report``: one self-contained HTML page for managers.

Charts are drawn with matplotlib (already installed with Rasa) as inline SVG,
so the page needs no network, no JavaScript and no other file: it can be
e-mailed or opened from a USB stick. Only aggregates appear: no message text,
no pseudonyms.
"""

from __future__ import annotations

import datetime as dt
import html
import io
from collections import defaultdict
from typing import Any

from bot.store import Store

LANGUAGE_COLOURS = {"es": "#c0392b", "en": "#2471a3", "ht": "#1e8449", "other": "#7f8c8d"}


def gather(store: Store) -> dict[str, Any]:
    """The aggregates the page shows, in one pass over the indexes."""
    weekly = list(
        store.db.query(
            "select strftime('%Y-W%W', at, 'unixepoch') as week, language, count(*) as n, "
            "sum(case when kind in ('out_of_scope', 'unsure') then 1 else 0 end) as unanswered "
            "from messages group by week, language order by week"
        )
    )
    topics = list(
        store.db.query(
            "select answered_topic as topic, count(*) as n from messages "
            "where answered_topic is not null group by answered_topic order by n desc limit 12"
        )
    )
    feedback = list(
        store.db.query(
            "select topic, sum(vote = 'up') as up, sum(vote = 'down') as down from feedback "
            "group by topic order by (up + down) desc limit 12"
        )
    )
    totals = next(
        store.db.query(
            "select count(*) as messages, count(distinct pseudonym) as people, "
            "min(at) as first, max(at) as last from messages"
        )
    )
    return {"weekly": weekly, "topics": topics, "feedback": feedback, "totals": totals}


def _svg(figure: Any) -> str:
    buffer = io.StringIO()
    figure.tight_layout()
    figure.savefig(buffer, format="svg")
    text = buffer.getvalue()
    return text[text.index("<svg") :]


def charts(data: dict[str, Any]) -> dict[str, str]:
    # the object API without pyplot: no GUI backend is loaded, which halves start-up
    import matplotlib
    from matplotlib.figure import Figure

    matplotlib.rcParams.update({"font.size": 9, "svg.fonttype": "none"})

    def subplots(size: tuple[float, float]) -> tuple[Any, Any]:
        figure = Figure(figsize=size)
        return figure, figure.subplots()

    weeks = sorted({row["week"] for row in data["weekly"]})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    unanswered: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in data["weekly"]:
        counts[row["language"] or "other"][row["week"]] = row["n"]
        unanswered[row["week"]][0] += row["unanswered"]
        unanswered[row["week"]][1] += row["n"]
    out: dict[str, str] = {}

    figure, axis = subplots((8, 3))
    bottom = [0] * len(weeks)
    for language in ("es", "en", "ht", "other"):
        values = [counts.get(language, {}).get(week, 0) for week in weeks]
        axis.bar(weeks, values, bottom=bottom, label=language, color=LANGUAGE_COLOURS[language])
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    axis.set_ylabel("questions")
    axis.legend(ncol=4, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    axis.tick_params(axis="x", rotation=45)
    out["weekly"] = _svg(figure)

    figure, axis = subplots((8, 3.5))
    topics = list(reversed(data["topics"]))
    axis.barh([t["topic"] for t in topics], [t["n"] for t in topics], color="#566573")
    axis.set_xlabel("answers given")
    out["topics"] = _svg(figure)

    figure, axis = subplots((8, 2.5))
    rates = [100 * unanswered[w][0] / unanswered[w][1] if unanswered[w][1] else 0 for w in weeks]
    axis.plot(weeks, rates, marker="o", color="#b9770e")
    axis.set_ylabel("% not answered")
    axis.set_ylim(0, max(rates + [10]) * 1.2)
    axis.tick_params(axis="x", rotation=45)
    out["unanswered"] = _svg(figure)

    figure, axis = subplots((8, 3))
    feedback = data["feedback"]
    names = [f["topic"] for f in feedback]
    axis.bar(names, [f["up"] for f in feedback], label="helpful", color="#1e8449")
    axis.bar(names, [-f["down"] for f in feedback], label="not helpful", color="#c0392b")
    axis.axhline(0, color="black", linewidth=0.5)
    axis.legend(ncol=2, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 1.0))
    axis.tick_params(axis="x", rotation=45)
    out["feedback"] = _svg(figure)
    return out


def render(store: Store, today: dt.date | None = None) -> str:
    data = gather(store)
    images = charts(data)
    totals = data["totals"]
    esc = html.escape
    period = "no messages yet"
    if totals["first"]:
        first = dt.datetime.utcfromtimestamp(totals["first"]).date()
        last = dt.datetime.utcfromtimestamp(totals["last"]).date()
        period = f"{first.isoformat()} to {last.isoformat()}"
    sections = [
        ("Questions per week, by language", images["weekly"]),
        ("Top topics answered", images["topics"]),
        ("Share of questions the bot could not answer", images["unanswered"]),
        ("Feedback per topic", images["feedback"]),
    ]
    body = "\n".join(
        f'<section><h2>{esc(title)}</h2><figure class="chart">{svg}</figure></section>'
        for title, svg in sections
    )
    generated = (today or dt.date.today()).isoformat()
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rightsbot report</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1c2833; }}
h1 {{ margin-bottom: .2rem; }} .meta {{ color: #566573; margin-top: 0; }}
.cards {{ display: flex; gap: 1rem; }} .card {{ background: #f4f6f7; padding: .8rem 1.2rem; border-radius: .5rem; }}
.card b {{ display: block; font-size: 1.6rem; }} figure.chart svg {{ max-width: 100%; height: auto; }}
</style></head><body>
<h1>Rightsbot: what people ask</h1>
<p class="meta">Anonymised logs, {esc(period)}. Generated {esc(generated)}. No message text or personal data is shown.</p>
<div class="cards">
<div class="card"><b>{totals["messages"]:,}</b>messages</div>
<div class="card"><b>{totals["people"]:,}</b>people (pseudonymous)</div>
</div>
{body}
</body></html>
"""
