"""Webhook mode: Telegram's secret-token header is required; updates are answered once."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.edges.webhook import webhook_secret
from bot.privacy.store import Store
from bot.testing.fake_bot_api import FakeTelegram, message
from tests.conftest import webhook_app

pytestmark = pytest.mark.model


async def test_webhook_checks_the_secret_and_answers_once(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_path / "w.db"
    )
    running = dataclasses.replace(services, settings=settings)
    store = Store(settings.database)
    app = webhook_app(running, store)
    secret = webhook_secret(settings.secret())
    async with TestClient(TestServer(app)) as client:
        update = {"update_id": 77, **message(3001, "necesito un abogado gratis")}
        forged = await client.post(
            "/telegram/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}
        )
        assert forged.status == 403
        missing = await client.post("/telegram/hook", json=update)
        assert missing.status == 403
        for _ in range(2):  # Telegram may deliver twice: answered once
            ok = await client.post(
                "/telegram/hook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
            )
            assert ok.status == 200
        assert len(fake.replies_to(3001)) == 1
        health = await client.get("/healthz")
        assert (await health.json())["ok"] is True
    assert "setWebhook" in fake.calls
