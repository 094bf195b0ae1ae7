"""Pseudonyms instead of Telegram ids: a keyed HMAC nobody can reverse without the secret.

The store never sees a Telegram user id, chat id, name, username or phone
number: edges call :func:`pseudonym` first. Rotating ``RIGHTSBOT_SECRET``
makes every old pseudonym unlinkable to new ones.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any

from bot.conversation.events import Kind, Location, Outcome, Tap, Text
from bot.privacy.scrub import scrub


def pseudonym(user_id: int | str, secret: bytes) -> str:
    """A stable 32-hex-character pseudonym for one user under one secret."""
    digest = hmac.new(secret, str(user_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:32]


@dataclass(frozen=True)
class LogRecord:
    """A row the store may write: only made here, after scrubbing."""

    table: str
    values: dict[str, Any]


def log_record(who: str, event: object, outcome: Outcome, now: float | None = None) -> LogRecord:
    """What may be kept of one conversation turn: scrubbed text, no ids, no coordinates."""
    at = now or time.time()
    extra = getattr(outcome, "extra", {}) or {}
    if isinstance(event, Tap) and outcome.kind is Kind.FEEDBACK:
        return LogRecord(
            "feedback",
            {
                "pseudonym": who,
                "at": at,
                "topic": outcome.answered_topic,
                "vote": str(extra.get("feedback", "")),
                "content_version": outcome.content_version,
            },
        )
    if isinstance(event, Text):
        text = scrub(event.text)[:2000]
    elif isinstance(event, Tap):
        text = f"[button {event.data[:64]}]"
    elif isinstance(event, Location):
        text = "[location]"  # coordinates are never kept; the nearest city may be
    else:
        text = (
            f"[{type(event).__name__.lower()} {getattr(event, 'name', getattr(event, 'kind', ''))}]"
        )
    return LogRecord(
        "messages",
        {
            "pseudonym": who,
            "at": at,
            "kind": _kind(outcome),
            "text": text,
            "language": outcome.language,
            "answer_language": outcome.answer_language,
            "topic": outcome.topic,
            "confidence": round(float(outcome.confidence or 0.0), 4),
            "alternatives": json.dumps(list(outcome.alternatives)),
            "answered_topic": outcome.answered_topic,
            "content_version": outcome.content_version,
            "latency_ms": round(float(outcome.latency_ms), 1),
            "city": extra.get("city"),
        },
    )


def _kind(outcome: Outcome) -> str:
    """The logged kind: the enum's value, with the media type for unsupported messages."""
    if outcome.kind is Kind.UNSUPPORTED and outcome.extra.get("media"):
        return f"{outcome.kind.value}:{outcome.extra['media']}"
    return outcome.kind.value
