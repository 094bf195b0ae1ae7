"""Settings come from the environment once, with clear errors for unusable values."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings


def test_retention_defaults_to_90_days() -> None:
    assert load_settings({}).retention_days == 90


def test_retention_is_read_from_the_environment() -> None:
    assert load_settings({"RIGHTSBOT_RETENTION_DAYS": "30"}).retention_days == 30
    assert load_settings({"RIGHTSBOT_RETENTION_DAYS": "0"}).retention_days == 0


@pytest.mark.parametrize("raw", ["ninety", "-1"])
def test_unusable_retention_is_refused_with_its_name(raw: str) -> None:
    with pytest.raises(SettingsError, match="RIGHTSBOT_RETENTION_DAYS"):
        load_settings({"RIGHTSBOT_RETENTION_DAYS": raw})
