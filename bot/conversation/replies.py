"""How answers look: text blocks, footer, buttons, menus, "did you mean", help nearby.

The dialogue decides *what* to say; this module decides *how it looks*, in the
user's language, as Telegram HTML with buttons described by meaning
(``m:deadline``). Every user-facing sentence of the bot lives here or in
``content/``, never in an edge.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.content import telegram_html
from bot.content.directory import distance_km
from bot.content.library import Answer, Library
from bot.conversation import actions
from bot.conversation.events import Button, Reply
from bot.i18n import N_, Catalogs
from bot.nlu.classifier import Classification

LEGAL_HELP = "legal_help"
EMERGENCY = "emergency"
LANGUAGE_NAMES = {"es": "Español", "en": "English", "ht": "Kreyòl"}
MENU_GROUPS = {
    "apply": N_("Apply for asylum"),
    "waiting": N_("While you wait"),
    "decision": N_("After a decision"),
    "help": N_("Help near you"),
    "emergency": N_("Emergency"),
}
#: Rendered first messages kept per content version; cleared when it grows past this.
CACHE_SIZE = 512
#: Directory entries checked longer ago than this show when their information is from.
DATED_AFTER_DAYS = 365
#: The legal-help route while a hand-off to people does not exist: what the button does.
LEGAL_HELP_BUTTON = N_("Free legal help")
REVIEWED_BY = N_("Reviewed: {date}.")
INFORMATION_FROM = N_("Information from {date}")
UNDER_REVIEW = N_(
    "A lawyer has not checked this answer yet, so I cannot show it. For free legal help "
    "now, see https://help.unhcr.org/mexico or tap “Help near you”. In danger, call 911."
)

NO_WORDS = N_("I read words best. Please write your question, or choose a topic:")
BAD_BUTTON = N_("That button is no longer valid. Here is the menu:")
UNKNOWN_COMMAND = N_("I do not know that command. Here is the menu:")
UNSUPPORTED = N_(
    "I can only read text messages. Please write your question in a few words, or choose a topic:"
)
OUT_OF_SCOPE = N_(
    "I can only help with asylum and refugee rights in Mexico: how to apply, "
    "deadlines, documents, your rights while you wait, what to do after a decision, "
    "and where to find free help. Choose a topic or write your question:"
)


class Replies:
    """Builds every reply the bot sends, from the current content and the catalogs."""

    def __init__(
        self,
        library: Callable[[], Library],
        catalogs: Catalogs,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._library = library
        self._catalogs = catalogs
        self._today = today
        self._rendered: dict[tuple[str, str, str, str], Reply] = {}

    def _(self, language: str) -> Callable[[str], str]:
        return self._catalogs.translator(language).gettext

    def plain(self, language: str, message: str) -> Reply:
        """One translated sentence, no buttons."""
        return Reply(telegram_html.escape(self._(language)(message)))

    # -- answers ---------------------------------------------------------------------

    def answer(self, answer: Answer, language: str) -> Reply:
        """The first message for a topic: short answer, footer, buttons (cached per content version)."""
        key = (self._library().version, answer.topic, answer.language, language)
        reply = self._rendered.get(key)
        if reply is None:
            if len(self._rendered) > CACHE_SIZE:
                self._rendered.clear()
            reply = self._rendered[key] = self._render_answer(answer, language)
        return reply

    def _render_answer(self, answer: Answer, language: str) -> Reply:
        blocks = telegram_html.render_blocks(answer.short)
        if self._library().catalogue.is_legal(answer.topic) and answer.topic != EMERGENCY:
            blocks.append(self.footer(answer, language))
        text = telegram_html.split_message(blocks)[0]
        buttons = self._answer_buttons(answer, language, more=answer.has_more)
        if answer.topic in ("greet", "help_menu"):
            buttons = self.menu(language).buttons
        elif answer.topic == "change_language":
            buttons = self.language_picker(language).buttons
        return Reply(text, buttons)

    def more(self, answer: Answer, language: str) -> list[Reply]:
        """The details of an answer, split at Telegram's limit; buttons on the last message."""
        blocks = telegram_html.render_blocks(answer.more)
        blocks.append(self.footer(answer, language))
        messages = telegram_html.split_message(blocks)
        replies = [Reply(text) for text in messages[:-1]]
        replies.append(Reply(messages[-1], self._answer_buttons(answer, language, more=False)))
        return replies

    def footer(self, answer: Answer, language: str) -> str:
        """One short line: information, not advice; a lawyer's review date once there is one."""
        _ = self._(language)
        note = _("Information, not legal advice.")
        if answer.is_reviewed:
            when = self._catalogs.month_year(answer.reviewed_on, language)
            note = f"{note} {_(REVIEWED_BY).format(date=when)}"
        return f"<i>ℹ️ {telegram_html.escape(note)}</i>"

    def danger_note(self, language: str) -> Reply:
        """One line before an answer when a question also mentions danger."""
        return self.plain(
            language, N_("🚨 If you are in danger now, call 911. It is free, 24 hours a day.")
        )

    def under_review(self, language: str) -> Reply:
        """Instead of a draft answer when only reviewed answers may be served."""
        _ = self._(language)
        buttons = (
            (Button(_("Help near you"), actions.encode("group", "help")),),
            (Button(_("Menu"), actions.encode("menu")),),
        )
        return Reply(telegram_html.escape(_(UNDER_REVIEW)), buttons)

    def _answer_buttons(
        self, answer: Answer, language: str, more: bool
    ) -> tuple[tuple[Button, ...], ...]:
        library = self._library()
        if not library.catalogue.is_legal(answer.topic):
            return ()
        _ = self._(language)
        rows: list[tuple[Button, ...]] = []
        if more:
            rows.append((Button(_("More details"), actions.encode("more", answer.topic)),))
        for topic in answer.related[:3]:
            rows.append((Button(library.label(topic, language), actions.encode("topic", topic)),))
        if answer.topic != LEGAL_HELP and LEGAL_HELP not in answer.related[:3]:
            rows.append((Button(_(LEGAL_HELP_BUTTON), actions.encode("topic", LEGAL_HELP)),))
        rows.append(
            (
                Button("👍", actions.encode("feedback", answer.topic, "up")),
                Button("👎", actions.encode("feedback", answer.topic, "down")),
                Button(_("Menu"), actions.encode("menu")),
            )
        )
        return tuple(rows)

    # -- when the bot is not sure, or cannot help -----------------------------------------

    def did_you_mean(self, result: Classification, language: str) -> Reply:
        _ = self._(language)
        library = self._library()
        rows = [
            (Button(library.label(topic, language), actions.encode("topic", topic)),)
            for topic in result.alternatives
        ]
        rows.append((Button(_("Something else"), actions.encode("menu")),))
        return Reply(
            telegram_html.escape(_("I am not sure I understood. Did you mean:")), tuple(rows)
        )

    def out_of_scope(self, language: str) -> Reply:
        return self.nudge(language, OUT_OF_SCOPE)

    def nudge(self, language: str, message: str) -> Reply:
        """A translated sentence followed by the menu's buttons."""
        return Reply(telegram_html.escape(self._(language)(message)), self.menu(language).buttons)

    # -- menus ---------------------------------------------------------------------------

    def menu(self, language: str) -> Reply:
        _ = self._(language)
        rows = [
            (Button(_(label), actions.encode("group", group)),)
            for group, label in MENU_GROUPS.items()
            if group in self._library().catalogue.menu
        ]
        return Reply(telegram_html.escape(_("What do you need? Choose a topic:")), tuple(rows))

    def group(self, group: str, language: str) -> Reply:
        _ = self._(language)
        library = self._library()
        rows = [
            (Button(library.label(topic, language), actions.encode("topic", topic)),)
            for topic in library.catalogue.menu.get(group, ())
        ]
        rows.append((Button(_("Back to the menu"), actions.encode("menu")),))
        title = _(MENU_GROUPS.get(group, "Menu"))
        return Reply(f"<b>{telegram_html.escape(title)}</b>", tuple(rows))

    def language_picker(self, language: str) -> Reply:
        _ = self._(language)
        row = tuple(
            Button(name, actions.encode("lang", code)) for code, name in LANGUAGE_NAMES.items()
        )
        return Reply(telegram_html.escape(_("Choose your language:")), (row,))

    # -- privacy and erasure ----------------------------------------------------------------

    def privacy(self, language: str) -> Reply:
        return self.plain(
            language,
            N_(
                "Privacy: I do not keep your name, username or phone number. I keep your "
                "language choice, and your questions without personal details (anonymised) "
                "for up to 90 days, to improve the answers. Write /forget at any time to "
                "erase your data."
            ),
        )

    def forget_question(self, language: str) -> Reply:
        _ = self._(language)
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
        return Reply(telegram_html.escape(question), buttons)

    def forgotten(self, language: str) -> Reply:
        return self.plain(language, N_("Done: everything this bot kept about you has been erased."))

    def kept(self, language: str) -> Reply:
        _ = self._(language)
        return Reply(telegram_html.escape(_("Nothing was erased.")), self.menu(language).buttons)

    def erase_failed(self, language: str) -> Reply:
        """Never say "erased" when the database refused: ask to try again."""
        return self.plain(
            language,
            N_("Sorry, I could not erase your data right now. Please send /forget again later."),
        )

    def flooding(self, language: str) -> Reply:
        return self.plain(language, N_("You are sending many messages. Please wait a moment."))

    def thanks_for_feedback(self, language: str) -> Reply:
        return self.plain(language, N_("Thank you. Your answer helps us improve."))

    # -- help near a place ---------------------------------------------------------------------

    def nearby(self, lat: float, lon: float, language: str, city: str | None) -> Reply:
        _ = self._(language)
        library = self._library()
        found = library.directory.nearest(lat, lon, limit=5)
        esc = telegram_html.escape
        today = self._today()
        title = _("Help near {city}").format(city=city) if city else _("Help near you")
        lines = [f"<b>{esc(title)}</b>"]
        for item in found:
            place = item.place
            where = ", ".join(x for x in (place.city, place.state) if x)
            distance = _("{km} km").format(km=round_km(item.km))
            entry = [f"• <b>{esc(place.name)}</b> — {esc(where)} ({esc(distance)})"]
            entry.append(f"  {esc(place.services.get(language) or place.services.get('es', ''))}")
            if place.address:
                entry.append(f"  📍 {esc(place.address)}")
            if place.phone:
                entry.append(f"  📞 {esc(place.phone)}")
            if place.website:
                entry.append(f'  🌐 <a href="{esc(place.website)}">{esc(place.website)}</a>')
            if place.verified_on and (today - place.verified_on).days > DATED_AFTER_DAYS:
                when = self._catalogs.month_year(place.verified_on, language)
                entry.append(f"  <i>{esc(_(INFORMATION_FROM).format(date=when))}</i>")
            lines.append("\n".join(entry))
        lines.append(
            esc(_("In danger, call 911. Addresses and phone numbers change: call before you go."))
        )
        text = telegram_html.split_message(lines)[0]
        buttons = (
            (Button(_(LEGAL_HELP_BUTTON), actions.encode("topic", LEGAL_HELP)),),
            (Button(_("Menu"), actions.encode("menu")),),
        )
        return Reply(text, buttons)

    def nearest_city(self, lat: float, lon: float) -> str | None:
        cities = self._library().directory.cities
        nearest = min(cities, key=lambda c: distance_km(lat, lon, c.lat, c.lon), default=None)
        return nearest.name if nearest else None


def round_km(km: float) -> int:
    if km < 10:
        return max(1, round(km))
    return int(round(km, -1)) if km < 1000 else int(round(km, -2))
