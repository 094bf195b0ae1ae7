"""Both transports run the same chores: retention purge at start (and daily), content reload.

Webhook mode, which the README recommends for production, once never purged
old logs; these tests start each transport on a database that already holds
logs and a retention period of 0 days, and watch the rows go.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.conversation.events import Outcome, Text, UserState
from bot.privacy.records import log_record
from bot.privacy.store import Store
from bot.testing.fake_bot_api import FakeTelegram
from tests.conftest import webhook_app

pytestmark = pytest.mark.model


def _with_old_logs(path: Path, rows: int = 5) -> None:
    store = Store(path)
    for number in range(rows):
        outcome = Outcome([], UserState(), topic="deadline", answered_topic="deadline")
        store.log(log_record(f"p{number}", Text("cuanto tiempo tengo"), outcome, time.time() - 60))
    store.close()


def _count(path: Path) -> int:
    store = Store(path)
    try:
        return store.db["messages"].count
    finally:
        store.close()


async def _until_empty(path: Path, seconds: float = 10.0) -> int:
    deadline = time.monotonic() + seconds
    while (left := _count(path)) and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
    return left


def _running(services, fake: FakeTelegram, db: Path):  # type: ignore[no-untyped-def]
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=db, retention_days=0.0
    )
    return dataclasses.replace(services, settings=settings)


async def test_polling_purges_old_logs_at_start(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from bot.edges.polling import serve

    db = tmp_path / "polling.db"
    _with_old_logs(db)
    assert _count(db) == 5
    stop = asyncio.Event()
    task = asyncio.create_task(serve(_running(services, fake, db), stop))
    try:
        assert await _until_empty(db) == 0
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)


async def test_webhook_purges_old_logs_at_start(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]

    db = tmp_path / "webhook.db"
    _with_old_logs(db)
    running = _running(services, fake, db)
    app = webhook_app(running, Store(db))
    async with TestClient(TestServer(app)):
        assert await _until_empty(db) == 0


async def test_default_retention_keeps_recent_logs(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]

    db = tmp_path / "kept.db"
    _with_old_logs(db)
    running = _running(services, fake, db)
    running = dataclasses.replace(
        running, settings=running.settings.with_overrides(retention_days=90.0)
    )
    app = webhook_app(running, Store(db))
    async with TestClient(TestServer(app)):
        await asyncio.sleep(1.0)
        assert _count(db) == 5


@pytest.mark.parametrize("transport", ["polling", "webhook"])
async def test_both_transports_reload_edited_content(
    services, fake: FakeTelegram, tmp_path: Path, transport: str, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The chores loop refreshes the content store in either transport."""
    from bot.edges import chores

    monkeypatch.setattr(chores, "RELOAD_EVERY_SECONDS", 0.05)
    refreshed = asyncio.Event()
    content = services.content

    class Watching:
        library = content.library

        def refresh(self) -> bool:
            refreshed.set()
            return False

    running = _running(services, fake, tmp_path / f"{transport}.db")
    running = dataclasses.replace(running, content=Watching())
    if transport == "polling":
        from bot.edges.polling import serve

        stop = asyncio.Event()
        task = asyncio.create_task(serve(running, stop))
        try:
            await asyncio.wait_for(refreshed.wait(), timeout=10)
        finally:
            stop.set()
            await asyncio.wait_for(task, timeout=30)
    else:
        app = webhook_app(running, Store(tmp_path / "w.db"))
        async with TestClient(TestServer(app)):
            await asyncio.wait_for(refreshed.wait(), timeout=10)
