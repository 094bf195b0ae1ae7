"""The staff's tools over the anonymised logs: queue, label, stats, export.

Everything here reads what :mod:`bot.privacy.store` wrote: scrubbed text under a
pseudonym, never a Telegram id. Labelling copies a reviewed question into
``nlu/<lang>/reviewed.yml`` so the next ``rightsbot train`` learns from it.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import yaml

from bot.privacy.store import Store
from bot.settings import LANGUAGES

#: Answers below this confidence are worth a human look even when given.
REVIEW_CONFIDENCE = 0.6
REVIEWED_FILE = "reviewed.yml"
#: "The bot could not answer this well" (on messages aliased ``m``): out of scope,
#: unsure, low confidence, or a 👎 from the same person on that answer afterwards.
#: The queue and the Datasette saved query share it.
NEEDS_REVIEW = (
    f"(m.kind in ('out_of_scope', 'unsure') or (m.kind = 'answer' and m.confidence < {REVIEW_CONFIDENCE}) "
    "or exists (select 1 from feedback f where f.pseudonym = m.pseudonym and f.vote = 'down' "
    "and f.topic = m.answered_topic and f.at >= m.at))"
)
#: Per ISO week, language and topic: volume and the share not answered.
WEEKLY_SQL = """select strftime('%Y-W%W', m.at, 'unixepoch') as week, m.language as language,
  coalesce(m.answered_topic, m.topic, '-') as topic, count(*) as messages,
  round(avg(case when m.kind in ('out_of_scope', 'unsure') then 1.0 else 0.0 end), 3) as unanswered_rate
from messages m group by week, language, topic order by week desc, messages desc"""


class ReviewError(Exception):
    """A staff command that cannot be done; the message says why and what to do."""


def queue(
    store: Store,
    language: str | None = None,
    topic: str | None = None,
    since: dt.date | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Messages the bot could not answer well, newest first: out of scope, unsure,
    low confidence, or followed by a 👎 from the same person on that topic."""
    where = [NEEDS_REVIEW]
    params: dict[str, Any] = {"limit": limit}
    if language:
        where.append("m.language = :language")
        params["language"] = language
    if topic:
        where.append("(m.topic = :topic or m.answered_topic = :topic)")
        params["topic"] = topic
    if since:
        where.append("m.at >= :since")
        params["since"] = dt.datetime.combine(since, dt.time()).timestamp()
    sql = (
        "select m.id, m.at, m.kind, m.language, m.topic, m.confidence, m.alternatives, m.text "
        f"from messages m where {' and '.join(where)} order by m.at desc, m.id desc limit :limit"
    )
    return list(store.db.query(sql, params))


def label(store: Store, nlu_dir: Path, message_id: int, topic: str, topics: Iterable[str]) -> Path:
    """Add message ``message_id``'s scrubbed text to ``nlu/<lang>/reviewed.yml`` under ``topic``."""
    known = set(topics) | {"out_of_scope"}
    if topic not in known:
        raise ReviewError(f"unknown topic {topic!r}; use one of: {', '.join(sorted(known))}")
    row = next(
        store.db.query("select text, language, kind from messages where id = ?", [message_id]), None
    )
    if row is None:
        raise ReviewError(f"no logged message with id {message_id} (see `rightsbot review queue`)")
    if row["language"] not in LANGUAGES:
        raise ReviewError(
            f"message {message_id} is in language {row['language']!r}; only es, en and ht are trained"
        )
    text = " ".join(str(row["text"]).split())
    if not text or text.startswith("["):
        raise ReviewError(f"message {message_id} has no text to learn from ({row['kind']})")
    path = nlu_dir / row["language"] / REVIEWED_FILE
    examples = _read_reviewed(path)
    if text not in examples.setdefault(topic, []):
        examples[topic].append(text)
    _write_reviewed(path, examples)
    return path


def _read_reviewed(path: Path) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    found: dict[str, list[str]] = {}
    for block in data.get("nlu") or []:
        lines = str(block.get("examples") or "").splitlines()
        found[block["intent"]] = [
            line.strip()[2:] for line in lines if line.strip().startswith("- ")
        ]
    return found


def _write_reviewed(path: Path, examples: dict[str, list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Questions from real (anonymised) conversations, labelled by staff with",
        "# `rightsbot review label`. Learned by the next `rightsbot train`.",
        'version: "3.1"',
        "nlu:",
    ]
    for intent in sorted(examples):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {example}" for example in examples[intent]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def stats(store: Store) -> list[dict[str, Any]]:
    """Per ISO week, language and topic: volume, unanswered rate, 👍 and 👎."""
    rows = list(store.db.query(WEEKLY_SQL))
    votes = {
        (r["week"], r["topic"], r["vote"]): r["n"]
        for r in store.db.query(
            "select strftime('%Y-W%W', at, 'unixepoch') as week, topic, vote, count(*) as n "
            "from feedback group by week, topic, vote"
        )
    }
    for row in rows:
        row["thumbs_up"] = votes.get((row["week"], row["topic"], "up"), 0)
        row["thumbs_down"] = votes.get((row["week"], row["topic"], "down"), 0)
    return rows


EXPORT_COLUMNS = (
    "id",
    "at",
    "pseudonym",
    "kind",
    "language",
    "answer_language",
    "topic",
    "confidence",
    "alternatives",
    "answered_topic",
    "content_version",
    "latency_ms",
    "city",
    "text",
)


def iter_messages(store: Store) -> Iterator[dict[str, Any]]:
    yield from store.db.query(f"select {', '.join(EXPORT_COLUMNS)} from messages order by id")


def count_messages(store: Store) -> int:
    return store.db["messages"].count


def export(rows: Iterable[dict[str, Any]], out: TextIO, fmt: str) -> int:
    """Write rows as CSV or JSON lines; returns how many."""
    written = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            written += 1
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    return written
