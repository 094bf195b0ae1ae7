"""The Telegram edge: updates in, conversation replies out, nothing legal in here.

Handlers are small and flat: read the update, turn it into a conversation
event, send the replies. What is special about Telegram lives here and only
here: inline keyboards, callback queries, commands per language, groups,
Telegram's limits and errors.

Exactly-once delivery: we poll ``getUpdates`` ourselves and confirm a batch to
Telegram (the next ``offset``) only after every update in it was handled. A
process killed mid-batch gets the same updates again on restart, and the ids
already answered (kept in the store, no personal data) are skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sqlite3
import time
import warnings
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from bot import telegram_html
from bot.conversation import (
    Command,
    Event,
    Location,
    Outcome,
    Reply,
    Tap,
    Text,
    Unsupported,
    UserState,
)
from bot.i18n import N_
from bot.privacy import log_record, pseudonym
from bot.services import Services
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES
from bot.store import Store

log = logging.getLogger("rightsbot.telegram")
T = TypeVar("T")

#: Commands shown in Telegram's menu; descriptions are translated in locales/.
COMMANDS = (
    ("menu", N_("Topics")),
    ("language", N_("Change language")),
    ("help", N_("How to use this bot")),
    ("privacy", N_("What we keep")),
    ("forget", N_("Erase my data")),
    ("about", N_("About this bot")),
)
_KNOWN_COMMANDS = {
    "start",
    "menu",
    "language",
    "idioma",
    "lang",
    "help",
    "privacy",
    "forget",
    "about",
}
#: Flood control: at most this many messages per user in the window.
FLOOD_MESSAGES = 8
FLOOD_WINDOW_SECONDS = 10.0
SEND_ATTEMPTS = 4
#: While answers are in flight, look for new messages this often.
POLL_WHILE_BUSY_SECONDS = 0.05


@dataclass
class Runtime:
    """What handlers need, carried in the application's bot_data (not globals)."""

    services: Services
    store: Store
    secret: bytes
    recent: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    warned: set[str] = field(default_factory=set)


def build_application(services: Services, store: Store, base_url: str | None = None) -> Application:
    """One place wires the app: the request settings, the rate limiter, no updater."""
    settings = services.settings
    assert settings.token, "build_application needs a token"
    request = HTTPXRequest(
        connection_pool_size=16, connect_timeout=10, read_timeout=20, write_timeout=20
    )
    polling_request = HTTPXRequest(connection_pool_size=2, connect_timeout=10, read_timeout=40)
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .request(request)
        .get_updates_request(polling_request)
        .updater(None)
    )
    if settings.rate_limit:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    if base_url:
        builder = builder.base_url(base_url).base_file_url(base_url.replace("/bot", "/file/bot"))
    application = builder.build()
    application.bot_data["runtime"] = Runtime(services, store, settings.secret())
    return application


# --- turning updates into events ------------------------------------------------------------


def event_for(update: Update, bot_username: str | None) -> Event | None:
    """The conversation event for an update, or None to ignore it on purpose."""
    if update.callback_query is not None:
        return Tap(update.callback_query.data or "")
    message = update.message
    if message is None:
        # edited messages, channel posts, polls answers, member updates: ignored on purpose
        return None
    group = message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
    if message.text is not None:
        text = message.text.strip()
        if text.startswith("/"):
            head, _, argument = text[1:].partition(" ")
            name, _, target = head.partition("@")
            if group and target and bot_username and target.lower() != bot_username.lower():
                return None
            if group and not target and name.lower() not in _KNOWN_COMMANDS:
                return None
            return Command(name, argument.strip())
        if group:
            mention = f"@{bot_username}".lower() if bot_username else None
            if not mention or mention not in text.lower():
                return None  # in groups we answer commands and mentions only
            text = text.replace(f"@{bot_username}", "").strip()
        return Text(text)
    if group:
        return None
    if message.location is not None:
        return Location(message.location.latitude, message.location.longitude)
    return Unsupported(_media_kind(message))


