"""`review rescrub`: rows logged under old rules are scrubbed again, and no copy is left in
the database file or its WAL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from bot.cli.main import main
from bot.privacy.rescrub import META_KEY
from bot.privacy.scrub import VERSION
from bot.privacy.store import Store
from bot.staff.rescrub import run

#: Text an older scrubber let through, and the details the current one must remove.
OLD_ROWS = [
    ("mi hermano Wilmerson sigue detenido en Tapachula", ["Wilmerson"]),
    ("escríbanme a lucerito22 arroba gmail punto com", ["lucerito22"]),
    ("en tiktok soy @lucerito_del_sur, ahí subo videos", ["lucerito_del_sur"]),
    ("la camioneta tenía placas QWZ-482-R y se lo llevaron", ["QWZ-482-R", "QWZ"]),
    ("naci el 4 de julio de 1991, puedo pedir refugio?", ["1991"]),
    ("madanm mwen Guerlandine malad, nou nan chanm 17", ["Guerlandine"]),
    ("Gracias por todo\nAtentamente,\nOksanita Belizaire", ["Oksanita", "Belizaire"]),
    ("my number is nine six two, four four one, seven seven zero three", ["nine six two"]),
]


def _old_database(path: Path) -> sqlite3.Connection:
    """A database as an older release left it: rows in the WAL, an old scrubber version."""
    Store(path).close()
    raw = sqlite3.connect(str(path), isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA wal_autocheckpoint = 0")  # keep the rows in the WAL file too
    for index, (text, _) in enumerate(OLD_ROWS):
        raw.execute(
            "insert into messages (pseudonym, at, kind, text, language) values (?, ?, ?, ?, ?)",
            [f"p{index}", 1.0e9 + index, "answer", text, "es"],
        )
    raw.execute("update meta set value = 'old-rules' where key = ?", [META_KEY])
    return raw


def _file_bytes(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_old_text_is_in_the_file_before(tmp_path: Path) -> None:
    path = tmp_path / "logs.sqlite"
    raw = _old_database(path)
    assert b"Wilmerson" in _file_bytes(path)
    raw.close()


def test_rescrub_leaves_no_detail_in_the_file_or_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "logs.sqlite"
    raw = _old_database(path)
    store = Store(path)  # opening re-scrubs once: the version differs
    report = run(store)
    assert report.rows == len(OLD_ROWS)
    assert report.changed == len(OLD_ROWS)
    texts = [row["text"] for row in store.db.query("select text from messages order by id")]
    data = _file_bytes(path)
    for (_, details), text in zip(OLD_ROWS, texts, strict=True):
        for detail in details:
            assert detail not in text, text
            assert detail.encode() not in data, detail
    assert "Tapachula" in texts[0] and "detenido" in texts[0]
    store.close()
    raw.close()
    data = _file_bytes(path)
    for _, details in OLD_ROWS:
        for detail in details:
            assert detail.encode() not in data, detail


def test_the_store_rescrubs_once_after_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "logs.sqlite"
    _old_database(path).close()
    store = Store(path)
    assert store.rescrubbed is not None and store.rescrubbed.changed == len(OLD_ROWS)
    version = store.db.execute("select value from meta where key = ?", [META_KEY]).fetchone()
    assert version[0] == VERSION
    store.close()
    again = Store(path)
    assert again.rescrubbed is None
    again.close()


def test_a_new_database_records_the_version_without_work(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.sqlite")
    assert store.rescrubbed is None
    assert store.db.execute("select value from meta where key = ?", [META_KEY]).fetchone()[0]
    store.close()


def test_cli(tmp_path: Path) -> None:
    path = tmp_path / "logs.sqlite"
    _old_database(path).close()
    result = CliRunner().invoke(main, ["review", "rescrub"], env={"RIGHTSBOT_DB": str(path)})
    assert result.exit_code == 0, result.output
    assert f"re-scrubbed {len(OLD_ROWS)} stored message(s)" in result.output
    assert f"{len(OLD_ROWS)} changed" in result.output
    assert b"Wilmerson" not in _file_bytes(path)
