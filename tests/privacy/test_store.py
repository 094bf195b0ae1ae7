"""The store: schema migrations, erasure, retention."""

from __future__ import annotations

import time
from pathlib import Path

from bot.conversation.events import Outcome, Tap, Text, UserState
from bot.privacy.records import log_record, pseudonym
from bot.privacy.store import Store


def outcome(kind: str = "answer", topic: str = "deadline") -> Outcome:
    return Outcome(
        [],
        UserState(language="es"),
        language="es",
        answer_language="es",
        topic=topic,
        confidence=0.9,
        answered_topic=topic,
        kind=kind,
        content_version="abc",
    )


def test_migrations_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    Store(path).close()
    store = Store(path)
    assert {"preferences", "processed_updates", "messages", "feedback", "meta"} <= set(
        store.db.table_names()
    )


def test_pseudonyms_are_stable_and_keyed() -> None:
    assert pseudonym(123, b"k1") == pseudonym(123, b"k1")
    assert pseudonym(123, b"k1") != pseudonym(123, b"k2")
    assert "123" not in pseudonym(123, b"k1")


def test_forget_leaves_no_row_of_that_user(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite")
    for who in ("a" * 32, "b" * 32):
        store.save_state(who, UserState(language="ht"))
        store.log(log_record(who, Text("hola"), outcome()))
        store.log(
            log_record(
                who,
                Tap("f:deadline:down"),
                Outcome(
                    [],
                    UserState(),
                    kind="feedback",
                    answered_topic="deadline",
                    extra={"feedback": "down"},
                ),
            )
        )
    assert store.forget("a" * 32) == 3
    for table in ("preferences", "messages", "feedback"):
        assert (
            store.db.execute(
                f"select count(*) from {table} where pseudonym = ?", ["a" * 32]
            ).fetchone()[0]
            == 0
        )
        assert (
            store.db.execute(
                f"select count(*) from {table} where pseudonym = ?", ["b" * 32]
            ).fetchone()[0]
            == 1
        )


def test_purge_removes_what_is_older_than_retention_and_nothing_else(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite")
    now = time.time()
    for days in (200, 91, 89, 1):
        store.log(log_record("c" * 32, Text(f"{days} dias"), outcome(), now=now - days * 86400))
    assert store.purge(90, now=now) == 2
    left = [row["text"] for row in store.db.query("select text from messages order by at")]
    assert left == ["89 dias", "1 dias"]


def test_locations_keep_no_coordinates(tmp_path: Path) -> None:
    from bot.conversation.events import Location

    record = log_record(
        "d" * 32,
        Location(14.9039, -92.2575),
        Outcome([], UserState(), kind="nearby", extra={"city": "Tapachula"}),
    )
    assert record.values["city"] == "Tapachula"
    assert "14.9" not in str(record.values) and "92.25" not in str(record.values)


def test_answered_update_ids_are_remembered_then_pruned(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    for update_id in (10, 11, 12):
        store.mark_processed(update_id)
    store.mark_processed(11)  # recording twice is harmless
    assert [store.is_processed(i) for i in (10, 11, 12, 13)] == [True, True, True, False]
    week_ago = time.time() - 8 * 86400
    store.db.execute("update processed_updates set done_at = ? where update_id < 12", [week_ago])
    store.prune_processed()
    assert [store.is_processed(i) for i in (10, 11, 12)] == [False, False, True]


def test_preferences_are_updated_in_place(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    store.save_state("p1", UserState(language="ht", last_topic="deadline"))
    store.save_state("p1", UserState(language="en", last_topic=None, seen_privacy=True))
    assert store.load_state("p1") == UserState(language="en", last_topic=None, seen_privacy=True)
    assert store.db.execute("select count(*) from preferences").fetchone()[0] == 1
