"""The staff's review commands over a log database, as staff run them."""

from __future__ import annotations

import csv
import json
import shutil
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bot.cli.main import main
from bot.conversation.events import Outcome, Tap, Text, UserState
from bot.nlu.data import iter_examples
from bot.privacy.records import log_record
from bot.privacy.store import Store
from tests.conftest import ROOT


def logged(kind: str, topic: str | None, confidence: float, language: str = "es") -> Outcome:
    return Outcome(
        [],
        UserState(),
        language=language,
        answer_language=language,
        topic=topic,
        confidence=confidence,
        answered_topic=topic if kind == "answer" else None,
        kind=kind,
        content_version="v1",
    )


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "content", tmp_path / "content")
    shutil.copytree(ROOT / "nlu", tmp_path / "nlu")
    db = tmp_path / "logs.db"
    store = Store(db)
    now = time.time()
    store.log(
        log_record(
            "p" * 32,
            Text("cuanto tiempo tengo pa pedir refujio"),
            logged("answer", "deadline", 0.95),
            now=now - 300,
        )
    )
    store.log(
        log_record(
            "p" * 32,
            Text("qué canal pasa el partido"),
            logged("out_of_scope", "out_of_scope", 0.8),
            now=now - 200,
        )
    )
    store.log(
        log_record(
            "q" * 32,
            Text("m pa konprann papye sa a, me llamo Ana"),
            logged("unsure", "documents", 0.3, "ht"),
            now=now - 100,
        )
    )
    store.log(
        log_record(
            "q" * 32,
            Text("comar me nego"),
            logged("answer", "negative_decision", 0.9),
            now=now - 50,
        )
    )
    store.log(
        log_record(
            "q" * 32,
            Tap("f:negative_decision:down"),
            Outcome(
                [],
                UserState(),
                kind="feedback",
                answered_topic="negative_decision",
                extra={"feedback": "down"},
            ),
            now=now - 40,
        )
    )
    store.close()
    monkeypatch.setenv("RIGHTSBOT_DB", str(db))
    monkeypatch.setenv("RIGHTSBOT_ROOT", str(tmp_path))
    return tmp_path


