"""The running bot picks up edited content, and a broken edit keeps the last good version."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from bot.content.live import ContentError, ContentStore

TODAY = dt.date(2026, 11, 28)


def touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))


def test_edit_is_picked_up_without_restart(content_copy: Path) -> None:
    store = ContentStore(content_copy, today=lambda: TODAY)
    before = store.load()
    assert store.refresh() is False  # nothing changed
    path = content_copy / "deadline" / "en.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title:", "title: NEW", 1), encoding="utf-8"
    )
    touch_later(path)
    assert store.refresh() is True
    assert store.library.answer("deadline", "en").title.startswith("NEW")
    assert store.library.version != before.version


def test_broken_edit_keeps_the_last_good_content(content_copy: Path) -> None:
    store = ContentStore(content_copy, today=lambda: TODAY)
    good = store.load()
    path = content_copy / "deadline" / "es.md"
    path.write_text("---\ntitle: [roto\n---\ncuerpo\n", encoding="utf-8")
    touch_later(path)
    assert store.refresh() is False
    assert store.library is good
    assert any(p.path == "content/deadline/es.md" and p.is_error for p in store.last_problems)
    assert store.library.answer("deadline", "es").title == good.answer("deadline", "es").title


def test_first_load_with_errors_fails_loudly(content_copy: Path) -> None:
    (content_copy / "legal_help" / "es.md").unlink()
    with pytest.raises(ContentError) as raised:
        ContentStore(content_copy, today=lambda: TODAY).load()
    assert "content/legal_help/es.md:1: missing" in str(raised.value)
