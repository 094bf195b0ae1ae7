"""Webhook mode keeps answering while the database is locked, as polling does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.edges.webhook import webhook_secret
from bot.testing.fake_bot_api import FakeTelegram, message
from tests.conftest import webhook_app
from tests.e2e.test_db_faults import BrokenDisk

pytestmark = pytest.mark.model


async def test_webhook_answers_when_the_database_is_locked(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_path / "locked.db"
    )
    running = dataclasses.replace(services, settings=settings)
    app = webhook_app(running, BrokenDisk(settings.database))
    secret = webhook_secret(settings.secret())
    async with TestClient(TestServer(app)) as client:
        update = {"update_id": 91, **message(7001, "cuanto tiempo tengo para pedir refugio")}
        response = await client.post(
            "/telegram/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
        )
        assert response.status == 200
        replies = fake.replies_to(7001)
        assert len(replies) == 1 and "30" in replies[0]["text"]
