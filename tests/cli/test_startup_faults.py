"""A missing or damaged NLU model at start: a clear message and a non-zero exit."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

RIGHTSBOT = Path(sys.executable).with_name("rightsbot")


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    for name in ("content", "locales", "nlu", "data"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "config.yml", tmp_path / "config.yml")
    (tmp_path / "models").mkdir()
    return tmp_path


def ask(root: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "RIGHTSBOT_ROOT": str(root), "HOME": str(root)}
    return subprocess.run(
        [str(RIGHTSBOT), "ask", "hola"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_missing_model(checkout: Path) -> None:
    result = ask(checkout)
    assert result.returncode == 2
    assert "no NLU model yet. Run `rightsbot train`" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_model(checkout: Path) -> None:
    (checkout / "models" / "nlu.tar.gz").write_bytes(b"\x1f\x8b this is not a model")
    result = ask(checkout)
    assert result.returncode == 2
    assert "the NLU model file is damaged. Run `rightsbot train --force`" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_model_trained_before_the_code_moved(checkout: Path, tmp_path: Path) -> None:
    """An archive naming the component at its old path (bot.nlu_components): one line, no traceback."""
    import tarfile

    unpacked = tmp_path / "unpacked"
    with tarfile.open(ROOT / "models" / "nlu.tar.gz") as archive:
        archive.extractall(unpacked)  # our own model, not untrusted input
    metadata = unpacked / "metadata.json"
    metadata.write_text(
        metadata.read_text(encoding="utf-8").replace("bot.nlu.components.", "bot.nlu_components."),
        encoding="utf-8",
    )
    with tarfile.open(checkout / "models" / "nlu.tar.gz", "w:gz") as archive:
        for item in sorted(unpacked.iterdir()):
            archive.add(item, arcname=item.name)
    shutil.copy(ROOT / "models" / "language.pkl", checkout / "models" / "language.pkl")
    result = ask(checkout)
    assert result.returncode == 2
    assert "trained by an older version of Rightsbot. Retrain with `rightsbot train --force`" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_staff_group_without_handoff_settings(checkout: Path) -> None:
    """The hand-off is on but content/handoff.yml is gone: one line at start, no traceback."""
    (checkout / "content" / "handoff.yml").unlink()
    env = {
        "PATH": "/usr/bin:/bin",
        "RIGHTSBOT_ROOT": str(checkout),
        "HOME": str(checkout),
        "TELEGRAM_BOT_TOKEN": "123456:TEST-token-never-printed",
        "RIGHTSBOT_STAFF_CHAT_ID": "-1001234567890",
    }
    result = subprocess.run(
        [str(RIGHTSBOT), "run"], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 2
    assert "handoff.yml: missing. RIGHTSBOT_STAFF_CHAT_ID is set" in result.stderr
    assert "Traceback" not in result.stderr and "TEST-token" not in result.stderr + result.stdout
