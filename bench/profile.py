"""Where an update's time goes: each stage of the Telegram path timed on its own,
then cProfile's top functions inside the conversation turn.

The load run (``bench.load``) measures the bot process's CPU per update; this
splits it into parsing the update, the conversation turn (language, topic,
rendering), the database and sending the reply through python-telegram-bot
to the fake server.

    .venv/bin/python -m bench.profile
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import pstats
import random
import tempfile
import time
from pathlib import Path

from bot import quiet
from bot.conversation.events import Text, UserState
from bot.nlu.data import iter_examples
from bot.privacy.records import log_record, pseudonym
from bot.privacy.store import Store
from bot.settings import load_settings, project_root
from bot.testing.fake_bot_api import FakeTelegram, message

TURNS = 600


def _ms(total: float, count: int) -> str:
    return f"{1000 * total / count:6.2f} ms"


async def _path(services, texts: list[str], scratch: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from telegram import Update

    from bot.edges.runtime import build_application
    from bot.edges.sending import send
    from bot.edges.updates import event_for

    fake = FakeTelegram().start()
    settings = services.settings.with_overrides(token=fake.token, api_base_url=fake.base_url)
    store = Store(scratch / "profile.db")
    application = build_application(
        services.__class__(**{**services.__dict__, "settings": settings}), store, fake.base_url
    )
    totals = dict.fromkeys(("parse update", "conversation turn", "database", "send reply"), 0.0)
    async with application:
        for number, text in enumerate(texts):
            raw = {"update_id": number + 1, **message(600_000 + number % 50, text)}
            t0 = time.perf_counter()
            update = Update.de_json(raw, application.bot)
            event = event_for(update, "rightsbot_test_bot")
            t1 = time.perf_counter()
            who = pseudonym(update.effective_user.id, b"profile")
            state = store.load_state(who)
            state = UserState(language="es") if state.language is None else state
            t2 = time.perf_counter()
            outcome = await asyncio.get_running_loop().run_in_executor(
                None, services.conversation.handle, event, state
            )
            t3 = time.perf_counter()
            store.save_state(who, outcome.state)
            store.log(log_record(who, event, outcome))
            store.mark_processed(update.update_id)
            t4 = time.perf_counter()
            for reply in outcome.replies:
                await send(application.bot, update.effective_chat.id, reply)
            t5 = time.perf_counter()
            totals["parse update"] += t1 - t0
            totals["database"] += (t2 - t1) + (t4 - t3)
            totals["conversation turn"] += t3 - t2
            totals["send reply"] += t5 - t4
    store.close()
    fake.stop()
    return totals


def main() -> None:
    quiet.silence()
    from bot.services import build

    services = build(load_settings())
    rng = random.Random(3)
    texts = [e.text for e in iter_examples(project_root() / "nlu")]
    texts = rng.sample(texts, TURNS)
    for text in texts[:20]:  # warm caches as a running bot has them
        services.conversation.handle(Text(text), UserState(language="es"))

    with tempfile.TemporaryDirectory() as scratch:
        totals = asyncio.run(_path(services, texts, Path(scratch)))
    whole = sum(totals.values())
    print(f"One update through the Telegram path ({TURNS} questions from nlu/, wall time):")
    for stage, total in totals.items():
        print(f"  {stage:<18} {_ms(total, TURNS)}  {100 * total / whole:4.0f}%")
    print(f"  {'total':<18} {_ms(whole, TURNS)}")

    parts = {"language detect": 0.0, "topic classifier": 0.0}
    for text in texts:
        t0 = time.perf_counter()
        services.detector.detect(text)
        t1 = time.perf_counter()
        services.classifier.parse(text)
        t2 = time.perf_counter()
        parts["language detect"] += t1 - t0
        parts["topic classifier"] += t2 - t1
    print("Inside the conversation turn:")
    for stage, total in parts.items():
        print(f"  {stage:<18} {_ms(total, TURNS)}")

    profiler = cProfile.Profile()
    profiler.enable()
    for text in texts:
        services.conversation.handle(Text(text), UserState(language="es"))
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
    stats.print_stats(12)
    print("Top functions by own time in the conversation turn (cProfile):")
    for line in out.getvalue().splitlines():
        if line.strip() and ("/" in line or "ncalls" in line):
            print("  " + line.strip()[:150])


if __name__ == "__main__":
    main()
