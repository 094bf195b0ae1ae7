"""Forum topics, copies and the staff group, for the fake Bot API server.

Mixed into :class:`bot.testing.fake_bot_api.FakeTelegram`. Behaves as
Telegram does where the hand-off depends on it: a closed or deleted topic
answers 400, ``copyMessage`` returns only a message id and carries no
author, and ``getChat``/``getChatMember`` say whether the bot may manage
topics (both can be changed to test ``rightsbot staff check``).
"""

from __future__ import annotations

import itertools
import time
from typing import Any

STAFF_CHAT_ID = -1001234567890
STAFF_MEMBER = {
    "id": 7001,
    "is_bot": False,
    "first_name": "Staffname",
    "last_name": "Surname",
    "username": "staff_member_handle",
}
_MEDIA = ("photo", "document", "voice", "audio", "video", "sticker", "location", "contact")
_counter = itertools.count(900_000)


class TopicError(Exception):
    """Telegram's 400 for a topic that is closed, deleted or unknown."""


class ForumMixin:
    """The forum part of the fake server; state is per server instance."""

    sent: list[dict[str, Any]]
    _message_ids: Any

    def _init_forum(self) -> None:
        self.topics: dict[int, dict[str, Any]] = {}
        self.known: dict[tuple[int, int], dict[str, Any]] = {}
        self._thread_ids = itertools.count(501)
        #: what getChat says about a group, and what getChatMember says about the bot
        self.group_is_forum = True
        self.bot_rights: dict[str, Any] = {"status": "administrator", "can_manage_topics": True}
        self.reachable_chats: set[int] | None = None  # None: every negative id is a group

    def _record(self, record: dict[str, Any]) -> None:  # pragma: no cover - FakeTelegram's
        raise NotImplementedError

    def _remember(self, update: dict[str, Any]) -> None:
        """Keep pushed messages, so copyMessage knows what it copies."""
        message = update.get("message")
        if message:
            self.known[(int(message["chat"]["id"]), int(message["message_id"]))] = message

    def _check_thread(self, params: dict[str, Any]) -> int | None:
        raw = params.get("message_thread_id")
        if raw in (None, ""):
            return None
        thread = int(raw)
        topic = self.topics.get(thread)
        if topic is None or topic["deleted"]:
            raise TopicError("message thread not found")
        if topic["closed"]:
            raise TopicError("TOPIC_CLOSED")
        return thread

    # -- the Bot API ---------------------------------------------------------------------

    async def _api_createForumTopic(self, params: dict[str, Any]) -> dict[str, Any]:
        thread = next(self._thread_ids)
        self.topics[thread] = {
            "chat_id": int(params["chat_id"]),
            "name": str(params["name"]),
            "names": [str(params["name"])],
            "closed": False,
            "deleted": False,
        }
        return {"message_thread_id": thread, "name": params["name"], "icon_color": 7322096}

    def _topic(self, params: dict[str, Any]) -> dict[str, Any]:
        topic = self.topics.get(int(params["message_thread_id"]))
        if topic is None or topic["deleted"]:
            raise TopicError("message thread not found")
        return topic

    async def _api_editForumTopic(self, params: dict[str, Any]) -> bool:
        topic = self._topic(params)
        if params.get("name"):
            topic["name"] = str(params["name"])
            topic["names"].append(topic["name"])
        return True

    async def _api_closeForumTopic(self, params: dict[str, Any]) -> bool:
        topic = self._topic(params)
        if topic["closed"]:
            raise TopicError("TOPIC_NOT_MODIFIED")
        topic["closed"] = True
        return True

    async def _api_deleteForumTopic(self, params: dict[str, Any]) -> bool:
        self._topic(params)["deleted"] = True
        return True

    async def _api_copyMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        thread = self._check_thread(params)
        source = self.known.get((int(params["from_chat_id"]), int(params["message_id"])))
        if source is None:
            raise TopicError("message to copy not found")
        message_id = next(self._message_ids)
        record = {
            "chat_id": int(params["chat_id"]),
            "text": source.get("text") or source.get("caption") or "",
            "kind": next((k for k in _MEDIA if k in source), "text"),
            "copy_of": (int(params["from_chat_id"]), int(params["message_id"])),
            "parse_mode": None,
            "reply_markup": None,
            "message_id": message_id,
            "at": time.monotonic(),
        }
        if thread is not None:
            record["message_thread_id"] = thread
        self._record(record)
        return {"message_id": message_id}

    async def _api_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        if chat_id >= 0 or (
            self.reachable_chats is not None and chat_id not in self.reachable_chats
        ):
            raise TopicError("chat not found")
        return {
            "id": chat_id,
            "type": "supergroup",
            "title": "Staff",
            "is_forum": self.group_is_forum,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _api_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        await self._api_getChat(params)
        user = {"id": int(params["user_id"]), "is_bot": True, "first_name": "Rightsbot"}
        if self.bot_rights.get("status") != "administrator":
            return {"status": self.bot_rights.get("status", "member"), "user": user}
        flags = [
            "can_be_edited",
            "is_anonymous",
            "can_manage_chat",
            "can_delete_messages",
            "can_manage_video_chats",
            "can_restrict_members",
            "can_promote_members",
            "can_change_info",
            "can_invite_users",
            "can_post_stories",
            "can_edit_stories",
            "can_delete_stories",
            "can_pin_messages",
        ]
        member = {flag: False for flag in flags}
        member.update(self.bot_rights)
        member["user"] = user
        return member

    # -- looking at what happened -------------------------------------------------------

    def in_topic(self, thread_id: int) -> list[dict[str, Any]]:
        return [m for m in list(self.sent) if m.get("message_thread_id") == thread_id]

    def topic_named(self, fragment: str) -> int:
        """The thread id of the one topic whose name contains ``fragment``."""
        found = [t for t, topic in self.topics.items() if fragment in topic["name"]]
        assert len(found) == 1, (fragment, self.topics)
        return found[0]


# --- update factories ------------------------------------------------------------------------


def staff_message(
    thread_id: int | None,
    text: str | None = None,
    chat_id: int = STAFF_CHAT_ID,
    sender: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A message in the staff supergroup, in a topic unless ``thread_id`` is None."""
    body: dict[str, Any] = {
        "message_id": next(_counter),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "supergroup", "title": "Staff", "is_forum": True},
        "from": sender or STAFF_MEMBER,
    }
    if thread_id is not None:
        body["message_thread_id"] = thread_id
        body["is_topic_message"] = True
    if text is not None:
        body["text"] = text
        if text.startswith("/"):
            body["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
    body.update(extra)
    return {"message": body}
