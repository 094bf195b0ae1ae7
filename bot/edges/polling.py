"""Long polling with confirm-after-answering: exactly-once replies across a crash.

We poll ``getUpdates`` ourselves and confirm updates to Telegram (the next
``offset``) only after they were answered. A process killed mid-batch gets the
same updates again on restart, and the ids already answered (kept in the
store, no personal data) are skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import warnings
from dataclasses import dataclass

from telegram import Update
from telegram.error import NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.edges.chores import run_chores
from bot.edges.runtime import (
    answer_once,
    build_application,
    guarded,
    open_store,
    register_commands,
    runtime_of,
)
from bot.edges.sending import retry_after_seconds, with_retries
from bot.services import Services

log = logging.getLogger("rightsbot.telegram")

#: While answers are in flight, look for new messages this often.
POLL_WHILE_BUSY_SECONDS = 0.05
ALLOWED_UPDATES = ["message", "callback_query", "edited_message", "channel_post"]


class Dispatcher:
    """Answers updates as they arrive, chats in parallel, each chat in order.

    Telegram forgets every update below the ``offset`` we send, so the offset
    only ever moves up to the oldest update still being answered: a crash
    loses nothing, and the ids already answered (kept in the store) are skipped
    when Telegram sends them again. Unlike answering a whole ``getUpdates``
    batch before fetching the next, one slow reply (a slow Telegram, a retry
    after 429) delays only its own chat, not everybody who writes meanwhile.
    """

    def __init__(self, application: Application) -> None:
        self.application = application
        self.store = runtime_of(application).store
        self.running: dict[int, asyncio.Task[None]] = {}
        #: answered but not yet confirmed: Telegram sends them again until then
        self.answered: set[int] = set()
        self._chat_tails: dict[int, asyncio.Task[None]] = {}
        self._seen_up_to: int | None = None  # one past the highest update id received

    def next_offset(self) -> int | None:
        """What to confirm: everything below the oldest update still in flight.

        Answered ids below it are forgotten: Telegram will not send them again.
        """
        offset = min(self.running) if self.running else self._seen_up_to
        if offset is not None:
            self.answered = {i for i in self.answered if i >= offset}
        return offset

    @property
    def known(self) -> set[int]:
        """Updates Telegram will send again that need no work: not parsed twice."""
        return self.answered | set(self.running)

    def accept(self, updates: list[Update]) -> int:
        """Start answering the updates not already running or answered; returns how many."""
        started = 0
        for update in updates:
            update_id = update.update_id
            self._seen_up_to = max(self._seen_up_to or 0, update_id + 1)
            if update_id in self.running or update_id in self.answered:
                continue
            if guarded(lambda update_id=update_id: self.store.is_processed(update_id), False):
                continue
            chat = update.effective_chat
            chat_id = chat.id if chat else 0
            task = asyncio.create_task(self._answer(update, self._chat_tails.get(chat_id)))
            self.running[update_id] = task
            self._chat_tails[chat_id] = task
            task.add_done_callback(
                lambda done, update_id=update_id, chat_id=chat_id: self._finished(
                    done, update_id, chat_id
                )
            )
            started += 1
        return started

    def _finished(self, task: asyncio.Task[None], update_id: int, chat_id: int) -> None:
        self.running.pop(update_id, None)
        self.answered.add(update_id)
        if self._chat_tails.get(chat_id) is task:
            del self._chat_tails[chat_id]

    async def _answer(self, update: Update, previous: asyncio.Task[None] | None) -> None:
        if previous is not None:
            await asyncio.wait({previous})  # the chat's earlier message is answered first
        if isinstance(update, _Unparsed):
            guarded(lambda: self.store.mark_processed(update.update_id), None)
            return
        await answer_once(update, self.application)

    async def drain(self) -> None:
        """Wait for every update in flight (SIGTERM: finish replies, then exit)."""
        while self.running:
            await asyncio.wait(set(self.running.values()))


async def poll(application: Application, stop: asyncio.Event, poll_timeout: int = 25) -> None:
    """Long polling with confirm-after-answering (see :class:`Dispatcher`)."""
    dispatcher = Dispatcher(application)
    stopping = asyncio.create_task(stop.wait())
    while not stop.is_set():
        # while answers are in flight Telegram returns their updates at once (they
        # are not confirmed yet), so ask without waiting and pause below instead
        timeout = 0 if dispatcher.running else poll_timeout
        fetch = asyncio.create_task(
            fetch_updates(application, dispatcher.next_offset(), timeout, skip=dispatcher.known)
        )
        await asyncio.wait({fetch, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stop.is_set():
            fetch.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await fetch
            break
        try:
            updates = fetch.result()
        except RetryAfter as error:
            await asyncio.sleep(retry_after_seconds(error))
            continue
        except (TimedOut, NetworkError) as error:
            log.warning("getUpdates failed (%s); retrying", type(error).__name__)
            await asyncio.sleep(1.0)
            continue
        if not dispatcher.accept(updates) and dispatcher.running:
            # nothing new: wait for an answer to finish, or a moment for new messages
            await asyncio.wait(
                {*dispatcher.running.values(), stopping},
                timeout=POLL_WHILE_BUSY_SECONDS,
                return_when=asyncio.FIRST_COMPLETED,
            )
    stopping.cancel()
    await dispatcher.drain()
    # confirm what was answered, so the next start does not fetch it again
    with contextlib.suppress(TelegramError):
        await fetch_updates(application, dispatcher.next_offset(), 0)


async def fetch_updates(
    application: Application, offset: int | None, timeout: int, skip: set[int] | None = None
) -> list[Update]:
    """``getUpdates``, parsing each update on its own.

    python-telegram-bot parses a whole batch at once; one update it cannot parse
    (a newer Bot API field) fails the batch for ever and is logged with its
    contents. Here a malformed update is skipped and confirmed like the others.
    Updates in ``skip`` (already being answered) are not parsed again.
    """
    with warnings.catch_warnings():  # PTB suggests get_updates(), which we avoid on purpose
        warnings.simplefilter("ignore")
        request = application.bot.do_api_request(
            "get_updates",
            api_kwargs={"offset": offset, "timeout": timeout, "allowed_updates": ALLOWED_UPDATES},
            read_timeout=timeout + 10,
        )
    raw = await request
    updates: list[Update] = []
    for item in raw or []:
        if skip and item.get("update_id") in skip:
            continue
        try:
            update = Update.de_json(item, application.bot)
        except Exception:
            log.warning("skipped an update python-telegram-bot cannot parse (contents not logged)")
            update = _Unparsed(int(item.get("update_id", 0)))  # type: ignore[assignment]
        if update is not None:
            updates.append(update)
    return updates


@dataclass
class _Unparsed:
    """Stands in for an update we skip, so its id is still confirmed."""

    update_id: int
    effective_chat: None = None


async def serve(services: Services, stop: asyncio.Event | None = None) -> None:
    """Run the bot until SIGTERM/SIGINT (or ``stop``); finish in-flight replies first."""
    settings = services.settings
    store = open_store(settings)
    application = build_application(services, store, settings.api_base_url)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    async with application:
        await with_retries(lambda: application.bot.delete_webhook(drop_pending_updates=False))
        await register_commands(application)
        chores = asyncio.create_task(run_chores(runtime_of(application), stop))
        log.info("polling started")
        try:
            # returns after the updates in flight are answered and recorded, when stop is set
            await poll(application, stop)
        finally:
            stop.set()
            await chores
    store.close()
