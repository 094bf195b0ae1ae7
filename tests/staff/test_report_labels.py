"""The managers' report names topics by the labels volunteers chose, not by ids."""

from __future__ import annotations

from bot.conversation.events import Outcome, Text, UserState
from bot.privacy.records import log_record
from bot.privacy.store import Store
from bot.staff.report import render


def test_report_shows_topic_labels() -> None:
    store = Store(":memory:")
    outcome = Outcome([], UserState(), topic="deadline", answered_topic="deadline")
    store.log(log_record("p1", Text("cuanto tiempo tengo"), outcome))
    page = render(store, labels={"deadline": "Time limit to apply"})
    assert "Time limit to apply" in page
    assert ">deadline<" not in page
