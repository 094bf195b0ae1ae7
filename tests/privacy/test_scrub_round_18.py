"""Round 18: nicknames with their article, French-spelled e-mails, a religious sister's name, and
public offices, kinds of church and organisations' names kept (our own sentences)."""

from __future__ import annotations

import pytest

from bot.privacy.redteam import identifying
from bot.privacy.scrub import scrub

CAUGHT = [
    # a nickname with its article, and the surname after it
    ("mi primo el chino salgado nos consiguio el cuarto", ["chino", "salgado"], "<NAME>"),
    ("la Flaca me quito mi lugar en la fila de la comar", ["Flaca"], "<NAME>"),
    # "Ti" or "Gwo" left in front of a removed name
    ("pitit mwen yo se Ti Wil ak Nerlande", ["Ti ", "Wil", "Nerlande"], "<NAME>"),
    # a religious sister's name after her title
    ("Sòr Evelande nan legliz la di m pa ka rete la", ["Evelande"], "<NAME>"),
    # an e-mail spelled the French way
    ("voye l bay wilny point jean chez yahoo point fr", ["wilny", "jean"], "<EMAIL>"),
    # an office's street is kept only as a street: a case number after it goes
    ("la oficina de COMAR en Tapachula me dio el folio 12345678", ["12345678"], "<CASE>"),
    ("nimewo lèt INM nan se INM/VER/4471/2025, sa sa vle di?", ["4471"], "<CASE>"),
    # their own street, near an office, is theirs
    ("vivo cerca de la COMAR en la calle Roble 45, es peligroso?", ["Roble", "45"], "<ADDRESS>"),
]

KEPT = [
    # offices known by their initials, and the street after them
    "The COMAR office in Mexico City is at Versalles 49, right? When do they open?",
    "mañana tengo cita en la COMAR de Tijuana en la calle Segunda, a que hora abren?",
    "la comar de Tapachula esta en la 1a Oriente? no la encuentro",
    # a kind of church, the customs office, a metro station, an organisation's page
    "el albergue de la Iglesia Metodista esta lleno, hay otro?",
    "en la Aduana de Ciudad Hidalgo nos cobraron 300 pesos, es legal?",
    "cual oficina queda mas cerca del metro Insurgentes?",
    "someone called 'Migration Help Mexico' wants 200 dollars for a COMAR appointment",
    "a friend told me about one called Jardin de las Mariposas, is it open?",
    "mi carro es el negro, lo puedo vender sin papeles?",
]


@pytest.mark.parametrize(("text", "gone", "placeholder"), CAUGHT)
def test_caught(text: str, gone: list[str], placeholder: str) -> None:
    clean = scrub(text)
    assert not [word for word in gone if word in clean], clean
    assert placeholder in clean


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert scrub(text) == text


def test_a_plate_takes_its_groups_not_the_word_after_it() -> None:
    clean = scrub("el taxi tiene placas 52-34-AVM en Tapachula")
    assert "AVM" not in clean and "<PLATE> en Tapachula" in clean


def test_a_description_made_of_ordinary_words_must_lose_them_not_its_preposition() -> None:
    # "sou" (on) is no detail: the measure asks for the words that describe the spot
    assert identifying("sou matla anba eskalye a", "shelter_location") == ["anba", "eskalye"]
