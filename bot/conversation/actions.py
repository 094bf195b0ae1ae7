"""Button actions as short strings, validated on the way back in.

Telegram sends ``callback_data`` back verbatim, and a client can forge it, so
parsing accepts only known verbs with known values and never raises.
Encoded actions stay far below Telegram's 64-byte limit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.settings import LANGUAGES

MAX_BYTES = 64
_VERBS = {
    "topic": "t",
    "more": "m",
    "lang": "l",
    "group": "g",
    "menu": "menu",
    "feedback": "f",
    "forget": "x",
}
_CODES = {code: verb for verb, code in _VERBS.items()}
_FEEDBACK = ("up", "down")


@dataclass(frozen=True)
class Action:
    verb: str
    value: str = ""
    extra: str = ""


def encode(verb: str, value: str = "", extra: str = "") -> str:
    """``encode("more", "deadline")`` → ``"m:deadline"``."""
    parts = [_VERBS[verb], *(p for p in (value, extra) if p)]
    data = ":".join(parts)
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def parse(data: str | None, topics: Iterable[str], groups: Iterable[str]) -> Action | None:
    """The action behind ``data``, or None when it is unknown, stale or forged."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    code, _, rest = data.partition(":")
    verb = _CODES.get(code)
    if verb is None:
        return None
    topics = set(topics)
    if verb == "menu":
        return Action("menu") if not rest else None
    if verb in ("topic", "more"):
        return Action(verb, rest) if rest in topics else None
    if verb == "lang":
        return Action(verb, rest) if rest in LANGUAGES else None
    if verb == "group":
        return Action(verb, rest) if rest in set(groups) else None
    if verb == "forget":
        return Action(verb, rest) if rest in ("yes", "no") else None
    if verb == "feedback":
        topic, _, vote = rest.partition(":")
        return Action(verb, topic, vote) if topic in topics and vote in _FEEDBACK else None
    return None
