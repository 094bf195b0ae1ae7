"""The conversation core, as a user meets it through any edge (Telegram, terminal, ask)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.content.telegram_html import validate
from bot.conversation.events import Command, Location, Tap, Text, Unsupported, UserState

pytestmark = pytest.mark.model


def actions_of(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [button.action for row in reply.buttons for button in row]


@pytest.mark.parametrize(
    ("text", "language", "topic", "marker"),
    [
        ("cuanto tiempo tengo pa pedir refugio", "es", "deadline", "30"),
        (
            "how many days do i have to ask for asylum, is there a time limit",
            "en",
            "deadline",
            "30",
        ),
        ("konbyen tan m genyen pou m mande refij", "ht", "deadline", "30"),
        ("la comar me nego el refugio, que puedo hacer", "es", "negative_decision", "15"),
    ],
)
def test_answers_in_the_language_of_the_message(services, text, language, topic, marker) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Text(text), UserState(language="es"))
    assert outcome.answer_language == language
    assert outcome.topic == topic
    reply = outcome.replies[0]
    assert marker in reply.html
    assert validate(reply.html) == []
    assert f"m:{topic}" in actions_of(reply)  # "more details"
    assert "t:legal_help" in actions_of(reply)  # talk to a person
    assert f"f:{topic}:up" in actions_of(reply)


def test_disclaimer_ends_every_legal_answer_without_a_date_for_drafts(services) -> None:  # type: ignore[no-untyped-def]
    for language, words in [
        ("es", "no asesoría legal"),
        ("en", "not legal advice"),
        ("ht", "pa konsèy legal"),
    ]:
        outcome = services.conversation.handle(Tap("t:deadline"), UserState(language=language))
        html = outcome.replies[0].html
        footer = html.rsplit("\n", 1)[-1]
        assert words in footer
        assert "2026" not in footer  # still a draft: no "reviewed" date


def test_danger_gets_the_emergency_answer_first(services) -> None:  # type: ignore[no-untyped-def]
    for text in [
        "me quieren matar ayudenme",
        "some men are chasing me",
        "yo vle touye m, m an danje",
    ]:
        outcome = services.conversation.handle(Text(text), UserState())
        assert outcome.topic == "emergency", text
        assert "911" in outcome.replies[0].html


def test_city_in_text_lists_help_nearby(services) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Text("estoy en Tapachula"), UserState(language="es"))
    assert outcome.kind == "nearby"
    html = outcome.replies[0].html
    assert "Tapachula" in html and "km" in html
    assert validate(html) == []


def test_shared_location_lists_help_nearby(services) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Location(32.52, -117.03), UserState(language="en"))
    assert "Tijuana" in outcome.replies[0].html


def test_out_of_scope_offers_the_menu_not_a_legal_answer(services) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(
        Text("cual es la mejor receta de tacos al pastor"), UserState()
    )
    assert outcome.topic == "out_of_scope"
    assert outcome.answered_topic is None
    assert any(action.startswith("g:") for action in actions_of(outcome.replies[0]))


def test_more_and_menus(services) -> None:  # type: ignore[no-untyped-def]
    conversation = services.conversation
    more = conversation.handle(Tap("m:expanded_definition"), UserState(language="ht"))
    assert more.kind == "more" and all(validate(r.html) == [] for r in more.replies)
    menu = conversation.handle(Command("menu"), UserState(language="en"))
    groups = actions_of(menu.replies[0])
    assert groups == ["g:apply", "g:waiting", "g:decision", "g:help", "g:emergency"]
    group = conversation.handle(Tap("g:apply"), UserState(language="en"))
    assert "t:how_to_apply" in actions_of(group.replies[0])


def test_language_switch_persists_in_state(services) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Tap("l:ht"), UserState(language="es"))
    assert outcome.state.language == "ht"
    assert outcome.answer_language == "ht"


@pytest.mark.parametrize(
    "event", [Unsupported("voice"), Text("👍🙏"), Tap("t:forged"), Tap("x" * 300), Command("hack")]
)
def test_anything_else_gets_a_kind_reply(services, event) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(event, UserState(language="ht"))
    assert outcome.replies and outcome.answer_language == "ht"
    assert validate(outcome.replies[0].html) == []
    assert outcome.replies[0].buttons  # a way forward: the menu


def test_user_text_is_never_rendered_as_html(services) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Text("<b>hola</b> estoy en <i>Tijuana</i>"), UserState())
    for reply in outcome.replies:
        assert "<b>hola</b>" not in reply.html and validate(reply.html) == []


hostile = st.one_of(
    st.text(max_size=600),
    st.lists(
        st.sampled_from(
            ["<b>", "</i>", "](javascript:alert(1))", "\u200b", "\u202e", "&", "🙏", "hola", " "]
        ),
        max_size=60,
    ).map("".join),
    st.just("x" * 4096),
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=hostile, language=st.sampled_from([None, "es", "en", "ht"]))
def test_fuzzed_messages_always_get_valid_replies(
    services, text: str, language: str | None
) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Text(text), UserState(language=language))
    assert outcome.replies
    for reply in outcome.replies:
        assert validate(reply.html) == []
        assert "<b>" not in text or text not in reply.html
        assert "javascript:" not in reply.html.split('href="')[-1][:20]
        for row in reply.buttons:
            for button in row:
                assert len(button.action.encode()) <= 64


@pytest.mark.parametrize(
    ("text", "language", "topic"),
    [
        (
            "me quieren matar por ser gay en mi pais, puedo pedir refugio en mexico?",
            "es",
            "gender_lgbti",
        ),
        (
            "the gang wants to kill me back home for being trans, can I get asylum in Mexico?",
            "en",
            "gender_lgbti",
        ),
        ("yo vle touye m nan peyi m paske m masisi, eske m ka mande azil?", "ht", "gender_lgbti"),
    ],
)
def test_danger_with_a_question_gets_911_first_then_the_answer(
    services, text, language, topic
) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Text(text), UserState(language=language))
    assert outcome.topic == topic
    note, answer = outcome.replies[0].html, outcome.replies[1].html
    assert "911" in note and len(note.split()) <= 16
    assert "911" not in answer.split("ℹ️")[0][:40]  # the topic's own answer, not the emergency one
    assert f"m:{topic}" in actions_of(outcome.replies[1])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("me quieren matar ayuda", "es"),
        ("they want to kill me help", "en"),
        ("yo vle touye m", "ht"),
    ],
)
def test_immediate_danger_alone_gets_the_emergency_answer(services, text, language) -> None:  # type: ignore[no-untyped-def]
    outcome = services.conversation.handle(Text(text), UserState(language=language))
    assert outcome.topic == "emergency"
    assert len(outcome.replies) == 1
    assert outcome.replies[0].html.index("911") < 40


def test_reviewed_only_serves_signed_off_answers_and_the_help_route_otherwise(services) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from bot.conversation.dialogue import Conversation

    library = services.content.library
    signed = dict(library.answers)
    signed[("deadline", "en")] = dataclasses.replace(signed[("deadline", "en")], status="reviewed")
    content = dataclasses.replace(library, answers=signed)
    strict = Conversation(
        lambda: content,
        services.classifier.parse,
        services.detector,
        services.catalogs,
        reviewed_only=True,
    )
    served = strict.handle(Tap("t:deadline"), UserState(language="en"))
    assert "30" in served.replies[0].html
    withheld = strict.handle(Tap("t:how_to_apply"), UserState(language="en"))
    text = withheld.replies[0].html
    assert "help.unhcr.org/mexico" in text and "911" in text
    assert "g:help" in actions_of(withheld.replies[0])
    more = strict.handle(Tap("m:how_to_apply"), UserState(language="en"))
    assert "help.unhcr.org/mexico" in more.replies[0].html
    greeting = strict.handle(Command("start"), UserState(language="en"))
    assert "Rightsbot" in greeting.replies[0].html  # conversation topics need no sign-off
