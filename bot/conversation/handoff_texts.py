"""Every sentence of the hand-off to staff: what the person reads, and what staff read.

Kept in the conversation layer (gettext, English msgids) like every other
interface string, so volunteers translate them in ``locales/`` and the edges
that open topics and copy messages never hold a word of their own. The facts
that change with staffing (office hours, the wait, who reads) come from
``content/handoff.yml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from bot.content import telegram_html
from bot.content.handoff import HandoffConfig
from bot.content.library import Library
from bot.conversation import actions
from bot.conversation.events import Button, Reply
from bot.conversation.replies import LEGAL_HELP, LEGAL_HELP_BUTTON
from bot.i18n import N_, Catalogs

#: The callback prefix of the hand-off's buttons (``h:yes``); kept apart from
#: :mod:`bot.conversation.actions` so the dialogue's parser stays as it was.
PREFIX = "h:"
TALK = N_("Talk to a person")
_ESC = telegram_html.escape


class HandoffTexts:
    """Renders the hand-off's replies in a person's language and its notes for staff."""

    def __init__(self, library: Callable[[], Library], catalogs: Catalogs) -> None:
        self._library = library
        self._catalogs = catalogs

    def _(self, language: str) -> Callable[[str], str]:
        return self._catalogs.translator(language).gettext

    def _plain(self, language: str, message: str, buttons: tuple = ()) -> Reply:  # type: ignore[type-arg]
        return Reply(_ESC(self._(language)(message)), buttons)

    def talk_label(self, language: str) -> str:
        return self._(language)(TALK)

    def talk_button(self, language: str) -> Button:
        return Button(self.talk_label(language), PREFIX + "ask")

    def _menu_row(self, language: str) -> tuple[Button, ...]:
        return (Button(self._(language)("Menu"), actions.encode("menu")),)

    # -- asking ------------------------------------------------------------------------

    def consent(self, language: str, config: HandoffConfig, now: dt.datetime) -> Reply:
        """Who reads, what they do not see, the hours and the wait; then Yes / No."""
        _ = self._(language)
        lines = [
            _(
                "Do you want to write to a person? {who} will read your messages and "
                "answer you here in Telegram."
            ).format(who=_capital(config.who_reads[language])),
            _(
                "They do not see your Telegram name, username or phone number: only "
                "what you write or send in this chat while you are connected, and the "
                "topics you asked me about."
            ),
            _("Office hours: {hours}. Usual wait for an answer: {wait}.").format(
                hours=config.hours_text[language], wait=config.expected_wait[language]
            ),
        ]
        if not config.hours.is_open(now):
            back = config.hours.next_opening(now)
            when = f"{self._catalogs.long_date(back.date(), language)}, {back:%H:%M}"
            lines.append(
                _(
                    "The office is closed now. Staff will be back on {when}. You can "
                    "leave your message now and they will answer then."
                ).format(when=when)
            )
        buttons = (
            (
                Button(_("Yes, connect me"), PREFIX + "yes"),
                Button(_("No, thanks"), PREFIX + "no"),
            ),
        )
        return Reply("\n\n".join(_ESC(line) for line in lines), buttons)

    def connected(self, language: str) -> Reply:
        return self._plain(
            language,
            N_(
                "You are connected. Write your message here: a person from our team will "
                "read it and answer in this chat. You can also send photos, documents and "
                "voice notes. To end the conversation, send /stop. In danger, call 911."
            ),
        )

    def already(self, language: str) -> Reply:
        return self._plain(
            language,
            N_(
                "You are already connected with a person. Write your message here, or "
                "send /stop to end the conversation."
            ),
        )

    def declined(self, language: str, menu: Reply) -> Reply:
        return self._plain(
            language,
            N_("All right. You can ask for a person at any time with /human."),
            menu.buttons,
        )

    def not_connected(self, language: str, menu: Reply) -> Reply:
        return self._plain(
            language, N_("You are not connected with a person right now."), menu.buttons
        )

    def unavailable(self, language: str) -> Reply:
        """Telegram refused to open a topic: never leave the person waiting on nothing."""
        return self._plain(
            language,
            N_("Sorry, I cannot reach our team right now. Please try again later, or see:"),
            (self._legal_help_row(language), self._menu_row(language)),
        )

    def privacy_note(self, language: str) -> Reply:
        """What ``/privacy`` adds when a hand-off to staff is possible."""
        return self._plain(
            language,
            N_(
                "If you ask to talk to a person: the organisation's staff read what you "
                "send in that conversation, in a private Telegram group. They do not see "
                "your name, username or phone number. The bot does not store what you "
                "write to them, only when the conversation started and ended. /forget also "
                "ends it and deletes it from the staff group."
            ),
        )

    # -- waiting and ending ---------------------------------------------------------------

    def still_waiting(self, language: str, config: HandoffConfig) -> Reply:
        """No staff message yet: how long it may take, other help, and the choice to wait."""
        _ = self._(language)
        text = _(
            "No one from our team has answered yet. It may take {wait} (office hours: "
            "{hours}). Your messages have reached them, and you can keep waiting. "
            "Meanwhile, the buttons below lead to free legal help and to organisations "
            "near you."
        ).format(wait=config.expected_wait[language], hours=config.hours_text[language])
        nearby = _("To see organisations near you, share your location (📎 → Location).")
        buttons = (
            self._legal_help_row(language),
            (Button(_("Help near you"), actions.encode("group", "help")),),
            (
                Button(_("Keep waiting"), PREFIX + "wait"),
                Button(_("End the conversation"), PREFIX + "stop"),
            ),
        )
        return Reply(f"{_ESC(text)}\n\n{_ESC(nearby)}", buttons)

    def keep_waiting(self, language: str) -> Reply:
        return self._plain(
            language, N_("All right, you are still connected. Our team will answer here.")
        )

    def closed(self, language: str, by: str) -> Reply:
        """Told to the person when a hand-off ends, whoever ended it."""
        message = {
            "person": N_(
                "You ended the conversation with a person. I will answer your questions "
                "again. To write to a person again, send /human."
            ),
            "staff": N_(
                "Our team has ended this conversation. I will answer your questions again. "
                "To write to a person again, send /human."
            ),
            "timeout": N_(
                "This conversation with a person was closed after some days without "
                "messages. To write to a person again, send /human."
            ),
        }[by]
        return self._plain(language, message)

    def legal_help_title(self, language: str) -> str:
        """The legal-help topic's own title ("Free legal help"), from the content."""
        return self._library().title(LEGAL_HELP, language)

    def _legal_help_row(self, language: str) -> tuple[Button, ...]:
        label = self._(language)(LEGAL_HELP_BUTTON)  # the answers' own button
        return (Button(label, actions.encode("topic", LEGAL_HELP)),)

    # -- for staff ---------------------------------------------------------------------------

    def topic_name(self, handoff_id: str, language: str, danger: bool = False) -> str:
        """A short pseudonym and the language: never a name, username or Telegram id."""
        return f"{'🚨 ' if danger else ''}{handoff_id} · {language.upper()}"

    def card(
        self,
        config: HandoffConfig,
        handoff_id: str,
        language: str,
        topics: Sequence[str],
        asked_at: dt.datetime,
    ) -> str:
        """The first message in a topic: language, topics asked about, when."""
        staff = config.staff_language
        _ = self._(staff)
        library = self._library()
        names = [library.title(t, staff) for t in topics if library.catalogue.is_legal(t)]
        local = asked_at.astimezone(config.hours.zone)
        title = _("Person {name}").format(name=handoff_id)
        lines = [
            f"<b>{_ESC(title)}</b>",
            _ESC(_("Language: {language}").format(language=language)),
            _ESC(_("Topics asked about: {topics}").format(topics=", ".join(names) or "—")),
            _ESC(
                _("Asked for a person: {when}").format(
                    when=f"{local:%Y-%m-%d %H:%M} ({config.hours.zone.key})"
                )
            ),
            "",
            _ESC(
                _(
                    "What you write in this topic goes to the person, without your name. "
                    "Start a message with # for a note to colleagues (it is not sent). "
                    "/close ends the conversation."
                )
            ),
        ]
        return "\n".join(lines)

    def staff_note(self, config: HandoffConfig, what: str) -> str:
        """A short line posted in the topic when something happens on the person's side."""
        _ = self._(config.staff_language)
        message = {
            "danger": N_(
                "🚨 The person wrote about immediate danger. The bot sent them the "
                "emergency line (911)."
            ),
            "person": N_("The person ended the conversation."),
            "timeout": N_("Closed: no message for a long time. The person was told."),
            "staff": N_("Closed. The person was told and the bot answers them again."),
            "undelivered": N_(
                "Not delivered: the person may have blocked the bot or deleted the chat."
            ),
        }[what]
        return _ESC(_(message))


def _capital(text: str) -> str:
    """``who_reads`` starts a sentence: "the legal team…" → "The legal team…"."""
    return text[:1].upper() + text[1:]
