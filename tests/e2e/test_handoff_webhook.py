"""Webhook mode routes the staff group exactly as polling does (one answer_once for both)."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.edges.webhook import webhook_secret
from bot.privacy.store import Store
from bot.testing.fake_bot_api import FakeTelegram, message, tap
from bot.testing.fake_forum import STAFF_CHAT_ID, staff_message
from tests.conftest import webhook_app

pytestmark = pytest.mark.model
PERSON = 5501


async def test_webhook_relays_both_ways_and_ignores_strangers(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = services.settings.with_overrides(
        token=fake.token,
        api_base_url=fake.base_url,
        db_path=tmp_path / "w.db",
        staff_chat_id=STAFF_CHAT_ID,
        rate_limit=False,
    )
    store = Store(settings.database)
    app = webhook_app(dataclasses.replace(services, settings=settings), store)
    headers = {"X-Telegram-Bot-Api-Secret-Token": webhook_secret(settings.secret())}
    ids = itertools.count(1)
    async with TestClient(TestServer(app)) as client:

        async def post(update: dict) -> None:  # type: ignore[type-arg]
            fake.push(update)  # remembered, so copyMessage finds it
            response = await client.post(
                "/telegram/hook", json={"update_id": next(ids), **update}, headers=headers
            )
            assert response.status == 200

        await post(message(PERSON, "/human"))
        await post(tap(PERSON, "h:yes"))
        (thread,) = fake.topics
        await post(message(PERSON, "necesito ayuda con mi amparo"))
        await post(staff_message(thread, "Le ayudamos, ¿en qué ciudad está?"))
        await post(staff_message(thread, "desde otro grupo", chat_id=-1005555555555))
        await post(staff_message(thread + 7, "tema ajeno"))
        copies = [m["text"] for m in fake.replies_to(PERSON) if "copy_of" in m]
        assert copies == ["Le ayudamos, ¿en qué ciudad está?"]
        assert [m["text"] for m in fake.in_topic(thread) if "copy_of" in m] == [
            "necesito ayuda con mi amparo"
        ]
        assert not fake.replies_to(-1005555555555)


async def test_a_redelivery_while_the_first_is_in_flight_is_not_answered_twice(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import asyncio

    from telegram import Update

    from bot.edges.runtime import answer_once, build_application

    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_path / "f.db"
    )
    store = Store(settings.database)
    app = build_application(dataclasses.replace(services, settings=settings), store, fake.base_url)
    fake.fail("sendMessage", delay=1.0)  # Telegram is slow to accept the reply
    async with app:
        update = Update.de_json({"update_id": 9, **message(PERSON, "/menu")}, app.bot)
        await asyncio.gather(answer_once(update, app), answer_once(update, app))
    assert len(fake.replies_to(PERSON)) == 1
    store.close()
