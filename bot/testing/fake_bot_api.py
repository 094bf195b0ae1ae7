"""A fake Telegram Bot API server on loopback, for driving the real python-telegram-bot.

It runs in its own thread and event loop, so both an in-process bot and a bot
in a subprocess can talk to it over real HTTP. It implements the methods the
bot uses (getMe, getUpdates with offsets and long polling, sendMessage,
answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook), records what
the bot sent, and can inject faults: 429 with ``retry_after``, 5xx, slow
answers and dropped connections.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.testing.fake_forum import ForumMixin, TopicError

BOT_USERNAME = "rightsbot_test_bot"


@dataclass
class Fault:
    method: str
    status: int = 500
    retry_after: int | None = None
    delay: float = 0.0
    drop: bool = False
    times: int = 1


@dataclass
class FakeTelegram(ForumMixin):
    token: str = "123456:TEST-token-never-printed"
    host: str = "127.0.0.1"
    port: int = 0
    updates: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)
    commands: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    faults: list[Fault] = field(default_factory=list)
    #: per chat: when each reply arrived, and the buttons of the last one (for load runs)
    reply_times: dict[int, list[float]] = field(default_factory=dict)
    last_markup: dict[int, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._runner: web.AppRunner | None = None
        self._closing = False
        self._init_forum()

    # -- lifecycle -------------------------------------------------------------------

    def start(self) -> FakeTelegram:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("fake Telegram server did not start")
        return self

    def stop(self) -> None:
        if self._loop and self._runner:
            self._closing = True
            if self._new_update:
                self._loop.call_soon_threadsafe(self._new_update.set)
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        if self._loop and not self._loop.is_running():
            self._loop.close()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        self._new_update = asyncio.Event()
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        self._loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, self.host, self.port)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    # -- driving the bot ---------------------------------------------------------------

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for the bot; returns its update_id."""
        with self._lock:
            update_id = next(self._ids)
            self.updates.append({"update_id": update_id, **update})
            self._remember(update)
        if self._loop and self._new_update:
            self._loop.call_soon_threadsafe(self._new_update.set)
        return update_id

    def fail(self, method: str, **kwargs: Any) -> None:
        with self._lock:
            self.faults.append(Fault(method, **kwargs))

    def replies_to(self, chat_id: int) -> list[dict[str, Any]]:
        with self._lock:
            return [m for m in self.sent if m["chat_id"] == chat_id]

    def wait_for(
        self, count: int, timeout: float = 60.0, chat_id: int | None = None
    ) -> list[dict[str, Any]]:
        """Wait until at least ``count`` messages were sent (to ``chat_id`` if given)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.replies_to(chat_id) if chat_id is not None else list(self.sent)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        found = self.replies_to(chat_id) if chat_id is not None else list(self.sent)
        raise AssertionError(f"expected {count} messages, got {len(found)}")

    def confirmed(self) -> bool:
        """True when the bot has confirmed (acknowledged) every queued update."""
        with self._lock:
            return not self.updates

    # -- the Bot API -------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await _params(request)
        with self._lock:
            self.calls.append(method)
            fault = next((f for f in self.faults if f.method == method and f.times > 0), None)
            if fault:
                fault.times -= 1
        if fault:
            if fault.delay:
                await asyncio.sleep(fault.delay)
            if fault.drop:
                if request.transport:
                    request.transport.close()
                return web.Response(status=500)
            if fault.retry_after is not None:
                return web.json_response(
                    {
                        "ok": False,
                        "error_code": 429,
                        "description": f"Too Many Requests: retry after {fault.retry_after}",
                        "parameters": {"retry_after": fault.retry_after},
                    },
                    status=429,
                )
            if 400 <= fault.status < 500:
                description = (
                    "Forbidden: bot was blocked by the user"
                    if fault.status == 403
                    else "Bad Request"
                )
                return web.json_response(
                    {"ok": False, "error_code": fault.status, "description": description},
                    status=fault.status,
                )
            if fault.status >= 500:
                return web.json_response(
                    {
                        "ok": False,
                        "error_code": fault.status,
                        "description": "Internal Server Error",
                    },
                    status=fault.status,
                )
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            return web.json_response({"ok": True, "result": True})
        try:
            result = await handler(params)
        except TopicError as error:
            return web.json_response(
                {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"},
                status=400,
            )
        return web.json_response({"ok": True, "result": result})

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": 999,
            "is_bot": True,
            "first_name": "Rightsbot",
            "username": BOT_USERNAME,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + min(timeout, 5.0)
        while True:
            with self._lock:
                if offset:
                    self.updates = [u for u in self.updates if u["update_id"] >= offset]
                pending = list(self.updates[:100])
            if pending or self._closing or time.monotonic() >= deadline:
                return pending
            assert self._new_update is not None
            self._new_update.clear()
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(
                    self._new_update.wait(), timeout=max(0.01, deadline - time.monotonic())
                )

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        text = str(params.get("text", ""))
        if len(text) > 4096:
            raise web.HTTPBadRequest(
                text=json.dumps(
                    {"ok": False, "error_code": 400, "description": "message is too long"}
                )
            )
        thread = self._check_thread(params)
        message_id = next(self._message_ids)
        record = {
            "chat_id": int(params["chat_id"]),
            "text": text,
            "parse_mode": params.get("parse_mode"),
            "reply_markup": params.get("reply_markup"),
            "message_id": message_id,
            "at": time.monotonic(),
        }
        if thread is not None:
            record["message_thread_id"] = thread
        self._record(record)
        return {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": record["chat_id"], "type": "private"},
            "text": text,
        }

    def _record(self, record: dict[str, Any]) -> None:
        with self._lock:
            self.sent.append(record)
            self.reply_times.setdefault(record["chat_id"], []).append(record["at"])
            self.last_markup[record["chat_id"]] = record.get("reply_markup")

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self.commands[str(params.get("language_code") or "")] = params.get("commands") or []
        return True


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return dict(await request.json())
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if isinstance(value, str) and value[:1] in "[{":
            try:
                params[key] = json.loads(value)
                continue
            except ValueError:
                pass
        params[key] = value
    return params


# --- update factories ------------------------------------------------------------------------

_message_counter = itertools.count(1)


def user(user_id: int, language: str = "es") -> dict[str, Any]:
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": f"Persona{user_id}",
        "username": f"persona{user_id}",
        "language_code": language,
    }


def message(
    chat_id: int,
    text: str | None = None,
    language: str = "es",
    chat_type: str = "private",
    **extra: Any,
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "message_id": next(_message_counter),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": chat_type},
        "from": user(chat_id if chat_type == "private" else chat_id + 10_000_000, language),
    }
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            command = text.split()[0]
            body["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    body.update(extra)
    return {"message": body}


def tap(chat_id: int, data: str, language: str = "es") -> dict[str, Any]:
    return {
        "callback_query": {
            "id": f"cq{next(_message_counter)}",
            "from": user(chat_id, language),
            "chat_instance": "test",
            "data": data,
            "message": {
                "message_id": next(_message_counter),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "text": "menu",
            },
        }
    }


def buttons(sent: dict[str, Any]) -> list[str]:
    markup = sent.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [b.get("callback_data", "") for row in markup.get("inline_keyboard", []) for b in row]
