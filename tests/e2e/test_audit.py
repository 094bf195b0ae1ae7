"""Secrets and privacy audit: the deployed process, a whole session, then every byte it
wrote (stdout, stderr, database, WAL, every file in its directory) is searched for
the token, the Telegram ids, names, usernames and the personal data people typed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.settings import project_root
from bot.testing.fake_bot_api import FakeTelegram, message, tap

pytestmark = pytest.mark.model

RIGHTSBOT = Path(sys.executable).with_name("rightsbot")

PEOPLE = [
    # id, first name, last name, username, language
    (7345918263, "Wilnerson", "Pierrelus", "wilnerson_pp_ht", "ht"),
    (6120457781, "Marlenys", "Zambrano", "marlenys_zb", "es"),
    (5893302214, "Okonkwo", "Adebayo", "okonkwo_ade", "en"),
]
#: Typed by the people above; none of it may be stored or printed.
PLANTED = {
    "es": [
        "me llamo Yuleisy Quispe y mi celular es +52 1 962 384 7719, necesito un abogado",
        "mi correo es yuleisy.quispe77@correo-seguro.com, cuanto tiempo tengo para pedir refugio",
        "mi CURP es QUYY850417MNEXXS09 y vivo en Calle Guadalupe Victoria 418, puedo trabajar?",
    ],
    "ht": [
        "mwen rele Dieunel Belizaire, nimewo m se +509 3712 8846, m bezwen yon avoka",
        "imel mwen se dieunel.b@lakay-mail.ht, konbyen tan m genyen pou m mande refij",
        "nimewo dosye m se COMAR/TAP/48213/2025, comar refize m kisa m ka fe",
    ],
    "en": [
        "my name is Chukwuemeka Eze, my phone is +52 55 6618 2094, i need a free lawyer",
        "email me at chukwuemeka.eze@mailbox-ng.com, how many days do i have to apply",
        "my passport number is A09384721, can i work while i wait",
    ],
}
SECRETS_TO_FIND = [
    "Yuleisy",
    "Quispe",
    "962 384 7719",
    "3847719",
    "yuleisy.quispe77",
    "QUYY850417MNEXXS09",
    "Guadalupe Victoria 418",
    "Dieunel",
    "Belizaire",
    "3712 8846",
    "dieunel.b@",
    "48213",
    "Chukwuemeka",
    "6618 2094",
    "chukwuemeka.eze",
    "A09384721",
    "+5215553301177",  # shared as a Telegram contact
]


def _from(person: tuple[int, str, str, str, str]) -> dict[str, Any]:
    user_id, first, last, username, language = person
    return {
        "id": user_id,
        "is_bot": False,
        "first_name": first,
        "last_name": last,
        "username": username,
        "language_code": language,
    }


def _as(person: tuple[int, str, str, str, str], update: dict[str, Any]) -> dict[str, Any]:
    body = update.get("message") or update["callback_query"]
    body["from"] = _from(person)
    if "message" in update:
        body["chat"]["first_name"] = person[1]
        body["chat"]["username"] = person[3]
    return update


def test_no_token_id_name_or_typed_personal_data_anywhere(tmp_path: Path) -> None:
    fake = FakeTelegram().start()
    out, err = tmp_path / "bot.out", tmp_path / "bot.err"
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "RIGHTSBOT_DB": str(tmp_path / "var" / "bot.db"),
        "RIGHTSBOT_SECRET": "audit-secret",
    }
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [str(RIGHTSBOT), "run"],
            cwd=project_root(),
            env=env,
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
        )
        try:
            expected = 0
            for person in PEOPLE:
                chat, language = person[0], person[4]
                updates = [message(chat, "/start", language=language)]
                updates += [message(chat, text, language=language) for text in PLANTED[language]]
                contact = {
                    "phone_number": "+5215553301177",
                    "first_name": person[1],
                    "user_id": chat,
                }
                updates.append(message(chat, None, language=language, contact=contact))
                location = {"latitude": 14.9089, "longitude": -92.2621}
                updates.append(message(chat, None, language=language, location=location))
                updates.append(tap(chat, "menu", language=language))
                for update in updates:
                    fake.push(_as(person, update))
                expected += len(updates)
            _wait(lambda: fake.confirmed() and len(fake.sent) >= expected, 240, process)
            # /forget for one of them, confirmed with the button
            fake.push(_as(PEOPLE[0], message(PEOPLE[0][0], "/forget", language="ht")))
            _wait(lambda: len(fake.replies_to(PEOPLE[0][0])) >= 1 + 7, 60, process)
            fake.push(_as(PEOPLE[0], tap(PEOPLE[0][0], "x:yes", language="ht")))
            _wait(lambda: fake.confirmed(), 60, process)
            time.sleep(0.5)
        finally:
            process.send_signal(signal.SIGTERM)
            code = process.wait(60)
            fake.stop()
    assert code == 0, err.read_text(errors="replace")[-2000:]
    for person in PEOPLE:  # everybody got answers
        assert fake.replies_to(person[0]), person[0]

    forbidden = [fake.token, fake.token.split(":")[1]]
    for user_id, first, last, username, _ in PEOPLE:
        forbidden += [str(user_id), first, last, username]
    forbidden += SECRETS_TO_FIND
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "bot.db" for p in files)
    for path in files:
        blob = path.read_bytes()
        for secret in forbidden:
            assert secret.encode() not in blob, f"{secret!r} found in {path.name}"
            assert secret.lower().encode() not in blob.lower(), f"{secret!r} found in {path.name}"


def _wait(condition, timeout: float, process: subprocess.Popen[bytes]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, "the bot exited"
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
