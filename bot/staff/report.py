"""``rightsbot review report``: one self-contained HTML page for managers.

Charts are drawn with pygal as inline SVG (no JavaScript),
so the page needs no network, no JavaScript and no other file: it can be
e-mailed or opened from a USB stick. Only aggregates appear: no message text,
no pseudonyms.
"""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from bot.privacy.store import Store
from bot.staff.handoffs import handoff_section

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


def _static_svg(chart: Any) -> str:
    """The chart's SVG without pygal's configuration <script>: the page runs no code."""
    from xml.etree import ElementTree

    root = chart.render_tree()
    for parent in list(root.iter()):
        for child in list(parent):
            if str(child.tag).rsplit("}", 1)[-1] == "script":
                parent.remove(child)
    return ElementTree.tostring(root, encoding="unicode")


def charts(data: dict[str, Any], labels: Mapping[str, str] | None = None) -> dict[str, str]:
    """Four static SVG charts (pygal, no JavaScript): fast to import, nothing to download."""
    labels = labels or {}

    def name(topic: str) -> str:
        return labels.get(topic, topic)

    import pygal
    from pygal.style import Style

    style = Style(
        background="white",
        plot_background="white",
        font_family="system-ui, sans-serif",
        colors=tuple(LANGUAGE_COLOURS.values()),
        label_font_size=11,
        major_label_font_size=11,
        legend_font_size=12,
    )
    common = {
        "js": [],
        "style": style,
        "width": 820,
        "height": 320,
        "explicit_size": True,
        "disable_xml_declaration": True,
        "legend_at_bottom": True,
        "print_values": False,
    }
    weeks = sorted({row["week"] for row in data["weekly"]})
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    unanswered: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in data["weekly"]:
        counts[row["language"] or "other"][row["week"]] = row["n"]
        unanswered[row["week"]][0] += row["unanswered"]
        unanswered[row["week"]][1] += row["n"]
    out: dict[str, str] = {}

    weekly = pygal.StackedBar(x_label_rotation=45, y_title="questions", **common)
    weekly.x_labels = weeks
    for language in LANGUAGE_COLOURS:
        weekly.add(language, [counts.get(language, {}).get(week, 0) for week in weeks])
    out["weekly"] = _static_svg(weekly)

    topics = pygal.HorizontalBar(
        show_legend=False, x_title="answers given", **{**common, "height": 380}
    )
    topics.x_labels = [name(t["topic"]) for t in reversed(data["topics"])]
    topics.add("answers", [t["n"] for t in reversed(data["topics"])])
    out["topics"] = _static_svg(topics)

    rates = [
        round(100 * unanswered[w][0] / unanswered[w][1], 1) if unanswered[w][1] else 0
        for w in weeks
    ]
    line = pygal.Line(
        x_label_rotation=45,
        show_legend=False,
        y_title="% not answered",
        range=(0, max(rates + [10]) * 1.2),
        **{**common, "height": 260},
    )
    line.x_labels = weeks
    line.add("% not answered", rates)
    out["unanswered"] = _static_svg(line)

    feedback = pygal.Bar(
        x_label_rotation=45,
        **{**common, "style": Style(**{**style.__dict__, "colors": ("#1e8449", "#c0392b")})},
    )
    feedback.x_labels = [name(f["topic"]) for f in data["feedback"]]
    feedback.add("helpful", [f["up"] for f in data["feedback"]])
    feedback.add("not helpful", [f["down"] for f in data["feedback"]])
    out["feedback"] = _static_svg(feedback)
    return out


def render(
    store: Store, today: dt.date | None = None, labels: Mapping[str, str] | None = None
) -> str:
    """The report page; ``labels`` turns topic ids into the short names volunteers chose."""
    data = gather(store)
    images = charts(data, labels or {})
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
    body += handoff_section(store)
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
