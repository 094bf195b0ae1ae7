"""The hand-off's staff side: a message in a person's topic goes to that person only.

Who may speak for whom is decided here, and narrowly: only a message from a
member of the configured staff group, in a forum topic the bot opened for a
hand-off that is still open, is copied, and only to that hand-off's person.
Everything else in the group — the General topic, topics staff opened
themselves, joins, pins, "topic created" service messages, edits, button taps
— is ignored quietly. ``copyMessage`` carries no author, so the person never
sees which staff member answered. A message starting with ``#`` is a note for
colleagues; ``/close`` ends the hand-off.
"""

from __future__ import annotations

import logging
import time

from telegram import Message, Update
from telegram.error import BadRequest, Forbidden

from bot.edges.handoff import Handover
from bot.edges.runtime import guarded
from bot.edges.sending import with_retries

log = logging.getLogger("rightsbot.handoff")

#: What staff may send a person: text and these attachments (service messages carry none).
RELAYABLE = (
    "text",
    "photo",
    "document",
    "voice",
    "audio",
    "video",
    "video_note",
    "animation",
    "sticker",
    "location",
    "contact",
)
NOTE_MARK = "#"
CLOSE_COMMAND = "close"


async def staff_update(handover: Handover, update: Update) -> None:
    """Relay one staff-group update to its person, or ignore it on purpose."""
    message = update.message
    if message is None or message.from_user is None:
        return  # edits, taps, member updates: never relayed
    # an anonymous administrator writes as the group itself (via GroupAnonymousBot)
    as_group = message.sender_chat is not None and message.sender_chat.id == handover.staff_chat_id
    if message.from_user.is_bot and not as_group:
        return  # other bots, and our own notes: never relayed
    thread = message.message_thread_id if message.is_topic_message else None
    if thread is None:
        return  # the General topic, or a reply outside any topic
    handoff = guarded(lambda: handover.handoffs.by_thread(thread), None)
    if handoff is None or not handoff.is_open or handoff.chat_id is None:
        log.debug("staff message in a topic with no open hand-off: ignored")
        return
    if message.forum_topic_closed is not None:
        await handover.close(handoff, "staff", note=False)  # closed in Telegram's menu: as /close
        return
    words = (message.text or message.caption or "").strip()
    if words.startswith("/"):
        if _command(words, handover.bot.username) == CLOSE_COMMAND:
            await handover.close(handoff, "staff")
        return  # other commands are never sent to a person
    if words.startswith(NOTE_MARK) or not _relayable(message):
        return
    person = handoff.chat_id
    # recorded before the copy: after Telegram accepts it, only answer_once's
    # "processed" mark remains, so a crash can repeat a reply only in that instant
    if guarded(lambda: handover.handoffs.touch(handoff.id, staff=True), False):
        waited = time.time() - (handoff.connected_at or time.time())
        log.info("handoff %s first staff reply after %.0f s", handoff.id, waited)
    try:
        await with_retries(
            lambda: handover.bot.copy_message(
                chat_id=person,
                from_chat_id=handover.staff_chat_id,
                message_id=message.message_id,
            )
        )
    except (Forbidden, BadRequest) as error:
        log.info("handoff %s: reply not delivered (%s)", handoff.id, type(error).__name__)
        await handover.post_in_topic(
            handoff.topic, handover.desk.texts.staff_note(handover.desk.config, "undelivered")
        )
        return


def _command(words: str, bot_username: str | None) -> str | None:
    """``/close`` or ``/close@our_bot`` → ``close``; a command for another bot → None."""
    head = words[1:].split(maxsplit=1)[0] if len(words) > 1 else ""
    name, _, target = head.partition("@")
    if target and (not bot_username or target.lower() != bot_username.lower()):
        return None
    return name.lower()


def _relayable(message: Message) -> bool:
    return any(getattr(message, kind, None) for kind in RELAYABLE)
