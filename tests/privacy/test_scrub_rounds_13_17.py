"""Rounds 13 to 17: health, secrets, badges, tents by colour, a second birth year, compound
first names, profile names with spaces, days after a year of birth, and public offices' streets
and ordinary words kept (our own sentences)."""

from __future__ import annotations

import pytest

from bot.privacy.scrub import scrub

CAUGHT = [
    # health said about oneself, in the three languages
    ("tengo VIH y no se si decirlo en la entrevista", ["VIH"], "<HEALTH>"),
    ("I am HIV positive, can the shelter tell others?", ["HIV"], "<HEALTH>"),
    ("m gen tibèkiloz, eske yo ka refize m?", ["tibèkiloz"], "<HEALTH>"),
    ("m se yon moun ki gen VIH", ["VIH"], "<HEALTH>"),
    # secrets and the code after a card number
    ("my password for the portal is Kq7!pLm2 and it fails", ["Kq7!pLm2"], "<SECRET>"),
    ("mi contraseña es Honduras2024 pero no entra", ["Honduras2024"], "<SECRET>"),
    ("kat mwen 4915 6623 1007 8845 ak kòd 412", ["412", "8845"], "<NUMBER>"),
    # the badge of an official being reported
    ("the agent was Officer Ruiz, badge 5521", ["5521", "Ruiz"], "<ID>"),
    # a year of birth that a document got wrong, once a birth date was given
    ("nací el 2 de mayo de 1991 y en la constancia pusieron 1981", ["1991", "1981"], "<DATE>"),
    ("m fèt 3 mas 1988 men sou kat la yo mete 1998", ["1988", "1998"], "<DATE>"),
    # a tent told by its colour, its order or what is next to it
    ("we sleep in the grey tent behind the water tanks", ["grey", "tanks"], "<PLACE>"),
    ("nou nan tant jòn nan bò kote robinèt dlo a", ["jòn", "robinèt"], "<PLACE>"),
    ("es la tercera carpa desde el puente", ["tercera", "puente"], "<PLACE>"),
    # a postcode after the address it belongs to
    ("my address: Andador Los Pinos 7-B, Tijuana BC 22116", ["22116", "Pinos"], "<ADDRESS>"),
    ("m ap viv nan kalle Emiliano Zapata 18 ak pitit mwen", ["Zapata", "18"], "<ADDRESS>"),
    # compound first names and names told with "and I", wherever they recur
    ("Atentamente,\nMaría de los Ángeles Ortez", ["Ángeles", "Ortez"], "<NAME>"),
    ("mi compañera paz elena está embarazada", ["paz", "elena"], "<NAME>"),
    ("Grace and I went to INM, they gave an appointment to me but not Grace", ["Grace"], ""),
    ("the smuggler calls himself Papi Chulo", ["Papi", "Chulo"], "<NAME>"),
    ("thanks for everything\n— Mama Ngozi", ["Ngozi"], "<NAME>"),
    # fifteenth round
    ("kontrasenyè kont mwen se Jakmel2023!, m pa ka antre", ["Jakmel2023"], "<SECRET>"),
    ("búscame en Facebook como Yeni Flores Catracha, ahí te escribo", ["Yeni", "Catracha"], ""),
    ("m sou Facebook kòm Lovenie Bèl Fanm, voye m mesaj", ["Lovenie", "Bèl"], "<USERNAME>"),
    ("I was born in nineteen ninety, the fourth of April", ["fourth", "April"], "<DATE>"),
    ("she was born 3rd of Hamal 1372 in the Afghan calendar", ["Hamal", "1372"], "<DATE>"),
    ("write to my email at jean dot wilner at gmail dot com", ["wilner"], "<EMAIL>"),
    ("I'm the only Nepali cook at the restaurant in Palenque", ["Nepali", "cook"], "<MARK>"),
    # sixteenth round
    ("call me on 55-1029-4477 after 6pm about the appeal. Achu", ["Achu", "4477"], "<NAME>"),
    ("Folio renouvèlman: 1208-7734-TIJ. Kilè yo fini?", ["1208", "TIJ"], ""),
    ("non m se LOUIS-JEUNE FRITZ, nan konstansya a yo ekri LUIS JUNE FRIZ", ["FRIZ"], "<NAME>"),
    ("m ap dòmi nan tant ble a bò twalèt yo nan kan an", ["ble", "twalèt"], "<PLACE>"),
    ("correo: marvin punto aguilar tres dos arroba hotmail punto com", ["marvin", "tres"], ""),
    ("imel la se djo pyè lwi at yahoo dot fr, m pa konn", ["djo", "pyè", "lwi"], "<EMAIL>"),
    # seventeenth round
    ("now I sleep on the bench behind the church in the park", ["bench", "church"], "<PLACE>"),
    ("m dòmi sou ban dèyè legliz la nan pak la", ["legliz", "pak"], "<PLACE>"),
    ("manman m Ti Sò rete Ayiti pou kont li", ["Sò"], "<NAME>"),
    ("imel stevenson.jeune a gmail pwen kom, yo ka depòte m", ["stevenson", "jeune"], "<EMAIL>"),
    # Haitian and Central American names no word list had, with no cue at all
    ("Manoucheka ak Kettelie rive Tapachula yè", ["Manoucheka", "Kettelie"], "<NAME>"),
    ("Yorleny y Dilcia llegaron ayer al albergue", ["Yorleny", "Dilcia"], "<NAME>"),
]

