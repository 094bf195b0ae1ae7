"""``t.me/<bot>?start=ht_deadline`` links: a poster in a shelter opens one answer.

Telegram allows 1-64 characters A-Z a-z 0-9 _ - in a start parameter; topic
ids and language codes fit, and ``conversation._start`` reads them back.
"""

from __future__ import annotations

import re

_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")
_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def deep_link(bot_username: str, language: str, topic: str) -> str:
    username = bot_username.lstrip("@")
    if not _USERNAME.match(username):
        raise ValueError(f"{bot_username!r} is not a Telegram bot username")
    payload = f"{language}_{topic}"
    if not _PAYLOAD.match(payload):
        raise ValueError(f"{payload!r} cannot be a Telegram start parameter")
    return f"https://t.me/{username}?start={payload}"
