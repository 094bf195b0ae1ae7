"""A question about another country's asylum system is not answered with Mexican law."""

from __future__ import annotations

import pytest

from bot.nlu.classifier import Classification
from bot.nlu.jurisdiction import place_of, route


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("how long after getting to the US do i have to file for asylum", "usa"),
        ("puedo pedir asilo en estados unidos desde aqui", "usa"),
        ("can I get a work permit in the United States while my case is pending", "usa"),
        ("m vle ale Ozetazini, eske m ka mande azil la", "usa"),
        ("how do I apply for refugee status in Canada", "elsewhere"),
        ("kijan pou m mande azil an Repiblik Dominikèn", "elsewhere"),
        ("¿cómo pido asilo en España?", "elsewhere"),
        # where someone fled from, or lived before, is not where they ask
        ("in Honduras the gang threatened me, can I get asylum?", None),
        ("en honduras me amenazaron, puedo pedir refugio?", None),
        ("I lived in Brazil for years, can I still apply?", None),
        ("soy de venezuela y quiero refugio", None),
        # naming Mexico keeps the question Mexican
        ("quiero ir a estados unidos pero me quedo en mexico, como pido refugio", None),
        ("viví en Chile 5 años, puedo pedir refugio en México?", None),
        ("cuanto tiempo tengo para pedir asilo", None),
    ],
)
def test_place_of_the_procedure(text: str, place: str | None) -> None:
    assert place_of(text) == place


def _guess(topic: str) -> Classification:
    ranking = ((topic, 0.7), ("usa_asylum", 0.2), ("out_of_scope", 0.1))
    return Classification(topic, 0.7, (), ranking)


def test_us_procedure_goes_to_the_us_topic() -> None:
    routed = route("how long after arriving in the U.S. do I have to apply", _guess("deadline"))
    assert routed.topic == "usa_asylum" and routed.alternatives == ()


def test_other_country_is_out_of_scope() -> None:
    routed = route("how do I apply for asylum in Canada", _guess("how_to_apply"))
    assert routed.topic == "out_of_scope"


def test_danger_and_conversation_are_never_rerouted() -> None:
    assert route(
        "help me, they want to kill me, I want asylum in Canada", _guess("emergency")
    ).topic == ("emergency")
    assert (
        route("what can this bot do about asylum in the US", _guess("help_menu")).topic
        == "help_menu"
    )


def test_mexican_questions_are_untouched() -> None:
    guess = _guess("deadline")
    assert route("cuanto tiempo tengo para pedir asilo en mexico", guess) is guess


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("what happens in a credible fear interview", "usa"),
        ("¿qué es la entrevista de miedo creíble?", "usa"),
        ("my TPS is about to expire, can I renew it", "elsewhere"),
        ("can my brother in New York sponsor me for humanitarian parole", "elsewhere"),
        ("èske m ka esponsò manman m anba pwogram libète kondisyonèl la", "elsewhere"),
        ("¿quién califica para DACA?", "elsewhere"),
        ("my cousin was detained by ICE, how do I find him", "elsewhere"),
        ("¿qué es el programa Quédate en México?", "usa"),
        ("¿cuándo hay que renovar la tarjeta roja?", "elsewhere"),
        ("mwen gen TPS e mwen pè retounen, èske m ta dwe mande azil", "usa_or_none"),
    ],
)
def test_us_procedures_and_non_asylum_status(text: str, place: str) -> None:
    found = place_of(text)
    if place == "usa_or_none":
        assert found != "elsewhere"  # TPS with asylum in the question stays an asylum question
    else:
        assert found == place
