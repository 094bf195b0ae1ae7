"""The hand-off mapping: which staff topic belongs to which person, and its timings.

A staff reply must reach its person after a restart, so the mapping lives in
SQLite. It is the one place the bot keeps a way back to a Telegram chat, and
only while a hand-off is open: the chat id is sealed (XOR with a keystream
derived from ``RIGHTSBOT_SECRET`` and the hand-off's id), so the database
file alone — an export, a Datasette browse — does not reveal who wrote, and
it is wiped when the hand-off closes. No message text is ever stored here:
only timestamps, the language, the staff topic and who closed it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot.privacy.store import Store

#: Who ended a hand-off, as the logs and the stats record it. A request the
#: person turned down is "declined"; one never confirmed expires "unconfirmed".
CLOSERS = ("person", "staff", "timeout", "forget", "declined", "unconfirmed")
#: A consent question left unanswered this long no longer counts as a request.
REQUEST_SECONDS = 86400.0
_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"  # no 0/O, 1/I, 5/S, 8/B: read aloud without mistakes


def create_tables(db: sqlite_utils.Database) -> None:
    """Schema step 3 (called from :meth:`Store._migrate`)."""
    db["handoffs"].create(
        {
            "id": str,
            "pseudonym": str,
            "chat_sealed": str,
            "language": str,
            "thread_id": int,
            "requested_at": float,
            "connected_at": float,
            "first_staff_at": float,
            "last_activity_at": float,
            "reminded_at": float,
            "closed_at": float,
            "closed_by": str,
            "danger": int,
        },
        pk="id",
        if_not_exists=True,
    )
    db["handoffs"].create_index(["pseudonym"], if_not_exists=True)
    db["handoffs"].create_index(["thread_id"], if_not_exists=True)


@dataclass(frozen=True)
class Handoff:
    """One hand-off, from the request on.

    Requested: no topic yet (``thread_id`` None). Open: a topic and a sealed
    way back to the person. Closed: ``chat_id`` None (the way back is wiped).
    """

    id: str
    pseudonym: str
    chat_id: int | None
    language: str
    thread_id: int | None
    requested_at: float
    connected_at: float | None
    first_staff_at: float | None
    last_activity_at: float | None
    reminded_at: float | None
    closed_at: float | None
    closed_by: str | None
    danger: bool

    @property
    def is_open(self) -> bool:
        return self.closed_at is None and self.thread_id is not None

    @property
    def topic(self) -> int:
        """The staff topic of a hand-off that was opened (a bare request has none)."""
        assert self.thread_id is not None, "a request has no topic yet"
        return self.thread_id


def seal(chat_id: int, secret: bytes, handoff_id: str) -> str:
    """The chat id XORed with a keystream unique to this hand-off (hex)."""
    raw = chat_id.to_bytes(8, "big", signed=True)
    pad = hmac.new(secret, f"handoff-chat:{handoff_id}".encode(), hashlib.sha256).digest()
    return bytes(a ^ b for a, b in zip(raw, pad, strict=False)).hex()


def unseal(sealed: str, secret: bytes, handoff_id: str) -> int:
    pad = hmac.new(secret, f"handoff-chat:{handoff_id}".encode(), hashlib.sha256).digest()
    raw = bytes(a ^ b for a, b in zip(bytes.fromhex(sealed), pad, strict=False))
    return int.from_bytes(raw, "big", signed=True)


class Handoffs:
    """Typed access to the ``handoffs`` table, through the store's one connection."""

    def __init__(self, store: Store, secret: bytes) -> None:
        self._store = store
        self._secret = secret

    def _write(self, sql: str, params: list[Any]) -> int:
        with self._store._lock:
            return int(self._store.db.execute(sql, params).rowcount)

    def _rows(self, sql: str, params: list[Any]) -> list[Handoff]:
        return [self._handoff(row) for row in self._store.db.query(sql, params)]

    def _handoff(self, row: dict[str, Any]) -> Handoff:
        sealed = row["chat_sealed"]
        return Handoff(
            id=row["id"],
            pseudonym=row["pseudonym"],
            chat_id=unseal(sealed, self._secret, row["id"]) if sealed else None,
            language=row["language"],
            thread_id=row["thread_id"],
            requested_at=row["requested_at"],
            connected_at=row["connected_at"],
            first_staff_at=row["first_staff_at"],
            last_activity_at=row["last_activity_at"],
            reminded_at=row["reminded_at"],
            closed_at=row["closed_at"],
            closed_by=row["closed_by"],
            danger=bool(row["danger"]),
        )

    # -- opening and finding -----------------------------------------------------------

    def new_id(self) -> str:
        """A short name staff can say aloud, unrelated to the person's Telegram id."""
        while True:
            candidate = "".join(secrets.choice(_ALPHABET) for _ in range(5))
            if not next(
                self._store.db.query("select 1 from handoffs where id = ?", [candidate]), None
            ):
                return candidate

    def request(self, who: str, language: str, now: float | None = None) -> str:
        """The person asked for a person (consent shown): one pending request per person."""
        pending = self.pending(who)
        if pending is not None:
            return pending.id
        handoff_id = self.new_id()
        self._write(
            "insert into handoffs (id, pseudonym, language, requested_at, danger)"
            " values (?, ?, ?, ?, 0)",
            [handoff_id, who, language, now or time.time()],
        )
        return handoff_id

    def pending(self, who: str) -> Handoff | None:
        """The request waiting for this person's Yes, if any."""
        rows = self._rows(
            "select * from handoffs where pseudonym = ? and thread_id is null"
            " and closed_at is null order by requested_at desc limit 1",
            [who],
        )
        return rows[0] if rows else None

    def open(
        self,
        handoff_id: str,
        who: str,
        chat_id: int,
        language: str,
        thread_id: int,
        now: float | None = None,
    ) -> Handoff:
        """The topic exists: keep the way back (sealed); a pending request becomes open."""
        at = now or time.time()
        sealed = seal(chat_id, self._secret, handoff_id)
        self._write(
            "insert into handoffs (id, pseudonym, chat_sealed, language, thread_id, requested_at,"
            " connected_at, last_activity_at, danger) values (?, ?, ?, ?, ?, ?, ?, ?, 0)"
            " on conflict (id) do update set chat_sealed = excluded.chat_sealed,"
            " language = excluded.language, thread_id = excluded.thread_id,"
            " connected_at = excluded.connected_at, last_activity_at = excluded.last_activity_at",
            [handoff_id, who, sealed, language, thread_id, at, at, at],
        )
        found = self.by_thread(thread_id)
        assert found is not None
        return found

    def decline(self, who: str, now: float | None = None) -> str | None:
        """The person said No: the pending request closes; returns its id."""
        pending = self.pending(who)
        if pending is not None:
            self.close(pending.id, "declined", now)
        return pending.id if pending else None

    def active_for(self, who: str) -> Handoff | None:
        rows = self._rows(
            "select * from handoffs where pseudonym = ? and closed_at is null"
            " and thread_id is not null order by connected_at desc limit 1",
            [who],
        )
        return rows[0] if rows else None

    def by_thread(self, thread_id: int) -> Handoff | None:
        """The hand-off of a staff topic, open or closed; None for a topic we did not open."""
        rows = self._rows("select * from handoffs where thread_id = ? limit 1", [thread_id])
        return rows[0] if rows else None

    def of_person(self, who: str) -> list[Handoff]:
        return self._rows("select * from handoffs where pseudonym = ?", [who])

    def recent_topics(self, who: str, since: float) -> list[str]:
        """The topics this person was answered about since ``since``, first asked first."""
        rows = self._store.db.query(
            "select answered_topic, min(at) as first from messages where pseudonym = ?"
            " and at >= ? and answered_topic is not null group by answered_topic order by first",
            [who, since],
        )
        return [row["answered_topic"] for row in rows]

    # -- what happens during one --------------------------------------------------------

    def touch(self, handoff_id: str, staff: bool, now: float | None = None) -> bool:
        """Record activity; True when this was staff's first reply (the wait ends)."""
        at = now or time.time()
        self._write("update handoffs set last_activity_at = ? where id = ?", [at, handoff_id])
        if not staff:
            return False
        return bool(
            self._write(
                "update handoffs set first_staff_at = ? where id = ? and first_staff_at is null",
                [at, handoff_id],
            )
        )

    def mark_danger(self, handoff_id: str) -> bool:
        """True the first time: the topic's name gets its 🚨 once."""
        return bool(
            self._write("update handoffs set danger = 1 where id = ? and danger = 0", [handoff_id])
        )

    def mark_reminded(self, handoff_id: str, now: float | None = None) -> None:
        self._write(
            "update handoffs set reminded_at = ? where id = ?", [now or time.time(), handoff_id]
        )

    def close(self, handoff_id: str, by: str, now: float | None = None) -> bool:
        """End a hand-off and wipe the way back to the person; False if already closed."""
        assert by in CLOSERS, by
        return bool(
            self._write(
                "update handoffs set closed_at = ?, closed_by = ?, chat_sealed = null"
                " where id = ? and closed_at is null",
                [now or time.time(), by, handoff_id],
            )
        )

    def delete_person(self, who: str) -> None:
        """``/forget``: every row of this person, then fold the WAL (no copy stays)."""
        with self._store._lock:
            self._store.db.execute("delete from handoffs where pseudonym = ?", [who])
            self._store._checkpoint()

    # -- what the chores look for ---------------------------------------------------------

    def waiting_since(self, before: float) -> list[Handoff]:
        """Open, connected before ``before``, no staff reply and no reminder yet."""
        return self._rows(
            "select * from handoffs where closed_at is null and thread_id is not null"
            " and first_staff_at is null and reminded_at is null and connected_at < ?",
            [before],
        )

    def idle_since(self, before: float) -> list[Handoff]:
        return self._rows(
            "select * from handoffs where closed_at is null and thread_id is not null"
            " and last_activity_at < ?",
            [before],
        )

    def expire_requests(self, now: float | None = None) -> int:
        """Consent questions never answered stop counting as requests after a day."""
        at = now or time.time()
        return self._write(
            "update handoffs set closed_at = ?, closed_by = 'unconfirmed'"
            " where thread_id is null and closed_at is null and requested_at < ?",
            [at, at - REQUEST_SECONDS],
        )
