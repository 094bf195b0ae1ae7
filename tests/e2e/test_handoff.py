"""Talk to a person, end to end: the real python-telegram-bot polling the fake Bot API,
with a staff supergroup whose forum topics carry each hand-off."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import project_root
from bot.testing.fake_bot_api import FakeTelegram, buttons, message, tap
from bot.testing.fake_forum import STAFF_CHAT_ID, STAFF_MEMBER, staff_message

pytestmark = pytest.mark.model

HANDOFF = yaml.safe_load((project_root() / "content" / "handoff.yml").read_text("utf-8"))
#: the topics each person asked about before, as the card names them (staff read Spanish)
CARD_TOPICS = {
    "es": "Ayuda legal gratis",
    "en": ": —",
    "ht": "¿Cuánto tiempo tengo para pedir refugio?",
}
PEOPLE = {"es": 3101, "en": 3102, "ht": 3103}
FIRST_WORDS = {
    "es": "la comar me nego el refugio y tengo una carta",
    "en": "my husband is detained since monday",
    "ht": "mwen rate dat limit la, kisa m ka fe",
}


@pytest.fixture
async def staffed(services, fake: FakeTelegram, tmp_path: Path) -> AsyncIterator[FakeTelegram]:  # type: ignore[no-untyped-def]
    """The bot with RIGHTSBOT_STAFF_CHAT_ID set; the client rate limiter is off so the
    test does not wait out Telegram's 20 messages a minute per group."""
    from bot.edges.polling import serve

    settings = services.settings.with_overrides(
        token=fake.token,
        api_base_url=fake.base_url,
        db_path=tmp_path / "bot.db",
        staff_chat_id=STAFF_CHAT_ID,
        rate_limit=False,
    )
    stop = asyncio.Event()
    task = asyncio.create_task(serve(dataclasses.replace(services, settings=settings), stop))
    yield fake
    stop.set()
    await asyncio.wait_for(task, timeout=30)


