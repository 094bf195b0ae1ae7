"""Saved queries for ``rightsbot review serve`` (Datasette, read-only)."""

from __future__ import annotations

import json
from pathlib import Path

from bot.review import REVIEW_CONFIDENCE

QUEUE_SQL = f"""select m.id, datetime(m.at, 'unixepoch') as at, m.kind, m.language, m.topic,
  round(m.confidence, 2) as confidence, m.alternatives, m.text
from messages m
where m.kind in ('out_of_scope', 'unsure') or (m.kind = 'answer' and m.confidence < {REVIEW_CONFIDENCE})
  or exists (select 1 from feedback f where f.pseudonym = m.pseudonym and f.vote = 'down'
             and f.topic = m.answered_topic and f.at >= m.at)
order by m.at desc limit 500"""

WEEKLY_SQL = """select strftime('%Y-W%W', at, 'unixepoch') as week, language,
  coalesce(answered_topic, topic, '-') as topic, count(*) as messages,
  round(avg(case when kind in ('out_of_scope', 'unsure') then 1.0 else 0.0 end), 3) as unanswered_rate
from messages group by week, language, topic order by week desc, messages desc"""


def write_metadata(path: Path, database: Path) -> Path:
    name = database.stem
    metadata = {
        "title": "Rightsbot anonymised logs",
        "description": "Scrubbed questions under pseudonyms. Read-only.",
        "databases": {
            name: {
                "queries": {
                    "review_queue": {"title": "Review queue", "sql": QUEUE_SQL},
                    "weekly_stats": {"title": "Weekly statistics", "sql": WEEKLY_SQL},
                },
                "tables": {"preferences": {"hidden": True}, "processed_updates": {"hidden": True}},
            }
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    return path
