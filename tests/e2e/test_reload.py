"""The running bot picks up edited content and keeps the last good version when an edit is broken."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import shutil
from pathlib import Path

import pytest

from bot.content.live import ContentStore
from bot.conversation.dialogue import Conversation
from bot.testing.fake_bot_api import FakeTelegram, buttons, message, tap
from tests.conftest import ROOT

pytestmark = pytest.mark.model


def bump(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000_000))


async def test_edits_reload_and_broken_edits_keep_serving(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from bot.edges.polling import serve

    shutil.copytree(ROOT / "content", tmp_path / "content")
    store = ContentStore(tmp_path / "content")
    store.load()
    conversation = Conversation(
        lambda: store.library, services.classifier.parse, services.detector, services.catalogs
    )
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_path / "r.db"
    )
    running = dataclasses.replace(
        services, settings=settings, content=store, conversation=conversation
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(running, stop))
    try:
        path = tmp_path / "content" / "deadline" / "es.md"
        original = path.read_text(encoding="utf-8")
        bump(path, "---\ntitle: [roto\n---\n")  # a volunteer's broken edit
        await asyncio.sleep(6)
        fake.push(tap(5001, "t:deadline"))
        reply = (await asyncio.to_thread(fake.wait_for, 1, 60, 5001))[0]
        assert "30" in reply["text"]  # still the last good answer
        bump(path, original.replace("30 días hábiles", "30 días EDITADO", 1))
        await asyncio.sleep(6)
        fake.push(tap(5001, "t:deadline"))
        replies = await asyncio.to_thread(fake.wait_for, 2, 60, 5001)
        assert "EDITADO" in replies[1]["text"]
        assert "m:deadline" in buttons(replies[1])
        fake.push(message(5001, "gracias"))
        await asyncio.to_thread(fake.wait_for, 3, 60, 5001)
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)