def _media_kind(message: Message) -> str:
    for kind in (
        "voice",
        "audio",
        "photo",
        "sticker",
        "video",
        "video_note",
        "animation",
        "document",
        "contact",
        "poll",
        "venue",
        "dice",
        "game",
    ):
        if getattr(message, kind, None):
            return kind
    return "other"


def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(b.label, callback_data=b.action) for b in row]
            for row in reply.buttons
        ]
    )


# --- handling --------------------------------------------------------------------------------------


async def handle_update(update: Update, application: Application) -> None:
    """Answer one update completely; exceptions are logged without personal data."""
    runtime: Runtime = application.bot_data["runtime"]
    bot = application.bot
    user = update.effective_user
    chat = update.effective_chat
    if update.callback_query is not None:
        with contextlib.suppress(BadRequest, TimedOut, NetworkError):
            await update.callback_query.answer()
    event = event_for(update, bot.username)
    if event is None or user is None or chat is None:
        return
    who = pseudonym(user.id, runtime.secret)
    state = _stored(lambda: runtime.store.load_state(who), UserState())
    if state.language is None:
        code = (user.language_code or "").split("-")[0]
        state = UserState(language=code if code in LANGUAGES else DEFAULT_LANGUAGE)
    if _flooding(runtime, who):
        if who not in runtime.warned:
            runtime.warned.add(who)
            _ = runtime.services.catalogs.translator(state.language or DEFAULT_LANGUAGE).gettext
            text = _("You are sending many messages. Please wait a moment.")
            await send(bot, chat.id, Reply(telegram_html.escape(text)))
        return
    runtime.warned.discard(who)
    if runtime.services.settings.fault_delay_ms:
        await asyncio.sleep(runtime.services.settings.fault_delay_ms / 1000)
    loop = asyncio.get_running_loop()
    outcome: Outcome = await loop.run_in_executor(
        None, runtime.services.conversation.handle, event, state
    )
    if outcome.kind == "forget":
        if _stored(lambda: runtime.store.forget(who), None) is None:
            # never say "erased" when the database refused: ask to try again
            _ = runtime.services.catalogs.translator(state.language or DEFAULT_LANGUAGE).gettext
            text = _(
                "Sorry, I could not erase your data right now. Please send /forget again later."
            )
            outcome.replies = [Reply(telegram_html.escape(text))]
    else:
        _stored(lambda: runtime.store.save_state(who, outcome.state), None)
        _stored(lambda: runtime.store.log(log_record(who, event, outcome)), None)
    for reply in outcome.replies:
        if not await send(bot, chat.id, reply):
            break
    log.info(
        "answered kind=%s topic=%s ms=%.0f",
        outcome.kind,
        outcome.answered_topic,
        outcome.latency_ms,
    )


def _retry_after_seconds(error: RetryAfter) -> float:
    """``retry_after`` is seconds, or a timedelta in newer python-telegram-bot releases."""
    wait = error.retry_after
    return wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)


def _stored(call: Callable[[], T], fallback: T) -> T:
    """Run a store call; a locked or full database must not stop the answer."""
    try:
        return call()
    except sqlite3.Error as error:
        log.error("database unavailable (%s): answering without it", type(error).__name__)
        return fallback


def _flooding(runtime: Runtime, who: str) -> bool:
    now = time.monotonic()
    window = runtime.recent[who]
    while window and now - window[0] > FLOOD_WINDOW_SECONDS:
        window.popleft()
    window.append(now)
    return len(window) > FLOOD_MESSAGES


