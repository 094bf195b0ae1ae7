"""``rightsbot review serve``: Datasette, read-only, with saved queries for staff."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from bot.staff.review import NEEDS_REVIEW, WEEKLY_SQL

QUEUE_SQL = f"""select m.id, datetime(m.at, 'unixepoch') as at, m.kind, m.language, m.topic,
  round(m.confidence, 2) as confidence, m.alternatives, m.text
from messages m where {NEEDS_REVIEW} order by m.at desc limit 500"""


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


def serve_command(database: Path, metadata: Path, port: int) -> list[str]:
    """The Datasette command line: immutable (read-only) database, localhost only, 3 s per query."""
    datasette = Path(sys.executable).with_name("datasette")
    return [
        str(datasette),
        "serve",
        "-i",
        str(database),
        "--metadata",
        str(metadata),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        "3000",
    ]
