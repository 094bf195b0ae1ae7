"""Telegram updates → conversation events, and replies → inline keyboards.

Pure mapping, no I/O: which updates the bot answers (private chats; commands
and mentions in groups), and how a reply's buttons become an inline keyboard.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType

from bot.conversation import commands
from bot.conversation.events import Command, Event, Location, Reply, Tap, Text, Unsupported

_MEDIA = (
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
)


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
            if group and not target and commands.canonical(name) is None:
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
    return Unsupported(media_kind(message))


def media_kind(message: Message) -> str:
    """The first kind of attachment a message carries, or ``other``."""
    for kind in _MEDIA:
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
