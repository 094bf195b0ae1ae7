"""Interface text from gettext catalogs, and dates and numbers through Babel.

Every button, prompt and error the bot shows comes from
``locales/<lang>/LC_MESSAGES/messages.po`` (English msgids in the code, managed
with ``pybabel extract/update/compile``). Volunteers translate there, never in
Python. Haitian Creole has almost no date data in CLDR (Babel prints
"2026 M11 28"), so for ``ht`` the month names come from our own catalog.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_skeleton

from bot.settings import DEFAULT_LANGUAGE, LANGUAGES

DOMAIN = "messages"
#: The Babel locale that formats dates and numbers for each bot language.
BABEL_LOCALES = {"es": "es_MX", "en": "en", "ht": "ht"}


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (gettext convention)."""
    return message


class Catalogs:
    """The compiled catalogs of ``locales/``, one translator per language."""

    def __init__(self, locales_dir: Path) -> None:
        self._dir = locales_dir
        self._loaded: dict[str, gettext.NullTranslations] = {}

    def translator(self, language: str) -> gettext.NullTranslations:
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        if language not in self._loaded:
            self._loaded[language] = gettext.translation(
                DOMAIN, self._dir, languages=[language], fallback=True
            )
        return self._loaded[language]

    def gettext(self, language: str, message: str) -> str:
        return self.translator(language).gettext(message)

    def long_date(self, value: dt.date, language: str) -> str:
        """A date the reader understands: "28 de noviembre de 2026", "28 novanm 2026"."""
        locale = _locale(BABEL_LOCALES.get(language, "es_MX"))
        month = locale.months["format"]["wide"][value.month]
        if month.startswith("M") and month[1:].isdigit():  # CLDR has no names: use ours
            _ = self.translator(language).gettext
            month = _(MONTHS[value.month - 1])
            return f"{value.day} {month} {value.year}"
        return format_date(value, format="long", locale=locale)

    def month_year(self, value: dt.date, language: str) -> str:
        """A month people read at a glance: "noviembre de 2026", "November 2026", "novanm 2026"."""
        locale = _locale(BABEL_LOCALES.get(language, "es_MX"))
        month = locale.months["stand-alone"]["wide"][value.month]
        if month.startswith("M") and month[1:].isdigit():  # CLDR has no names: use ours
            month = self.translator(language).gettext(MONTHS[value.month - 1])
            return f"{month} {value.year}"
        return format_skeleton("yMMMM", value, locale=locale)


@lru_cache(maxsize=8)
def _locale(name: str) -> Locale:
    return Locale.parse(name)


#: English month names, translated in the catalogs for locales CLDR lacks.
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)
