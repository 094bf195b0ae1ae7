"""Interface text and dates in the reader's language."""

from __future__ import annotations

import datetime as dt

from bot.i18n import Catalogs


def test_dates_in_each_language(settings) -> None:  # type: ignore[no-untyped-def]
    catalogs = Catalogs(settings.locales_dir)
    day = dt.date(2026, 11, 28)
    assert catalogs.long_date(day, "es") == "28 de noviembre de 2026"
    assert catalogs.long_date(day, "en") == "November 28, 2026"
    assert catalogs.long_date(day, "ht") == "28 novanm 2026"


def test_catalogs_translate_interface_text(settings) -> None:  # type: ignore[no-untyped-def]
    catalogs = Catalogs(settings.locales_dir)
    assert catalogs.gettext("es", "Menu") == "Menú"
    assert catalogs.gettext("ht", "Free legal help") == "Èd legal gratis"
    assert catalogs.gettext("en", "Menu") == "Menu"
    assert catalogs.gettext("fr", "Menu") == "Menú"  # unknown language: Spanish, the default
