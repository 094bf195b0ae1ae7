"""200 personal details planted in conversations through the bot: none survives in
the database file (raw bytes, WAL included), while the questions stay readable."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import re
from pathlib import Path

import pytest

from bot.testing.fake_bot_api import FakeTelegram, message

pytestmark = pytest.mark.model

FIRST = [
    "Wilnerson",
    "Guerlanda",
    "Yesenia",
    "Oksanita",
    "Marlenys",
    "Dieunel",
    "Kervens",
    "Yuleisy",
    "Tchaikovsky",
    "Bethzaida",
]
LAST = [
    "Altagracia",
    "Pierrelus",
    "Zambrano",
    "Kowalczyk",
    "Mondesir",
    "Villalobos",
    "Okonkwo",
    "Jean-Louis",
    "Quispe",
    "Belizaire",
]
STREETS = [
    "Calle Guadalupe Victoria 418",
    "Avenida Insurgentes Sur 2377",
    "calle 5 de Mayo 91",
    "Lari Kapwa 17",
]

TEMPLATES = {
    "es": [
        "me llamo {name}, mi telefono es {phone}, cuanto tiempo tengo para pedir refugio?",
        "mi correo es {email} y mi CURP es {curp}, puedo trabajar?",
        "mi expediente es {case}, la comar me nego el refugio que hago",
        "vivo en {street}, col. Centro, necesito un abogado gratis",
    ],
    "en": [
        "my name is {name}, my phone is {phone}, how many days do i have to apply for asylum",
        "my email is {email}, my curp {curp}, can i work while i wait",
        "my case number is {case}, comar rejected my case what can i do",
        "i live at {street}, i need a free lawyer",
    ],
    "ht": [
        "mwen rele {name}, nimewo m se {phone}, konbyen tan m genyen pou m mande refij",
        "imel mwen se {email}, CURP mwen se {curp}, eske m ka travay",
        "nimewo dosye m se {case}, comar refize m kisa m ka fe",
        "m rete {street}, m bezwen yon avoka gratis",
    ],
}


def planted_values(rng: random.Random, index: int) -> dict[str, str]:
    name = f"{FIRST[index % 10]} {LAST[(index * 7) % 10]}"
    phone = rng.choice(
        ["+52 55 {a} {b}", "+52 1 962 {a} {b}", "+504 {a}-{b}", "55 {a} {b}", "+509 {a} {b}"]
    ).format(a=rng.randint(1000, 9999), b=rng.randint(1000, 9999))
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    curp = (
        "".join(rng.choice(letters) for _ in range(4))
        + f"{rng.randint(700101, 991231)}"
        + rng.choice("HM")
        + "".join(rng.choice(letters) for _ in range(5))
        + rng.choice(letters)
        + str(rng.randint(0, 9))
    )
    return {
        "name": name,
        "phone": phone,
        "email": f"{FIRST[index % 10].lower()}.{index}@correo-{index}.com",
        "curp": curp,
        "case": f"COMAR/TAP/{rng.randint(10000, 99999)}/2025",
        "street": STREETS[index % 4],
    }


async def test_planted_personal_details_never_reach_the_database(
    services, fake: FakeTelegram, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from bot.edges.polling import serve

    db = tmp_path / "privacy.db"
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=db
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(dataclasses.replace(services, settings=settings), stop))
    rng = random.Random(2026)
    planted: list[str] = []
    sent = 0
    for index in range(60):
        language = ("es", "en", "ht")[index % 3]
        values = planted_values(rng, index)
        template = TEMPLATES[language][index % 4]
        fields = [key for key in values if "{" + key + "}" in template]
        planted += [values[key] for key in fields]
        fake.push(message(40_000 + index, template.format(**values), language=language))
        sent += 1
    # 60 messages x 2-3 details, plus a second message per person: over 200 details
    for index in range(60):
        values = planted_values(rng, index + 100)
        planted += [values["phone"], values["name"]]
        fake.push(
            message(
                40_000 + index,
                f"soy {values['name']}, escribeme al {values['phone']}, necesito ayuda con mi caso de refugio",
                language="es",
            )
        )
        sent += 1
    assert len(planted) >= 200
    await asyncio.to_thread(fake.wait_for, sent, 180)
    stop.set()
    await asyncio.wait_for(task, timeout=60)

    raw = b"".join(p.read_bytes() for p in tmp_path.glob("privacy.db*"))
    leaked = []
    for value in planted:
        digits = "".join(ch for ch in value if ch.isdigit())
        if value.encode() in raw or (len(digits) >= 7 and digits.encode() in raw):
            leaked.append(value)
        for part in value.split():
            if (part in FIRST or part in LAST) and part.encode() in raw:
                leaked.append(part)
    assert leaked == []
    # the user ids and chat ids are not there either
    assert b"40000" not in raw and b"Persona40" not in raw

    from bot.privacy.store import Store

    store = Store(db)
    rows = list(store.db.query("select text, topic from messages where kind != 'start'"))
    assert len(rows) == sent

    def words(text: str) -> list[str]:
        return re.findall(r"[^\W\d_]{3,}", re.sub(r"<[A-Z]+>", " ", text))

    readable = [r for r in rows if "<" in r["text"] and len(words(r["text"])) >= 4]
    unreadable = [r["text"] for r in rows if r not in readable]
    assert len(readable) >= sent * 0.9, unreadable[:10]
