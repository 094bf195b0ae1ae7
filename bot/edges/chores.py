"""The background work every running bot does, whatever its transport.

- content reload: volunteers' edits go live within seconds; a broken file
  keeps the last good content (see :mod:`bot.content.live`);
- retention: logged messages older than ``RIGHTSBOT_RETENTION_DAYS`` are
  deleted at start and then daily;
- pruning: answered update ids older than a week are forgotten daily;
- hand-offs to staff (when configured): a person waiting long for a first
  reply is told where else to find help, and a topic idle for days is closed.

Polling and webhook both start :func:`run_chores`, so neither can forget one
(webhook mode once never purged, although the docs said it did).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from bot.edges.runtime import Runtime, guarded

log = logging.getLogger("rightsbot.chores")

RELOAD_EVERY_SECONDS = 5.0
PURGE_EVERY_SECONDS = 86400.0
#: How often open hand-offs are checked for a long wait or a long silence.
HANDOFF_SWEEP_SECONDS = 30.0


def purge(runtime: Runtime) -> int:
    """Delete old logs and prune answered update ids; a locked database skips a round."""
    days = runtime.services.settings.retention_days
    removed = guarded(lambda: runtime.store.purge(days), 0)
    guarded(runtime.store.prune_processed, None)
    log.info("retention: %d log row(s) older than %s days removed", removed, days)
    return removed


def reload_content(runtime: Runtime) -> None:
    try:
        runtime.services.content.refresh()
    except Exception:  # a chore must never stop the bot
        log.exception("content reload failed; keeping the last good content")


async def run_chores(runtime: Runtime, stop: asyncio.Event) -> None:
    """Purge at once and then daily, reload content every few seconds, until ``stop``.

    The chores run on the event loop's thread, like every other store call, so
    the one SQLite connection is never used from two threads at once.
    """
    last_purge = last_sweep = time.monotonic()
    purge(runtime)
    while not stop.is_set():
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=RELOAD_EVERY_SECONDS)
        if stop.is_set():
            break
        reload_content(runtime)
        if time.monotonic() - last_purge >= PURGE_EVERY_SECONDS:
            purge(runtime)
            last_purge = time.monotonic()
        if runtime.handover and time.monotonic() - last_sweep >= HANDOFF_SWEEP_SECONDS:
            await sweep_handoffs(runtime)
            last_sweep = time.monotonic()


async def sweep_handoffs(runtime: Runtime) -> None:
    """Hand-offs: tell people who wait long where else to find help; close idle topics."""
    if runtime.handover is None:
        return
    try:
        await runtime.handover.sweep()
    except Exception:  # a chore must never stop the bot
        log.exception("hand-off sweep failed; trying again next round")