KEPT = [
    # general questions keep their words
    "¿Las personas con VIH pueden pedir refugio?",
    "does COMAR give HIV medicine to refugees?",
    "la clave es tener paciencia con la COMAR?",
    "¿dan carpas azules en el albergue?",
    "nací en Honduras, la Convención de 1951 me protege?",
    "dio a luz en el hospital, ¿su bebé es mexicano?",
    # public offices' streets: which office is meant, nobody's home
    "La oficina de COMAR en Tapachula esta en la 1a Av. Norte? y abre los sabados?",
    "tengo q firmar cada jueves en la oficina de la 4a Av Sur, si falto q pasa?",
    "la cita es en la oficina de COMAR en CDMX, en Versalles 49, que llevo?",
    # fifteenth round: the e-mail rule no longer reads "documents at night. What" as an address
    "Somebody stole our documents at night. What do we do?",
    "la comar di m fok mwen siyen chak semèn men m rete lwen nan Cacahoatán",
    "Is there any shelter for LGBT people in Tijuana? I heard about Jardín de las Mariposas.",
    "el programa Jóvenes Construyendo el Futuro acepta refugiados?",
    # sixteenth round: languages, a capital city and clock times are nobody
    "My neighbour only speaks French and Pular. Is there French interpretation at COMAR?",
    "Why is the Cameroonian embassy in Washington responsible for Mexico?",
    "we meet after 6pm about the appeal, ok",
    "mandé un correo a la COMAR y a la oficina, nadie contesta",
    # seventeenth round: a verb before "a gmail" and a national hero are nobody's details
    "voy a ir a gmail a ver si me llegó",
    "Toussaint Louverture se ewo pa m, men èske ACNUR ka ede nou?",
]


@pytest.mark.parametrize(("text", "gone", "placeholder"), CAUGHT)
def test_caught(text: str, gone: list[str], placeholder: str) -> None:
    clean = scrub(text)
    assert not [word for word in gone if word in clean], clean
    assert placeholder in clean


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert scrub(text) == text


def test_an_office_where_the_person_works_is_their_workplace() -> None:
    clean = scrub("trabajo en la oficina de la calle Juárez 45, me pagan poco")
    assert "45" not in clean and "Juárez" not in clean


def test_an_office_address_kept_is_kept_once_scrubbed_again() -> None:
    text = "mi nombre es Ana Funes, la oficina del INM está en la 5a Av. Sur 23, abre hoy?"
    clean = scrub(text)
    assert "Funes" not in clean and "5a Av. Sur 23" in clean
    assert scrub(clean) == clean
