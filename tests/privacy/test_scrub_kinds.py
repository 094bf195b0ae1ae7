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
    # second round: houses by colour, landmarks, cross streets, US shapes, localities
    ("rentamos en la casa amarilla #27, frente a la cancha", ["amarilla", "27"]),
    ("nou rete nan kay wouj la nimewo 31", ["wouj", "31"]),
    ("it's the blue house no. 6 past the bridge", ["blue", "6"]),
    ("vivo en la casa de la esquina, la segunda casa a mano derecha", ["segunda"]),
    ("mi mamá vive en la 3ra casa de la cuadra", ["3ra"]),
    (
        "estamos en Av. Hidalgo 41 entre Allende y Aldama, portón café",
        ["Allende", "Aldama", "café"],
    ),
    ("vivo en av. central norte 77, esquina con 4a oriente", ["77", "4a"]),
    ("la casa está en calle Reforma s/n, barrio Las Palmas", ["Reforma", "Palmas"]),
    ("vivo en el 512 de la calle Galeana", ["512", "Galeana"]),
    ("we stay at plot 9, off Kintampo Road, near the pharmacy", ["9", "Kintampo"]),
    ("my uncle is at 3305 N 45th Ave Apt 12, Phoenix AZ 85031", ["3305", "45th", "85031"]),
    ("m te rete 12 Rue Capois, Turgeau", ["Capois", "Turgeau"]),
    ("vivimos en unidad habitacional Las Brisas edificio D depto 7", ["Brisas", "7"]),
    ("estamos en la colonia 20 de Noviembre, andador 6 casa 14", ["Noviembre", "14"]),
    ("we meet at the Methodist church on 7th street", ["7th"]),
    # shelter places: letters, lists of beds, bunk positions, mats and cots
    ("estamos en el módulo D, cuarto 11", [" D", "11"]),
    ("we are in block F, cot 28", [" F", "28"]),
    ("nos dieron las literas 4, 5 y 6", ["4", "5", "6"]),
    ("we sleep on mats 31 and 32 near the door", ["31", "32"]),
    ("duermo en la litera de arriba, cama 19", ["arriba", "19"]),
    ("mwen nan kabann anba a nan chanm 3", ["anba", "3"]),
    ("i'm on the lower bunk by the window", ["lower"]),
    ("nou nan seksyon C, kabann 12", [" C", "12"]),
    # schools, workplaces, churches, hotels
    ("mi hija va a la secundaria 32, 2do año turno vespertino", ["32", "2do", "vespertino"]),
    ("my son is in grade 3, group C", [" 3", " C"]),
    ("vamos al templo Rey de Reyes cada domingo", ["Rey de Reyes"]),
    ("we go to Living Faith Chapel near the market", ["Living", "Faith"]),
    ("pastè a nan Legliz Evanjelik Bèt Chalom", ["Evanjelik", "Chalom"]),
    ("i used to teach at Lycée Classique d'Akwa", ["Classique", "Akwa"]),
    ("trabajo en la empacadora de chile Campo Verde", ["Campo Verde"]),
    ("li travay nan chantye Konstriksyon Lumière", ["Konstriksyon", "Lumière"]),
    ("nos quedamos en el Hotel Costa Azul, habitación 9", ["Costa Azul", "9"]),
    # birth dates partial or in words, abbreviated months
    ("my date of birth is 07/03, the year I don't know", ["07/03"]),
    ("el cumple de mi hijo es el 2 de febrero", ["2 de febrero"]),
    ("cumplo años el 18 de junio", ["18 de junio"]),
    ("DOB 14 Feb 1999", ["1999", "14"]),
    ("DOB: March 1991, Kumba", ["1991"]),
    # names: lower case after introductions, nicknames, shouted text
    ("mwen rele nadia kabeya, m bezwen èd", ["nadia", "kabeya"]),
    ("bonswa, moin se roselaure, m nan abri a", ["roselaure"]),
    ("hello this is precious mbuyi, from the shelter", ["precious", "mbuyi"]),
    ("tout moun rele m Ti Jan nan katye a", ["Ti Jan"]),
    ("en el albergue me dicen Chaparrita", ["Chaparrita"]),
    ("Vine con Rosa Amelia Funez y sus hijos", ["Rosa", "Amelia", "Funez"]),
    # numbers: phones in tens, MonCash numbers, case numbers after words, ids with letters
    ("mi número: nueve seis dos, cuarenta y cinco, treinta, doce, ochenta", ["cuarenta"]),
    ("voye l sou MonCash nimewo 4811 2390", ["4811", "2390"]),
    ("mi expediente en la COMAR es el TAP-4471-2025", ["4471", "TAP"]),
    ("RFC: PERJ850312KL4", ["KL4", "PERJ"]),
    ("mi hijo entró al CONALEP 214 en la mañana", ["214"]),
    ("nos congregamos en la Iglesia del Nazareno Maranatha", ["Nazareno", "Maranatha"]),
    ("anoche hablé con ana lucía y con su mamá", ["ana", "lucía"]),
    ("nou te vini ak Wisline, Kettelie ak Dieuseul", ["Wisline", "Kettelie", "Dieuseul"]),
    # lower case, as people type on a phone
    ("mis hijos van a la escuela lazaro cardenas en la tarde", ["lazaro", "cardenas"]),
    ("we rented at 41 adabraka road near the market", ["41", "adabraka"]),
    ("vivimos por la calle del molino numero 9", ["molino", "9"]),
    # third round: a place grows to the end of its clause, however it is described
    ("rento en morelos 233 casi esquina con la gasolinera", ["morelos", "233"]),
    ("nos quedamos en colonia el paraiso, pasaje 3 casa 10", ["paraiso", "pasaje", "10"]),
    ("mwen rete kolonya Bellavista kay 22, bò lekol la", ["Bellavista", "22"]),
    ("i'm staying at 14 maple ave apt 3 with my aunt", ["maple", "14", " 3"]),
    ("she lives behind the red house number 40 on the dirt road", ["red", "40", "dirt"]),
    ("my cousin is at 9 lincoln st unit 5 houston tx 77001", ["lincoln", "77001", "unit 5"]),
    ("estamos en el barrio san jose, en el pasaje de atras", ["san jose"]),
    ("lat 15.1234 long -92.4321 estamos aqui", ["15.1234", "lat", "92.4321"]),
    ("nací en marzo del 93 en Choluteca", ["marzo", "93"]),
    ("I turned 25 last week, on the 9th of june", ["9th", "june"]),
    ("my birthday is november 2nd", ["november", "2nd"]),
    ("yo soy de agosto del 88 y ella de enero del 90", ["88", "90", "agosto"]),
    ("m fèt douz desanm mil nèf san katreven", ["douz", "desanm", "katreven"]),
    # schools, workplaces, churches, hotels: kind and name, with room, grade, teacher or boss
    ("trabajamos en la bloquera Los Pinos con don Chucho", ["Pinos", "Chucho"]),
    ("mi hija estudia en la secundaria técnica 45, con el maestro ruben", ["45", "ruben"]),
    ("nos quedamos en el hotel Mirador habitación 12 hasta el lunes", ["Mirador", "12"]),
    ("m ale legliz Batis Bon Samariten chak dimanch", ["Samariten"]),
    ("I cook at Tacos El Gordo, my boss is mr lucas", ["Gordo", "lucas"]),
    ("vendo tamales en el puesto 31 del mercado san roque", ["31", "roque"]),
    ("my son goes to Riverside Elementary, room 14, with ms parker", ["Riverside", "14"]),
    # shelter spots: any kind word and its number or letter, with what describes it
    ("we are in tent 4, row B, behind the kitchen", [" 4", "row B"]),
    ("mi cama es la 23 en el salón grande", ["23"]),
    ("kabann mwen se 18 nan gwo sal la", ["18"]),
    ("duermo en la colchoneta 7 del pasillo norte", [" 7", "pasillo"]),
    ("dòtwa B kabann 9, se la m ye", [" B", " 9"]),
    # names beside names, and handles with dots
    ("my kids Samuel and Luz are with me", ["Samuel", "Luz"]),
    ("mi usuario es karla.mendez93 y no entra", ["karla", "mendez93"]),
    ("pregunten por Milagros en la entrada", ["Milagros"]),
    # fifth round: homes told like directions, shouted names, split phones, marks
    (
        "rentamos la casita de madera atrás de la tortillería, la que tiene reja roja",
        ["madera", "reja"],
    ),
    ("m rete kay ble a devan lekòl la, twazyèm pòt sou bò goch", ["ble", "twazyèm"]),
    ("find us behind the yellow chapel, third house with the big dog", ["yellow", "dog"]),
    ("SE LLEVARON A MI HERMANO BAYRON AYER", ["BAYRON"]),
    ("mi tío don cheyo me va a recibir", ["cheyo"]),
    ("mi cel\n961\n332\n1804", ["961", "1804"]),
    ("llamame al 55 • 2931 • 7740", ["2931", "7740"]),
    ("escribeme a dayana_vzla88 hotmail com", ["dayana"]),
    ("tengo un tatuaje de un águila con el nombre Brayan en la espalda", ["Brayan", "águila"]),
    ("vendo elotes en el mercado Morelos local 12", ["Morelos", " 12"]),
    # sixth round: layout, vehicles, people set apart, directions given as such
    ("mi contacto:\nYoselin Mairena\ntel: 962 104 3381", ["Yoselin", "Mairena"]),
    ("this is my new number (Kofi Mensah) 55 1234 9876", ["Kofi", "Mensah"]),
    ("Esperanza, la señora del cuarto 5, necesita un doctor", ["Esperanza"]),
    ("traigo una camioneta gris con un golpe en la puerta", ["gris", "golpe"]),
    ("im the only haitian woman at that factory", ["haitian woman"]),
    ("how to find me: after the church turn right, the green house with a fence", ["green"]),
    ("la placa es MXR 31 77 y no tengo papeles", ["MXR", "31 77"]),
    # seventh round: lower-case names after family words, titles and introductions
    ("frè m wilnès nan prizon migrasyon an", ["wilnès"]),
    ("my husband kwabenya is detained since monday", ["kwabenya"]),
    ("la lic. paz orduña no me contesta", ["paz", "orduña"]),
    ("hi i'm farid nazari from kabul", ["farid", "nazari"]),
    ("mis datos: YOSELIN ARGUETA\nhonduras", ["YOSELIN", "ARGUETA"]),
    ("send it to my cashapp $marisol_22", ["marisol"]),
    # eighth round: names in lists and over lines, handles after "soy", card endings
    ("mis hijas yeimy y dayerlin estan conmigo", ["yeimy", "dayerlin"]),
    ("mi nombre\nes\nkevin\nalexander\nmejia", ["kevin", "alexander", "mejia"]),
    ("hi im marielys from maracaibo", ["marielys"]),
    ("en instagram soy la_negra_hn22", ["negra_hn22"]),
    ("mi tarjeta termina en 4471 y no llego el apoyo", ["4471"]),
    ("placas de guatemala P 512 KTR", ["512", "KTR"]),
    # ninth round: family lists with ages
    ("mi familia:\n- marvin omar reyes 40\n- glenda reyes 37\n- josue 10", ["marvin", "glenda"]),
    ("kids: Yaritza 9, Brandon 6, Luz 3", ["Yaritza", "Brandon", "Luz"]),
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
    # second round: ordinary words the new rules must leave alone
    "el domingo no hay comida en el albergue",
    "Dieu est grand, merci",
    "Dios te salve María, llena eres de gracia",
    "MI SUEGRO Y MI CUÑADO YA TIENEN CITA",
    "tengo cita el 20 de mayo de 2025, que llevo?",
    "m gen randevou 4 jen 2025, ki papye m bezwen?",
    "the hearing is on 11/04/2025, what do I bring?",
    "en caso de 3 niños que hago?",
    "mi caso es del 2023 y no me contestan",
    "i'm tired, please help",
    "this is ridiculous, nobody answers",
    "soy ondureño, vivo aqui",
    "me dicen que espere dos semanas",
    "the Catholic Church helped us a lot",
    "la iglesia nos ayudó mucho",
    "trabajo en una tienda de ropa",
    "el albergue tiene 40 camas y 3 baños",
    "hay 2 literas por cuarto",
    "mi hija va a la escuela en la tarde",
    "ella trabaja en Monterrey desde marzo",
    "i came through Luanda and Sao Paulo",
    "pasé por Santa Ana y San Miguel",
    "my wife is Burundian, I am Rwandan, can we apply together?",
    "they sent me to the clinic downtown",
    "el hotel cuesta mucho, no tenemos dinero",
    "we walked 3 blocks down the street",
    "la calle de 3 carriles es peligrosa",
    # third round: places that are no one's address
    "estoy en Tapachula",
    "estoy en el albergue y mañana tengo cita en COMAR a las 9",
    "estamos en Tijuana 2 semanas ya",
    "m rete Tapachula depi 2 mwa",
    "I live in Mexico City with my 2 kids",
    "we are at the shelter in Reynosa",
    "en la colonia donde vivo hay mucha violencia",
    "la colonia es peligrosa",
    "me quedo en casa de mi prima en Tapachula",
    "necesito cuarto para 4 personas",
    "the room is too small for 5 people",
    "en el mercado venden ropa barata",
    "the church helps migrants with food",
    "la unidad de salud no me atiende",
    "Can I Still Apply For Asylum Even If I Am Here Illegally?",
    "my son will come tomorrow",
    # fifth round
    "How do asylum seekers live in Ireland?",
    "the Biden administration ended that program",
    "cuánto cuesta el pasaje de Tapachula a Monterrey?",
    "la renta es de 1500 y no me alcanza",
    "la cita es el 2025-03-18 en la oficina de Tapachula",
    "we live in a small room, is that allowed?",
    "tengo tatuajes, me pueden negar el refugio?",
    "nou dòmi nan kan Renacimiento",
    # sixth round
    "the only thing i want is papers",
    "lo unico que quiero es trabajar",
    "vivo por aqui cerca",
    "compre una camioneta, es legal?",
    "mi cita es el 03/12 a las 9, que llevo?",
    # seventh round
    "my lawyer said wait 45 days",
    "¿Por qué debería pedir asilo en México?",
    "Who May File Form I-730?",
    "soy cristiana y tengo miedo de volver",
    "i'm tired from work",
    "¿Qué pasa si se pierde la constancia?",
    # eighth round
    "mi permiso termina en 2026, puedo renovarlo?",
    "fray matias de cordova atiende los sabados?",
    # ninth round
    "m gen 29 an, madanm mwen gen 26, nou ka fè demann ansanm?",
    "tengo 3 hijos de 5, 8 y 12 años",
]


@pytest.mark.parametrize(("text", "gone"), CAUGHT)
def test_caught(text: str, gone: list[str]) -> None:
    clean = scrub(text)
    for part in gone:
        assert part not in clean, clean


@pytest.mark.parametrize("text", KEPT)
def test_readable_text_stays(text: str) -> None:
    assert scrub(text) == text


def test_a_us_address_keeps_its_city_and_state() -> None:
    clean = scrub("my cousin lives at 77 W 12th St, Dallas TX 75208")
    assert "Dallas TX" in clean and "75208" not in clean and "77" not in clean


def test_a_business_keeps_the_city_after_it() -> None:
    clean = scrub("li travay nan faktori Textil Norte Monterrey")
    assert "Monterrey" in clean and "Textil" not in clean


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
            "colonia",
            "vivo",
            "en",
            "hotel",
            "carpa",
            "nací",
            "mayo",
            "del",
            "91",
            "<PLACE>",
            "<ADDRESS>",
            "y",
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


def test_a_name_on_its_own_line_ends_at_the_next_line() -> None:
    assert scrub("me llamo Ana\ntengo 3 hijos") == "me llamo <NAME>\ntengo 3 hijos"
