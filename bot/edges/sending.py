"""Talking to the Bot API: one send, and the retry policy every call shares.

python-telegram-bot's ``AIORateLimiter`` retries nothing by default and never
a 5xx, and ``BadRequest`` subclasses ``NetworkError``: a naive "retry on
network error" would also retry a 400. Here a 400 or 403 is final, a 429 waits
``retry_after``, and timeouts, dropped connections and 5xx back off.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.conversation.events import Reply
from bot.edges.updates import keyboard

log = logging.getLogger("rightsbot.telegram")
T = TypeVar("T")
SEND_ATTEMPTS = 4


def retry_after_seconds(error: RetryAfter) -> float:
    """``retry_after`` is seconds, or a timedelta in newer python-telegram-bot releases."""
    wait = error.retry_after
    return wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)


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
            await asyncio.sleep(retry_after_seconds(error))
        except (TimedOut, NetworkError):
            if number == attempts:
                raise
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


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