async def until(condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


def to_person(fake: FakeTelegram, chat: int) -> list[dict[str, Any]]:
    return fake.replies_to(chat)


def personal(chat: int) -> list[str]:
    """What must never reach staff: the person's name, username and Telegram id."""
    return [f"Persona{chat}", f"persona{chat}", str(chat)]


def assert_consent(reply: dict[str, Any], language: str) -> None:
    """Who reads, what they do not see, office hours and the wait; Yes / No."""
    assert buttons(reply)[-2:] == ["h:yes", "h:no"]
    assert HANDOFF["who_reads"][language][1:] in reply["text"]  # who reads
    assert HANDOFF["hours_text"][language] in reply["text"]
    assert HANDOFF["expected_wait"][language] in reply["text"]


async def ask_and_consent(fake: FakeTelegram, chat: int, language: str, ask: dict) -> int:  # type: ignore[type-arg]
    """Ask for a person with ``ask``, check the consent text, tap Yes; returns the topic."""
    before = len(to_person(fake, chat))
    fake.push(ask)
    await until(lambda: any("h:yes" in buttons(r) for r in to_person(fake, chat)[before:]))
    assert_consent(to_person(fake, chat)[-1], language)
    topics_before = set(fake.topics)
    answered = len(to_person(fake, chat))
    fake.push(tap(chat, "h:yes", language))
    await until(lambda: len(to_person(fake, chat)) > answered)
    (thread,) = set(fake.topics) - topics_before
    assert "/stop" in to_person(fake, chat)[-1]["text"]  # "you are connected"
    return thread


async def connect(fake: FakeTelegram, chat: int, language: str) -> int:
    """/human → consent → Yes; returns the topic's thread id."""
    return await ask_and_consent(fake, chat, language, message(chat, "/human", language=language))


async def test_three_people_reach_staff_and_only_their_own_answers(staffed: FakeTelegram) -> None:
    fake = staffed
    threads: dict[str, int] = {}
    # es: a question for a lawyer offers a person
    chat = PEOPLE["es"]
    lawyer = message(chat, "necesito un abogado gratis", language="es")
    threads["es"] = await ask_and_consent(fake, chat, "es", lawyer)
    # en: "am I talking to a person?" offers a person
    chat = PEOPLE["en"]
    challenge = message(chat, "am i talking to a real person?", language="en")
    threads["en"] = await ask_and_consent(fake, chat, "en", challenge)
    # ht: the "Talk to a person" button beside "Free legal help" under any answer
    chat = PEOPLE["ht"]
    fake.push(message(chat, "konbyen tan m genyen pou m mande refij", language="ht"))
    await until(lambda: len(to_person(fake, chat)) >= 1)
    answer = to_person(fake, chat)[-1]
    assert "h:ask" in buttons(answer) and "t:legal_help" in buttons(answer)
    threads["ht"] = await ask_and_consent(fake, chat, "ht", tap(chat, "h:ask", "ht"))
    for language, thread in threads.items():
        chat = PEOPLE[language]
        name = fake.topics[thread]["name"]
        assert name.endswith(f"· {language.upper()}")
        card = fake.in_topic(thread)[0]["text"]
        for secret in personal(chat):
            assert secret not in name and secret not in card
        assert f": {language}" in card and CARD_TOPICS[language] in card  # language, topics asked

    # the person writes: the message appears in that person's topic only, the bot stays quiet
    for language, chat in PEOPLE.items():
        answered = len(to_person(fake, chat))
        fake.push(message(chat, FIRST_WORDS[language], language=language))
        photo = [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]
        fake.push(message(chat, None, language=language, photo=photo, caption="la carta"))
        voice = {"file_id": "v", "file_unique_id": "v", "duration": 4}
        fake.push(message(chat, None, language=language, voice=voice))
        document = {"file_id": "d", "file_unique_id": "d", "file_name": "resolucion.pdf"}
        fake.push(message(chat, None, language=language, document=document))
        thread = threads[language]
        await until(lambda thread=thread: len(fake.in_topic(thread)) >= 5)
        copies = fake.in_topic(thread)[1:]
        assert [c["kind"] for c in copies] == ["text", "photo", "voice", "document"]
        assert all(c["copy_of"][0] == chat for c in copies)
        assert copies[0]["text"] == FIRST_WORDS[language]
        assert len(to_person(fake, chat)) == answered
    for thread in threads.values():
        assert all(
            c.get("copy_of", (None,))[0] in (None, *PEOPLE.values()) for c in fake.in_topic(thread)
        )
        others = [t for t in threads.values() if t != thread]
        mine = {c["copy_of"] for c in fake.in_topic(thread) if "copy_of" in c}
        for other in others:
            assert not mine & {c["copy_of"] for c in fake.in_topic(other) if "copy_of" in c}

    # staff answer in each topic: that person only, without the staff member's name;
    # a note starting with # is not sent
    for language, chat in PEOPLE.items():
        before = len(to_person(fake, chat))
        fake.push(staff_message(threads[language], f"# nota: revisar caso {language}"))
        fake.push(staff_message(threads[language], f"Respuesta del equipo para {language}"))
        await until(lambda chat=chat, before=before: len(to_person(fake, chat)) > before)
        await asyncio.sleep(0.3)
        received = to_person(fake, chat)[before:]
        assert [r["text"] for r in received] == [f"Respuesta del equipo para {language}"]
        assert received[0]["copy_of"][0] == STAFF_CHAT_ID
    everything_to_people = json.dumps([m for c in PEOPLE.values() for m in to_person(fake, c)])
    for word in (STAFF_MEMBER["first_name"], STAFF_MEMBER["last_name"], STAFF_MEMBER["username"]):
        assert word not in everything_to_people
    assert "revisar caso" not in everything_to_people

    # /close in the topic: the person is told and the bot answers again
    chat, thread = PEOPLE["en"], threads["en"]
    before = len(to_person(fake, chat))
    fake.push(staff_message(thread, "/close"))
    await until(lambda: fake.topics[thread]["closed"])
    await until(lambda: len(to_person(fake, chat)) > before)
    assert "/human" in to_person(fake, chat)[-1]["text"]
    relayed = len(fake.in_topic(thread))
    fake.push(message(chat, "how many days do i have to apply for asylum", language="en"))
    await until(lambda: len(to_person(fake, chat)) > before + 1)
    assert "f:deadline:up" in buttons(to_person(fake, chat)[-1])
    assert len(fake.in_topic(thread)) == relayed

    # the person can end it too
    chat, thread = PEOPLE["ht"], threads["ht"]
    before = len(to_person(fake, chat))
    fake.push(message(chat, "/stop", language="ht"))
    await until(lambda: fake.topics[thread]["closed"])
    assert len(to_person(fake, chat)) == before + 1
    # /human is in Telegram's command menu, in each language
    for language, name in (("es", "Hablar con una persona"), ("ht", "Pale ak yon moun")):
        assert {"command": "human", "description": name} in fake.commands[language]


async def test_nobody_else_can_speak_for_a_person(staffed: FakeTelegram) -> None:
    fake = staffed
    chat = 3201
    fake.push(message(chat, "/start", language="es"))
    await until(lambda: len(to_person(fake, chat)) >= 2)
    thread = await connect(fake, chat, "es")
    start = len(fake.sent)
    strangers = [
        staff_message(thread, "desde otro grupo", chat_id=-1009999999999),  # same thread id
        staff_message(thread + 1000, "un tema que el bot no abrió"),
        staff_message(None, "en General"),
        staff_message(thread, None, forum_topic_edited={"name": "x"}),  # a service message
        staff_message(
            thread, None, new_chat_members=[{"id": 5, "is_bot": False, "first_name": "N"}]
        ),
        staff_message(
            thread,
            None,
            pinned_message={
                "message_id": 1,
                "date": 0,
                "chat": {"id": STAFF_CHAT_ID, "type": "supergroup"},
            },
        ),
        staff_message(thread, "/close@another_bot"),
        staff_message(thread, "/start"),
    ]
    for update in strangers:
        fake.push(update)
    fake.push(tap(chat + 1, "h:stop", "es"))  # someone else's forged "end" button
    await until(lambda: fake.confirmed())
    await asyncio.sleep(0.5)
    late = fake.sent[start:]
    assert [m["chat_id"] for m in late] == [chat + 1]  # only "you are not connected"
    assert not fake.topics[thread]["closed"]
    # forged callback data: answered like any invalid button, never acted on
    fake.push(tap(chat, "h:yes;drop table", "es"))
    await until(lambda: len(fake.sent) > len(late) + start)
    assert fake.sent[-1]["chat_id"] == chat
    assert all(b.startswith("g:") for b in buttons(fake.sent[-1]))  # "no longer valid" + menu
    assert len(fake.topics) == 1 and len(fake.in_topic(thread)) == 1  # only the card
