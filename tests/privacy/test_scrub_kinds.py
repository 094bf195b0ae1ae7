"""Personal data as people really type it (our own sentences, not the red-team sets'),
the readable text around it kept, and the scrubber idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.privacy.redteam import evaluate, leaked, load
from bot.privacy.scrub import scrub

CAUGHT = [
    # names after family words, titles, introductions, in any case, and in signatures
    ("mi cuñada Yuleisy no tiene papeles", ["Yuleisy"]),
    ("la licenciada Bonilla nos dijo que esperemos", ["Bonilla"]),
    ("hola, le habla Marleny Funes desde Tapachula", ["Marleny", "Funes"]),
    ("SOY DIEUNEL PIERRELUS Y NECESITO AYUDA", ["DIEUNEL", "PIERRELUS"]),
    ("el que nos robó se llama Kevin alias el Flaco", ["Kevin", "Flaco"]),
    ("frè m Kervenson nan detansyon", ["Kervenson"]),
    ("se Guerlande k ap ekri, m te rele yè", ["Guerlande"]),
    ("my aunt Ama Owusu is sick", ["Ama", "Owusu"]),
    ("Sekou here, from the shelter", ["Sekou"]),
    ("Gracias por todo\nAtentamente\nYesenia Portillo", ["Yesenia", "Portillo"]),
    ("ok thanks\n- Kwabena", ["Kwabena"]),
    ("mi hija Esperanza tiene fiebre", ["Esperanza"]),
    # handles, e-mails written out, phones in words, plates, dates, rooms, addresses
    ("búscame en insta como @la_morena.504", ["la_morena", "504"]),
    ("mi correo: yuleisy punto funes arroba gmail punto com", ["yuleisy", "funes"]),
    ("write me at kojo_b (at) yahoo (dot) com", ["kojo_b"]),
    ("mi cel es nueve cinco cinco, uno dos, tres cuatro cinco seis", ["nueve cinco cinco"]),
    ("la patrulla tenía placas MXT-551-K", ["MXT-551-K", "551"]),
    ("nací el 14 de septiembre de 1996 en Choluteca", ["1996"]),
    ("m fèt 2 desanm 1989", ["1989"]),
    ("estamos en el albergue, cuarto 27, cama 3", ["27"]),
    ("we sleep in tent number 41 by the river", ["41"]),
    ("vivo en la 12 oriente norte 44, atrás del mercado", ["44", "oriente norte"]),
    ("col. Los Laureles mz 9 lt 21", ["Laureles", "21"]),
    ("https://maps.app.goo.gl/Zq81xxL2 aquí estamos", ["Zq81xxL2"]),
]

KEPT = [
    "vivo en la calle con mis 3 hijos, no tenemos techo",
    "la tarjeta vale 1 año, se puede renovar?",
    "the card is valid for 1 year, can I renew it?",
    "tengo esperanza de que me den refugio",
    "Dios y la Virgen de Guadalupe nos cuiden",
    "ay Jesús, ya no aguanto",
    "soy hondureño y tengo miedo",
    "I'm Nigerian and I came through Panama",
    "M se ayisyen, m rete Tapachula",
    "mi cita es el 12 de marzo, que llevo?",
    "solo quiero vivir en paz",
    "en el albergue no hay luz",
    "tengo 30 dias habiles para pedir refugio?",
    "si me pasa algo llamo al 911?",
    "sali de El Salvador y llegue a Ciudad Juárez",
]


@pytest.mark.parametrize(("text", "gone"), CAUGHT)
def test_caught(text: str, gone: list[str]) -> None:
    clean = scrub(text)
    for part in gone:
        assert part not in clean, clean


@pytest.mark.parametrize("text", KEPT)
def test_readable_text_stays(text: str) -> None:
    assert scrub(text) == text


def test_names_recurring_in_a_message_go_too() -> None:
    clean = scrub("me llamo Yorleni, escriban a Yorleni al albergue")
    assert "Yorleni" not in clean


def test_the_measure_counts_a_token_left_behind() -> None:
    details = [{"kind": "name", "value": "Yuleisy Funes"}]
    assert leaked("soy Yuleisy Funes", "soy <NAME> Funes", details) == [True]
    assert leaked("soy Yuleisy Funes", "soy <NAME>", details) == [False]
    # a word that was already in the message outside the detail is no leak
    details = [{"kind": "shelter_location", "value": "cama 8"}]
    assert leaked("8 personas, cama 8", "8 personas, cama <NUMBER>", details) == [False]


def test_the_redteam_sets_load_and_measure() -> None:
    root = Path(__file__).resolve().parents[2] / "data" / "eval"
    figures, _ = evaluate(load(root / "scrub_redteam_a.jsonl"), scrub)
    assert {"es", "en", "ht", "all"} <= set(figures)
    assert figures["all"].recall > 0.9 and figures["all"].keep_rate > 0.9


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_idempotent(text: str) -> None:
    once = scrub(text)
    assert scrub(once) == once


words = st.lists(
    st.sampled_from(
        [
            "mi",
            "hermano",
            "Wilner",
            "se",
            "llama",
            "Rosa",
            "soy",
            "I'm",
            "my",
            "wife",
            "calle",
            "12",
            "cama",
            "3",
            "@ana_x",
            "arroba",
            "gmail",
            "punto",
            "com",
            "nueve",
            "seis",
            "dos",
            "uno",
            "uno",
            "uno",
            "uno",
            "Atte.",
            "-",
            ",",
            ".",
            "Mackenson",
            "Paz",
            "de",
            "la",
        ]
    ),
    max_size=20,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(words)
def test_idempotent_on_personal_looking_text(text: str) -> None:
    once = scrub(text)
    assert scrub(once) == once
    assert len(once) <= len(text) + 200
