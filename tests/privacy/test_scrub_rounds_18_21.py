"""Rounds 18 to 21: nicknames with their article, French-spelled e-mails, a religious sister's
name, where someone sleeps told by landmarks, a taxi's or patrol car's number, birth dates
written "12 del 10 del 88" or in Kreyòl words; public offices and consulates, the customs office
and organisations' names kept (our own sentences)."""

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
    # round 19: where someone sleeps, told by three landmarks or more
    ("dormimos en el parque, detras del puesto de jugos de la esquina", ["jugos"], "<PLACE>"),
    ("m dòmi nan estasyon an, anba eskalye ki bò pòt vèt la", ["eskalye", "vèt"], "<PLACE>"),
    # the number of the taxi someone drives, a Kreyòl nickname, in-laws, a km marker
    ("I drive a taxi, number 318, and the other drivers threaten me", ["318"], "<PLATE>"),
    ("frè m ak Ti Jak rete Tapachula", ["Jak"], "<NAME>"),
    ("my brother in law Peace was arrested", ["Peace"], "<NAME>"),
    ("nou rete bò lanmè a, kilomèt 7 sou wout la", ["7"], "<ADDRESS>"),
    # a profile name that ends with a town, after "sou whatsapp kòm"
    ("chèche m sou whatsapp kòm Ti Nana Jakmèl", ["Nana", "Jakmèl"], "<NAME>"),
    # round 20: birth dates, a patrol car, a street named after someone, a home in a later clause
    ("nací el 3 del 11 del 92 y la constancia dice otra cosa", ["92", "11"], "<DATE>"),
    ("pitit mwen fèt vennsèt jen de mil uit, li bezwen lekòl", ["vennsèt", "uit"], "<DATE>"),
    ("el carro de la policia, la patrulla 2231, me siguio", ["2231"], "<PLATE>"),
    ("I clean for a family in Polanco, Emilio Castelar 118, they owe me", ["118"], "<ADDRESS>"),
    ("I live with my aunt, in the green house behind the primary school", ["green"], "<ADDRESS>"),
    ("vendo afuera del mercado, en el puesto de lona verde, me quitan todo", ["lona", "verde"], ""),
    ("nou nan kan an, tant wouj la ki kole ak twalèt yo", ["twalèt"], "<PLACE>"),
    # round 21: a bed by its order and side, a tent then "ki" and a landmark, "they call"
    ("m nan chanm gason yo, twazyèm kabann lan sou bò goch", ["twazyèm", "goch"], "<PLACE>"),
    ("mi tienda es la carpa roja que esta junto al baño", ["roja", "baño"], "<PLACE>"),
    ("the boss, a man they call Don Tacho, keeps our papers", ["Tacho"], "<NAME>"),
]

KEPT = [
    # offices known by their initials, and the street after them
    "The COMAR office in Mexico City is at Versalles 49, right? When do they open?",
    "mañana tengo cita en la COMAR de Tijuana en la calle Segunda, a que hora abren?",
    "la comar de Tapachula esta en la 1a Oriente? no la encuentro",
    # the customs office, a metro station, an organisation's page
    "en la Aduana de Ciudad Hidalgo nos cobraron 300 pesos, es legal?",
    "cual oficina queda mas cerca del metro Insurgentes?",
    "someone called 'Migration Help Mexico' wants 200 dollars for a COMAR appointment",
    "a friend told me about one called Jardin de las Mariposas, is it open?",
    # round 19: consulates, an office across two questions, a pastor by trade, a town
    "el consulado de Honduras en Tapachula esta en la 4a avenida norte? ocupo pasaporte",
    "Where is the COMAR office in Tijuana? Is it still on Blvd Agua Caliente?",
    "En Honduras mi papa es pastor evangélico, eso cuenta como persecución por religion?",
    "dormimos debajo del puente, es legal que nos saquen?",
    "nou rete Ti Goave avan nou vini",
    # round 20: an event's date after "ap fèt?" (take place), an organisation after "called"
    "Kilè atelye a ap fèt? Mwen te wè l te 10 fevriye.",
    "I already called Casa Monarca but no answer, who else helps?",
    "la patrulla llegó a las 10 y eran 3 policias",
    # round 21: a feast day, a request to be called, a metro station, an office's street after
    # "¿o están en…?", an organisation after "called", a place after "gen yon kote"
    "1ye janvye se fèt endepandans Ayiti, konsila a ap fèmen?",
    "Kilè yo ap rele m pou randevou a?",
    "How do I get to COMAR from the Tasqueña metro?",
    "hay oficinas del ACNUR en el centro? o estan en la 4a norte",
    "I work at a bar called Club Social in Tijuana, can they fire me?",
    "Èske gen yon kote nan Monterrey kote moun ka aprann panyòl?",
    "tome el taxi en la terminal, me cobraron 300 pesos",
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


def test_a_church_ends_before_the_verb_after_it() -> None:
    # the church may go (a landmark in a small town), what is said about it stays
    assert "esta lleno, hay otro?" in scrub(
        "el albergue de la Iglesia Metodista esta lleno, hay otro?"
    )


def test_a_verb_after_a_name_and_a_comma_is_no_name() -> None:
    clean = scrub(
        "my facebook is Princess Ifeoma Okafor, they hacked it and ask my family for money"
    )
    assert "Okafor" not in clean and "they hacked it" in clean


def test_a_tattoo_is_described_up_to_the_next_clause() -> None:
    text = "tengo un tatuaje de una rosa con el nombre de mi mama en el brazo y el policia me para"
    clean = scrub(text)
    assert "nombre de mi mama" not in clean and "y el policia me para" in clean


def test_a_surname_no_list_knows_is_no_everyday_word() -> None:
    clean = scrub("the manager Mr. Rogelio Fuentes yells at me because I am black")
    assert "Rogelio" not in clean and "Fuentes" not in clean and "because I am black" in clean


def test_a_workplace_ends_before_without() -> None:
    clean = scrub("me botaron de la Carpinteria San Judas sin pagarme la quincena")
    assert "Judas" not in clean and "sin pagarme la quincena" in clean
