"""A locked or full database never stops the bot from answering, and /forget never
claims an erasure that did not happen."""

from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
from pathlib import Path

import pytest

from bot.privacy.store import Store
from bot.testing.fake_bot_api import FakeTelegram, buttons, message, tap

pytestmark = pytest.mark.model


class BrokenDisk(Store):
    """Every read says "locked", every write says "disk full"."""

    def load_state(self, pseudonym):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database is locked")

    def save_state(self, pseudonym, state):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    def log(self, record):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    def forget(self, pseudonym):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")

    def is_processed(self, update_id):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database is locked")

    def mark_processed(self, update_id):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database or disk is full")


async def test_answers_go_out_when_the_database_fails(
    services, fake: FakeTelegram, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]

    from bot.edges import polling, runtime

    monkeypatch.setattr(runtime, "Store", BrokenDisk)
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_path / "d.db"
    )
    stop = asyncio.Event()
    task = asyncio.create_task(
        polling.serve(dataclasses.replace(services, settings=settings), stop)
    )
    try:
        fake.push(message(6001, "cuanto tiempo tengo para pedir refugio"))
        reply = (await asyncio.to_thread(fake.wait_for, 1, 60, 6001))[0]
        assert "30" in reply["text"]
        fake.push(message(6001, "/forget"))
        ask = (await asyncio.to_thread(fake.wait_for, 2, 60, 6001))[1]
        assert buttons(ask) == ["x:yes", "x:no"]
        fake.push(tap(6001, "x:yes"))
        answer = (await asyncio.to_thread(fake.wait_for, 3, 60, 6001))[2]
        assert "/forget" in answer["text"] and "borrar" in answer["text"].lower()
        assert "Listo" not in answer["text"]
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=30)
