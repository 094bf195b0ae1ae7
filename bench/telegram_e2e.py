"""End-to-end figures through the fake Bot API server: replies per second and the
latency from an update being available to its reply arriving (p50/p95)."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import time

from tests.fake_telegram import FakeTelegram, message

MESSAGES = {
    "es": [
        "cuanto tiempo tengo para pedir refugio",
        "necesito un abogado gratis",
        "puedo trabajar mientras espero",
        "la comar me nego el refugio",
    ],
    "en": [
        "how many days do i have to apply for asylum",
        "i need a free lawyer",
        "can i work while i wait",
        "comar rejected my case",
    ],
    "ht": [
        "konbyen tan m genyen pou m mande refij",
        "m bezwen yon avoka gratis",
        "eske m ka travay pandan m ap tann",
        "comar refize m",
    ],
}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _run(services, users: int, per_user: int, tmp_db) -> str:  # type: ignore[no-untyped-def]
    from bot.telegram_app import serve

    fake = FakeTelegram().start()
    settings = services.settings.with_overrides(
        token=fake.token, api_base_url=fake.base_url, db_path=tmp_db
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(dataclasses.replace(services, settings=settings), stop))
    while fake.calls.count("setMyCommands") < 4:
        await asyncio.sleep(0.05)
    rng = random.Random(7)
    pushed: dict[int, float] = {}
    total = users * per_user
    started = time.monotonic()
    for round_number in range(per_user):
        for user in range(users):
            language = ("es", "en", "ht")[user % 3]
            chat = 70_000 + user
            fake.push(message(chat, rng.choice(MESSAGES[language]), language=language))
            pushed.setdefault(chat * 100 + round_number, time.monotonic())
        await asyncio.sleep(0.2)
    while len(fake.sent) < total and time.monotonic() - started < 300:
        await asyncio.sleep(0.05)
    elapsed = max(m["at"] for m in fake.sent) - started
    latencies = []
    per_chat: dict[int, int] = {}
    for sent in sorted(fake.sent, key=lambda m: m["at"]):
        chat = sent["chat_id"]
        index = per_chat.get(chat, 0)
        per_chat[chat] = index + 1
        latencies.append((sent["at"] - pushed[chat * 100 + index]) * 1000)
    stop.set()
    await task
    fake.stop()
    return (
        f"{len(fake.sent)} replies to {total} updates from {users} users in {elapsed:.1f} s: "
        f"{len(fake.sent) / elapsed:.1f} replies/s; update-to-reply latency "
        f"p50 {percentile(latencies, 0.5):.0f} ms, p95 {percentile(latencies, 0.95):.0f} ms"
    )


def run(services, tmp_db, users: int = 30, per_user: int = 5) -> str:  # type: ignore[no-untyped-def]
    return asyncio.run(_run(services, users, per_user, tmp_db))
