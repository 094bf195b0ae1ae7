"""The conversation core: an event and the user's state in, replies out.

It knows nothing of Telegram or terminals. Telegram, ``rightsbot chat`` and
``rightsbot ask`` all call :meth:`Conversation.handle`, so they can never
disagree about what the bot says. Buttons are described by meaning
(``more:deadline``), and the edges decide how to show them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from bot import actions, telegram_html
from bot.classifier import OUT_OF_SCOPE, Classification
from bot.content import Answer, Library
from bot.danger import mentions_danger
from bot.directory import distance_km
from bot.i18n import N_, Catalogs
from bot.language import OTHER, LanguageDetector
from bot.settings import DEFAULT_LANGUAGE, LANGUAGES

#: Only this much of a very long message is classified; the rest adds noise, not meaning.
CLASSIFY_CHARS = 1000
LEGAL_HELP = "legal_help"
EMERGENCY = "emergency"
LANGUAGE_NAMES = {"es": "Español", "en": "English", "ht": "Kreyòl"}
MENU_GROUPS = {
    "apply": N_("Apply for asylum"),
    "waiting": N_("While you wait"),
    "decision": N_("If the answer is no / after"),
    "help": N_("Help near you"),
    "emergency": N_("Emergency"),
}


# --- events ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Tap:
    """A button press; ``data`` is untrusted and parsed by :mod:`bot.actions`."""

    data: str


@dataclass(frozen=True)
class Command:
    name: str
    argument: str = ""


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float


@dataclass(frozen=True)
class Unsupported:
    """Voice notes, photos, stickers and anything else that is not text."""

    kind: str


Event = Text | Tap | Command | Location | Unsupported


# --- replies and state ----------------------------------------------------------------


@dataclass(frozen=True)
class Button:
    label: str
    action: str


@dataclass(frozen=True)
class Reply:
    """One message: Telegram HTML and rows of buttons."""

    html: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class UserState:
    language: str | None = None
    last_topic: str | None = None
    seen_privacy: bool = False


@dataclass
class Outcome:
    """What to send, the new state, and what may be logged (nothing personal)."""

    replies: list[Reply]
    state: UserState
    language: str = OTHER
    answer_language: str = DEFAULT_LANGUAGE
    topic: str | None = None
    confidence: float = 0.0
    alternatives: tuple[str, ...] = ()
    answered_topic: str | None = None
    content_version: str = ""
    kind: str = "text"
    latency_ms: float = 0.0
    extra: dict[str, object] = field(default_factory=dict)


Classify = Callable[[str], Classification]


class Conversation:
    """Turns events into replies using the NLU, the content and the catalogs."""

    def __init__(
        self,
        library: Callable[[], Library],
        classify: Classify,
        detector: LanguageDetector,
        catalogs: Catalogs,
    ) -> None:
        self._library = library
        self._classify = classify
        self._detector = detector
        self._catalogs = catalogs
        self._rendered: dict[tuple[str, str, str, str], Reply] = {}

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
        outcome.latency_ms = (time.perf_counter() - started) * 1000
        outcome.content_version = self._library().version
        return outcome

    # -- text --------------------------------------------------------------------------

    def _on_text(self, text: str, state: UserState) -> Outcome:
        guess = self._detector.detect(text, prior=state.language)
        language = self._answer_language(guess.language, state)
        state = replace(state, language=state.language or language)
        if not any(ch.isalnum() for ch in text):
            return Outcome(
                [
                    self._nudge(
                        language,
                        N_("I read words best. Please write your question, or choose a topic:"),
                    )
                ],
                state,
                language=guess.language,
                answer_language=language,
                kind="no_words",
            )
        library = self._library()
        if mentions_danger(text):
            outcome = self._topic_outcome(EMERGENCY, language, state, kind="danger")
            outcome.language = guess.language
            outcome.topic = EMERGENCY
            outcome.confidence = 1.0
            return outcome
        result = self._classify(text[:CLASSIFY_CHARS])
        city = library.directory.find_city(text)
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
            or len(text.split()) <= 6
        ):
            replies = [self._nearby_reply(city.lat, city.lon, language, city.name)]
            return Outcome(replies, state, kind="nearby", extra={"city": city.name}, **base)
        if result.unsure:
            return Outcome([self._did_you_mean(result, language)], state, kind="unsure", **base)
        if result.topic == OUT_OF_SCOPE:
            return Outcome([self._out_of_scope(language)], state, kind="out_of_scope", **base)
        outcome = self._topic_outcome(result.topic, language, state)
        for key, value in base.items():
            setattr(outcome, key, value)
        return outcome

    def _answer_language(self, detected: str, state: UserState) -> str:
        if detected in LANGUAGES:
            return detected
        return state.language if state.language in LANGUAGES else DEFAULT_LANGUAGE

    # -- taps and commands -----------------------------------------------------------------

    def _on_tap(self, data: str, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        action = actions.parse(data, self._library().catalogue.all, tuple(MENU_GROUPS))
        if action is None:
            return Outcome(
                [self._nudge(language, N_("That button is no longer valid. Here is the menu:"))],
                state,
                answer_language=language,
                kind="bad_button",
            )
        if action.verb == "topic":
            return self._topic_outcome(action.value, language, state, kind="tap")
        if action.verb == "more":
            return self._more_outcome(action.value, language, state)
        if action.verb == "lang":
            state = replace(state, language=action.value)
            return self._topic_outcome("greet", action.value, state, kind="language")
        if action.verb == "group":
            return Outcome(
                [self._group(action.value, language)], state, answer_language=language, kind="menu"
            )
        if action.verb == "menu":
            return Outcome([self._menu(language)], state, answer_language=language, kind="menu")
        if action.verb == "forget":
            _ = self._catalogs.translator(language).gettext
            if action.value == "yes":
                done = _("Done: everything this bot kept about you has been erased.")
                return Outcome(
                    [Reply(telegram_html.escape(done))],
                    UserState(),
                    answer_language=language,
                    kind="forget",
                )
            kept = _("Nothing was erased.")
            return Outcome(
                [Reply(telegram_html.escape(kept), self._menu(language).buttons)],
                state,
                answer_language=language,
                kind="forget_cancel",
            )
        if action.verb == "feedback":
            _ = self._catalogs.translator(language).gettext
            return Outcome(
                [Reply(telegram_html.escape(_("Thank you. Your answer helps us improve.")))],
                state,
                answer_language=language,
                answered_topic=action.value,
                kind="feedback",
                extra={"feedback": action.extra},
            )
        return Outcome([self._menu(language)], state, answer_language=language, kind="menu")

    def _on_command(self, command: Command, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        name = command.name.lower()
        if name == "menu":
            return Outcome([self._menu(language)], state, answer_language=language, kind="menu")
        if name in ("language", "idioma", "lang"):
            return Outcome(
                [self._language_picker(language)], state, answer_language=language, kind="menu"
            )
        if name == "start":
            return self._start(command.argument, state)
        if name == "privacy":
            return Outcome(
                [self._privacy(language)], state, answer_language=language, kind="privacy"
            )
        if name == "forget":
            _ = self._catalogs.translator(language).gettext
            question = _(
                "Erase everything this bot keeps about you (your language and your "
                "anonymised questions)? This cannot be undone."
            )
            buttons = (
                (
                    Button(_("Yes, erase"), actions.encode("forget", "yes")),
                    Button(_("No, keep"), actions.encode("forget", "no")),
                ),
            )
            return Outcome(
                [Reply(telegram_html.escape(question), buttons)],
                state,
                answer_language=language,
                kind="forget_ask",
            )
        if name == "help":
            return self._topic_outcome("help_menu", language, state, kind="help")
        if name == "about":
            return self._topic_outcome("bot_challenge", language, state, kind="about")
        return Outcome(
            [self._nudge(language, N_("I do not know that command. Here is the menu:"))],
            state,
            answer_language=language,
            kind="unknown_command",
        )

    def _start(self, argument: str, state: UserState) -> Outcome:
        """First contact, or a deep link from a poster: ``/start ht_deadline``."""
        language = state.language or DEFAULT_LANGUAGE
        code, _sep, topic = argument.partition("_")
        if code in LANGUAGES:
            language = code
        state = replace(state, language=language)
        outcome = self._topic_outcome("greet", language, state, kind="start")
        outcome.replies[0] = Reply(outcome.replies[0].html, self._language_picker(language).buttons)
        if not state.seen_privacy:
            outcome.replies.append(self._privacy(language))
            outcome.state = replace(outcome.state, seen_privacy=True)
        if topic and topic in self._library().catalogue.all:
            answer = self._topic_outcome(topic, language, outcome.state, kind="deep_link")
            outcome.replies.extend(answer.replies)
            outcome.answered_topic = topic
            outcome.topic = topic
        return outcome

    def _privacy(self, language: str) -> Reply:
        _ = self._catalogs.translator(language).gettext
        text = _(
            "Privacy: I do not keep your name, username or phone number. I keep your "
            "language choice, and your questions without personal details (anonymised) "
            "for up to 90 days, to improve the answers. Write /forget at any time to "
            "erase your data."
        )
        return Reply(telegram_html.escape(text))

    def _on_location(self, event: Location, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        cities = self._library().directory.cities
        nearest = min(
            cities, key=lambda c: distance_km(event.lat, event.lon, c.lat, c.lon), default=None
        )
        return Outcome(
            [self._nearby_reply(event.lat, event.lon, language, None)],
            state,
            answer_language=language,
            kind="nearby",
            extra={"city": nearest.name} if nearest else {},
        )

    def _on_unsupported(self, event: Unsupported, state: UserState) -> Outcome:
        language = state.language or DEFAULT_LANGUAGE
        message = N_(
            "I can only read text messages. Please write your question in a few words, "
            "or choose a topic:"
        )
        return Outcome(
            [self._nudge(language, message)],
            state,
            answer_language=language,
            kind=f"unsupported:{event.kind}",
        )

    # -- building replies --------------------------------------------------------------------

    def _topic_outcome(
        self, topic: str, language: str, state: UserState, kind: str = "answer"
    ) -> Outcome:
        library = self._library()
        answer = library.answer(topic, language)
        state = replace(state, last_topic=topic)
        if answer is None:  # the checker prevents this; never crash on it
            return Outcome(
                [self._out_of_scope(language)], state, answer_language=language, kind=kind
            )
        reply = self.answer_reply(answer, language)
        return Outcome(
            [reply],
            state,
            answer_language=language,
            topic=topic,
            confidence=1.0,
            answered_topic=topic,
            kind=kind,
        )

    def _more_outcome(self, topic: str, language: str, state: UserState) -> Outcome:
        answer = self._library().answer(topic, language)
        if answer is None or not answer.has_more:
            return self._topic_outcome(topic, language, state, kind="tap")
        blocks = telegram_html.render_blocks(answer.more)
        blocks.append(self._footer(answer, language))
        messages = telegram_html.split_message(blocks)
        replies = [Reply(text) for text in messages[:-1]]
        replies.append(Reply(messages[-1], self._answer_buttons(answer, language, more=False)))
        return Outcome(
            replies,
            replace(state, last_topic=topic),
            answer_language=language,
            topic=topic,
            confidence=1.0,
            answered_topic=topic,
            kind="more",
        )

    def answer_reply(self, answer: Answer, language: str) -> Reply:
        """The first message for a topic: short answer, footer, buttons (cached per content version)."""
        key = (self._library().version, answer.topic, answer.language, language)
        reply = self._rendered.get(key)
        if reply is None:
            if len(self._rendered) > 512:
                self._rendered.clear()
            reply = self._rendered[key] = self._render_answer(answer, language)
        return reply

    def _render_answer(self, answer: Answer, language: str) -> Reply:
        blocks = telegram_html.render_blocks(answer.short)
        if self._library().catalogue.is_legal(answer.topic):
            blocks.append(self._footer(answer, language))
        text = telegram_html.split_message(blocks)[0]
        buttons = self._answer_buttons(answer, language, more=answer.has_more)
        if answer.topic in ("greet", "help_menu"):
            buttons = self._menu(language).buttons
        elif answer.topic == "change_language":
            buttons = self._language_picker(language).buttons
        return Reply(text, buttons)

    def _footer(self, answer: Answer, language: str) -> str:
        _ = self._catalogs.translator(language).gettext
        date = self._catalogs.long_date(answer.reviewed_on, language)
        note = _("Information, not legal advice. For free legal help, tap “Talk to a person”.")
        reviewed = _("Last reviewed: {date}").format(date=date)
        return f"<i>ℹ️ {telegram_html.escape(note)} {telegram_html.escape(reviewed)}</i>"

    def _answer_buttons(
        self, answer: Answer, language: str, more: bool
    ) -> tuple[tuple[Button, ...], ...]:
        library = self._library()
        if not library.catalogue.is_legal(answer.topic):
            return ()
        _ = self._catalogs.translator(language).gettext
        rows: list[tuple[Button, ...]] = []
        if more:
            rows.append((Button(_("More details"), actions.encode("more", answer.topic)),))
        for topic in answer.related[:3]:
            rows.append((Button(library.title(topic, language), actions.encode("topic", topic)),))
        if answer.topic != LEGAL_HELP:
            rows.append((Button(_("Talk to a person"), actions.encode("topic", LEGAL_HELP)),))
        rows.append(
            (
                Button("👍", actions.encode("feedback", answer.topic, "up")),
                Button("👎", actions.encode("feedback", answer.topic, "down")),
                Button(_("Menu"), actions.encode("menu")),
            )
        )
        return tuple(rows)

    def _did_you_mean(self, result: Classification, language: str) -> Reply:
        _ = self._catalogs.translator(language).gettext
        library = self._library()
        rows = [
            (Button(library.title(topic, language), actions.encode("topic", topic)),)
            for topic in result.alternatives
        ]
        rows.append((Button(_("Something else"), actions.encode("menu")),))
        return Reply(
            telegram_html.escape(_("I am not sure I understood. Did you mean:")), tuple(rows)
        )

    def _out_of_scope(self, language: str) -> Reply:
        message = N_(
            "I can only help with asylum and refugee rights in Mexico: how to apply, "
            "deadlines, documents, your rights while you wait, what to do after a decision, "
            "and where to find free help. Choose a topic or write your question:"
        )
        return self._nudge(language, message)

    def _nudge(self, language: str, message: str) -> Reply:
        _ = self._catalogs.translator(language).gettext
        return Reply(telegram_html.escape(_(message)), self._menu(language).buttons)

    def _menu(self, language: str) -> Reply:
        _ = self._catalogs.translator(language).gettext
        rows = [
            (Button(_(label), actions.encode("group", group)),)
            for group, label in MENU_GROUPS.items()
            if group in self._library().catalogue.menu
        ]
        return Reply(telegram_html.escape(_("What do you need? Choose a topic:")), tuple(rows))

    def _group(self, group: str, language: str) -> Reply:
        _ = self._catalogs.translator(language).gettext
        library = self._library()
        rows = [
            (Button(library.title(topic, language), actions.encode("topic", topic)),)
            for topic in library.catalogue.menu.get(group, ())
        ]
        rows.append((Button(_("Back to the menu"), actions.encode("menu")),))
        title = _(MENU_GROUPS.get(group, "Menu"))
        return Reply(f"<b>{telegram_html.escape(title)}</b>", tuple(rows))

    def _language_picker(self, language: str) -> Reply:
        _ = self._catalogs.translator(language).gettext
        row = tuple(
            Button(name, actions.encode("lang", code)) for code, name in LANGUAGE_NAMES.items()
        )
        return Reply(telegram_html.escape(_("Choose your language:")), (row,))

    def _nearby_reply(self, lat: float, lon: float, language: str, city: str | None) -> Reply:
        _ = self._catalogs.translator(language).gettext
        library = self._library()
        found = library.directory.nearest(lat, lon, limit=5)
        esc = telegram_html.escape
        title = _("Help near {city}").format(city=city) if city else _("Help near you")
        lines = [f"<b>{esc(title)}</b>"]
        for item in found:
            place = item.place
            where = ", ".join(x for x in (place.city, place.state) if x)
            distance = _("{km} km").format(km=_round_km(item.km))
            entry = [f"• <b>{esc(place.name)}</b> — {esc(where)} ({esc(distance)})"]
            entry.append(f"  {esc(place.services.get(language) or place.services.get('es', ''))}")
            if place.address:
                entry.append(f"  📍 {esc(place.address)}")
            if place.phone:
                entry.append(f"  📞 {esc(place.phone)}")
            if place.website:
                entry.append(f'  🌐 <a href="{esc(place.website)}">{esc(place.website)}</a>')
            lines.append("\n".join(entry))
        lines.append(
            esc(_("In danger, call 911. Addresses and phone numbers change: call before you go."))
        )
        text = telegram_html.split_message(lines)[0]
        buttons = (
            (Button(_("Talk to a person"), actions.encode("topic", LEGAL_HELP)),),
            (Button(_("Menu"), actions.encode("menu")),),
        )
        return Reply(text, buttons)


def _round_km(km: float) -> int:
    if km < 10:
        return max(1, round(km))
    return int(round(km, -1)) if km < 1000 else int(round(km, -2))