async def send(bot: Any, chat_id: int, reply: Reply) -> bool:
    """Send one reply. Retries timeouts, network errors and 5xx; never a 400 or a 403."""

    async def attempt() -> Any:
        return await bot.send_message(
            chat_id=chat_id,
            text=reply.html,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard(reply),
            disable_web_page_preview=True,
        )

    try:
        await with_retries(attempt)
        return True
    except Forbidden:
        log.info("user blocked the bot; not retrying")
    except BadRequest as error:
        log.error("Telegram rejected a reply: %s", error.message)
    except NetworkError as error:
        log.error("reply not delivered after %d attempts: %s", SEND_ATTEMPTS, type(error).__name__)
    return False


async def with_retries(call: Callable[[], Awaitable[T]], attempts: int = SEND_ATTEMPTS) -> T:
    """Retry transient failures with backoff. ``BadRequest`` subclasses NetworkError: never retried."""
    delay = 0.5
    for number in range(1, attempts + 1):
        try:
            return await call()
        except (BadRequest, Forbidden):
            raise
        except RetryAfter as error:
            if number == attempts:
                raise
            await asyncio.sleep(_retry_after_seconds(error))
        except (TimedOut, NetworkError):
            if number == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


# --- running ---------------------------------------------------------------------------------------


async def register_commands(application: Application) -> None:
    """``setMyCommands`` once per language, and Spanish as the default for everyone else."""
    catalogs = application.bot_data["runtime"].services.catalogs

    def commands(language: str) -> list[BotCommand]:
        _ = catalogs.translator(language).gettext
        return [BotCommand(name, _(description)) for name, description in COMMANDS]

    for language in LANGUAGES:
        await with_retries(
            lambda language=language: application.bot.set_my_commands(
                commands(language), language_code=language
            )
        )
    await with_retries(lambda: application.bot.set_my_commands(commands(DEFAULT_LANGUAGE)))


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
        self.store: Store = application.bot_data["runtime"].store
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
            if _stored(lambda update_id=update_id: self.store.is_processed(update_id), False):
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
        try:
            if not isinstance(update, _Unparsed):
                await handle_update(update, self.application)
        except Exception:  # one bad update must not stop the others
            log.exception("error while handling an update (contents not logged)")
        _stored(lambda: self.store.mark_processed(update.update_id), None)

    async def drain(self) -> None:
        """Wait for every update in flight (SIGTERM: finish replies, then exit)."""
        while self.running:
            await asyncio.wait(set(self.running.values()))


async def poll(application: Application, stop: asyncio.Event, poll_timeout: int = 25) -> None:
    """Long polling with confirm-after-answering (see :class:`Dispatcher`)."""
    runtime: Runtime = application.bot_data["runtime"]
    dispatcher = Dispatcher(application)
    reload_every = 5.0
    last_reload = time.monotonic()
    purge_every = 86400.0
    last_purge = time.monotonic() - purge_every  # purge once at start, then daily
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
            await asyncio.sleep(_retry_after_seconds(error))
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
        if time.monotonic() - last_purge > purge_every:
            removed = _stored(runtime.store.purge, 0)
            _stored(runtime.store.prune_processed, None)
            log.info("retention: %d old log rows removed", removed)
            last_purge = time.monotonic()
        if time.monotonic() - last_reload > reload_every:
            runtime.services.content.refresh()
            last_reload = time.monotonic()
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
            api_kwargs={
                "offset": offset,
                "timeout": timeout,
                "allowed_updates": ["message", "callback_query", "edited_message", "channel_post"],
            },
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
    store = Store(settings.database)
    application = build_application(services, store, settings.api_base_url)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signum, stop.set)
    async with application:
        await with_retries(lambda: application.bot.delete_webhook(drop_pending_updates=False))
        await register_commands(application)
        log.info("polling started")
        # returns after the batch in flight (answers sent, ids recorded) when stop is set
        await poll(application, stop)
    store.close()


def run_bot(services: Services, webhook_url: str | None, listen: str, port: int) -> None:
    """Entry point for ``rightsbot run``."""
    if webhook_url:
        from bot.telegram_webhook import run_webhook

        run_webhook(services, webhook_url, listen, port)
        return
    asyncio.run(serve(services))
