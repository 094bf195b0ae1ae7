"""Rounds 13 to 21 of the scrubber's red-team work, in our own sentences: what each round
taught it to remove (health, secrets, badges, tents by colour or landmark, birth years, compound
and nick names, French-spelled e-mails, where someone sleeps, taxi and patrol numbers, birth
dates in words) and what it must keep (public offices' and consulates' streets, organisations,
feasts, ordinary words)."""

from __future__ import annotations

import pytest

from bot.privacy import clauses, echoes
from bot.privacy.redteam import identifying
from bot.privacy.scrub import scrub

CAUGHT = [
    # rounds 13 to 17
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
    # rounds 18 to 21
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
    # round 22: a room by its landmark, a tent by what it has, "we call", an interpreter
    ("we are in the small room next to the chapel, me and my kids", ["chapel"], "<PLACE>"),
    ("m nan kan an, tant vèt ki gen drapo Ayiti a, ki moun ki ka ede m?", ["drapo"], "<PLACE>"),
    ("a man we call Lobo took our money at the border", ["Lobo"], "<NAME>"),
    ("I'm the only Tamil interpreter at the clinic in Tapachula", ["Tamil"], "<MARK>"),
]

KEPT = [
    # rounds 13 to 17
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
    # rounds 18 to 21
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
    # round 22: an office's street before "sigue dando", a room wanted, a checkpoint
    "la oficina de ACNUR en la 4a Avenida Norte sigue dando tarjetas?",
    "necesito cuarto cerca de la iglesia para 4 personas",
    "Yo te kenbe telefòn mwen nan tchekpoint Huixtla a.",
    "we rent a room on our own. Can we apply in one file?",
    "tome el taxi en la terminal, me cobraron 300 pesos",
    "mi carro es el negro, lo puedo vender sin papeles?",
    # round 42: home towns, distances, public places, a trade after "soy"
    "soy de Colombia, de Tumaco, y alla me amenazaron los grupos armados",
    "I'm from Chinandega, I was a teacher there",
    "COMAR says we must sign in Tapachula. That's 800 km. Can we move the case?",
    "nos mandaron con el MPP, Quedate en Mexico. Estuvimos 2 años en Juarez",
    "I was 4 months in Stewart detention and 2 in Krome before they deported me",
    "bonswa, eske nimewo 911 mache pou migran tou?",
    "un señor en la fila dijo 2,500 pesos y otro dijo 8 mil, cual es?",
    "yo soy venezolano, soy maestro. Sali de Venezuela en 2019",
    "can refugees get INFONAVIT or a home loan?",
    "Ramadan Mubarak. during Ramadan can COMAR move my interview?",
    "en la ventanilla del INM en Homero 1832 me dijeron que cuesta 6 mil",
    # round 43: towns in Kreyòl and in Cyrillic, Chinese words that are no name, generic workplaces
    "bonjou, m soti Kafou. Mwen te gen yon randevou CBP One",
    "bonswa, m soti Senmak, m nan Tapachula depi 2 mwa",
    "I am from Russia, born in Yekaterinburg. Can I ask asylum?",
    "谢谢 COMAR, soy de 福建",
    "vivo en Харьков antes de la guerra",
    "trabajo de lunes a sabado en una obra y solo tengo el domingo",
    "M ap travay nan yon chantye nan Puebla e bòs la di se 90 jou.",
    "trabajo en Guadalajara en una fabrica de muebles",
    "my boss at the restaurant thinks they are the same.",
    "el albergue se llama Belén y da comida",
    "tengo 2 o 3 dias, el 1o de mayo es feriado",
    "Nací en Honduras, la Convención de 1951 me protege?",
    "Who can we complain to? SEP? or USAER?",
    "thanks in advance, Inshallah all good. Graças a Deus",
    # round 44: a paper's date, cities in Cyrillic letters, public services by name
    "me dieron el oficio con fecha 12 de febrero de 2025 y dice q tengo 15 dias",
    "the resolution from COMAR is dated 3 June 2025 and cites Article 13",
    "estamos en Тапачула (Tapachula) hace 3 semanas, la COMAR abre los sabados?",
    "is there a bus from Тихуана to Mexicali?",
    "me bloquearon la cuenta de Mercado Pago, q hago?",
    "Bondye fidèl. eske m ka ale lopital jeneral Tapachula san lajan?",
    "Is it true that from January 1, 2025 refugees don't need to sign every week?",
    "a todos los que entraron antes del 1 de enero de 2025, es verdad?",
    "how much does the FMM cost now? they charged my friend double",
    # round 45: feast days, offices on their avenues, counts, churches told as landmarks
    "El Jueves Santo y el Viernes Santo la COMAR de Tapachula no abre?",
    "happy St. Patrick's day! is the INM open today?",
    "Nou rive Tapachula jou fèt Sen Jan, 24 jen. Kilè COMAR louvri?",
    "We got to Juarez on All Saints' Day, November 1st. How long is the wait?",
    "the INM regional office on Avenida Lincoln, is it open on Saturday?",
    "Eske biwo COMAR nan avni Constitución louvri samdi?",
    "el oficial me metio a un cuarto 2 dias sin comida, puedo quejarme?",
    "cruzamos el Rio Bravo 2 veces y nos regresaron",
    "The social worker at Casa Monarca said to ask COMAR",
    "mi patrona vive en San Pedro Garza Garcia y no me paga",
    "la COMAR de CDMX ya no esta en Versalles 49, colonia Juarez?",
    "la COMAR de CDMX ahora esta en Calle 10 No. 167, colonia Granjas San Antonio, Iztapalapa?",
    "me dieron un lugar en el albergue, gracias a Dios",
    "frente a la iglesia de San Agustin nos dijeron que fueramos a la COMAR",
    "we waited near the Cathedral of San Marcos for the UNHCR volunteers",
    "trabajo en un restaurante cerca del centro y me pagan poco",
    "estoy en el albergue, el de los migrantes, y nos quieren sacar",
    # round 46: Kreyòl spellings of public names, border bridges, a taxi ride's minutes
    "Bondye bon! Komar aksepte dosye m. Kisa m dwe fè kounya?",
    "Èske m ka voye lajan ak Moncash san CURP?",
    "Sen Jak ak Ogou pa ka sove nou isit, se lwa meksiken an sèlman",
    "Kote ofis komar nan Tapachula ye? Èske se toujou sou 1ra Avenida Norte?",
    "is it true that the Puente Santa Fe is closed and we can only cross at Puente Zaragoza?",
    "tome un taxi 20 minutos hasta la COMAR",
    "trabajo en un restaurante cerca del centro de Tijuana y me pagan poco",
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


def test_a_date_is_no_part_of_a_place() -> None:
    clean = scrub("mi bebe nacio en el hospital de Tapachula el 21 de agosto del 2024")
    assert "2024" not in clean and "hospital de Tapachula" in clean


def test_a_street_number_then_a_full_stop_ends_the_address() -> None:
    clean = scrub("we rent a room at Calle 16 de Septiembre 520. Can we apply in one file?")
    assert "520" not in clean and clean.endswith("Can we apply in one file?")


# Round 23: people and workplaces told by what they do and whose they are


def test_a_person_told_by_their_trade_goes_and_the_question_stays() -> None:
    clean = scrub(
        "soy la señora de Guatemala q vende tamales afuera del mercado, me quitan la mercancia?"
    )
    assert "tamales" not in clean and "me quitan la mercancia?" in clean
    clean = scrub("the guy who drives the combi to Huixtla took my money")
    assert "combi" not in clean and "took my money" in clean
    # no everyday word for a person, no trade: an office's staff stay
    kept = "la persona que trabaja en la COMAR me dijo que espere"
    assert scrub(kept) == kept


def test_a_workplace_told_by_its_owner_or_its_name_goes() -> None:
    clean = scrub("trabajo en el puesto de tacos de don Chuy frente a la iglesia")
    assert "tacos" not in clean and "Chuy" not in clean
    clean = scrub("I work in the garment workshop of Mr. Hossain in Tlaxcala. Can I regularize?")
    assert "garment" not in clean and "Hossain" not in clean and "in Tlaxcala" in clean
    clean = scrub(
        "m ap travay nan yon atelye soude ki rele Soldaduras Martínez, patwon an pa peye m"
    )
    assert "soude" not in clean and "Soldaduras" not in clean and "patwon an pa peye m" in clean
    clean = scrub(
        "I drive for a delivery company, Rápido Express in Monterrey. What are my rights?"
    )
    assert "Rápido" not in clean and "in Monterrey" in clean
    kept = "I work at a restaurant, Monday to Friday. Can I keep working?"
    assert scrub(kept) == kept


def test_a_public_role_in_a_small_community_goes() -> None:
    clean = scrub(
        "I was a chief imam in my town, so everyone knows me there. Is my file confidential?"
    )
    assert "imam" not in clean and "Is my file confidential?" in clean


def test_a_role_and_organisation_under_a_signed_name_go() -> None:
    clean = scrub("Quedo atenta.\n\nLic. Fabiola Chávez\nCoordinadora, Comedor San Judas")
    assert "Coordinadora" not in clean and "Judas" not in clean and "Quedo atenta." in clean


def test_a_room_or_bed_told_by_where_it_is_goes() -> None:
    clean = scrub("estamos en el cuarto del fondo, el q tiene la puerta rota, y hay chinches")
    assert "puerta rota" not in clean and "y hay chinches" in clean
    clean = scrub("estoy en la litera 14 de abajo, la de la ventana, y un señor me molesta")
    assert "ventana" not in clean and "14" not in clean
    clean = scrub("m dòmi atè a nan koridò a, toupre pòt kizin nan, paske pa gen kabann")
    assert "kizin" not in clean and "paske pa gen kabann" in clean
    kept = "dormimos debajo del puente, nos pueden sacar?"
    assert scrub(kept) == kept


def test_double_rent_leads_to_no_door() -> None:
    clean = scrub("vivo en la vecindad, cuarto 4, y me quieren cobrar doble renta por ser migrante")
    assert "cobrar doble renta por ser migrante" in clean


def test_the_only_one_ends_where_the_next_clause_starts() -> None:
    clean = scrub("she is the only Congolese child there and the teacher ignores her")
    assert "Congolese" not in clean and "and the teacher ignores her" in clean


def test_kreyol_ti_set_off_by_commas_is_a_nickname_and_grace_is_no_name() -> None:
    clean = scrub("manman m ak granmoun nan, Ti Pa, tou de malad")
    assert "Ti Pa" not in clean
    kept = "Gras a Dye nou rive Mexicali. Kote biwo INM nan ye?"
    assert scrub(kept) == kept


# Round 24


def test_a_child_named_like_a_town_is_a_child() -> None:
    assert "Santiago" not in scrub("mi niño se llama Santiago, como lo registro?")
    kept = "el pueblo se llama Santiago y ahi me amenazaron"
    assert scrub(kept) == kept


def test_a_phone_takes_its_extension() -> None:
    clean = scrub("me pueden marcar al 01 55 2234 8812 ext 3? es de la casa donde trabajo")
    assert "ext" not in clean and clean.startswith("me pueden marcar al <PHONE>?")


def test_a_lawyer_with_a_title_is_no_workplace() -> None:
    clean = scrub("a guy who works for the lawyer Lic. Fermín Olvera charged me 15,000 pesos")
    assert "Olvera" not in clean and "for the lawyer Lic." in clean


def test_where_someone_sleeps_goes_and_the_shelter_name_stays() -> None:
    clean = scrub(
        "im sleeping on the floor by the window in the big room at Casa del Migrante, a bed?"
    )
    assert "window" not in clean and "Casa del Migrante" in clean
    clean = scrub(
        "n ap dòmi nan ti kay bwa a dèyè legliz la nan kan Matamoros. Èske nou ka jwenn èd?"
    )
    assert "bwa" not in clean and "Matamoros" in clean
    kept = "I sleep by myself in the car, is that ok?"
    assert scrub(kept) == kept


def test_a_person_told_by_how_they_look_goes() -> None:
    clean = scrub("I am at the shelter, the short guy with glasses, no one understands me")
    assert "glasses" not in clean and "no one understands me" in clean
    kept = "the man with the baby asked for water, can we get some?"
    assert scrub(kept) == kept


def test_an_organisation_known_by_its_initials_ends_a_place() -> None:
    clean = scrub("m nan chanm 5 anlè a nan otèl Ejidal HIAS peye a, gen dlo k ap koule")
    assert "Ejidal" not in clean and "HIAS peye a" in clean


def test_names_in_quotes_after_a_network_or_known_as_go() -> None:
    clean = scrub("Facebook mwen se 'Ti Poupette Lakay', se la mesye a jwenn mwen")
    assert "Poupette" not in clean and "Lakay" not in clean
    clean = scrub("tout moun konnen m kòm 'madan dan lò', gang yo boule machandiz mwen")
    assert "dan lò" not in clean and "gang yo boule" in clean
    kept = "I saw on the Facebook page of ACNUR that 'asylum is free', is it true?"
    assert scrub(kept) == kept


def test_a_tent_told_by_its_flag_and_row_goes() -> None:
    clean = scrub("Mwen nan kan an, tant ble a ak yon drapo ayisyen, dezyèm ranje a, m malad")
    assert "drapo" not in clean and "ranje" not in clean and "m malad" in clean


# Round 25


def test_a_capitalised_word_between_two_names_is_a_name() -> None:
    clean = scrub("Hola. Soy Paz. Paz Aurora Lindo Reyes. Mi caso lo lleva Asylum Access")
    assert "Lindo" not in clean and "Asylum Access" in clean


def test_papers_after_a_workplace_are_no_part_of_it() -> None:
    clean = scrub("puedo trabajar en la maquiladora Electroensambles del Norte con la constancia?")
    assert "Electroensambles" not in clean and "con la constancia?" in clean


def test_an_ngo_office_address_is_public() -> None:
    kept = "la oficina de Sin Fronteras esta en la calle Puebla 153 en la Roma? abre los sabados?"
    assert scrub(kept) == kept


def test_a_room_and_window_at_a_public_office_are_an_appointment() -> None:
    for kept in (
        "My appointment letter says room 3, window 12 at the INM office. Does that mean a judge?",
        "Lèt la di 'sal 4, fenèt 9' nan biwo INM nan, kisa sa vle di?",
    ):
        assert scrub(kept) == kept
    assert "12" not in scrub("estoy en el cuarto 12 del albergue, cerca de la COMAR")


def test_a_tent_told_by_what_comes_before_it_goes() -> None:
    clean = scrub("nan kan an nou nan twazyèm tant apre baryè a, tant jòn nan, pitit mwen malad")
    assert "baryè" not in clean and "pitit mwen malad" in clean


def test_a_job_for_a_small_named_organisation_goes() -> None:
    clean = scrub("mwen te chofè pou ONG Mission Espoir Nord, gang yo te kidnape m")
    assert "Espoir" not in clean and "gang yo te kidnape m" in clean
    kept = "I was a driver for Doctors Without Borders in Haiti"
    assert scrub(kept) == kept


# Round 26


def test_self_nicknames_and_names_someone_gave_himself_go() -> None:
    clean = scrub("q onda, soy el Chamo del albergue, necesito saber si puedo salir de Chiapas")
    assert "Chamo" not in clean and "salir de Chiapas" in clean
    assert "Captain" not in scrub("He called himself Captain and robbed us in Darién")
    kept = "soy el mayor de mis hermanos, puedo pedir asilo por ellos?"
    assert scrub(kept) == kept


def test_ti_and_a_capital_listed_with_a_name_is_a_name() -> None:
    clean = scrub("Tanpri, Ti Jan ak Ti Nèg kite abri a yè swa, yo pa retounen")
    assert "Nèg" not in clean and "kite abri a" in clean


def test_a_tent_told_by_its_size_and_flag_goes() -> None:
    clean = scrub("mi deh ina di big tent wid di Jamaica flag, how long fi wait fi COMAR?")
    assert "flag" not in clean and "how long fi wait fi COMAR?" in clean
    kept = "the big tent with the doctors is open on sundays?"
    assert scrub(kept) == kept
    clean = scrub("nou nan tant ble ki tou pre twalèt yo, eske lopital la gratis?")
    assert "twalèt" not in clean


def test_a_prayer_is_no_name_and_a_kreyol_stall_goes_with_its_owner() -> None:
    kept = "Jezi, Mari, Jozèf! Twa mwa depi m ap tann repons COMAR."
    assert scrub(kept) == kept
    clean = scrub("mw travay nan pòs tako don Rigo a bò mache a, li peye m 120 pesos pa jou")
    assert "tako" not in clean and "Rigo" not in clean and "120 pesos" in clean


# Round 27


def test_a_public_office_street_stays_in_spanish_and_kreyol() -> None:
    for kept in (
        "¿La oficina de la COMAR sigue en 4a Avenida Norte 49 en Tapachula o ya se cambió?",
        "Biwo COMAR nan Tapachula, li toujou sou 4ta Avenida Norte? Kilè li louvri?",
        "la oficina de COMAR está en la 1a Av. Norte 45, abre hoy?",
    ):
        assert scrub(kept) == kept


def test_a_holy_name_cried_out_and_a_year_after_rent_stay() -> None:
    for kept in (
        "Jesús, que calor hace en Tapachula, el albergue tiene ventiladores o no?",
        "Is HIAS still giving rent support in Tijuana in 2024?",
    ):
        assert scrub(kept) == kept
    assert "Jesús" not in scrub("mi hijo se llama Jesús, tiene fiebre")


def test_a_nickname_in_quotes_between_names_goes_with_them() -> None:
    clean = scrub("The smuggler's name is Hector 'El Gato' Salinas and he drives a red Nissan")
    assert "Gato" not in clean and "he drives a red Nissan" in clean


def test_a_trade_told_with_its_place_goes_whole() -> None:
    clean = scrub(
        "hey i'm the guy who sells phone cases at the tianguis on Saturday next to the church "
        "of San Juan, the police keep taking my stuff"
    )
    assert "tianguis" not in clean and "San Juan" not in clean and "the police keep" in clean
    clean = scrub("bonjou m se tifi ki gen cheve wouj la nan refij la, m rele Sherly")
    assert "wouj" not in clean


def test_spaced_digits_after_a_phone_word_and_a_case_numbers_second_group_go() -> None:
    clean = scrub("tanpri rele frè m, nimewo li se 3 7 8 9, 4 5 1 2 nan Ayiti")
    assert "4 5 1 2" not in clean and "nan Ayiti" in clean
    assert "5678" not in scrub("el numero de caso es 1234 5678")
    kept = "tengo 3 hijos y el mayor tiene 12 años"
    assert scrub(kept) == kept


# Round 28


def test_offices_called_by_their_initials_and_toll_free_lines_stay() -> None:
    for kept in (
        "Kijan pou m rele COMAR? Yo pa janm reponn.",
        "bòs la di m si m fè plent l ap rele INM",
        "la línea de la CNDH es el 800 715 2000? nadie contesta",
        "Can I call USCIS at 1-800-375-5283 from Mexico?",
    ):
        assert scrub(kept) == kept
    assert "2000" not in scrub("mi número es 800 715 2000, llámenme")
    for mobile in ("+52 1 800 100 1000", "52 800 100 1000", "+502 1 800 555 0199"):
        assert mobile[-4:] not in scrub(f"hola {mobile} ayuda"), mobile


def test_a_second_appointment_date_and_a_birth_year_of_a_group_stay() -> None:
    for kept in (
        "They moved my hearing from 04/02/2025 to 09/06/2025, what do I do?",
        "¿los que nacieron después de 2006 cuentan como menores?",
        "Eske yon moun ki fèt an 2009 ka mande azil poukont li?",
    ):
        assert scrub(kept) == kept
    assert "2009" not in scrub("pitit fi m nan fèt an 2009, li poko gen papye")


def test_a_disability_told_of_someone_goes_and_a_general_question_stays() -> None:
    clean = scrub("my nephew Kwame is deaf and mute, he got lost at the bus station")
    assert "deaf" not in clean and "mute" not in clean and "bus station" in clean
    kept = "¿una persona que es sorda puede pedir un intérprete en la COMAR?"
    assert scrub(kept) == kept


def test_a_size_before_a_scar_goes_with_it() -> None:
    clean = scrub("frè m gen yon gwo mak boule sou tout do li, li pa reponn depi samdi")
    assert "gwo" not in clean and "do li" not in clean and "samdi" in clean


def test_a_name_between_a_greeting_and_here_goes() -> None:
    assert "sunny" not in scrub("hey guys sunny here lol, im from guatemala, can i work in mexico?")
    kept = "hey guys new here, how long does COMAR take?"
    assert scrub(kept) == kept


def test_a_stall_told_by_what_is_sold_and_where_goes() -> None:
    clean = scrub("m vann pate devan lekòl Sainte Rose la chak maten, lapolis pran machandiz mwen")
    assert "pate" not in clean and "Sainte" not in clean
    clean = scrub(
        "aviso de la que vende elotes afuera del mercado San Roque, quiere saber de su cita"
    )
    assert "elotes" not in clean and "Roque" not in clean
    kept = "vendo dulces en la calle, me pueden quitar la mercancía?"
    assert scrub(kept) == kept


def test_how_a_town_knows_someone_and_a_line_at_a_named_plant_go() -> None:
    clean = scrub("people know me as the tailor with the blue sign on Rue Capois, so they find me")
    assert "tailor" not in clean and "Capois" not in clean and "so they find me" in clean
    clean = scrub(
        "trabajo en la maquiladora Delphi del parque industrial, línea 7, me corren si falto"
    )
    assert "línea 7" not in clean and "me corren si falto" in clean


def test_a_last_tent_told_by_what_it_is_near_goes() -> None:
    clean = scrub("nou nan dènye tant lan toupre twalèt yo, tant ble a. Kilè distribisyon an?")
    assert "twalèt" not in clean and "ble" not in clean and "distribisyon" in clean


# Round 29


def test_an_office_named_before_its_street_and_a_public_hospital_stay() -> None:
    for kept in (
        "¿Qué piden en la COMAR de Tuxtla? llego el martes y la oficina está en la calle 3a sur",
        "Las oficinas del INM están en la Calzada Tapachula km 4? voy mañana",
        "Where is the COMAR office in Palenque? Google says 5a Avenida but nobody answers.",
        "Se vre Lopital Jeneral Tapachula pa fè moun peye?",
    ):
        assert scrub(kept) == kept


def test_a_church_asked_about_as_a_service_stays_and_ones_own_church_goes() -> None:
    for kept in (
        "¿en la iglesia de San Judas reparten despensas a migrantes?",
        "Is Grace Harbor church in Tijuana a safe place for families?",
    ):
        assert scrub(kept) == kept
    assert "Horeb" not in scrub("voy a la iglesia Monte Horeb, el pastor me da comida")


def test_a_language_is_no_name_and_writing_as_introduces_one() -> None:
    for kept in (
        "Is there a Portuguese-speaking lawyer at HIAS?",
        "I'm French speaking from Cameroon, is there an interpreter?",
    ):
        assert scrub(kept) == kept
    assert "Faith" not in scrub("I'm writing as Faith, a nurse, for a woman in the shelter")


def test_a_nickname_in_quotes_after_nickname_is_goes() -> None:
    clean = scrub("my nickname in the barrio is 'Profe' because I taught maths, can they find me?")
    assert "Profe" not in clean and "can they find me" in clean


def test_burn_marks_that_single_someone_out_go() -> None:
    clean = scrub("I'm the man with the burn marks on my neck from the fire at the station, help")
    assert "neck" not in clean and "station" not in clean


def test_where_in_a_camp_and_the_tarp_go_and_where_the_camp_is_stays() -> None:
    clean = scrub("m nan kan Reynosa a, dèyè twalèt yo, bò tach wouj la. Eske gen doktè?")
    assert "twalèt" not in clean and "wouj" not in clean and "doktè" in clean
    clean = scrub("we are in tent 9 at the camp by the river, green tarp, any food today?")
    assert "green" not in clean and "any food today" in clean
    kept = "estamos en el campamento, cerca de la garita. hay baños?"
    assert scrub(kept) == kept


def test_a_neighbourhood_before_an_address_goes_and_a_city_stays() -> None:
    clean = scrub("M te rete Bolosse, ri Desalin, kay #4 anvan m kite peyi a")
    assert "Bolosse" not in clean and "anvan m kite" in clean
    assert "Tapachula" in scrub("vivía en Tapachula, 4a calle sur 23")


# Round 30


def test_an_office_street_before_esta_stays() -> None:
    kept = "la oficina de COMAR en la 4a avenida sur esta abierta los domingos tambien? tengo cita"
    assert scrub(kept) == kept


def test_a_surname_cue_a_badge_that_said_and_a_demonym_nickname_go() -> None:
    clean = scrub("un oficial de apellido Reyes me pidió dinero, su gafete decía 2291")
    assert "Reyes" not in clean and "2291" not in clean
    assert "Catracho" not in scrub("aquí les escribe el Catracho, el del cuarto de atrás")


def test_a_stall_at_the_lights_and_one_people_know_go() -> None:
    clean = scrub("vendo dulces en el semáforo de la avenida Insurgentes, la policía me quita todo")
    assert "Insurgentes" not in clean and "la policía me quita todo" in clean
    clean = scrub("se mwen Ti Jo, msye tout moun konnen ki vann kokoye devan mache Tabarre a")
    assert "kokoye" not in clean and "Tabarre" not in clean


def test_the_only_one_with_a_hyphenated_word_and_a_judge_at_a_court_go() -> None:
    clean = scrub("I'm the only Arabic-speaking teacher at the school in Tenosique, can I stay?")
    assert "Arabic" not in clean and "can I stay" in clean
    clean = scrub("m te jij nan Tribinal Premye Enstans Okap, yo menase m, èske m ka rete?")
    assert "Enstans" not in clean and "yo menase m" in clean


def test_an_alias_in_quotes_and_the_rest_of_a_profile_name_go() -> None:
    clean = scrub("the coyote was a man called Yaw or 'Big Boy', can I report him?")
    assert "Big Boy" not in clean
    clean = scrub("m gen 2 kont facebook, youn se Wislande Pierre Mode, lòt la se Wislande P")
    assert "Mode" not in clean


def test_a_workplace_on_the_road_out_of_town_goes() -> None:
    clean = scrub(
        "mi esposo trabaja en la gasolinera Oxxo Gas de la salida a Huixtla, le pagan poco"
    )
    assert "Huixtla" not in clean and "le pagan poco" in clean


def test_a_tattoo_told_in_two_words_before_where_it_is_goes() -> None:
    clean = scrub("frè m gen yon tatou gwo malfini sou bra goch li, yo pa jwenn li")
    assert "gwo" not in clean and "malfini" not in clean and "yo pa jwenn li" in clean


# Round 31


def test_an_office_street_told_first_or_asked_again_stays() -> None:
    for kept in (
        "dicen que en la calle 8a sur esta la oficina de la COMAR, sigue ahi?",
        "¿Dónde queda la oficina del INM en Tuxtla? la de la Av. Central Oriente ya cerró?",
        "Where is the COMAR office in Tapachula, is it still on 4a Avenida Norte near the park?",
    ):
        assert scrub(kept) == kept


def test_spaced_digits_with_dashes_and_a_day_of_the_month_and_a_town_stay_apart() -> None:
    assert "4 1 2" not in scrub("mi numero nuevo 9 6 1 – 4 1 2 – 7 7 0 3, el otro se perdio")
    for kept in (
        "My interview is at 9:00 on the 14th at the Tapachula office, do I bring papers?",
        "el padre sigue ayudando en Ixtepec? oí que cerraron un albergue",
    ):
        assert scrub(kept) == kept


def test_a_tattoo_ends_before_i_have_and_the_only_teacher_goes() -> None:
    clean = scrub(
        "tiene un tatuaje de una virgen con el nombre de su mamá en la espalda y tengo miedo"
    )
    assert "espalda" not in clean and "tengo miedo" in clean
    clean = scrub("yo era la única maestra de francés de la escuela de Santa Rita, Yoro")
    assert "francés" not in clean


def test_a_nickname_people_know_and_a_profile_ending_in_a_country_go() -> None:
    assert "Ti Bob" not in scrub("everybody at the market knows me as Ti Bob, they threatened me")
    assert "Ayiti" not in scrub("sou fesbouk mwen se Wilner Ti Zo Ayiti, eske yo ka jwenn mwen?")


def test_a_bed_up_and_right_and_a_neighbourhood_after_an_address_go() -> None:
    clean = scrub("m nan chanm gason yo, twazyèm kabann anba a goch, tanpri ede m")
    assert "goch" not in clean and "tanpri ede m" in clean
    clean = scrub("manman m rete Ri Pave #9, Bèl Ang. Eske m ka voye lajan?")
    assert "Ang" not in clean and "voye lajan" in clean


def test_work_as_and_kreyol_works_again_end_a_place() -> None:
    clean = scrub(
        "m ap travay kay Madan Rosa Ibarra nan Col. Las Flores kòm gadò timoun, li pa peye m"
    )
    assert "kòm" in clean and "timoun" in clean and "Flores" not in clean
    clean = scrub(
        "m ap dòmi anba tant 12 la nan kan an, eske aplikasyon CBP One lan ap mache ankò?"
    )
    assert "CBP One" in clean and "12" not in clean


# Round 32


def test_the_date_of_a_law_stays_and_a_birth_date_beside_a_law_goes() -> None:
    for kept in (
        "la ley de refugiados es del 27 de enero de 2011, sigue vigente?",
        "The migration law was published May 25 2011, was it reformed?",
        "lwa migrasyon an te soti? 25 me 2011?",
    ):
        assert scrub(kept) == kept
    assert "1994" not in scrub("naci el 3 de mayo de 1994, la ley me protege?")


def test_shelters_and_offices_by_name_stay_unless_the_person_works_there() -> None:
    clean = scrub("we sleep on the floor at Casa Tochan behind the kitchen door, is it safe?")
    assert "Casa Tochan" in clean and "kitchen door" not in clean
    for kept in (
        "doktè nan klinik MSF la di m mande viza imanitè",
        "mi patrón me va a dar una carta de trabajo para el INM. sirve?",
        "call Locatel at 55 5658 1111 to find a shelter, is it free?",
        "yo di m nimewo CNDH la se 800 715 2000, eske li gratis?",
        "Èske Fanmi Lavalas toujou egziste? gang 400 Mawozo menase m",
    ):
        assert scrub(kept) == kept
    assert "Cruz Roja" not in scrub("trabajo en la Cruz Roja de Tapachula como chofer")


def test_kreyol_in_french_spelling_stays_readable_and_its_numbers_go() -> None:
    clean = scrub(
        "moin gin yon ti magasin nan marché San Juan nan Tapachula, ranjé 4 a. Qui dwa moin?"
    )
    assert clean.startswith("moin gin ") and "Qui dwa moin?" in clean
    assert "Juan" not in clean and "4" not in clean
    clean = scrub("Numéro moin sé 81 trente-trois, quarante-deux, zéro sept, dix-huit. Merci")
    assert "quarante" not in clean and "dix-huit" not in clean and clean.startswith("Numéro moin")
    clean = scrub("nimewo m se nèf sis de, en twa sis, sèt sèt, katreven dis")
    assert "katreven" not in clean


def test_a_business_someone_has_a_stall_number_and_a_building_site_go() -> None:
    assert "Abasto" not in scrub("patwon m ki gen bòdega legim nan Central de Abasto pa peye m")
    assert "45" not in scrub("m vann rad nan mache a, pòs 45 nan ranje rad yo, polis pran tout")
    clean = scrub("m travay masonn sou chantye nouvo lekòl la nan Tapachula, bò Walmart. m blese")
    assert "Walmart" not in clean and "m blese" in clean
    for kept in ("tengo una tienda en casa, puedo trabajar?", "tengo un puesto en el mercado, y?"):
        assert scrub(kept) == kept


def test_tents_and_beds_told_by_their_row_height_or_landmark_go() -> None:
    assert "dezyèm" not in scrub("nou nan kan an, tant ble a bò twalèt yo, dezyèm nan ranje a.")
    assert "anlè" not in scrub("m nan ti chanm dèyè kizin nan, kabann anlè a, m malad")
    assert "kwizin" not in scrub("m dòmi nan matla ki bò pòt kwizin nan, yon nonm anmède m")
    assert "11" not in scrub("Chamb nou sé numéro 11, dèyè lavabo yo. Nou bezwen èd")


def test_a_home_clause_ends_where_a_new_subject_starts() -> None:
    clean = scrub("rento en la calle Hidalgo 221 col. Centro y nos cobra 5 mil al mes, es legal?")
    assert "221" not in clean and "5 mil al mes" in clean


def test_more_details_go_and_more_look_alikes_stay() -> None:
    assert "44871" not in scrub("mi primo esta en el cereso, numero de interno 44871, puede votar?")
    assert "garifunas" not in scrub("somos los unicos garifunas en el albergue de Palenque")
    assert "Andre" not in scrub("its big Andre here, can i work?")
    assert "Blessed" not in scrub("my whatsapp name is Faith 🙏 Blessed, dont share it")
    assert "drapo" not in scrub("m gen yon moto wouj ak drapo Ayiti dèyè l, polis kanpe m")
    assert "dwat" not in scrub("li gen yon tatou kwa sou men dwat li, eske se yon pwoblèm?")
    assert "Santa Maria" not in scrub("trabajo en el Parque Industrial Santa Maria, me pagan poco")
    assert "112" not in scrub("la empacadora esta por la brecha 112 saliendo de Reynosa")
    for kept in (
        "i need to know if i can drive Uber with the humanitarian card",
        "tengo un tatuaje, y en el INM me dicen que es de pandilla, es legal?",
    ):
        assert scrub(kept) == kept


# Round 33


def test_a_law_made_in_a_year_and_a_date_with_its_hour_stay() -> None:
    for kept in (
        "Kilè lwa refijye a te fèt, 2011? M ap etidye dwa m",
        "Lèt la di 15 de octubre 9:30 nan biwo COMAR, eske m bezwen avoka?",
        "my letter says 'entrevista de elegibilidad' on 03/10/2025 at 10:00, what do they ask?",
    ):
        assert scrub(kept) == kept
    assert "2015" not in scrub("pitit mwen fèt 2015, eske li ka ale lekòl?")


def test_a_stall_told_after_a_comma_and_a_profile_quoted_go() -> None:
    clean = scrub(
        "vendo comida en un puesto afuera del mercado de Tapachula, el de los elotes, "
        "y los inspectores me quieren cobrar"
    )
    assert "elotes" not in clean and "y los inspectores me quieren cobrar" in clean
    clean = scrub("I sell bracelets on the beach in Tulum, Playa Azul, near the pier. police came")
    assert "Azul" not in clean and "police came" in clean
    assert "Asesor" not in scrub("su perfil dice 'Asesor Legal MX', me pide 300 dolares")
    assert "Cedros" not in scrub("trabajo en Retorno 14 de Cedros #52, Coyoacan, y no me pagan")


def test_a_tattoo_ends_at_a_checkpoint_and_a_shelter_called_by_name_stays() -> None:
    clean = scrub("tengo un tatuaje de una rosa en el brazo y en el reten me detienen siempre")
    assert "rosa" not in clean and "en el reten me detienen siempre" in clean
    assert scrub("the shelter called Esperanza para Todos, is it open?") == (
        "the shelter called Esperanza para Todos, is it open?"
    )
    clean = scrub("el albergue se llama Belén y mi hijo se llama Kevin")
    assert "Belén" in clean and "Kevin" not in clean


# Round 34


def test_an_office_asked_about_by_its_street_and_public_bodies_stay() -> None:
    for kept in (
        "Donde queda la COMAR en Tuxtla? es la de la 2a Avenida Sur? a q hora abren",
        "La oficina del INM en Monterrey es la de Benito Juárez 1200? abren sabado?",
        "Lalwa Migrasyon 25 me 2011 la di timoun pa ka nan estasyon migratwa?",
        "should I go to the Guardia Nacional or to CONAPRED? they insulted me",
        "I am from Saint Petersburg, is Mexico safe for gay men?",
    ):
        assert scrub(kept) == kept


def test_a_stall_by_its_table_a_bed_by_what_it_is_near_and_a_quoted_whatsapp_name_go() -> None:
    assert "4yèm" not in scrub(
        "m vann diri nan mache a, nan ranje manje yo, 4yèm tab la. polis pran"
    )
    assert "fenèt" not in scrub("m nan twazyèm kabann anba bò fenèt la nan chanm fanm yo. ede m")
    assert "Lion" not in scrub("My WhatsApp name is 'Lion Douala'. should I change my number?")


# Round 35


def test_public_places_people_pass_through_stay() -> None:
    for kept in (
        "mi hijo nacio en el Hospital General de Tuxtla, lo puedo registrar sin papeles?",
        "está internado en el Hospital Universitario de Monterrey, tiene derecho a atención gratis?",
        "el Hospital General Dr. Aurelio Valdivieso atiende a migrantes sin seguro?",
        "èske pawas Sen Jozef nan Tijuana bay manje midi? m grangou",
        "I studied at Kabul University, can I validate my degree in Mexico?",
        "ayer en la central camionera del norte un señor nos quería cobrar por la cita",
        "m te wè l nan Plaza de las Tres Culturas, èske m ka fè plent?",
        "Thank God and the Virgin Mary, they approved my case! what now?",
        "Sen Antwan pwoteje nou. Ki dokiman m bezwen pou rezidans?",
        "Is it true that Mexico's law protects people who fled violence?",
        "la oficina de la COMAR en Tijuana esta en la Zona Rio? a q hora abren",
    ):
        assert scrub(kept) == kept
    # a church the person belongs to, and a square where they work, still go
    assert "Rita" not in scrub("vivo atras de la parroquia Santa Rita de Casia en Saltillo")
    assert "Rita" not in scrub("soy de la parroquia Santa Rita, el padre me conoce")
    assert "Galerías" not in scrub("vendo fundas en un puesto de la Plaza Galerías, me piden cuota")
    assert "CDMX-2024" not in scrub("Case number COMAR: CDMX-2024-08813 / can I travel?")


def test_a_public_line_asked_about_stays_and_ones_own_goes() -> None:
    for kept in (
        "el numero de la CNDH es 800 0086 900? o cual",
        "Ki nimewo Locatel la? 55 5658 1111? pitit mwen pèdi",
        "tengo el 55 5128 0000 pero es de la SEGOB, cual es el de la COMAR?",
    ):
        assert scrub(kept) == kept
    assert "5128" not in scrub("mi numero es 55 5128 0000, me llama la COMAR?")


def test_a_kreyol_ti_nickname_mid_sentence_and_prefixed_codes_go() -> None:
    assert "Chal" not in scrub("gang lan touye zanmi m Ti Chal ane pase, m pè")
    assert scrub("Ti Moun yo pa ka ale lekòl?") == "Ti Moun yo pa ka ale lekòl?"
    assert "SCT" not in scrub("mi constancia dice SCT-0071234, sirve para el banco?")
    assert "0933" not in scrub("nimewo tramit INM nan 2024-MTY-0933, kisa pou m fè?")
    assert "0041" not in scrub(
        "me llego: su cita quedo programada para el 14/08/2024 a las 10:00 hrs. Folio 0041"
    )
    assert "14/08/2024 a las 10:00" in scrub(
        "su entrevista quedo programada para el 14/08/2024 a las 10:00 hrs, puedo cambiarla?"
    )


# Round 36


def test_an_office_street_asked_about_a_station_and_saints_stay() -> None:
    for kept in (
        "la COMAR tiene oficina en Tuxtla? direccion: Calzada de los Héroes?",
        "Eske gen biwo INM nan Reynosa? adrès: Blvd. Morelos?",
        "what are the hours of UNHCR in Mexicali? is it on Calzada Independencia?",
        "a mi hermano lo detuvieron en el metro Pino Suárez, a donde lo llevan?",
        "San Judas Tadeo ayúdanos. cuanto tarda la constancia?",
        "Cristo Rey! can I travel with the humanitarian card by Volaris or Aeromexico?",
        "Eske gen Legliz Batis nan Reynosa k ap ede Ayisyen ak papye?",
    ):
        assert scrub(kept) == kept
    # the person's own street, even asked, and a saint in their parish's name still go
    assert "Pinos" not in scrub("la COMAR me dio cita, mi dirección: calle Pinos 4?")
    assert "Jude" not in scrub("m se manm paroisse Saint Jude Monterrey, pè a konnen m")


# Round 37


def test_a_bed_told_with_its_determiner_a_row_and_a_name_around_paz_go() -> None:
    assert "kizin" not in scrub("nou dòmi nan albèg la, kabann lan bò pòt kizin nan. ede nou")
    assert "stage" not in scrub("Samuel sleeps on the mat under the stage in the church hall")
    clean = scrub("m dòmi nan tant ble a nan kan Tijuana a, twazyèm ranje. pitit mwen malad")
    assert "twazyèm" not in clean and "Tijuana" in clean
    assert "paz" not in scrub("soy yesenia paz mejia de honduras, perdi mi turno")
    clean = scrub("mi bebe nacio en el Hospital de la Mujer de Puebla el 2 de enero, acta?")
    assert "2 de enero" not in clean and "Hospital de la Mujer de Puebla" in clean
    assert "Tasqueña" not in scrub("bòs mwen nan Oxxo a bò estasyon metro Tasqueña pa peye m")


# Round 38


def test_a_bed_by_its_corner_or_row_a_french_tent_and_a_farm_near_a_town_go() -> None:
    clean = scrub("m dòmi nan albèg la, chanm gason yo, kabann anlè nan kwen bò fenèt la. ede m")
    assert "fenèt" not in clean and "kwen" not in clean
    assert "twalèt" not in scrub("M nan albèg la, kabann anwo nan dènye ran a, bò twalèt yo.")
    assert "bleue" not in scrub("je suis au camp de Tapachula, tente bleue à côté des toilettes")
    clean = scrub("m travay nan yon fèm mango bò Huixtla, patwon an pa peye m")
    assert "mango" not in clean and "patwon an pa peye m" in clean
    # a job told by its kind alone identifies nobody, and stays
    assert scrub("I work in a restaurant in Tijuana, can they fire me?") == (
        "I work in a restaurant in Tijuana, can they fire me?"
    )


# Round 39


def test_the_town_that_ends_a_workplace_or_a_street_stays_its_name_goes() -> None:
    clean = scrub("trabajo en la taqueria El Guero en la col. Obrera de CDMX y el patron no paga")
    assert "Guero" not in clean and "Obrera" not in clean and "de CDMX" in clean
    clean = scrub("nou rete 5ta Av Norte 92 Tapachula. 3 jou legal?")
    assert "92" not in clean and "Tapachula" in clean
    # a street named after a state or a town is the street, and goes whole
    assert "Durango" not in scrub("vivo en calle Durango y el dueño me quiere sacar")
    assert "Infonavit" not in scrub("vivo en la colonia Infonavit Xochimilco, Monterrey")


def test_public_lines_figures_expiry_months_and_hearing_dates_stay() -> None:
    for kept in (
        "el Locatel 55 5658 1111 ayuda a migrantes o solo a mexicanos?",
        "El Papa Francisco dijo que hay que acoger a los migrantes. cuanto cuesta?",
        "gracias a san Martin de Porres ya me dieron el refugio!!",
        "INM gave me a document saying 'article 52 section V of the Migration Law'.",
        "Mwen gen odyans nan Tribunal Federal 10 oktòb 2024. eske m bezwen avoka?",
        "M tande COMAR fèmen 16 septanm pou fèt Meksik la. se vre?",
        "a donde me quejo, Profeco? y UNHCR attends Mon, Wed, Fri?",
    ):
        assert scrub(kept) == kept
    assert "10/2025" in scrub("mi tarjeta de residente dice q vence 10/2025. es asi?")
    assert "10/2025" not in scrub("mi expediente 10/2025 no avanza")
    # a card's or an app's number after the organisation's name is the person's, not a line
    assert "44781" not in scrub("M gen kat PNRE 08-2015-44781, sa sevi pou dosye m?")
    assert "6635" not in scrub("m gen nimewo CRN pou CBP One: 7720 1184 6635. Si m aplike?")
    assert "Francisco" not in scrub("mi papa Francisco esta detenido")


def test_a_company_a_corner_a_boss_s_place_and_a_nickname_go() -> None:
    clean = scrub("Mr. Kovalenko works with me at GreenByte Software SA de CV in Guadalajara.")
    assert "GreenByte" not in clean and "Guadalajara" in clean
    assert "Morelos" not in scrub("trabajo en el Oxxo de la esquina de Juárez y Morelos")
    assert "Feliz" not in scrub("my boss at Pollo Feliz in Ciudad Juarez won't pay me")
    assert "Chamo" not in scrub("yo, it's Chamo here lol. Police took my bike. can they?")
    assert "pre" not in scrub("li nan albèg la, kabann ki pi pre pòt la. li pa ka monte")
    assert "koridò" not in scrub("yo ban m nat ki nan koridò a nan albèj la. m ansent")


# Round 40


def test_kin_titles_widows_chat_speakers_and_quoted_profiles_go() -> None:
    assert "Tio" not in scrub("[10/04/24 9:12] Tio Nelson: ya me agarro migracion en Reynosa")
    assert "Cruz" not in scrub(
        "Nombre completo: Ana Lucía Perdomo Vda. de Cruz\nNac. 17 marzo 1958"
    )
    assert "Paz" not in scrub("mi mamá se llama Hortensia Lemus viuda de Paz. vive conmigo")
    chat = "Yo: ya te dieron la constancia?\nMami Chayito: si mija\nYo: y donde estas?\nMami Chayito: aqui"
    assert "Chayito" not in scrub(chat)
    assert "Chulo" not in scrub("A guy on Facebook, 'Papi Chulo Tapachula', offers him papers.")
    assert "cicatriz" not in scrub("everybody knows her as 'la abuela de la cicatriz'. can she?")
    assert "Chen" not in scrub("the boss Mr. Chen keeps my passport and pays 1000 a week")
    # the next field of a form is no name, nor is an everyday word that starts a sentence
    assert "Fecha: 12 de mayo" in scrub("Nombre: Juan\nFecha: 12 de mayo\nDomicilio: calle 5")
    assert "Li rive" in scrub("Yon zanmi m ap vini ak 4 pitit. Li rive nan 2 jou.")


def test_a_class_a_cell_a_tent_by_its_landmark_and_a_phone_with_an_o_go() -> None:
    assert "3o B" not in scrub("mi hijo esta en la secundaria tecnica 7 en 3o B y le pegan")
    assert "selil 5" not in scrub("zanmi m nan estasyon migrasyon Acayucan, yo mete l nan selil 5.")
    assert "water tank" not in scrub("hes in the camp, in a red tent next to the blue water tank.")
    assert "Senegalese" not in scrub("Amadou is in the camp, in the tent with the Senegalese flag.")
    assert "window" not in scrub("i have the mat next to the wall under the window, can they?")
    assert "1O4" not in scrub("m pueden marcar a este: 961 1O4 22 87, es para mi cita")
    assert "320" not in scrub("el dueño del cuarto en Cuauhtemoc 320 Sur segundo piso se quedo")
    assert "robo mi constancia" in scrub("duermo en la cama 4 y alguien me robo mi constancia")


def test_listed_office_contacts_hearing_and_stamp_dates_and_public_places_stay() -> None:
    for kept in (
        "COMAR office in CDMX is Versalles 49 right? sorry many questions",
        "la CNDH (55) 5681 8125 atiende a migrantes?",
        "Hola, el 12 de marzo de 2024 fue mi entrevista y no me dicen nada",
        "if my hearing at the Tribunal Federal de Justicia Administrativa is 12 September 2024, ok?",
        "when I got to Monterrey? the stamp says 02/05/2024",
        "la señora del modulo dijo 3 a 5 dias habiles. y se puede?",
        "My grandma turned 65 in January. Thank God for this bot",
        "Mi abuelita quiere ir a la misa en la iglesia de San Jose. puede?",
        "hi its for my boyfriend, he is in the Cereso in Tapachula. who can we call?",
        "the tianguis leader wants 500 per week cuota or kicks me out. is that legal?",
    ):
        assert scrub(kept) == kept
    assert "Hospital de la Mujer" in scrub(
        "mi esposa esta en el Hospital de la Mujer en Tuxtla, cama 7"
    )


# Round 41


def test_display_names_initials_extensions_and_phones_with_letters_go() -> None:
    assert "Yoli" not in scrub("en whatsapp sale como Mami Yoli 🙏 es mi mama, ella tiene todo")
    assert "Bèbè" not in scrub(
        "sou WhatsApp m parèt kòm Manman Bèbè 💕 paske se telefòn pitit fi m"
    )
    assert "Grace" not in scrub(
        "ok i will wait for the call from COMAR. thank you sister\nGrace A."
    )
    assert "ekstansyon" not in scrub(
        "biwo kote m travay la: 81 8375 2210 ekstansyon 22, mande pou li"
    )
    assert "3l9" not in scrub(
        "nimewo sè m nan Queretaro se 442 3l9 08 52, li se moun konfyans mwen"
    )
    assert "seven" not in scrub("my number is 33 1 seven 4 0 / 62 95")
    assert "september" not in scrub("my birthday is 06/09/1979 - thats 6 september, not june.")
    assert "akote" not in scrub("nou nan matla ki akote pòt sòti a, nan abri a. direktè a vle")
    assert "Kiskeya" not in scrub("moin se jounalis nan Radyo Kiskeya, m te pale sou gang yo")
    assert "mango tree" not in scrub("I'm in Puebla, the yellow house with the mango tree, ok?")


def test_a_public_office_where_someone_works_and_a_rights_group_stay() -> None:
    for kept in (
        "mi ex tiene un amigo q trabaja en el INM de Tapachula y me dijo q me van a deportar.",
        "Aqui en CDMX me estan ayudando en Articulo 19 pero quiero saber",
        "el 3/4 de los casos son 1/2, es cierto?",
    ):
        assert scrub(kept) == kept


# Round 42


def test_workplaces_told_in_passing_inside_a_story_go() -> None:
    for text, gone in (
        ("ahora vivo en Cancun y trabajo en una llantera en la avenida Tulum. mi hija", "llantera"),
        ("now I'm in CDMX, working at a pilates studio near Parque España. Can they", "pilates"),
        ("I work at a surf shop in Sayulita, my boss keeps my passport", "surf"),
        ("kounya m CDMX, m ap vann kafe nan Metro Hidalgo. Eske m bezwen", "Metro Hidalgo"),
        ("mwen ap travay nan Mercado Juárez nan yon pòs legim. patwon an", "legim"),
        ("Vivo en Tapachula y vendo elotes en el parque Miguel Hidalgo. Vine en 2021", "Hidalgo"),
    ):
        assert gone not in scrub(text), text
    for kept in (
        "I work at a restaurant in Tijuana and they pay cash.",
        "trabajo en un taller en Monterrey y no me dan contrato",
        "se puede trabajar en Uber o DiDi con la tarjeta de residente?",
        "my husband works for the SAT and wants to know about my case",
    ):
        assert scrub(kept) == kept


def test_a_couple_signing_an_email_in_words_and_dotted_phones_go() -> None:
    clean = scrub("Is there help for our son? Thank you.\nBest regards,\nOksana and Taras Melnyk")
    assert "Oksana" not in clean and "Melnyk" not in clean
    assert "liwei88" not in scrub("mi correo liwei88 arroba 126 punto com. necesito ayuda")
    assert "5521" not in scrub("nimewo m: 962 ... 408 .. 5521")
    assert "2024" not in scrub("mi expediente era el 2024-TAP-210/311, lo perdi")
    assert "504" not in scrub("me escribe desde un perfil q se llama Catracho Loco 504")
    assert "baño" not in scrub("duermo en la tercera litera al lado del baño, hay ruido")
    assert "roof" not in scrub("the pastor gave me the little room on the roof. Can I stay")
    assert "cathedral" not in scrub(
        "we live at Calle Tercera 118, Zona Centro, near the cathedral."
    )


def test_look_alike_letters_hide_no_phone_and_keep_the_writers_spelling() -> None:
    assert "0047" not in scrub("mi numero es 962 1З8 0047 llamame")  # a Cyrillic Ze for a 3
    assert "4567" not in scrub("whatsapp ９６２ １２３ ４５６７ por favor")  # full-width digits
    assert "3344" not in scrub("mi tel 55 ОО12 3344")  # Cyrillic O for zeros
    clean = scrub("vivo en Tenоsique, mi hermano Pierre-Сharles esta en Tapachula")
    assert "Tenоsique" in clean and "harles" not in clean  # the writer's own "о" stays
    for kept in ("C0MAR me dio la constancia", "I am in the she1ter in Tijuana"):
        assert scrub(kept) == kept


def test_digits_of_other_scripts_keycaps_and_emoji_inside_a_phone_go() -> None:
    for text, digits in (
        ("mi whats 962 👉 123 ⭐ 4567 gracias", "4567"),
        ("۹۶۲ ۱۲۳ ۴۵۶۷ es mi numero", "۴۵۶۷"),  # Persian digits
        ("call me 9️⃣6️⃣2️⃣ 1️⃣2️⃣3️⃣ 4️⃣5️⃣6️⃣7️⃣", "7️⃣"),  # keycaps
        ("𝟗𝟔𝟐 𝟏𝟐𝟑 𝟒𝟓𝟔𝟕 whatsapp", "𝟒𝟓𝟔𝟕"),  # mathematical bold
    ):
        assert digits not in scrub(text), text
    for kept in ("gracias ❤️ bendiciones 🙏", "tengo 2 ❤️ hijos y 1 nieto"):
        assert scrub(kept) == kept


# Rounds 43 to 46: each detail below must be gone from what is stored

GONE = [
    # round 43: numbers typed with letters, slashes or emoji; names in other scripts and
    # after a person word
    ("mi numero 962 l38 4471 porfa", "4471"),  # a Latin l for a 1
    ("whatsapp +52 664 l9O 3344", "l9O"),  # l and O among the digits
    ("mi tel es el 9 6 2 - 1 l 5 - 0 0 4 8, y mi dirección", "0 0 4 8"),
    ("nimewo telefòn mwen: 9 6 2 . 2 O l . 7 7 4 4 , m gen", "7 7 4 4"),
    ("my phone is 55-32 l0-l0-99 (Telcel) and", "l0-l0-99"),  # no date at a phone's end
    ("meu número é 55 👉 2214 👉 O839, se puede", "O839"),
    ("nimewo l 55/8O/12/44/7l, li pa reponn", "44"),  # a phone cut by slashes
    ("SU NUMERO DE EXPEDIENTE ES INM/ TAP / 2024 / 77 812, COMO", "77 812"),
    ("Nimewo papye a INM/OAX/SAL/0932. Ki sa sa vle di?", "0932"),
    ("mi nieta nacio aqui en Puebla el dia quince de junio del 2023 y", "quince"),
    ("hello, 我叫 陈伟 Chen Wei, from Fujian", "陈伟"),
    ("hola, yo china, nombre 李娜 (Lina). trabajo en un restaurante", "李娜"),
    ("my husband 张强 works at a factory", "张强"),
    ("hola, soy de Rusia, меня зовут Ольга, vivo en Cancun", "Ольга"),
    ("mi esposo Сергей Волков esta detenido en Siglo XXI", "Волков"),
    ("اسمي محمد علي و انا من سوريا", "محمد"),
    ("Mi compadre se llama Orlando, su cuenta es didi", "Orlando"),
    ("please call my sponsor, Pastor David Miller, +1 (713) 550-0192, he can", "0192"),
    # round 44: names and dates in Chinese and Dari, phones in brackets or cut by slashes
    ("سلام، من زهرا هستم. hola, tengo 2 hijas", "زهرا"),  # "I am Zahra" in Dari
    ("bòs mwen se yon chinwa, Mesye 黄 (Huang), m travay", "黄"),
    ("mi hijo 小龙 nacio 2021年3月9日 en Tijuana", "2021年"),
    ("my son was born 二〇一九年五月十日, he needs CURP", "五月"),
    ("pls ask for 老陈 at the shop, he translates for me", "老陈"),
    ("my number (+52) [664] 901-2273 whatsapp. can i", "2273"),
    ("nimewo m: 55 / 49 / 12 / 88 / 03 . kòman pou m chanje adrès", "88"),
    # round 45: a name a handle gave away, a spot or a workplace told by what it is next to
    ("vivimos en Matamoros col. Las Palmas, calle Rio Bravo 88. mi hijo", "88"),
    ("la coordinadora Mari nos quita los celulares en la noche", "Mari"),
    ("the guys from Kingsley's gang followed me to Tapachula", "Kingsley"),
    ("avoka a ban m nimewo 81 8329 4000 ekst 205 men li pa reponn", "205"),
    ("pitit mwen fèt douz jen demil diznèf nan Tapachula", "diznèf"),
    ("my boss owns the tire shop on the road to Huixtla and he never pays", "tire"),
    (
        "madanm mwen ap travay kay yon fanmi nan Lomas, kay jòn nan ki gen pòtay ble, yo pa peye l",
        "jòn",
    ),
    ("me toca la colchoneta junto a la puerta de la cocina y me roban", "cocina"),
    ("they put us on the mat at the back of the dining room, under the big clock. is it", "clock"),
    ("yo ban m ti kote anba eskalye a, e li frèt anpil", "eskalye"),
    ("m dòmi sou nat ki atè a bò frijidè a nan gwo sal la, e yo vòlè m", "frijidè"),
    ("I work at the tomato packing plant on the road to Villa Comaltitlan, my boss", "packing"),
    (
        "vendo en el carrito de tamales q se pone en la salida del metro Balderas, el de la lona azul.",
        "lona",
    ),
    ("vivo frente a la iglesia de San Roque en Tapachula y me siguen", "Roque"),
    # round 46: cab numbers, a workplace told by the chore or by a landmark in its town
    ("el chofer del taxi 3318 de la base del mercado nos amenazo", "3318"),
    ("mari m kondwi taksi nimewo 2264 nan Tapachula", "2264"),
    ("mi hermano lava platos en la fonda q esta junto a la Pemex de la salida a Tuxtla y", "Pemex"),
    (
        "trabajo en el autolavado grande al lado de la terminal de autobuses de Tapachula y",
        "terminal",
    ),
]


@pytest.mark.parametrize(("text", "gone"), GONE)
def test_gone(text: str, gone: str) -> None:
    assert gone not in scrub(text)


def test_a_count_after_coordinates_stays() -> None:
    clean = scrub("we are stuck at the yard, pin 32.5338, -117.0241, 12 people, no water")
    assert "117.0241" not in clean and "12 people" in clean


def test_a_word_of_a_removed_handle_written_again_goes() -> None:
    original = "un tipo en telegram @tramites_wendo_mx dice q si. wendo dice q trabaja en el INM"
    clean = "un tipo en telegram <USERNAME> dice q si. wendo dice q trabaja en el INM"
    assert echoes.apply(original, clean) == clean.replace("wendo", "<NAME>")
    # ordinary words, towns and institutions of a handle stay
    original = "sigue a @comar_tapachula_info, la COMAR de Tapachula dice"
    clean = "sigue a <USERNAME>, la COMAR de Tapachula dice"
    assert echoes.apply(original, clean) == clean


def test_a_clause_that_says_which_place_goes_with_it() -> None:
    for text in (
        "trabajo en la <PLACE>, la q esta por el puente de fierro. mi jefe no paga",
        "I work at <PLACE>, the one after the Pemex with the big trucks. my boss",
        "m travay nan <PLACE>, sa ki anfas ti tren timoun yo. bòs la",
    ):
        clean = clauses.apply(text)
        assert not any(w in clean for w in ("puente", "Pemex", "tren")), clean
    kept = "estoy en el <PLACE>, la q esta junto a la COMAR. cuando abren?"
    assert "COMAR" in clauses.apply(kept)


def test_a_town_that_opens_a_workplace_comes_back_not_one_after_a_unique_role() -> None:
    clean = scrub(
        "trabajo en Juarez en un puesto de elotes afuera del mercado, el de la lona verde."
    )
    assert "Juarez" in clean and "lona" not in clean
    clean = scrub("yo era la unica enfermera hondureña de la clinica San Rafael en Tapachula, y")
    assert "Tapachula" not in clean  # "the only … in town" is one person: the town goes with it
