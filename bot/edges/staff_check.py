"""``rightsbot staff check``: can the bot reach the staff group and manage its topics?

A hand-off fails in front of a person if the group is wrong, has no Topics, or
the bot is not an administrator allowed to manage topics. Deployers run this
once after setting ``RIGHTSBOT_STAFF_CHAT_ID``; each finding is one line that
says what to fix in Telegram.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Bot, ChatMemberAdministrator
from telegram.constants import ChatType
from telegram.error import TelegramError


@dataclass(frozen=True)
class Finding:
    ok: bool
    text: str


async def check_staff_group(token: str, chat_id: int, base_url: str | None = None) -> list[Finding]:
    """Ask Telegram about the group and the bot's rights in it (getChat, getChatMember)."""
    kwargs = {}
    if base_url:
        kwargs = {"base_url": base_url, "base_file_url": base_url.replace("/bot", "/file/bot")}
    findings: list[Finding] = []
    async with Bot(token, **kwargs) as bot:
        try:
            chat = await bot.get_chat(chat_id)
        except TelegramError as error:
            return [
                Finding(
                    False,
                    f"cannot reach chat {chat_id} ({error.message}): check the id and add the "
                    "bot to the group",
                )
            ]
        findings.append(Finding(True, f"the bot can reach the group {chat.title or chat_id!r}"))
        findings.append(
            Finding(
                chat.type == ChatType.SUPERGROUP,
                "it is a supergroup"
                if chat.type == ChatType.SUPERGROUP
                else f"it is a {chat.type}, not a supergroup: turn on Topics to upgrade it",
            )
        )
        findings.append(
            Finding(
                bool(chat.is_forum),
                "Topics are on" if chat.is_forum else "Topics are off: Group settings → Topics",
            )
        )
        try:
            member = await bot.get_chat_member(chat_id, bot.id)
        except TelegramError as error:
            findings.append(Finding(False, f"cannot read the bot's rights ({error.message})"))
            return findings
        admin = isinstance(member, ChatMemberAdministrator)
        findings.append(
            Finding(
                admin,
                "the bot is an administrator (it receives every message)"
                if admin
                else "the bot is not an administrator: promote it, or it cannot see staff replies",
            )
        )
        topics = admin and bool(getattr(member, "can_manage_topics", False))
        findings.append(
            Finding(
                topics,
                "the bot can manage topics"
                if topics
                else "the bot cannot manage topics: give it the 'Manage topics' right",
            )
        )
    return findings
