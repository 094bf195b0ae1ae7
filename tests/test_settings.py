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


def test_the_staff_group_is_off_by_default_and_read_as_a_negative_id() -> None:
    assert load_settings({}).staff_chat_id is None
    found = load_settings({"RIGHTSBOT_STAFF_CHAT_ID": " -1001234567890 "}).staff_chat_id
    assert found == -1001234567890


@pytest.mark.parametrize("raw", ["staff", "1234567", "0"])
def test_an_unusable_staff_group_is_refused_with_its_name(raw: str) -> None:
    with pytest.raises(SettingsError, match="RIGHTSBOT_STAFF_CHAT_ID"):
        load_settings({"RIGHTSBOT_STAFF_CHAT_ID": raw})
