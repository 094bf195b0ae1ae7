"""Whole conversations through python-telegram-bot's real HTTP, against the fake Bot API."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.testing.fake_bot_api import BOT_USERNAME, FakeTelegram, buttons, message, tap

pytestmark = pytest.mark.model

QUESTIONS = {
    "es": [
        ("cuanto tiempo tengo para pedir refugio", "deadline"),
        ("la comar me nego el refugio que hago", "negative_decision"),
        ("puedo trabajar mientras espero mi tramite", "work_and_id"),
        ("necesito un abogado gratis", "legal_help"),
        ("donde pido asilo en mexico", "how_to_apply"),
        ("mis hijos pueden ir a la escuela", "health_and_school"),
        ("me pueden deportar mientras espero la respuesta", "rights_during_procedure"),
        ("que es la proteccion complementaria", "complementary_protection"),
        ("un señor me pide dinero para acelerar mi caso en la comar", "fraud_and_fees"),
        ("hui de las pandillas de mi pais, puedo ser refugiado", "expanded_definition"),
    ],
    "en": [
        ("how many days do i have to apply for asylum", "deadline"),
        ("comar rejected my case what can i do", "negative_decision"),
        ("can i work while i wait for my asylum", "work_and_id"),
        ("i need a free lawyer", "legal_help"),
        ("what are the opening hours of the comar offices", "comar_offices"),
        ("can my children go to school in mexico", "health_and_school"),
        ("i dont speak spanish can i get an interpreter", "interpreter"),
        ("what is complementary protection", "complementary_protection"),
        ("someone asks me money to speed up my comar case", "fraud_and_fees"),
        ("i fled gang violence in honduras can i be a refugee", "expanded_definition"),
    ],
    "ht": [
        ("konbyen tan m genyen pou m mande refij", "deadline"),
        ("comar refize m, kisa m ka fe", "negative_decision"),
        ("eske m ka travay pandan m ap tann", "work_and_id"),
        ("m bezwen yon avoka gratis", "legal_help"),
        ("ki kote m ka mande azil nan meksik", "how_to_apply"),
        ("eske pitit mwen ka al lekol", "health_and_school"),
        ("m pa pale panyol, eske m ka jwenn yon entepret", "interpreter"),
        ("kisa pwoteksyon konplemantè ye", "complementary_protection"),
        ("yon moun mande m lajan pou l fe dosye m mache vit", "fraud_and_fees"),
        ("gang yo menase m nan peyi m, eske m ka refijye", "expanded_definition"),
    ],
}
DISCLAIMER = {"es": "no asesoría legal", "en": "not legal advice", "ht": "pa konsèy legal"}
GREETING_BUTTONS = ["l:es", "l:en", "l:ht"]


async def wait_for(
    fake: FakeTelegram, count: int, chat_id: int | None = None, timeout: float = 60
) -> list[dict]:  # type: ignore[type-arg]
    return await asyncio.to_thread(fake.wait_for, count, timeout, chat_id)


async def test_thirty_conversations_in_three_languages(bot: FakeTelegram) -> None:
    chat = 100
    expected: dict[int, tuple[str, str]] = {}
    for language, questions in QUESTIONS.items():
        for text, topic in questions:
            chat += 1
            expected[chat] = (language, topic)
            bot.push(message(chat, "/start", language=language))
            bot.push(message(chat, text, language=language))
    for chat_id, (language, topic) in expected.items():
        replies = await wait_for(bot, 3, chat_id)
        greeting, privacy, answer = replies[:3]
        assert buttons(greeting) == GREETING_BUTTONS
        assert "/forget" in privacy["text"]
        assert answer["parse_mode"] == "HTML"
        assert DISCLAIMER[language] in answer["text"], (chat_id, answer["text"][-200:])
        actions = buttons(answer)
        assert f"t:{topic}" in actions or f"m:{topic}" in actions or f"f:{topic}:up" in actions, (
            language,
            topic,
            actions,
        )
        assert "t:legal_help" in actions or topic == "legal_help"
    # then a tap on "more details" answers with the details, same language
    chat_id = next(iter(expected))
    bot.push(tap(chat_id, f"m:{expected[chat_id][1]}", "es"))
    replies = await wait_for(bot, 4, chat_id)
    assert DISCLAIMER["es"] in replies[-1]["text"]
    # commands were registered per language
    assert {"es", "en", "ht", ""} <= set(bot.commands)


async def test_every_kind_of_update_gets_a_reply_or_deliberate_silence(bot: FakeTelegram) -> None:
    kinds = {
        "voice": {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
        "photo": {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]},
        "sticker": {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
            }
        },
        "document": {"document": {"file_id": "d", "file_unique_id": "d"}},
        "video": {
            "video": {
                "file_id": "vi",
                "file_unique_id": "vi",
                "width": 1,
                "height": 1,
                "duration": 1,
            }
        },
        "contact": {"contact": {"phone_number": "+5215512345678", "first_name": "Ana"}},
        "poll": {
            "poll": {
                "id": "1",
                "question": "?",
                "options": [],
                "total_voter_count": 0,
                "is_closed": False,
                "is_anonymous": True,
                "type": "regular",
                "allows_multiple_answers": False,
                "allows_revoting": False,
                "members_only": False,
            }
        },
        "location": {"location": {"latitude": 32.52, "longitude": -117.03}},
    }
    chat = 500
    for extra in kinds.values():
        chat += 1
        bot.push(message(chat, None, language="en", **extra))
    emoji_chat, long_chat, forged_chat = 601, 602, 603
    bot.push(message(emoji_chat, "🙏🙏", language="ht"))
    bot.push(message(long_chat, "necesito ayuda con mi caso de refugio " * 110, language="es"))
    bot.push(tap(forged_chat, "t:../../etc/passwd", "es"))
    # deliberate silences
    silent = 700
    bot.push({"edited_message": message(silent, "editado")["message"]})
    bot.push(
        {
            "channel_post": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": -100, "type": "channel"},
                "text": "hola",
            }
        }
    )
    bot.push(message(-42, "hola a todos", chat_type="group"))
    group_mention = -43
    bot.push(
        message(
            group_mention,
            f"@{BOT_USERNAME} cuanto tiempo tengo para pedir refugio",
            chat_type="group",
        )
    )
    # a newer Bot API object that this python-telegram-bot cannot parse: skipped, not stuck
    bot.push(message(599, None, language="en", poll={"id": "2", "question": "?"}))
    for chat_id in range(501, chat + 1):
        reply = (await wait_for(bot, 1, chat_id))[0]
        assert buttons(reply), reply
    assert "Tijuana" in (bot.replies_to(508) or [{}])[0]["text"]
    for chat_id in (emoji_chat, long_chat, forged_chat, group_mention):
        await wait_for(bot, 1, chat_id)
    assert "30" in bot.replies_to(group_mention)[0]["text"]
    await asyncio.sleep(0.5)
    assert bot.replies_to(silent) == [] and bot.replies_to(-100) == [] and bot.replies_to(-42) == []
    assert all(len(m["text"]) <= 4096 for m in bot.sent)
    assert bot.replies_to(599) == []


async def test_429_delays_but_loses_no_reply(bot: FakeTelegram) -> None:
    bot.fail("sendMessage", retry_after=1, times=1)
    started = time.monotonic()
    bot.push(message(801, "necesito un abogado gratis"))
    replies = await wait_for(bot, 1, 801)
    assert time.monotonic() - started >= 1.0
    await asyncio.sleep(0.5)
    assert len(bot.replies_to(801)) == len(replies) == 1


async def test_5xx_and_timeouts_are_retried_once_delivered(bot: FakeTelegram) -> None:
    bot.fail("sendMessage", status=502, times=2)
    bot.push(message(802, "how many days do i have to apply for asylum", language="en"))
    await wait_for(bot, 1, 802)
    await asyncio.sleep(0.5)
    assert len(bot.replies_to(802)) == 1
    bot.fail("getUpdates", status=500, times=2)
    bot.push(message(803, "m bezwen yon avoka gratis", language="ht"))
    await wait_for(bot, 1, 803)


async def test_language_choice_and_forget(bot: FakeTelegram, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bot.push(message(901, "/start", language="en"))
    await wait_for(bot, 2, 901)
    bot.push(tap(901, "l:ht"))
    await wait_for(bot, 3, 901)
    bot.push(message(901, "ok"))
    replies = await wait_for(bot, 4, 901)
    # a language-neutral "ok" is answered in the chosen Kreyòl, whatever it is taken for
    kreyol = ("Kisa w bezwen", "Chwazi", "M ka", "Pran swen", "Si ou an danje")
    assert any(marker in replies[-1]["text"] for marker in kreyol), replies[-1]["text"]
    assert "peligro" not in replies[-1]["text"] and "danger" not in replies[-1]["text"]
    bot.push(message(901, "/forget"))
    replies = await wait_for(bot, 5, 901)
    assert buttons(replies[-1]) == ["x:yes", "x:no"]
    bot.push(tap(901, "x:yes"))
    await wait_for(bot, 6, 901)
    await asyncio.sleep(0.3)
    from bot.privacy.records import pseudonym
    from bot.privacy.store import Store

    who = pseudonym(901, b"test-secret")
    store = Store(tmp_path / "bot.db")
    for table in ("preferences", "messages", "feedback"):
        rows = store.db.execute(
            f"select count(*) from {table} where pseudonym = ?", [who]
        ).fetchone()[0]
        assert rows == 0, table


async def test_start_deep_link_opens_one_answer(bot: FakeTelegram) -> None:
    bot.push(message(950, "/start ht_deadline", language="es"))
    replies = await wait_for(bot, 3, 950)
    assert "30" in replies[2]["text"] and DISCLAIMER["ht"] in replies[2]["text"]


async def test_a_user_who_blocked_the_bot_is_not_retried(bot: FakeTelegram) -> None:
    bot.fail("sendMessage", status=403, times=1)
    bot.push(message(1001, "necesito un abogado gratis"))
    deadline = time.monotonic() + 60
    while "sendMessage" not in bot.calls and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(1.0)
    assert bot.calls.count("sendMessage") == 1  # refused once, never retried
    assert bot.replies_to(1001) == []
    bot.push(message(1002, "necesito un abogado gratis"))  # the bot carries on
    await wait_for(bot, 1, 1002)


async def test_dropped_connections_are_retried(bot: FakeTelegram) -> None:
    bot.fail("sendMessage", drop=True, times=1)
    bot.push(message(1003, "m bezwen yon avoka gratis", language="ht"))
    await wait_for(bot, 1, 1003)
    await asyncio.sleep(0.5)
    assert len(bot.replies_to(1003)) == 1


async def test_flood_control_answers_once_then_waits(bot: FakeTelegram) -> None:
    for _ in range(12):
        bot.push(message(1004, "hola"))
    await wait_for(bot, 9, 1004)
    await asyncio.sleep(1.0)
    replies = bot.replies_to(1004)
    assert len(replies) == 9  # 8 answers and one "please wait"
    assert "Espera un momento" in replies[-1]["text"]


async def test_a_slow_telegram_delays_only_that_chat(bot: FakeTelegram) -> None:
    """A reply Telegram takes 4 s to accept does not hold up people writing meanwhile."""
    bot.push(message(1201, "necesito un abogado gratis"))
    await wait_for(bot, 1, 1201)  # the bot is up and polling
    bot.fail("sendMessage", delay=4.0, status=200, times=1)  # slow, then accepted
    started = time.monotonic()
    bot.push(message(1201, "cuanto tiempo tengo para pedir refugio"))
    await asyncio.sleep(0.3)  # its reply is now stuck in the slow request
    bot.push(message(1202, "how many days do i have to apply for asylum", language="en"))
    bot.push(message(1203, "m bezwen yon avoka gratis", language="ht"))
    await wait_for(bot, 1, 1202)
    await wait_for(bot, 1, 1203)
    assert time.monotonic() - started < 3.0, "other chats waited for the slow reply"
    assert len(bot.replies_to(1201)) == 1
    await wait_for(bot, 2, 1201, timeout=30)
    await asyncio.sleep(0.5)
    assert [len(bot.replies_to(chat)) for chat in (1201, 1202, 1203)] == [2, 1, 1]


async def test_huge_and_strange_updates_get_bounded_replies(bot: FakeTelegram) -> None:
    """A 100,000-character message, a huge update body with unknown fields, markup in
    the text: one reply each, within Telegram's limits, and the bot carries on."""
    long_text = "necesito un abogado gratis " + "<b>&amp;](javascript:alert(1)) " * 4000
    bot.push(message(1301, long_text))
    bloated = message(1302, "cuanto tiempo tengo para pedir refugio")
    bloated["message"]["future_field"] = {"nested": [{"x": "y" * 1000}] * 200}
    bloated["message"]["entities"] = [
        {"type": "bold", "offset": i, "length": 1} for i in range(500)
    ]
    bot.push(bloated)
    bot.push({"future_update_kind": {"data": "z" * 50_000}})
    bot.push(message(1303, "m bezwen yon avoka gratis", language="ht"))
    for chat in (1301, 1302, 1303):
        await wait_for(bot, 1, chat)
    await asyncio.sleep(0.5)
    for chat in (1301, 1302, 1303):
        replies = bot.replies_to(chat)
        assert len(replies) == 1, chat
        assert len(replies[0]["text"]) <= 4096
        assert "javascript:" not in replies[0]["text"] and "<b>&amp;]" not in replies[0]["text"]
    await asyncio.to_thread(lambda: _wait(bot.confirmed, 10))


def _wait(condition, timeout: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
