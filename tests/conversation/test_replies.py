"""How answers look on a phone: one screen, short labels, an honest footer, dated contacts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re

import pytest

from bot.content.library import Library
from bot.conversation.replies import MENU_GROUPS, Replies
from bot.i18n import Catalogs
from bot.settings import LANGUAGES

SCREEN_WORDS = {"es": 60, "en": 60, "ht": 75}
EMERGENCY_WORDS = 40


def words(markup: str) -> int:
    """Words a reader sees; the ℹ️ icon is not one (Unicode files it as a letter)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup)).replace("ℹ️", " ")
    return sum(1 for token in text.split() if re.search(r"\w", token))


def replies_for(library: Library, settings, today: dt.date = dt.date(2026, 12, 6)) -> Replies:  # type: ignore[no-untyped-def]
    return Replies(lambda: library, Catalogs(settings.locales_dir), today=lambda: today)


def reviewed(library: Library) -> Library:
    """The same content as if a lawyer had signed every answer off."""
    answers = {
        key: dataclasses.replace(answer, status="reviewed", reviewed_by="Lic. Example")
        for key, answer in library.answers.items()
    }
    return dataclasses.replace(library, answers=answers, version=library.version + "-r")


@pytest.mark.parametrize("signed_off", [False, True], ids=["draft", "reviewed"])
def test_every_first_message_fits_one_phone_screen(library, settings, signed_off: bool) -> None:  # type: ignore[no-untyped-def]
    content = reviewed(library) if signed_off else library
    replies = replies_for(content, settings)
    too_long = []
    for topic in content.catalogue.legal:
        for language in LANGUAGES:
            first = replies.answer(content.answers[(topic, language)], language).html
            limit = EMERGENCY_WORDS if topic == "emergency" else SCREEN_WORDS[language]
            if words(first) > limit:
                too_long.append(f"{topic}/{language}: {words(first)} > {limit}")
    assert too_long == []


def test_emergency_answer_puts_911_first_and_has_no_disclaimer(library, settings) -> None:  # type: ignore[no-untyped-def]
    replies = replies_for(library, settings)
    for language in LANGUAGES:
        first = replies.answer(library.answers[("emergency", language)], language).html
        assert first.index("911") < 60, (language, first[:80])
        assert "ℹ️" not in first


def test_footer_is_one_line_and_dates_only_reviewed_answers(library, settings) -> None:  # type: ignore[no-untyped-def]
    draft = replies_for(library, settings).answer(library.answers[("deadline", "es")], "es").html
    assert "<i>ℹ️ Información, no asesoría legal.</i>" in draft
    assert "2026" not in draft.split("ℹ️")[1]
    signed = reviewed(library)
    footer = replies_for(signed, settings).answer(signed.answers[("deadline", "es")], "es").html
    assert "Revisado: noviembre de 2026." in footer.split("ℹ️")[1]


def test_buttons_use_short_labels(library, settings) -> None:  # type: ignore[no-untyped-def]
    replies = replies_for(library, settings)
    catalogs = Catalogs(settings.locales_dir)
    for language in LANGUAGES:
        answer = library.answers[("deadline", language)]
        labels = [b.label for row in replies.answer(answer, language).buttons for b in row]
        for topic in answer.related[:3]:
            assert library.label(topic, language) in labels
        assert all(len(label) <= 22 for label in labels), labels
        for group in MENU_GROUPS.values():
            assert len(catalogs.gettext(language, group)) <= 22, (language, group)


def test_every_answer_offers_free_legal_help(library, settings) -> None:  # type: ignore[no-untyped-def]
    replies = replies_for(library, settings)
    for topic in library.catalogue.legal:
        if topic == "legal_help":
            continue
        reply = replies.answer(library.answers[(topic, "en")], "en")
        assert "t:legal_help" in [b.action for row in reply.buttons for b in row], topic
    labels = {
        b.label
        for row in replies.answer(library.answers[("deadline", "en")], "en").buttons
        for b in row
    }
    assert "Talk to a person" not in labels


def test_old_directory_entries_say_when_their_information_is_from(library, settings) -> None:  # type: ignore[no-untyped-def]
    tapachula = next(c for c in library.directory.cities if c.name == "Tapachula")
    text = (
        replies_for(library, settings).nearby(tapachula.lat, tapachula.lon, "es", "Tapachula").html
    )
    assert (
        "Información de septiembre de 2025" in text
    )  # the Centro Multiservicios, checked 2025-09-29
    fresh = replies_for(library, settings, today=dt.date(2026, 3, 1))
    text = fresh.nearby(tapachula.lat, tapachula.lon, "es", "Tapachula").html
    assert "Información de septiembre de 2025" not in text
