"""Button data: short, and forged or stale data is refused without an exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.conversation import actions

TOPICS = ("deadline", "legal_help", "emergency")
GROUPS = ("apply", "help")


def test_round_trip() -> None:
    for verb, value, extra in [
        ("topic", "deadline", ""),
        ("more", "legal_help", ""),
        ("lang", "ht", ""),
        ("group", "apply", ""),
        ("menu", "", ""),
        ("feedback", "deadline", "down"),
    ]:
        data = actions.encode(verb, value, extra)
        assert len(data.encode()) <= 64
        assert actions.parse(data, TOPICS, GROUPS) == actions.Action(verb, value, extra)


def test_forged_and_stale_data_is_refused() -> None:
    for data in [
        "",
        "t:",
        "t:unknown",
        "l:fr",
        "g:nope",
        "f:deadline:maybe",
        "x:deadline",
        "menu:1",
        "t:" + "a" * 80,
        None,
    ]:
        assert actions.parse(data, TOPICS, GROUPS) is None


@given(st.text(max_size=200))
def test_parse_never_raises(data: str) -> None:
    result = actions.parse(data, TOPICS, GROUPS)
    assert result is None or result.verb in {"topic", "more", "lang", "group", "menu", "feedback"}
