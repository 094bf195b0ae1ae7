"""The SQLite store (through sqlite-utils): preferences and processed updates.

It is the only module that writes the database, and it takes pseudonyms, never
Telegram ids (see :mod:`bot.privacy.records`). ``secure_delete`` overwrites erased
rows, and WAL mode lets the bot write while staff tools read.

Processed update ids make replies exactly-once across a crash: the polling loop
confirms a batch to Telegram only after handling it, Telegram delivers the
unconfirmed updates again after a restart, and ids already answered are
skipped. Update ids are not personal data.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import sqlite_utils

from bot.conversation.events import UserState
from bot.privacy import rescrub
from bot.privacy.records import LogRecord

SCHEMA_VERSION = 3
#: Logged messages are deleted after this many days (``rightsbot review purge``).
DEFAULT_RETENTION_DAYS = 90


class Store:
    """A thin, typed layer over one SQLite file."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        if isinstance(path, Path):
            path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("PRAGMA busy_timeout = 5000")
        if str(path) != ":memory:":
            connection.execute("PRAGMA journal_mode = WAL")
            # with WAL, NORMAL survives a killed process; only a power cut can lose
            # the last commits, and it saves an fsync per update
            connection.execute("PRAGMA synchronous = NORMAL")
        self.db = sqlite_utils.Database(connection)
        self._lock = threading.Lock()
        self._migrate()
        #: Rows re-scrubbed on opening, after an upgrade that changed the scrubber.
        self.rescrubbed = rescrub.upgrade(self)

    def _migrate(self) -> None:
        """Create or upgrade the schema; each step runs once (see `meta.schema_version`)."""
        meta = self.db["meta"]
        if not meta.exists():
            meta.create({"key": str, "value": str}, pk="key")
        row = next(self.db.query("select value from meta where key = 'schema_version'"), None)
        version = int(row["value"]) if row else 0
        if version < 1:
            self.db["preferences"].create(
                {
                    "pseudonym": str,
                    "language": str,
                    "last_topic": str,
                    "seen_privacy": int,
                    "updated_at": float,
                },
                pk="pseudonym",
                if_not_exists=True,
            )
            self.db["processed_updates"].create(
                {"update_id": int, "done_at": float}, pk="update_id", if_not_exists=True
            )
        if version < 2:
            self.db["messages"].create(
                {
                    "id": int,
                    "pseudonym": str,
                    "at": float,
                    "kind": str,
                    "text": str,
                    "language": str,
                    "answer_language": str,
                    "topic": str,
                    "confidence": float,
                    "alternatives": str,
                    "answered_topic": str,
                    "content_version": str,
                    "latency_ms": float,
                    "city": str,
                },
                pk="id",
                if_not_exists=True,
            )
            self.db["feedback"].create(
                {
                    "id": int,
                    "pseudonym": str,
                    "at": float,
                    "topic": str,
                    "vote": str,
                    "content_version": str,
                },
                pk="id",
                if_not_exists=True,
            )
            self.db["messages"].create_index(["at"], if_not_exists=True)
            self.db["messages"].create_index(["pseudonym"], if_not_exists=True)
            self.db["feedback"].create_index(["pseudonym"], if_not_exists=True)
        if version < 3:
            from bot.privacy.handoffs import create_tables

            create_tables(self.db)
        meta.upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")

    # -- preferences ------------------------------------------------------------------

    def load_state(self, pseudonym: str) -> UserState:
        row = next(
            self.db.query("select * from preferences where pseudonym = ?", [pseudonym]), None
        )
        if row is None:
            return UserState()
        return UserState(
            language=row["language"] or None,
            last_topic=row["last_topic"] or None,
            seen_privacy=bool(row["seen_privacy"]),
        )

    def save_state(self, pseudonym: str, state: UserState) -> None:
        # plain SQL on the per-update path: sqlite-utils' upsert/insert re-read the
        # table's schema on every call, a dozen queries per update under load
        with self._lock:
            self.db.execute(
                "insert into preferences (pseudonym, language, last_topic, seen_privacy, updated_at)"
                " values (?, ?, ?, ?, ?) on conflict (pseudonym) do update set"
                " language = excluded.language, last_topic = excluded.last_topic,"
                " seen_privacy = excluded.seen_privacy, updated_at = excluded.updated_at",
                [
                    pseudonym,
                    state.language,
                    state.last_topic,
                    int(state.seen_privacy),
                    time.time(),
                ],
            )

    def forget(self, pseudonym: str) -> int:
        """Erase everything stored for one user; returns rows removed."""
        removed = 0
        with self._lock:
            for table in ("preferences", "messages", "feedback", "handoffs"):
                removed += self.db.execute(
                    f"delete from {table} where pseudonym = ?", [pseudonym]
                ).rowcount
            self._checkpoint()
        return removed

    # -- anonymised logs ----------------------------------------------------------------

    def log(self, record: LogRecord) -> None:
        """Store one scrubbed record (built by :func:`bot.privacy.log_record`)."""
        table = "feedback" if record.table == "feedback" else "messages"
        columns = list(record.values)  # names come from bot.privacy.records, never from users
        with self._lock:
            self.db.execute(
                f"insert into {table} ({', '.join(columns)})"
                f" values ({', '.join('?' for _ in columns)})",
                [record.values[column] for column in columns],
            )

    def set_text(self, message_id: int, text: str) -> None:
        """Overwrite one logged message's text (a leak staff marked); old pages need a wipe."""
        with self._lock:
            self.db.execute("update messages set text = ? where id = ?", [text, message_id])

    def purge(
        self, retention_days: float = DEFAULT_RETENTION_DAYS, now: float | None = None
    ) -> int:
        """Delete logs older than the retention period; returns rows removed."""
        cutoff = (now or time.time()) - retention_days * 86400
        with self._lock:
            removed = self.db.execute("delete from messages where at < ?", [cutoff]).rowcount
            removed += self.db.execute("delete from feedback where at < ?", [cutoff]).rowcount
            removed += self.db.execute(
                "delete from handoffs where closed_at < ?", [cutoff]
            ).rowcount
            self._checkpoint()
        return removed

    def _checkpoint(self) -> None:
        """Fold the WAL into the main file and truncate it, so erased rows leave no copy."""
        if str(self.path) != ":memory:":
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- exactly-once -------------------------------------------------------------------

    def is_processed(self, update_id: int) -> bool:
        return (
            next(
                self.db.query("select 1 from processed_updates where update_id = ?", [update_id]),
                None,
            )
            is not None
        )

    def mark_processed(self, update_id: int) -> None:
        with self._lock:
            self.db.execute(
                "insert or replace into processed_updates (update_id, done_at) values (?, ?)",
                [update_id, time.time()],
            )

    def prune_processed(self, older_than_seconds: float = 7 * 86400) -> None:
        """Telegram keeps updates 24 hours; a week of ids is plenty."""
        with self._lock:
            self.db.execute(
                "delete from processed_updates where done_at < ? and update_id < (select max(update_id) from processed_updates)",
                [time.time() - older_than_seconds],
            )

    def close(self) -> None:
        self.db.conn.close()
