"""Talking to a person: when the bot steps aside, and what it says when it does.

Pure decisions, no Telegram: an event, the person's state and whether a
hand-off is open go in; a :class:`Decision` comes out (say this, open a
topic, pass this message on, close). The edge does the I/O
(:mod:`bot.edges.handoff`). Keeping the decisions here means the consent
text, the danger check during a hand-off and the buttons are tested without
a network, and the dialogue itself is untouched: without
``RIGHTSBOT_STAFF_CHAT_ID`` there is no desk and the bot behaves as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from bot.content.handoff import HandoffConfig
from bot.content.library import Library
from bot.conversation.danger import mentions_danger
from bot.conversation.dialogue import Conversation
from bot.conversation.events import (
    Button,
    Command,
    Event,
    Kind,
    Location,
    Outcome,
    Reply,
    Tap,
    Text,
    Unsupported,
    UserState,
)
from bot.conversation.handoff_texts import PREFIX, HandoffTexts
from bot.conversation.replies import EMERGENCY, LEGAL_HELP
from bot.i18n import Catalogs
from bot.settings import DEFAULT_LANGUAGE

#: Answers after which a person who wrote to the bot is offered a person.
OFFER_AFTER = (LEGAL_HELP, "bot_challenge")
#: ``/human`` and its translations ask for a person; ``/stop`` ends a hand-off.
ASK_COMMANDS = ("human", "humano", "persona", "moun")
STOP_COMMANDS = ("stop", "parar", "fin", "kanpe")
_TAPS = ("ask", "yes", "no", "stop", "wait")


class Step(str, Enum):
    """What the edge must do; the value is what the logs record."""

    CONSENT = "consent"  # show the consent question
    CONNECT = "connect"  # open a topic, post the card, then send the replies
    DECLINE = "decline"
    ALREADY = "already"
    STOP = "stop"  # close, tell the person and the topic
    WAIT = "wait"
    NOT_CONNECTED = "not_connected"
    RELAY = "relay"  # copy the message into the person's topic


@dataclass(frozen=True)
class Decision:
    step: Step
    language: str
    replies: tuple[Reply, ...] = ()
    #: the message spoke of danger now: the replies hold the emergency answer
    danger: bool = False


class Desk:
    """Decides the hand-off's turns; ``None`` means "the dialogue answers as usual"."""

    def __init__(
        self,
        conversation: Conversation,
        library: Callable[[], Library],
        catalogs: Catalogs,
        config: Callable[[], HandoffConfig],
    ) -> None:
        self._conversation = conversation
        self._library = library
        self._config = config
        self.texts = HandoffTexts(library, catalogs)

    @property
    def config(self) -> HandoffConfig:
        return self._config()

    def decide(
        self, event: Event, state: UserState, active: bool, now: dt.datetime | None = None
    ) -> Decision | None:
        language = state.language or DEFAULT_LANGUAGE
        request = _request(event)
        if request is not None:
            return self._on_request(request, language, active, now)
        if not active or isinstance(event, Tap | Command):
            return None  # buttons and commands keep working during a hand-off
        if isinstance(event, Text) and mentions_danger(event.text):
            # the emergency answer only (no classifier: it must not wait, and the
            # question itself is for staff now)
            return Decision(Step.RELAY, language, (self._emergency(language),), danger=True)
        if isinstance(event, Location):
            # staff see where the person is, and the person gets the help nearby at once
            nearby = self._conversation.handle(event, state)  # no classifier on this path
            return Decision(Step.RELAY, language, nearby.replies, danger=False)
        if isinstance(event, Text | Unsupported):
            return Decision(Step.RELAY, language)
        return None

    def _emergency(self, language: str) -> Reply:
        replies = self._conversation.replies
        answer = self._library().answer(EMERGENCY, language)
        if answer is None:  # the checker prevents this; never stay silent about danger
            return Reply("911")
        return replies.answer(answer, language)

    def _on_request(
        self, request: str, language: str, active: bool, now: dt.datetime | None
    ) -> Decision:
        texts = self.texts
        menu = self._conversation.replies.menu(language)
        if request == "ask":
            if active:
                return Decision(Step.ALREADY, language, (texts.already(language),))
            return Decision(Step.CONSENT, language, (self.consent(language, now),))
        if request == "yes":
            if active:
                return Decision(Step.ALREADY, language, (texts.already(language),))
            return Decision(Step.CONNECT, language, (texts.connected(language),))
        if request == "no":
            return Decision(Step.DECLINE, language, (texts.declined(language, menu),))
        if not active:
            return Decision(Step.NOT_CONNECTED, language, (texts.not_connected(language, menu),))
        if request == "wait":
            return Decision(Step.WAIT, language, (texts.keep_waiting(language),))
        return Decision(Step.STOP, language, (texts.closed(language, "person"),))

    def consent(self, language: str, now: dt.datetime | None = None) -> Reply:
        return self.texts.consent(language, self.config, now or dt.datetime.now(dt.timezone.utc))

    def after_answer(self, event: Event, outcome: Outcome) -> Outcome:
        """Offer a person where the bot offers legal help, and after "I need a lawyer"."""
        language = outcome.answer_language or DEFAULT_LANGUAGE
        talk = self.texts.talk_button(language)
        legal_title = self.texts.legal_help_title(language)
        replies = [_with_talk_button(reply, talk, legal_title) for reply in outcome.replies]
        if outcome.kind is Kind.PRIVACY:
            replies.append(self.texts.privacy_note(language))
        wrote = isinstance(event, Text) and outcome.kind is Kind.ANSWER
        if wrote and outcome.answered_topic in OFFER_AFTER:
            replies.append(self.consent(language))
        elif outcome.answered_topic == LEGAL_HELP and replies and replies[-1].buttons:
            last = replies[-1]
            rows = (*last.buttons[:-1], (talk,), last.buttons[-1])
            replies[-1] = replace(last, buttons=rows)
        return replace(outcome, replies=tuple(replies))


def _request(event: Event) -> str | None:
    """The hand-off request an event makes (``ask``, ``yes``…), or None.

    Taps are untrusted: only the five known values count; anything else under
    ``h:`` goes to the dialogue, which answers "that button is no longer valid".
    """
    if isinstance(event, Tap) and event.data.startswith(PREFIX):
        value = event.data[len(PREFIX) :]
        return value if value in _TAPS else None
    if isinstance(event, Command):
        name = event.name.lower()
        if name in ASK_COMMANDS:
            return "ask"
        if name in STOP_COMMANDS:
            return "stop"
    return None


def _with_talk_button(reply: Reply, talk: Button, legal_title: str) -> Reply:
    """Put "Talk to a person" beside every button that opens the legal-help topic.

    That button is labelled for what it opens (the topic's title, "Free legal
    help"), so two buttons never share the label "Talk to a person".
    """
    legal = f"t:{LEGAL_HELP}"
    if not any(b.action == legal for row in reply.buttons for b in row):
        return reply

    def relabel(button: Button) -> Button:
        if button.action == legal and button.label == talk.label:
            return replace(button, label=legal_title)
        return button

    rows = tuple(
        (*(relabel(b) for b in row), talk) if any(b.action == legal for b in row) else row
        for row in reply.buttons
    )
    return replace(reply, buttons=rows)
