"""The hand-off in process: updates fed through the same answer_once both transports use,
against the fake Bot API (danger, /forget, waiting, idle topics, privacy, logs, retries)."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application

from bot.edges.runtime import answer_once, build_application, runtime_of
from bot.privacy.records import pseudonym
from bot.privacy.store import Store
from bot.staff.handoffs import weekly
from bot.testing.fake_bot_api import FakeTelegram, buttons, message, tap
from bot.testing.fake_forum import STAFF_CHAT_ID, staff_message

pytestmark = pytest.mark.model

PERSON = 918273645  # long enough that finding it in the database is not chance


@dataclass
class Harness:
    fake: FakeTelegram
    app: Application
    store: Store
    path: Path

    async def feed(self, update: dict[str, Any]) -> None:
        update_id = self.fake.push(update)  # the fake remembers it, for copyMessage
        parsed = Update.de_json({"update_id": update_id, **update}, self.app.bot)
        await answer_once(parsed, self.app)

    @property
    def handover(self):  # type: ignore[no-untyped-def]
        return runtime_of(self.app).handover

    def to_person(self, chat: int = PERSON) -> list[dict[str, Any]]:
        return self.fake.replies_to(chat)

    async def connect(self, chat: int = PERSON, language: str = "es") -> int:
        await self.feed(message(chat, "/human", language=language))
        before = set(self.fake.topics)
        await self.feed(tap(chat, "h:yes", language))
        (thread,) = set(self.fake.topics) - before
        return thread


@pytest.fixture
async def harness(services, fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[Harness]:  # type: ignore[no-untyped-def]
    settings = services.settings.with_overrides(
        token=fake.token,
        api_base_url=fake.base_url,
        db_path=tmp_path / "bot.db",
        staff_chat_id=STAFF_CHAT_ID,
        rate_limit=False,
    )
    store = Store(settings.database)
    app = build_application(dataclasses.replace(services, settings=settings), store, fake.base_url)
    async with app:
        yield Harness(fake, app, store, settings.database)
    store.close()


async def test_danger_during_a_handoff_gets_911_at_once_and_marks_the_topic(
    harness: Harness,
) -> None:
    thread = await harness.connect()
    before = len(harness.to_person())
    await harness.feed(message(PERSON, "me quieren matar, estan afuera"))
    emergency = harness.to_person()[before:]
    assert emergency and "911" in emergency[0]["text"]
    assert harness.fake.topics[thread]["name"].startswith("🚨 ")
    in_topic = harness.fake.in_topic(thread)
    assert in_topic[-2]["copy_of"][0] == PERSON  # the message itself
    assert "🚨" in in_topic[-1]["text"]  # and a line for staff


async def test_forget_ends_the_handoff_deletes_the_topic_and_the_mapping(harness: Harness) -> None:
    thread = await harness.connect()
    await harness.feed(message(PERSON, "/forget"))
    await harness.feed(tap(PERSON, "x:yes"))
    assert harness.fake.topics[thread]["deleted"]
    assert harness.store.db["handoffs"].count == 0
    # a later staff message in that topic reaches nobody
    sent = len(harness.fake.sent)
    await harness.feed(staff_message(thread, "¿sigue ahí?"))
    assert len(harness.fake.sent) == sent


async def test_waiting_then_keep_waiting_then_idle_topic_closed(harness: Harness) -> None:
    thread = await harness.connect(language="en")
    now = time.time()
    await harness.handover.sweep(now + 30 * 60)
    before = len(harness.to_person())
    await harness.handover.sweep(now + 61 * 60)
    waiting = harness.to_person()[before:]
    assert len(waiting) == 1
    assert {"t:legal_help", "g:help", "h:wait", "h:stop"} <= set(buttons(waiting[0]))
    await harness.handover.sweep(now + 62 * 60)
    assert len(harness.to_person()) == before + 1  # told once, not every round
    await harness.feed(tap(PERSON, "h:wait", "en"))
    assert not harness.fake.topics[thread]["closed"]
    await harness.handover.sweep(now + 73 * 3600)
    assert harness.fake.topics[thread]["closed"]
    assert "/human" in harness.to_person()[-1]["text"]
    row = next(harness.store.db.query("select closed_by, chat_sealed from handoffs"))
    assert row == {"closed_by": "timeout", "chat_sealed": None}


async def test_nothing_personal_written_and_logs_name_only_the_pseudonym(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="rightsbot")
    planted = [
        "Wilnerson Altagracia",
        "+52 55 8123 4567",
        "WXYZ880101HDFLRN09",
        "wilnerson@example.org",
        "Calle Guadalupe Victoria 418",
        "expediente 4567/2025",
    ]
    thread = await harness.connect()
    await harness.feed(message(PERSON, f"me llamo {planted[0]}, mi telefono es {planted[1]}"))
    await harness.feed(message(PERSON, f"CURP {planted[2]} correo {planted[3]}"))
    await harness.feed(message(PERSON, f"vivo en {planted[4]}, mi {planted[5]}"))
    await harness.feed(staff_message(thread, f"Gracias {planted[0]}, le llamamos al {planted[1]}"))
    await harness.feed(staff_message(thread, "/close"))
    assert len(harness.fake.in_topic(thread)) >= 4
    harness.store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    files = [p for p in harness.path.parent.iterdir() if p.name.startswith(harness.path.name)]
    assert any(p.name.endswith("-wal") for p in files)
    blob = b"".join(p.read_bytes() for p in files)
    for detail in [*planted, str(PERSON), f"Persona{PERSON}", f"persona{PERSON}"]:
        assert detail.encode() not in blob, detail
    assert PERSON.to_bytes(8, "big") not in blob
    events = [r.getMessage() for r in caplog.records if r.name == "rightsbot.handoff"]
    (handoff_id,) = {row["id"] for row in harness.store.db.query("select id from handoffs")}
    assert any(f"handoff {handoff_id} connected" in e for e in events)
    assert any(f"handoff {handoff_id} first staff reply" in e for e in events)
    assert any(f"handoff {handoff_id} closed by staff" in e for e in events)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for detail in [*planted, str(PERSON), f"Persona{PERSON}"]:
        assert detail not in logged
    assert pseudonym(PERSON, runtime_of(harness.app).secret) not in logged


async def test_relays_survive_5xx_and_429_once_each(harness: Harness) -> None:
    thread = await harness.connect()
    harness.fake.fail("copyMessage", status=502)
    harness.fake.fail("copyMessage", retry_after=1)
    await harness.feed(message(PERSON, "tengo una cita en la comar"))
    copies = [m for m in harness.fake.in_topic(thread) if "copy_of" in m]
    assert len(copies) == 1
    harness.fake.fail("copyMessage", status=500)
    await harness.feed(staff_message(thread, "La acompañamos el lunes"))
    assert [m["text"] for m in harness.to_person() if "copy_of" in m] == ["La acompañamos el lunes"]


async def test_a_deleted_topic_ends_the_handoff_and_the_bot_answers_again(
    harness: Harness,
) -> None:
    thread = await harness.connect()
    harness.fake.topics[thread]["deleted"] = True  # staff deleted it by hand
    await harness.feed(message(PERSON, "hola, sigue alguien?"))
    assert "/human" in harness.to_person()[-1]["text"]
    assert harness.handover.active(pseudonym(PERSON, runtime_of(harness.app).secret)) is None


async def test_stats_count_handoffs_waits_and_unanswered(harness: Harness) -> None:
    thread = await harness.connect(PERSON)
    await harness.feed(staff_message(thread, "Buenos días"))
    await harness.connect(PERSON + 1)
    await harness.feed(message(PERSON + 1, "/stop"))
    (week,) = weekly(harness.store)
    assert week["handoffs"] == 2 and week["answered"] == 1 and week["unanswered"] == 1
    assert week["median_wait_minutes"] is not None and week["p90_wait_minutes"] is not None


async def test_anonymous_admins_are_relayed_and_closing_the_topic_in_telegram_ends_it(
    harness: Harness,
) -> None:
    thread = await harness.connect()
    anonymous = {
        "id": 1087968824,
        "is_bot": True,
        "first_name": "Group",
        "username": "GroupAnonymousBot",
    }
    group = {"id": STAFF_CHAT_ID, "type": "supergroup", "title": "Staff"}
    await harness.feed(
        staff_message(thread, "Hola, le escribe el equipo", sender=anonymous, sender_chat=group)
    )
    other_bot = {"id": 42, "is_bot": True, "first_name": "Otro", "username": "otro_bot"}
    await harness.feed(staff_message(thread, "spam de otro bot", sender=other_bot))
    copies = [m["text"] for m in harness.to_person() if "copy_of" in m]
    assert copies == ["Hola, le escribe el equipo"]
    await harness.feed(staff_message(thread, None, forum_topic_closed={}))
    assert "/human" in harness.to_person()[-1]["text"]
    row = next(harness.store.db.query("select closed_by from handoffs"))
    assert row["closed_by"] == "staff"


async def test_the_report_shows_handoffs(harness: Harness) -> None:
    from bot.staff.report import render

    thread = await harness.connect()
    await harness.feed(staff_message(thread, "Buenas tardes"))
    page = render(harness.store)
    assert "Talk to a person: hand-offs to staff" in page and "<td>1</td>" in page


async def test_requests_are_logged_under_the_same_pseudonym_and_no_is_recorded(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="rightsbot")
    await harness.feed(message(PERSON + 2, "/human"))
    await harness.feed(tap(PERSON + 2, "h:no"))
    await harness.feed(message(PERSON, "/human"))
    await harness.feed(message(PERSON, "/human"))  # asked twice: still one request
    await harness.feed(tap(PERSON, "h:yes"))
    rows = list(harness.store.db.query("select id, closed_by, thread_id from handoffs"))
    declined = [r for r in rows if r["closed_by"] == "declined"]
    opened = [r for r in rows if r["thread_id"] is not None]
    assert len(rows) == 2 and len(declined) == 1 and len(opened) == 1
    events = [r.getMessage() for r in caplog.records if r.name == "rightsbot.handoff"]
    handoff_id = opened[0]["id"]
    assert f"handoff {handoff_id} requested lang=es" in events
    assert f"handoff {handoff_id} connected lang=es" in events
    assert f"handoff {declined[0]['id']} closed by declined" in events
    (week,) = weekly(harness.store)
    assert week["handoffs"] == 1  # a request turned down is not a hand-off


async def test_the_chores_both_transports_run_sweep_the_handoffs(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    import asyncio

    from bot.edges import chores

    swept: list[float] = []

    async def sweep(now: float | None = None) -> None:
        swept.append(time.time())

    monkeypatch.setattr(chores, "RELOAD_EVERY_SECONDS", 0.01)
    monkeypatch.setattr(chores, "HANDOFF_SWEEP_SECONDS", 0.0)
    monkeypatch.setattr(harness.handover, "sweep", sweep)
    stop = asyncio.Event()
    running = asyncio.create_task(chores.run_chores(runtime_of(harness.app), stop))
    for _ in range(200):
        if len(swept) >= 2:
            break
        await asyncio.sleep(0.01)
    stop.set()
    await running
    assert len(swept) >= 2


async def test_a_failing_sweep_never_stops_the_chores(harness: Harness) -> None:
    from bot.edges.chores import sweep_handoffs

    async def broken(now: float | None = None) -> None:
        raise RuntimeError("database on fire")

    harness.handover.sweep = broken  # type: ignore[method-assign]
    await sweep_handoffs(runtime_of(harness.app))  # logged, not raised


async def test_a_location_shared_during_a_handoff_reaches_staff_and_gets_help_nearby(
    harness: Harness,
) -> None:
    thread = await harness.connect()
    before = len(harness.to_person())
    where = {"location": {"latitude": 14.905, "longitude": -92.263}}  # Tapachula
    await harness.feed(message(PERSON, None, **where))
    assert harness.fake.in_topic(thread)[-1]["kind"] == "location"
    nearby = harness.to_person()[before:]
    assert len(nearby) == 1 and "Tapachula" in nearby[0]["text"]
