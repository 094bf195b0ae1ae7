"""``content/handoff.yml`` goes through ``rightsbot content check`` like every other file."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main


def test_content_check_reports_a_broken_handoff_file_by_line(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = content_copy / "handoff.yml"
    lines = path.read_text("utf-8").splitlines()
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("timezone:"))
    lines[number - 1] = "timezone: Mexico/Tapachula_City"
    wait = next(n for n, line in enumerate(lines, 1) if line.startswith("expected_wait:"))
    lines = [line for line in lines if not line.startswith("  ht: kèk")]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    monkeypatch.setenv("RIGHTSBOT_ROOT", str(content_copy.parent))
    result = CliRunner().invoke(main, ["content", "check"])
    assert result.exit_code == 1
    assert f"content/handoff.yml:{number}: timezone: 'Mexico/Tapachula_City'" in result.output
    assert f"content/handoff.yml:{wait}: expected_wait: missing in ht" in result.output


def test_without_the_file_the_content_still_checks(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (content_copy / "handoff.yml").unlink()  # only the hand-off to staff needs it
    monkeypatch.setenv("RIGHTSBOT_ROOT", str(content_copy.parent))
    result = CliRunner().invoke(main, ["content", "check"])
    assert result.exit_code == 0, result.output
