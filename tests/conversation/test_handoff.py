"""The hand-off's decisions and texts, without Telegram: consent, hours, relays, danger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.content.handoff import HandoffFile, load_handoff
from bot.conversation.events import Command, Kind, Tap, Text, Unsupported, UserState
from bot.conversation.handoff import Desk, Step
from bot.settings import project_root

HANDOFF_YML = project_root() / "content" / "handoff.yml"
CITY = dt.timezone(dt.timedelta(hours=-6))  # America/Mexico_City, no daylight saving
MONDAY_NOON = dt.datetime(2026, 12, 7, 12, 0, tzinfo=CITY)
SATURDAY = dt.datetime(2026, 12, 5, 20, 0, tzinfo=CITY)


@pytest.fixture(scope="module")
def desk(services) -> Desk:  # type: ignore[no-untyped-def]
    config = HandoffFile(HANDOFF_YML)
    return Desk(
        services.conversation,
        lambda: services.content.library,
        services.catalogs,
        lambda: config.config,
    )


def test_the_office_hours_know_when_staff_are_back() -> None:
    problems: list = []  # type: ignore[type-arg]
    config = load_handoff(HANDOFF_YML, project_root(), problems)
    assert config is not None and not problems
    assert config.hours.is_open(MONDAY_NOON)
    assert not config.hours.is_open(SATURDAY)
    back = config.hours.next_opening(SATURDAY)
    assert (back.weekday(), back.hour, back.minute) == (0, 9, 0)


@pytest.mark.parametrize("language", ["es", "en", "ht"])
@pytest.mark.model
def test_consent_says_who_reads_what_is_hidden_hours_and_wait(desk: Desk, language: str) -> None:
    config = desk.config
    open_now = desk.consent(language, MONDAY_NOON)
    assert [b.action for row in open_now.buttons for b in row] == ["h:yes", "h:no"]
    assert config.hours_text[language] in open_now.html
    assert config.expected_wait[language] in open_now.html
    assert config.who_reads[language][1:] in open_now.html
    closed = desk.consent(language, SATURDAY)
    assert len(closed.html) > len(open_now.html) and "09:00" in closed.html


@pytest.mark.model
def test_a_handoff_relays_text_and_media_but_commands_and_buttons_still_work(desk: Desk) -> None:
    state = UserState(language="es")
    assert desk.decide(Text("hola"), state, active=False) is None
    relay = desk.decide(Text("tengo una carta"), state, active=True)
    assert relay is not None and relay.step is Step.RELAY and not relay.replies
    assert desk.decide(Unsupported("voice"), state, active=True).step is Step.RELAY  # type: ignore[union-attr]
    assert desk.decide(Command("menu"), state, active=True) is None
    assert desk.decide(Tap("t:deadline"), state, active=True) is None
    danger = desk.decide(Text("me quieren matar"), state, active=True)
    assert danger is not None and danger.danger and "911" in danger.replies[0].html


@pytest.mark.model
def test_requests_and_forged_taps(desk: Desk) -> None:
    state = UserState(language="en")
    assert desk.decide(Command("human"), state, active=False).step is Step.CONSENT  # type: ignore[union-attr]
    assert desk.decide(Tap("h:yes"), state, active=True).step is Step.ALREADY  # type: ignore[union-attr]
    assert desk.decide(Command("stop"), state, active=True).step is Step.STOP  # type: ignore[union-attr]
    assert desk.decide(Tap("h:stop"), state, active=False).step is Step.NOT_CONNECTED  # type: ignore[union-attr]
    for forged in ("h:", "h:yes:1", "h:drop", "h:" + "y" * 80):
        assert desk.decide(Tap(forged), state, active=False) is None  # the dialogue refuses it


@pytest.mark.model
def test_talk_to_a_person_sits_beside_legal_help_and_follows_a_lawyer_question(
    services, desk: Desk
) -> None:  # type: ignore[no-untyped-def]
    state = UserState(language="es")
    question = Text("cuanto tiempo tengo para pedir refugio")
    answer = desk.after_answer(question, services.conversation.handle(question, state))
    rows = [[(b.action, b.label) for b in row] for row in answer.replies[0].buttons]
    assert [("t:legal_help", "Ayuda legal gratis"), ("h:ask", "Hablar con una persona")] in rows
    lawyer = Text("necesito un abogado gratis")
    outcome = desk.after_answer(lawyer, services.conversation.handle(lawyer, state))
    assert outcome.answered_topic == "legal_help" and outcome.kind is Kind.ANSWER
    assert [b.action for b in outcome.replies[-1].buttons[0]] == ["h:yes", "h:no"]
    privacy = desk.after_answer(
        Command("privacy"), services.conversation.handle(Command("privacy"), state)
    )
    assert len(privacy.replies) == 2 and "/forget" in privacy.replies[1].html


@pytest.mark.model
def test_without_a_staff_group_nothing_changes(services) -> None:  # type: ignore[no-untyped-def]
    state = UserState(language="es")
    conversation = services.conversation
    answer = conversation.handle(Text("necesito un abogado gratis"), state)
    assert all(
        not b.action.startswith("h:") for r in answer.replies for row in r.buttons for b in row
    )
    assert conversation.handle(Tap("h:ask"), state).kind is Kind.BAD_BUTTON
    assert conversation.handle(Command("human"), state).kind is Kind.UNKNOWN_COMMAND


def test_a_broken_handoff_file_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "content" / "handoff.yml"
    path.parent.mkdir()
    text = HANDOFF_YML.read_text("utf-8").replace("staff_language: es", "staff_language: fr")
    path.write_text(text.replace('open: "09:00"', 'open: "19:00"'), "utf-8")
    problems: list = []  # type: ignore[type-arg]
    assert load_handoff(path, tmp_path, problems) is None
    lines = {line.split(":")[0]: n for n, line in enumerate(text.splitlines(), 1) if ":" in line}
    messages = [str(p) for p in problems]
    assert f"content/handoff.yml:{lines['staff_language']}: staff_language" in "\n".join(messages)
    assert f"content/handoff.yml:{lines['hours']}: hours" in "\n".join(messages)
