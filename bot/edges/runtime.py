"""One runtime for both transports: what turns an update into a reply.

Polling and webhook differ only in how updates arrive. Everything else — the
guarded store calls, exactly-once bookkeeping, flood control, retries, the
commands menu and the chores — lives here and in :mod:`bot.edges.chores`, so
the two cannot drift apart again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from telegram import BotCommand, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder
from telegram.request import HTTPXRequest

from bot.conversation import commands
from bot.conversation.events import Kind, Outcome, UserState
from bot.edges.sending import send, with_retries
from bot.edges.updates import event_for
from bot.privacy.records import log_record, pseudonym
from bot.privacy.store import Store
from bot.services import Services
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES, Settings

if TYPE_CHECKING:
    from bot.edges.handoff import Handover

log = logging.getLogger("rightsbot.telegram")
T = TypeVar("T")

#: Flood control: at most this many messages per user in the window.
FLOOD_MESSAGES = 8
FLOOD_WINDOW_SECONDS = 10.0


@dataclass
class Runtime:
    """What handlers need, carried in the application's bot_data (not globals)."""

    services: Services
    store: Store
    secret: bytes
    recent: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    warned: set[str] = field(default_factory=set)
    #: updates being answered now: a relay waiting out the group rate limit can
    #: outlast Telegram's webhook timeout, and the re-delivery must not run twice
    in_flight: set[int] = field(default_factory=set)
    #: the hand-off to staff; None without RIGHTSBOT_STAFF_CHAT_ID
    handover: Handover | None = None


def open_store(settings: Settings) -> Store:
    """The database both transports write (a seam for the fault tests)."""
    return Store(settings.database)


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
    runtime = Runtime(services, store, settings.secret())
    if settings.staff_chat_id is not None:
        from bot.edges.handoff import Handover

        runtime.handover = Handover.build(application.bot, services, store, runtime.secret)
    application.bot_data["runtime"] = runtime
    return application


def runtime_of(application: Application) -> Runtime:
    return application.bot_data["runtime"]


def guarded(call: Callable[[], T], fallback: T) -> T:
    """Run a store call; a locked or full database must not stop the answer."""
    try:
        return call()
    except sqlite3.Error as error:
        log.error("database unavailable (%s): answering without it", type(error).__name__)
        return fallback


async def answer_once(update: Update, application: Application) -> None:
    """Answer an update unless it was answered before, then record it as answered.

    Both transports call this: Telegram re-delivers what was not confirmed
    (polling) or not acknowledged (webhook), and a locked database degrades to
    answering rather than to silence.
    """
    runtime = runtime_of(application)
    store = runtime.store
    if update.update_id in runtime.in_flight:
        return  # a webhook re-delivery while the first is still waiting (e.g. on a 429)
    if guarded(lambda: store.is_processed(update.update_id), False):
        return
    runtime.in_flight.add(update.update_id)
    try:
        await handle_update(update, application)
    except Exception:  # one bad update must not stop the others
        log.exception("error while handling an update (contents not logged)")
    finally:
        runtime.in_flight.discard(update.update_id)
    guarded(lambda: store.mark_processed(update.update_id), None)


async def handle_update(update: Update, application: Application) -> None:
    """Answer one update completely; exceptions are logged without personal data."""
    runtime = runtime_of(application)
    bot = application.bot
    user = update.effective_user
    chat = update.effective_chat
    if update.callback_query is not None:
        with contextlib.suppress(BadRequest, TimedOut, NetworkError):
            await update.callback_query.answer()
    handover = runtime.handover
    if handover is not None and chat is not None and chat.id == handover.staff_chat_id:
        from bot.edges.staff_relay import staff_update

        await staff_update(handover, update)  # staff's side: never answered by the dialogue
        return
    event = event_for(update, bot.username)
    if event is None or user is None or chat is None:
        return
    who = pseudonym(user.id, runtime.secret)
    state = guarded(lambda: runtime.store.load_state(who), UserState())
    if state.language is None:
        code = (user.language_code or "").split("-")[0]
        state = UserState(language=code if code in LANGUAGES else DEFAULT_LANGUAGE)
    if chat.type != ChatType.PRIVATE:
        handover = None  # a hand-off is a private conversation
    if handover is not None and await handover.person_update(update, event, who, state, chat.id):
        return  # relayed to staff, or a consent turn: its text is never stored
    replies = runtime.services.conversation.replies
    if _flooding(runtime, who):
        if who not in runtime.warned:
            runtime.warned.add(who)
            await send(bot, chat.id, replies.flooding(state.language or DEFAULT_LANGUAGE))
        return
    runtime.warned.discard(who)
    if runtime.services.settings.fault_delay_ms:
        await asyncio.sleep(runtime.services.settings.fault_delay_ms / 1000)
    loop = asyncio.get_running_loop()
    outcome: Outcome = await loop.run_in_executor(
        None, runtime.services.conversation.handle, event, state
    )
    if handover is not None:
        outcome = handover.after_answer(event, outcome)
    if outcome.kind is Kind.FORGET:
        if handover is not None:
            await handover.forget(who)
        if guarded(lambda: runtime.store.forget(who), None) is None:
            failed = replies.erase_failed(state.language or DEFAULT_LANGUAGE)
            outcome = replace(outcome, replies=(failed,))
    else:
        guarded(lambda: runtime.store.save_state(who, outcome.state), None)
        guarded(lambda: runtime.store.log(log_record(who, event, outcome)), None)
    for reply in outcome.replies:
        if not await send(bot, chat.id, reply):
            break
    log.info(
        "answered kind=%s topic=%s ms=%.0f",
        outcome.kind.value,
        outcome.answered_topic,
        outcome.latency_ms,
    )


def _flooding(runtime: Runtime, who: str) -> bool:
    now = time.monotonic()
    window = runtime.recent[who]
    while window and now - window[0] > FLOOD_WINDOW_SECONDS:
        window.popleft()
    window.append(now)
    return len(window) > FLOOD_MESSAGES


async def register_commands(application: Application) -> None:
    """``setMyCommands`` once per language, and Spanish as the default for everyone else."""
    runtime = runtime_of(application)
    catalogs = runtime.services.catalogs

    def menu(language: str) -> list[BotCommand]:
        _ = catalogs.translator(language).gettext
        listed = [
            BotCommand(spec.name, _(spec.description or spec.name))
            for spec in commands.menu_commands()
        ]
        if runtime.handover is not None:  # /human is listed only when a person can answer
            listed.insert(1, BotCommand("human", runtime.handover.desk.texts.talk_label(language)))
        return listed

    for language in LANGUAGES:
        await with_retries(
            lambda language=language: application.bot.set_my_commands(
                menu(language), language_code=language
            )
        )
    await with_retries(lambda: application.bot.set_my_commands(menu(DEFAULT_LANGUAGE)))