def test_queue_lists_what_needs_a_human_newest_first(workspace: Path) -> None:
    result = CliRunner().invoke(main, ["review", "queue"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "comar me nego" in lines[0]  # 👎 after the answer
    assert "<NAME>" in lines[1] and "Ana" not in result.output  # scrubbed before storage
    assert "partido" in lines[2]
    assert "refujio" not in result.output  # a confident answer is not queued
    assert lines[-1].startswith("3 message(s)")
    only_ht = CliRunner().invoke(main, ["review", "queue", "--lang", "ht"])
    assert only_ht.output.splitlines()[-1].startswith("1 message(s)")


def test_label_teaches_the_next_training(workspace: Path) -> None:
    runner = CliRunner()
    rows = list(
        Store(workspace / "logs.db").db.query("select id, text from messages where language = 'ht'")
    )
    result = runner.invoke(main, ["review", "label", str(rows[0]["id"]), "documents"])
    assert result.exit_code == 0, result.output
    reviewed = workspace / "nlu" / "ht" / "reviewed.yml"
    data = yaml.safe_load(reviewed.read_text(encoding="utf-8"))
    assert data["nlu"][0]["intent"] == "documents"
    learned = [e for e in iter_examples(workspace / "nlu") if e.path == reviewed]
    assert [(e.text, e.intent, e.language) for e in learned] == [
        (rows[0]["text"], "documents", "ht")
    ]
    refused = runner.invoke(main, ["review", "label", str(rows[0]["id"]), "visas"])
    assert refused.exit_code == 1 and "unknown topic 'visas'" in refused.output
    missing = runner.invoke(main, ["review", "label", "99999", "documents"])
    assert missing.exit_code == 1 and "no logged message with id 99999" in missing.output


def test_export_csv_and_jsonl(workspace: Path) -> None:
    out = workspace / "m.csv"
    result = CliRunner().invoke(main, ["review", "export", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 4 and rows[0]["pseudonym"] == "p" * 32
    out = workspace / "m.jsonl"
    CliRunner().invoke(main, ["review", "export", "--format", "jsonl", "--out", str(out)])
    assert [json.loads(line)["topic"] for line in out.read_text().splitlines()][0] == "deadline"


def test_stats_per_week_language_and_topic(workspace: Path) -> None:
    result = CliRunner().invoke(main, ["review", "stats", "--json"])
    rows = json.loads(result.output)
    by_topic = {(r["language"], r["topic"]): r for r in rows}
    assert by_topic[("es", "negative_decision")]["thumbs_down"] == 1
    assert by_topic[("es", "out_of_scope")]["unanswered_rate"] == 1.0
    assert by_topic[("es", "deadline")]["unanswered_rate"] == 0.0


def test_purge_and_forget(workspace: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["review", "forget", "--pseudonym", "q" * 32])
    assert result.output.strip() == f"removed 3 row(s) for {'q' * 32}"
    result = runner.invoke(main, ["review", "purge", "--days", "0"])
    assert result.output.startswith("removed 2 row(s)")


def test_report_is_one_page_with_charts_and_no_text(workspace: Path) -> None:
    out = workspace / "report.html"
    result = CliRunner().invoke(main, ["review", "report", "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<svg") == 4
    assert "<script" not in page and "http://" not in page.split("<svg")[0]
    assert "partido" not in page and "p" * 32 not in page  # aggregates only


def test_serve_opens_the_logs_read_only_with_saved_queries(workspace: Path) -> None:
    import os
    import socket
    import subprocess
    import sys
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    rightsbot = Path(sys.executable).with_name("rightsbot")
    process = subprocess.Popen(
        [str(rightsbot), "review", "serve", "--port", str(port)],
        env=dict(os.environ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        body = None
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/logs/review_queue.json?_shape=array", timeout=2
                ) as response:
                    body = json.loads(response.read())
                    break
            except OSError:
                time.sleep(0.3)
        assert body is not None, "datasette did not start"
        assert len(body) == 3 and body[0]["text"] == "comar me nego"
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/logs/weekly_stats.json?_shape=array", timeout=5
        ) as response:
            assert json.loads(response.read())
    finally:
        process.terminate()
        process.wait(10)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_report_opens_in_headless_chromium_with_its_charts(workspace: Path) -> None:
    import subprocess

    out = workspace / "report.html"
    CliRunner().invoke(main, ["review", "report", "--out", str(out)])
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={workspace / 'chromium'}",
    ]
    dom = subprocess.run(
        [str(CHROMIUM), *flags, "--dump-dom", out.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert dom.count("<svg") == 4 and "Rightsbot: what people ask" in dom
    shot = workspace / "report.png"
    subprocess.run(
        [str(CHROMIUM), *flags, "--window-size=1000,1600", f"--screenshot={shot}", out.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_a_leak_staff_mark_leaves_the_log_and_teaches_the_tagger(workspace: Path) -> None:
    db = Store(workspace / "logs.db")
    db.log(
        log_record(
            "r" * 32,
            Text("le pregunté al flaco por la cita"),
            logged("unsure", "how_to_apply", 0.3),
            now=time.time(),
        )
    )
    message_id = max(row["id"] for row in db.db.query("select id from messages"))
    # a nickname that is an everyday word: the scrubber keeps it, staff know it is a person
    assert (
        "flaco" in next(db.db.query("select text from messages where id = ?", [message_id]))["text"]
    )
    db.close()
    result = CliRunner().invoke(main, ["review", "leak", str(message_id), "flaco"])
    assert result.exit_code == 0, result.output
    db = Store(workspace / "logs.db")
    stored = next(db.db.query("select text from messages where id = ?", [message_id]))["text"]
    assert stored == "le pregunté al <NAME> por la cita"
    db.close()
    assert b"flaco" not in (workspace / "logs.db").read_bytes()  # no old copy in the file
    training = workspace / "data" / "privacy" / "train" / "staff_leaks.jsonl"
    (example,) = [json.loads(line) for line in training.read_text("utf-8").splitlines()]
    assert "flaco" not in example["text"]
    (detail,) = example["details"]
    assert (
        detail["kind"] == "name"
        and example["text"] == f"le pregunté al {detail['value']} por la cita"
    )


def test_a_leak_that_is_not_in_the_message_changes_nothing(workspace: Path) -> None:
    result = CliRunner().invoke(main, ["review", "leak", "1", "Yorleidy"])
    assert result.exit_code != 0
    assert "not in message 1" in result.output
    assert not (workspace / "data" / "privacy" / "train").exists()
