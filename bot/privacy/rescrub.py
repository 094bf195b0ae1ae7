"""Re-scrub stored messages with the current scrubber, and leave no old text in the file.

Rows logged before a scrubber upgrade were scrubbed by the old rules. The store
calls :func:`upgrade` when it opens a database: if ``meta.scrubber_version``
differs from :data:`bot.privacy.scrub.VERSION`, every ``messages.text`` is
scrubbed again in place, in one transaction, and the file is then rewritten
(``VACUUM``) and its WAL truncated, so the old text is gone from the bytes on
disk, not only from the rows (``secure_delete`` is on as well).
``rightsbot review rescrub`` runs the same thing on demand.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.privacy.scrub import VERSION, scrub

if TYPE_CHECKING:
    from bot.privacy.store import Store

log = logging.getLogger(__name__)
META_KEY = "scrubber_version"
#: Stored text is cut to this length when logged (bot.privacy.records).
MAX_TEXT = 2000


@dataclass(frozen=True)
class Rescrubbed:
    rows: int
    changed: int
    version: str


def stored_version(store: Store) -> str | None:
    row = store.db.execute("select value from meta where key = ?", [META_KEY]).fetchone()
    return row[0] if row else None


def rescrub(store: Store) -> Rescrubbed:
    """Scrub every stored message again, then wipe freed pages and the WAL."""
    connection = store.db.conn
    rows = changed = 0
    with store._lock:
        connection.execute("BEGIN IMMEDIATE")
        try:
            for row_id, text in connection.execute(
                "select id, text from messages where text is not null"
            ).fetchall():
                rows += 1
                clean = scrub(text)[:MAX_TEXT]
                if clean != text:
                    connection.execute("update messages set text = ? where id = ?", [clean, row_id])
                    changed += 1
            _set_version(connection)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        wipe(store)
    return Rescrubbed(rows, changed, VERSION)


def wipe(store: Store) -> None:
    """Rewrite the file without free pages and truncate the WAL: no copy of old rows is left."""
    if str(store.path) == ":memory:":
        return
    connection = store.db.conn
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def upgrade(store: Store) -> Rescrubbed | None:
    """Re-scrub once after an upgrade that changed the scrubber; None if nothing to do.

    A database another process holds locked is left for the next start: the
    bot must answer even then.
    """
    if stored_version(store) == VERSION:
        return None
    empty = store.db.execute("select count(*) from messages").fetchone()[0] == 0
    try:
        if empty:
            with store._lock:
                _set_version(store.db.conn)
            return None
        done = rescrub(store)
    except sqlite3.OperationalError as error:
        log.warning("could not re-scrub the stored messages yet: %s", error)
        return None
    log.info("re-scrubbed %d stored message(s) with scrubber %s", done.changed, VERSION)
    return done


def _set_version(connection: sqlite3.Connection) -> None:
    connection.execute(
        "insert into meta (key, value) values (?, ?)"
        " on conflict (key) do update set value = excluded.value",
        [META_KEY, VERSION],
    )
