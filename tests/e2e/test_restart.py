"""Crash and restart: the real `rightsbot run` process, killed mid-stream, answers
every update exactly once; SIGTERM finishes the replies in flight; the token never
appears in any output or file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.settings import project_root
from bot.testing.fake_bot_api import FakeTelegram, message

pytestmark = pytest.mark.model

RIGHTSBOT = Path(sys.executable).with_name("rightsbot")
QUESTIONS = [
    "cuanto tiempo tengo para pedir refugio",
    "necesito un abogado gratis",
    "how many days do i have to apply for asylum",
    "m bezwen yon avoka gratis",
    "puedo trabajar mientras espero mi tramite",
]


def start_bot(
    fake: FakeTelegram, tmp_path: Path, name: str
) -> tuple[subprocess.Popen[bytes], Path, Path]:
    out, err = tmp_path / f"{name}.out", tmp_path / f"{name}.err"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RIGHTSBOT_DB": str(tmp_path / "bot.db"),
        "RIGHTSBOT_SECRET": "restart-test-secret",
        # each answer takes 300 ms of "thinking", so a kill 100 ms after a reply
        # lands mid-batch but outside the sub-millisecond window between Telegram
        # accepting a reply and the bot recording it (see docs/telegram.md)
        "RIGHTSBOT_FAULT_DELAY_MS": "300",
    }
    process = subprocess.Popen(
        [str(RIGHTSBOT), "run"],
        cwd=project_root(),
        env=env,
        stdout=out.open("wb"),
        stderr=err.open("wb"),
        stdin=subprocess.DEVNULL,
    )
    return process, out, err


def wait_until(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


def ready(fake: FakeTelegram, calls_before: int) -> bool:
    return fake.calls[calls_before:].count("setMyCommands") >= 4


def test_sigkill_mid_stream_then_restart_answers_each_update_once(tmp_path: Path) -> None:
    fake = FakeTelegram().start()
    try:
        first, out1, err1 = start_bot(fake, tmp_path, "first")
        wait_until(lambda: ready(fake, 0), 180, "the bot to start")
        chats = [2001, 2002, 2003, 2004, 2005, 2006]
        per_chat = 5  # under the flood limit of 8 messages in 10 s
        for index in range(per_chat):
            for chat in chats:
                fake.push(message(chat, QUESTIONS[(index + chat) % len(QUESTIONS)]))
        total = per_chat * len(chats)
        wait_until(lambda: len(fake.sent) >= 6, 120, "the first replies")
        time.sleep(0.1)
        first.send_signal(signal.SIGKILL)
        first.wait(30)
        answered_before = len(fake.sent)
        assert answered_before < total, "the kill came too late to test anything"
        calls = len(fake.calls)
        second, out2, err2 = start_bot(fake, tmp_path, "second")
        wait_until(lambda: ready(fake, calls), 180, "the bot to restart")
        wait_until(lambda: len(fake.sent) >= total and fake.confirmed(), 120, "all replies")
        time.sleep(1.0)  # anything extra would arrive now
        for chat in chats:
            assert len(fake.replies_to(chat)) == per_chat, (chat, answered_before)

        # SIGTERM: the batch in flight is finished, then a clean exit; what was not
        # fetched yet stays with Telegram and is answered by the next start
        for chat in chats:
            fake.push(message(chat, QUESTIONS[0]))
        wait_until(lambda: len(fake.sent) >= total + 1, 60, "a reply after restart")
        second.send_signal(signal.SIGTERM)
        assert second.wait(60) == 0
        calls = len(fake.calls)
        third, out3, err3 = start_bot(fake, tmp_path, "third")
        wait_until(lambda: ready(fake, calls), 180, "the bot to start again")
        wait_until(
            lambda: len(fake.sent) >= total + len(chats) and fake.confirmed(), 60, "the rest"
        )
        time.sleep(1.0)
        for chat in chats:
            assert len(fake.replies_to(chat)) == per_chat + 1, chat
        third.send_signal(signal.SIGTERM)
        assert third.wait(60) == 0

        outputs = b"".join(p.read_bytes() for p in (out1, err1, out2, err2, out3, err3))
        files = [p for p in tmp_path.rglob("*") if p.is_file()]
        for blob in [outputs, *(p.read_bytes() for p in files)]:
            assert fake.token.encode() not in blob
            assert b"Persona2001" not in blob and b"2001" not in outputs
    finally:
        fake.stop()
