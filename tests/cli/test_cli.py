"""The console commands as deployers and volunteers run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from bot.settings import project_root

RIGHTSBOT = Path(sys.executable).with_name("rightsbot")


@pytest.mark.model
def test_ask_streams_json_in_order_and_stays_quiet(tmp_path: Path) -> None:
    questions = [
        "cuanto tiempo tengo para pedir asilo",
        "where is comar in tijuana",
        "",
        "m bezwen yon avoka",
        "quien gano el futbol ayer",
    ]
    env = {**os.environ, "RIGHTSBOT_DB": str(tmp_path / "db.sqlite")}
    result = subprocess.run(
        [str(RIGHTSBOT), "ask", "--json", "--lang", "es"],
        input="\n".join(questions) + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=project_root(),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in records] == [q for q in questions if q]
    assert set(records[0]) == {
        "text",
        "language",
        "topic",
        "confidence",
        "answer_language",
        "answer",
        "alternatives",
    }
    assert [r["language"] for r in records] == ["es", "en", "ht", "es"]
    assert records[0]["topic"] == "deadline" and "30" in records[0]["answer"]
    assert records[-1]["topic"] == "out_of_scope"
    assert all(0.0 <= r["confidence"] <= 1.0 for r in records)
    # quiet by default: no warnings, no library logs, no message text on stderr
    assert result.stderr.strip() == ""


def test_content_preview_shows_the_answer() -> None:
    result = CliRunner().invoke(main, ["content", "preview", "deadline", "--lang", "ht", "--more"])
    assert result.exit_code == 0, result.output
    assert "30" in result.output
    assert "[1]" in result.output  # buttons are listed


def test_content_preview_unknown_topic() -> None:
    result = CliRunner().invoke(main, ["content", "preview", "visas"])
    assert result.exit_code == 1
    assert "unknown topic 'visas'" in result.output


def test_evaluate_rejects_a_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "hola", "language": "es", "topic": "greet"}\nnot json\n')
    result = CliRunner().invoke(main, ["evaluate", str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: not a labelled example" in result.output


def test_train_skips_when_nothing_changed() -> None:
    result = CliRunner().invoke(main, ["train"])
    assert result.exit_code == 0
    assert "is up to date" in result.output


def test_link_prints_a_deep_link_and_writes_a_qr_code(tmp_path: Path) -> None:
    poster = tmp_path / "poster.png"
    result = CliRunner().invoke(
        main,
        [
            "link",
            "--topic",
            "deadline",
            "--lang",
            "ht",
            "--bot",
            "RightsbotMx",
            "--qr",
            str(poster),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "https://t.me/RightsbotMx?start=ht_deadline"
    assert poster.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_link_refuses_unknown_topics() -> None:
    result = CliRunner().invoke(
        main, ["link", "--topic", "visas", "--lang", "es", "--bot", "RightsbotMx"]
    )
    assert result.exit_code == 1
    assert "unknown topic 'visas'" in result.output


@pytest.mark.model
def test_evaluate_reports_several_sets_side_by_side(tmp_path: Path) -> None:
    phone = tmp_path / "phone.jsonl"
    phone.write_text(
        '{"text": "cuanto tiempo tengo pa pedir refugio", "language": "es", "topic": "deadline"}\n'
        '{"text": "m bezwen yon avoka", "language": "ht", "topic": "legal_help"}\n',
        encoding="utf-8",
    )
    published = tmp_path / "published.jsonl"
    published.write_text(
        '{"text": "¿Cuál es el plazo para solicitar la condición de refugiado?", '
        '"language": "es", "topic": "deadline", "source": "https://example.org/faq"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["evaluate", str(phone), str(published)])
    assert result.exit_code == 0, result.output
    assert f"== {phone}" in result.output and f"== {published}" in result.output
    side = result.output.split("topic accuracy, side by side")[1]
    assert "phone.jsonl" in side and "published.jsonl" in side
    assert "(  1)" in side  # per-language counts are shown
