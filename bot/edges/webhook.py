"""Webhook mode: Telegram POSTs updates to us instead of us polling.

A small aiohttp server (aiohttp comes with Rasa) checks Telegram's
``X-Telegram-Bot-Api-Secret-Token`` header, answers each update completely
and only then returns 200, so Telegram retries what we could not finish; ids
already answered are skipped, as in polling mode, through the same
:func:`bot.edges.runtime.answer_once`. The same chores run (content reload,
retention purge, pruning). ``GET /healthz`` is for monitoring. Put it behind a
reverse proxy that terminates HTTPS.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from collections.abc import AsyncIterator

from aiohttp import web
from telegram import Update

from bot.edges.chores import run_chores
from bot.edges.runtime import (
    answer_once,
    build_application,
    open_store,
    register_commands,
    runtime_of,
)
from bot.edges.sending import with_retries
from bot.privacy.store import Store
from bot.services import Services

log = logging.getLogger("rightsbot.webhook")


def webhook_secret(secret: bytes) -> str:
    """Telegram allows 1-256 characters A-Z a-z 0-9 _ -; derived, so nothing new to store."""
    return hmac.new(secret, b"telegram-webhook", hashlib.sha256).hexdigest()


def webhook_path(secret: bytes) -> str:
    return "/telegram/" + webhook_secret(secret)[:16]


def make_app(services: Services, store: Store, path: str) -> web.Application:
    application = build_application(services, store, services.settings.api_base_url)
    expected = webhook_secret(services.settings.secret())
    app = web.Application(client_max_size=1024 * 1024)

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403, text="forbidden")
        try:
            update = Update.de_json(await request.json(), application.bot)
        except (ValueError, TypeError, KeyError):
            return web.Response(status=400, text="not an update")
        if update is not None:
            await answer_once(update, application)
        return web.Response(text="ok")

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "content_version": services.content.library.version})

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        await application.initialize()
        await register_commands(application)
        url = app["webhook_url"]
        await with_retries(lambda: application.bot.set_webhook(url=url, secret_token=expected))
        stop = asyncio.Event()
        chores = asyncio.create_task(run_chores(runtime_of(application), stop))
        log.info("webhook started")
        yield
        stop.set()
        await chores
        await application.shutdown()
        store.close()

    app.router.add_post(path, receive)
    app.router.add_get("/healthz", healthz)
    app.cleanup_ctx.append(lifecycle)
    return app


def run_webhook(services: Services, webhook_url: str, listen: str, port: int) -> None:
    store = open_store(services.settings)
    path = webhook_path(services.settings.secret())
    app = make_app(services, store, path)
    app["webhook_url"] = webhook_url.rstrip("/") + path
    web.run_app(app, host=listen, port=port, print=None, access_log=None)
