"""``rightsbot content status``: which answers a lawyer has signed off, by whom and when.

The sign-off is the ``status: reviewed`` line a lawyer (or the volunteer who
took their review) writes in an answer's front matter, with ``reviewed_by``
and ``reviewed_on``. Under ``RIGHTSBOT_REVIEWED_ONLY=1`` the bot serves only
those; this report says what would still be withheld.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.content.library import Library
from bot.settings import LANGUAGES


@dataclass(frozen=True)
class StatusRow:
    topic: str
    language: str
    status: str
    reviewed_by: str | None
    reviewed_on: dt.date | None
    legal: bool


def review_status(library: Library) -> list[StatusRow]:
    """One row per topic and language, legal topics first, in catalogue order."""
    rows = []
    for topic in library.catalogue.all:
        for language in LANGUAGES:
            answer = library.answers.get((topic, language))
            if answer is None:
                continue
            rows.append(
                StatusRow(
                    topic=topic,
                    language=language,
                    status=answer.status,
                    reviewed_by=answer.reviewed_by if answer.is_reviewed else None,
                    reviewed_on=answer.reviewed_on if answer.is_reviewed else None,
                    legal=library.catalogue.is_legal(topic),
                )
            )
    return rows


def summary(rows: list[StatusRow]) -> str:
    legal = [row for row in rows if row.legal]
    reviewed = sum(row.status == "reviewed" for row in legal)
    withheld = len(legal) - reviewed
    return (
        f"{reviewed} of {len(legal)} legal answers reviewed; with RIGHTSBOT_REVIEWED_ONLY=1 "
        f"the bot would give the legal-help route instead of the other {withheld}"
    )
