"""``rightsbot staff check`` against the fake Bot API, and the hand-offs in ``review stats``."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from bot.privacy.handoffs import Handoffs
from bot.privacy.store import Store
from bot.testing.fake_bot_api import FakeTelegram
from bot.testing.fake_forum import STAFF_CHAT_ID


def run(fake: FakeTelegram, *args: str, chat: int = STAFF_CHAT_ID):  # type: ignore[no-untyped-def]
    env = {
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RIGHTSBOT_STAFF_CHAT_ID": str(chat),
    }
    return CliRunner().invoke(main, list(args), env=env)


def test_staff_check_says_ready_when_the_bot_can_manage_topics(fake: FakeTelegram) -> None:
    result = run(fake, "staff", "check")
    assert result.exit_code == 0, result.output
    assert "the bot can manage topics" in result.output
    assert result.output.rstrip().endswith("the hand-off to staff is ready")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"group_is_forum": False}, "Topics are off"),
        ({"bot_rights": {"status": "member"}}, "not an administrator"),
        (
            {"bot_rights": {"status": "administrator", "can_manage_topics": False}},
            "'Manage topics'",
        ),
        ({"reachable_chats": set()}, "cannot reach chat"),
    ],
)
def test_staff_check_names_what_to_fix(fake: FakeTelegram, change: dict, expected: str) -> None:  # type: ignore[type-arg]
    for key, value in change.items():
        setattr(fake, key, value)
    result = run(fake, "staff", "check")
    assert result.exit_code == 1
    assert expected in result.output
    assert fake.token not in result.output


def test_staff_check_without_the_setting_says_so() -> None:
    result = CliRunner().invoke(main, ["staff", "check"], env={"RIGHTSBOT_STAFF_CHAT_ID": ""})
    assert result.exit_code == 1
    assert "RIGHTSBOT_STAFF_CHAT_ID is not set" in result.output


def test_review_stats_shows_handoffs_and_the_wait(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    store = Store(db)
    handoffs = Handoffs(store, b"secret")
    now = time.time()
    for number, wait in enumerate((5 * 60, 20 * 60, None)):
        handoff_id = handoffs.new_id()
        handoffs.open(handoff_id, f"p{number}", 100 + number, "es", 600 + number, now=now)
        if wait:
            handoffs.touch(handoff_id, staff=True, now=now + wait)
        handoffs.close(handoff_id, "staff", now=now + 3600)
    store.close()
    result = CliRunner().invoke(main, ["review", "stats"], env={"RIGHTSBOT_DB": str(db)})
    assert result.exit_code == 0, result.output
    table = result.output.split("Talk to a person")[1].splitlines()
    assert table[2].split() == [table[2].split()[0], "3", "2", "12", "min", "20", "min", "1", "0"]


def test_the_rate_limiter_keeps_relays_within_telegrams_group_limit(services) -> None:  # type: ignore[no-untyped-def]
    from bot.edges.runtime import build_application

    settings = services.settings.with_overrides(token="1:x", staff_chat_id=STAFF_CHAT_ID)
    import dataclasses

    app = build_application(dataclasses.replace(services, settings=settings), Store(":memory:"))
    limiter = app.bot.rate_limiter
    assert limiter is not None
    assert (limiter._group_max_rate, limiter._group_time_period) == (20, 60)


def test_staff_stats_as_json_and_review_stats_json_stays_one_array(tmp_path: Path) -> None:
    import json

    db = tmp_path / "bot.db"
    store = Store(db)
    handoffs = Handoffs(store, b"secret")
    handoff_id = handoffs.new_id()
    handoffs.open(handoff_id, "p", 100, "ht", 601, now=time.time() - 600)
    handoffs.touch(handoff_id, staff=True)
    store.close()
    env = {"RIGHTSBOT_DB": str(db)}
    (week,) = json.loads(CliRunner().invoke(main, ["staff", "stats", "--json"], env=env).output)
    assert week["handoffs"] == 1 and week["open"] == 1 and week["by_language"] == {"ht": 1}
    assert 9 <= week["median_wait_minutes"] <= 11
    review = CliRunner().invoke(main, ["review", "stats", "--json"], env=env)
    assert json.loads(review.output) == []
