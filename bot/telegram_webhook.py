"""Webhook mode: Telegram POSTs updates to us instead of us polling.

A small aiohttp server (aiohttp comes with Rasa) checks Telegram's
``X-Telegram-Bot-Api-Secret-Token`` header, answers each update completely
and only then returns 200, so Telegram retries what we could not finish; ids
already answered are skipped, as in polling mode. ``GET /healthz`` is for
monitoring. Put it behind a reverse proxy that terminates HTTPS.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging

from aiohttp import web
from telegram import Update

from bot.services import Services
from bot.store import Store
from bot.telegram_app import build_application, handle_update, register_commands, with_retries

log = logging.getLogger("rightsbot.webhook")


def webhook_secret(secret: bytes) -> str:
    """Telegram allows 1-256 characters A-Z a-z 0-9 _ -; derived, so nothing new to store."""
    return hmac.new(secret, b"telegram-webhook", hashlib.sha256).hexdigest()


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
        if update is None or store.is_processed(update.update_id):
            return web.Response(text="ok")
        try:
            await handle_update(update, application)
        except Exception:
            log.exception("error while handling an update (contents not logged)")
        store.mark_processed(update.update_id)
        return web.Response(text="ok")

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "content_version": services.content.library.version})

    async def startup(app: web.Application) -> None:
        await application.initialize()
        await register_commands(application)
        url = app["webhook_url"]
        await with_retries(lambda: application.bot.set_webhook(url=url, secret_token=expected))

    async def cleanup(app: web.Application) -> None:
        await application.shutdown()
        store.close()

    async def reload_content(app: web.Application) -> None:
        async def loop() -> None:
            while True:
                await asyncio.sleep(5)
                services.content.refresh()

        task = asyncio.create_task(loop())
        yield
        task.cancel()

    app.router.add_post(path, receive)
    app.router.add_get("/healthz", healthz)
    app.on_startup.append(startup)
    app.on_cleanup.append(cleanup)
    app.cleanup_ctx.append(reload_content)
    return app


def run_webhook(services: Services, webhook_url: str, listen: str, port: int) -> None:
    store = Store(services.settings.database)
    path = "/telegram/" + webhook_secret(services.settings.secret())[:16]
    app = make_app(services, store, path)
    app["webhook_url"] = webhook_url.rstrip("/") + path
    web.run_app(app, host=listen, port=port, print=None, access_log=None)
