"""A running bot (the real python-telegram-bot over HTTP) against the fake Bot API server."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.testing.fake_bot_api import FakeTelegram


@pytest.fixture
async def bot(services, fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[FakeTelegram]:  # type: ignore[no-untyped-def]
    """Start the bot in this event loop; stop it gracefully after the test."""
    from bot.edges.polling import serve

    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_path / "bot.db"
    )
    running = dataclasses.replace(services, settings=settings)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(running, stop))
    await asyncio.sleep(0)
    yield fake
    stop.set()
    await asyncio.wait_for(task, timeout=30)
