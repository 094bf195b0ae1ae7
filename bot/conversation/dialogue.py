"""What to answer: an event and the user's state in, an :class:`Outcome` out.

It knows nothing of Telegram or terminals. Telegram, ``rightsbot chat`` and
``rightsbot ask`` all call :meth:`Conversation.handle`, so they can never
disagree about what the bot says. How each reply looks is
:mod:`bot.conversation.replies`' job.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from bot.content.library import Answer, Library
from bot.conversation import actions, commands
from bot.conversation.danger import mentions_danger
from bot.conversation.events import (
    Command,
    Event,
    Kind,
    Location,
    Outcome,
    Tap,
    Text,
    Unsupported,
    UserState,
)
from bot.conversation.replies import (
    BAD_BUTTON,
    EMERGENCY,
    LEGAL_HELP,
    MENU_GROUPS,
    NO_WORDS,
    UNKNOWN_COMMAND,
    UNSUPPORTED,
    Replies,
)
from bot.i18n import Catalogs
from bot.nlu import jurisdiction
from bot.nlu.classifier import OUT_OF_SCOPE, Classification
from bot.nlu.language import LanguageDetector
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES

#: Only this much of a very long message is classified; the rest adds noise, not meaning.
CLASSIFY_CHARS = 1000
#: A message this short that names a city is a request for help there.
CITY_WORDS = 6

Classify = Callable[[str], Classification]


class Conversation:
    """Turns events into outcomes using the NLU, the content and the replies."""

    def __init__(
        self,
        library: Callable[[], Library],
        classify: Classify,
        detector: LanguageDetector,
        catalogs: Catalogs,
        reviewed_only: bool = False,
    ) -> None:
        self._library = library
        self._classify = classify
        self._detector = detector
        self._reviewed_only = reviewed_only
        self.replies = Replies(library, catalogs)

    # -- entry point ---------------------------------------------------------------

    def handle(self, event: Event, state: UserState) -> Outcome:
        started = time.perf_counter()
        if isinstance(event, Text):
            outcome = self._on_text(event.text, state)
        elif isinstance(event, Tap):
            outcome = self._on_tap(event.data, state)
        elif isinstance(event, Command):
            outcome = self._on_command(event, state)
        elif isinstance(event, Location):
            outcome = self._on_location(event, state)
        else:
            outcome = self._on_unsupported(event, state)
        return replace(
            outcome,
            latency_ms=(time.perf_counter() - started) * 1000,
            content_version=self._library().version,
        )

    # -- text --------------------------------------------------------------------------

    def _on_text(self, text: str, state: UserState) -> Outcome:
        guess = self._detector.detect(text, prior=state.language)
        language = self._answer_language(guess.language, state)
        state = replace(state, language=state.language or language)
        if not any(ch.isalnum() for ch in text):
            return Outcome(
                [self.replies.nudge(language, NO_WORDS)],
                state,
                language=guess.language,
                answer_language=language,
                kind=Kind.NO_WORDS,
            )
        result = jurisdiction.route(text, self._classify(text[:CLASSIFY_CHARS]))
        if mentions_danger(text):
            return self._danger(text, result, language, state, guess.language)
        city = self._library().directory.find_city(text)
        base = {
            "language": guess.language,
            "answer_language": language,
            "topic": result.topic,
            "confidence": result.confidence,
            "alternatives": result.alternatives,
        }
        if city and (
            result.topic in (LEGAL_HELP, "comar_offices", OUT_OF_SCOPE)
            or result.unsure
            or len(text.split()) <= CITY_WORDS
        ):
            reply = self.replies.nearby(city.lat, city.lon, language, city.name)
            return Outcome([reply], state, kind=Kind.NEARBY, extra={"city": city.name}, **base)
        if result.unsure:
            reply = self.replies.did_you_mean(result, language)
            return Outcome([reply], state, kind=Kind.UNSURE, **base)
        if result.topic == OUT_OF_SCOPE:
            reply = self.replies.out_of_scope(language)
            return Outcome([reply], state, kind=Kind.OUT_OF_SCOPE, **base)
        return self._topic_outcome(result.topic, language, state, **base)

    def _danger(
        self, text: str, result: Classification, language: str, state: UserState, detected: str
    ) -> Outcome:
        """Danger first, always; a question about a legal topic still gets its answer.

        "They threatened me for who I am, can I get asylum?" names danger as the
        reason someone fled: the person gets the one-line 911 note first and then
        the protection answer. Danger with no such question gets the emergency
        answer alone.
        """
        asks = (
            not result.unsure
            and result.topic not in (OUT_OF_SCOPE, EMERGENCY)
            and self._library().catalogue.is_legal(result.topic)
        )
        if not asks:
            return self._topic_outcome(
                EMERGENCY,
                language,
                state,
                kind=Kind.DANGER,
                language=detected,
                topic=EMERGENCY,
                confidence=1.0,
            )
        answer = self._topic_outcome(
            result.topic,
            language,
            state,
            kind=Kind.DANGER,
            language=detected,
            topic=result.topic,
            confidence=result.confidence,
            alternatives=result.alternatives,
        )
        return replace(answer, replies=(self.replies.danger_note(language), *answer.replies))

    def _answer_language(self, detected: str, state: UserState) -> str:
        if detected in LANGUAGES:
            return detected
        return state.language if state.language in LANGUAGES else DEFAULT_LANGUAGE

    # -- taps ---------------------------------------------------------------------------

    def _on_tap(self, data: str, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        action = actions.parse(data, self._library().catalogue.all, tuple(MENU_GROUPS))
        simple = {"answer_language": language}
        if action is None:
            reply = self.replies.nudge(language, BAD_BUTTON)
            return Outcome([reply], state, kind=Kind.BAD_BUTTON, **simple)
        if action.verb == "topic":
            return self._topic_outcome(action.value, language, state, kind=Kind.TAP)
        if action.verb == "more":
            return self._more_outcome(action.value, language, state)
        if action.verb == "lang":
            state = replace(state, language=action.value)
            return self._topic_outcome("greet", action.value, state, kind=Kind.LANGUAGE)
        if action.verb == "group":
            reply = self.replies.group(action.value, language)
            return Outcome([reply], state, kind=Kind.MENU, **simple)
        if action.verb == "forget":
            if action.value == "yes":
                reply = self.replies.forgotten(language)
                return Outcome([reply], UserState(), kind=Kind.FORGET, **simple)
            reply = self.replies.kept(language)
            return Outcome([reply], state, kind=Kind.FORGET_CANCEL, **simple)
        if action.verb == "feedback":
            return Outcome(
                [self.replies.thanks_for_feedback(language)],
                state,
                answered_topic=action.value,
                kind=Kind.FEEDBACK,
                extra={"feedback": action.extra},
                **simple,
            )
        return Outcome([self.replies.menu(language)], state, kind=Kind.MENU, **simple)

    # -- commands -------------------------------------------------------------------------

    def _on_command(self, command: Command, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        name = commands.canonical(command.name)
        simple = {"answer_language": language}
        if name == "start":
            return self._start(command.argument, state)
        if name == "menu":
            return Outcome([self.replies.menu(language)], state, kind=Kind.MENU, **simple)
        if name == "language":
            reply = self.replies.language_picker(language)
            return Outcome([reply], state, kind=Kind.MENU, **simple)
        if name == "privacy":
            return Outcome([self.replies.privacy(language)], state, kind=Kind.PRIVACY, **simple)
        if name == "forget":
            reply = self.replies.forget_question(language)
            return Outcome([reply], state, kind=Kind.FORGET_ASK, **simple)
        if name == "help":
            return self._topic_outcome("help_menu", language, state, kind=Kind.HELP)
        if name == "about":
            return self._topic_outcome("bot_challenge", language, state, kind=Kind.ABOUT)
        reply = self.replies.nudge(language, UNKNOWN_COMMAND)
        return Outcome([reply], state, kind=Kind.UNKNOWN_COMMAND, **simple)

    def _start(self, argument: str, state: UserState) -> Outcome:
        """First contact, or a deep link from a poster: ``/start ht_deadline``."""
        language = state.language or DEFAULT_LANGUAGE
        code, _sep, topic = argument.partition("_")
        if code in LANGUAGES:
            language = code
        state = replace(state, language=language)
        greeting = self._topic_outcome("greet", language, state, kind=Kind.START)
        first = replace(greeting.replies[0], buttons=self.replies.language_picker(language).buttons)
        replies = [first, *greeting.replies[1:]]
        state = greeting.state
        if not state.seen_privacy:
            replies.append(self.replies.privacy(language))
            state = replace(state, seen_privacy=True)
        if topic and topic in self._library().catalogue.all:
            answer = self._topic_outcome(topic, language, state, kind=Kind.DEEP_LINK)
            replies.extend(answer.replies)
            return replace(
                greeting, replies=replies, state=answer.state, answered_topic=topic, topic=topic
            )
        return replace(greeting, replies=replies, state=state)

    # -- everything else ----------------------------------------------------------------------

    def _on_location(self, event: Location, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        city = self.replies.nearest_city(event.lat, event.lon)
        return Outcome(
            [self.replies.nearby(event.lat, event.lon, language, None)],
            state,
            answer_language=language,
            kind=Kind.NEARBY,
            extra={"city": city} if city else {},
        )

    def _on_unsupported(self, event: Unsupported, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        return Outcome(
            [self.replies.nudge(language, UNSUPPORTED)],
            state,
            answer_language=language,
            kind=Kind.UNSUPPORTED,
            extra={"media": event.kind},
        )

    # -- answers ---------------------------------------------------------------------------

    def _topic_outcome(
        self,
        topic: str,
        answer_in: str,
        state: UserState,
        /,
        kind: Kind = Kind.ANSWER,
        **logged: object,
    ) -> Outcome:
        """The answer to ``topic`` in ``answer_in``; ``logged`` overrides what the log records."""
        answer = self._library().answer(topic, answer_in)
        state = replace(state, last_topic=topic)
        logged.setdefault("answer_language", answer_in)
        if answer is None:  # the checker prevents this; never crash on it
            return Outcome([self.replies.out_of_scope(answer_in)], state, kind=kind, **logged)
        if self._withheld(answer):
            reply = self.replies.under_review(answer_in)
            return Outcome([reply], state, kind=kind, extra={"under_review": True}, **logged)
        logged.setdefault("topic", topic)
        logged.setdefault("confidence", 1.0)
        return Outcome(
            [self.replies.answer(answer, answer_in)],
            state,
            answered_topic=topic,
            kind=kind,
            **logged,  # type: ignore[arg-type]
        )

    def _more_outcome(self, topic: str, language: str, state: UserState) -> Outcome:
        answer = self._library().answer(topic, language)
        if answer is None or not answer.has_more or self._withheld(answer):
            return self._topic_outcome(topic, language, state, kind=Kind.TAP)
        return Outcome(
            self.replies.more(answer, language),
            replace(state, last_topic=topic),
            answer_language=language,
            topic=topic,
            confidence=1.0,
            answered_topic=topic,
            kind=Kind.MORE,
        )

    def _withheld(self, answer: Answer) -> bool:
        """Under RIGHTSBOT_REVIEWED_ONLY, a legal answer no lawyer signed off is not served."""
        return (
            self._reviewed_only
            and not answer.is_reviewed
            and self._library().catalogue.is_legal(answer.topic)
        )
