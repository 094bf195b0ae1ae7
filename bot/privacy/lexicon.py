"""The words the scrubber judges names by: name lists, the bot's vocabulary, places, cues.

The lists live in ``data/names/`` (built by ``scripts/build_name_lists.py``;
sources and licences in ``data/names/README.md``). Every word here is folded:
lower case, accents removed (:func:`fold`).

- ``NAMES``: first names and surnames of the countries people come from.
- ``COMMON_WORDS``: words the bot's own texts write in lower case, plus
  :data:`EXTRA_WORDS`. A name that is also an ordinary word ("rosa", "paz",
  "grace") is judged by context; :data:`AMBIGUOUS` lists those that need
  context even when capitalised mid-sentence ("la Virgen de Guadalupe").
- ``PLACES``: cities, states and countries (one or more words each).
- ``WORLD_TOWNS``: towns of the countries people come from (GeoNames), a place only where
  someone says they come from it ("soy de Tumaco"): elsewhere a small town narrows an
  address or a workplace down ("la granja de pollos en Tecomán").
- ``EVERYDAY``: everyday Spanish and English words that are no listed name.
"""

from __future__ import annotations

import hashlib
import unicodedata
from functools import lru_cache

from bot.settings import project_root

DATA = project_root() / "data" / "names"


def fold(text: str) -> str:
    """Lower case without accents: "Jesús" -> "jesus"."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).split())


def _read(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


#: Names that are everyday words too: a name only after a cue ("mi hija Rosa", "soy Luz").
AMBIGUOUS = _words(
    """
    rosa paz luz esperanza jesus angel angeles milagro milagros dolores consuelo socorro amparo
    gloria victoria fe caridad cielo alegria libertad soledad pilar mercedes guadalupe concepcion
    asuncion reina rocio sol mar cruz rosario trinidad nieves salvador santa santo san
    joy grace hope faith mercy patience comfort precious blessing favour favor gift chance fortune
    lovely prince princess innocent goodluck joie merveille bill will may june april rose lily
    daisy iris summer honey sky destiny mari christian lord god dios bondye jezi virgen virgin
    pastor bishop king major baby love lucky sunny dawn ray star ti gracia blanca dieu domingo transito
    loan loans patient martial royal marine alpha corona darling divine
    """
)
#: Ordinary words the vocabulary files may lack; never a name without a cue.
EXTRA_WORDS = _words(
    """
    fmm cib tarjeta tents tent carpas encontrado encontrada master master's masters dean arrives
    french english spanish creole kreyol portuguese arabic mandarin hindi bengali pashto dari farsi
    tigrinya amharic lingala swahili wolof pular fula fulani quechua garifuna ewe twi yoruba igbo hausa
    frances ingles espanol criollo portugues arabe
    hola holaa buenas buenos buen dias tardes noches saludos gracias grasias atentamente atte
    bendiciones bendiga disculpe perdon oiga porfa porfavor xfa ok okey si no ya bueno pues
    i i'm im i'll i've i'd ill ive hello hi hey dear thanks thank regards sincerely yours kindly please pls sorry sir madam ok
    yes good morning evening afternoon night god bless lord help amen bonjou bonswa mesi anpil
    souple tanpri salut alo wi non bondye bondie dye dyeu jezi lavyej mari beni papa manman
    avni madan lavi bagay kounye kounya lajan travay lekol lakay peyi
    ghanaian nigerian cameroonian senegalese guinean ivorian congolese malian haitian haitiano
    haitiana ayisyen dominiken dominicano dominicana nicaraguense nicaraguan catracho catracha
    chapin chapina guanaco guanaca anglophone francophone african africano africana alias
    whatsapp telegram facebook face fb insta instagram ig tiktok twitter gmail hotmail
    supermarket shelter albergue albeg abri comar acnur unhcr inm tvrh curp oxxo coppel elektra
    western union moneygram remitly ria mr mrs ms dr dra lic sr sra srta rev
    banorte bancoppel santander bbva bancomer banamex citibanamex hsbc scotiabank azteca inbursa
    banregio afirme banbajio nubank mercadopago pemex walmart soriana chedraui aurrera telcel
    movistar unefon liverpool uber didi similares wechat rappi
    mon tue tues wed thu thur thurs fri sat sun lun mie jue vie sab dom konstitisyon vda viuda etaj dotwa
    colegio liceo lycee iglesia legliz templo parroquia capilla hotel motel hostal restaurante
    constructora maquiladora empacadora tortilleria taqueria albergue church chapel
    a-number alien lgtq lgbt lgbtq lgbti embrace kanadyen ozetaini ozetazini ansapit
    italy italian german germany spain europe european
    angolan brazilian venezuelan cuban colombian ecuadorian peruvian chilean mexican guatemalan
    honduran salvadoran salvadorean dominican jamaican ethiopian eritrean somali sudanese ugandan
    kenyan indian nepali nepalese bangladeshi pakistani afghan chinese russian ukrainian uzbek
    turkish syrian yemeni egyptian moroccan algerian togolese beninese burkinabe gambian liberian
    leonean mauritanian chadian gabonese rwandan burundian tanzanian zambian zimbabwean french
    spanish english american canadian portuguese kongole angole kamerounen brezilyen chilyen
    venezyelyen kiben meksiken dominiken angolais congolais camerounais senegalais guineen ivoirien
    malien haitien lingala swahili kiswahili wolof twi yoruba igbo hausa pidgin fula fulani mandinka
    bambara arabic arabe creole kreyol portugues frances ingles
    lunes martes miercoles jueves viernes sabado domingo monday tuesday wednesday thursday friday
    saturday sunday lendi madi mekredi jedi vandredi samdi dimanch mondays tuesdays wednesdays
    thursdays fridays saturdays sundays weekends weekdays
    said says told tells asked asks wants wanted went came gave took made saw knew thought needs
    needed justo justa reglamento cristiana cristiano catolica catolico evangelica evangelico
    musulmana musulman adventista pentecostal locatel custodia aduana aduanas tchekpoint chekpoint
    africans africanos africanas haitians haitianos haitianas cubans cubanos cubanas venezuelans
    venezolanos venezolanas hondurans hondurenos hondurenas guatemalans guatemaltecos salvadorans
    salvadorenos nicaraguans colombians colombianos mexicans mexicanos americans latinos latinas
    asians arabs cameroonians nigerians ghanaians senegalese congolese angolans afghans afganos
    indians hindus muslims christians catholics evangelicals haitiens africains
    """
)
#: Words that identify nobody whatever detail they sit in: street and shelter words, titles,
#: months, e-mail providers, kinds of school or business. The red-team measure never asks for
#: them, and the learned tagger never removes them ("tatuaje", "carpa", "doctor").
GENERIC = _words(
    """
    magazen boutik
    calle c av avenida avenue ave street st rue ri lari boulevard blvd calzada privada kalle
    chantye obra mama papa fre jefe boss patron patwon bos agente agent officer oficial attorney
    kom col colonia fraccionamiento barrio zona mz manzana lt lote casa house kay numero num no
    nimewo number interior int depto departamento apt apartment norte sur oriente poniente north
    south east west nord centro center downtown de del la las los el y the of and a an en in on
    at nan sou ak cuarto habitacion room chanm cama bed kabann litera bunk tent tant tienda
    campana carpa mattress colchon matla albergue shelter abri albeg camp kan campamento sr sra
    senor senora don dona dr doctor doctora lic licenciado licenciada abogado abogada lawyer
    avoka mr mrs ms miss madam madan mesye pastor paste met metres md mohd padre father pere
    profesora profesor maestra maestro teacher dok dokte sister brother se gmail hotmail yahoo
    outlook icloud live com net org mx fr uk co arroba arobas arobaz at dot punto pwen enero
    febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    january february march april may june july august september october november december jan
    feb mar apr jun jul aug sep sept oct nov dec janvye fevriye fevrye mas avril me jen jiye out
    septanm oktob novanm desanm del rd nd st th of escuela primaria secundaria kinder school
    lekol constructora maquila tortilleria restaurante restoran restaurant hotel tienda club bar
    supermercado supermarket fabrica faktori factory empresa company taller bodega farmacia car
    wash lavado obra plaza oxxo grado grade year ano ane modulo module modil seccion section
    seksyon bloque block pabellon dormitorio dorm mat cot catre petate hamaca hammock colchoneta
    tecnica iglesia church legliz cib curp pasaporte passport pasp dni ine rfc nss cedula carnet
    tvrh nue locker casillero tatuaje tatuajes tattoo tattoos tatou tatu cicatriz cicatrices scar scars mak mark marks burn
    burns boule quemadura quemaduras birthmark
    family familia fanmi
    ofisye enjenye ingeniero ingeniera ing engineer kapiten capitan captain sejan sargento
    sergeant comandante commander inspector inspekte rev reverend reverendo
    point chez un una uno unos unas yon some lise lycee liceo colegio college
    catedral cathedral katedral basilica basilika parroquia parish capilla chapel templo
    temple mezquita mosque clabe cpf
    """
)
#: Shelters, organisations and saints that are no person: never a name without a cue.
INSTITUTIONS = frozenset(fold(phrase) for phrase in _read("institutions.txt"))
#: Public offices, shelters and services kept whole wherever they appear ("la clínica de MSF").
ORGANISATIONS = frozenset(fold(phrase) for phrase in _read("organisations.txt"))
#: Shelters and camps by name, kept when asked about, not where someone lives.
SHELTERS = frozenset(fold(phrase) for phrase in _read("shelters.txt"))
#: Public offices' streets and ten-digit lines from the facts file's directory.
PUBLIC_CONTACTS = frozenset(fold(phrase) for phrase in _read("public_contacts.txt"))


@lru_cache(maxsize=1)
def lists() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(first names, surnames, common words, places), read once."""
    first = _read("first_names.txt")
    last = _read("surnames.txt")
    common = _read("vocabulary.txt") | _read("kreyol.txt") | EXTRA_WORDS
    places = _read("places.txt")
    return first, last, common, places


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Every country and territory by its English, Spanish and French name (Babel's CLDR data).

    A country is no person: "How do asylum seekers live in Ireland?" keeps "Ireland".
    """
    from babel import Locale

    names = set()
    for language in ("en", "es", "fr"):
        for name in Locale(language).territories.values():
            folded = fold(name.replace("-", " "))
            if not any(ch.isdigit() for ch in folded):
                names.add(" ".join(folded.replace("(", " ").replace(")", " ").split()))
    return frozenset(names)


FIRST_NAMES, SURNAMES, COMMON_WORDS, PLACES = lists()
#: Languages, which the surname list holds too ("English", "French"): "I'm English speaking",
#: "a French-speaking lawyer" name no one. A first name ("Germán", "Francés") stays a name.
LANGUAGES = (
    frozenset(
        [
            "english",
            "french",
            "spanish",
            "portuguese",
            "arabic",
            "creole",
            "kreyol",
            "haitian",
            "wolof",
            "fula",
            "fulani",
            "pulaar",
            "hausa",
            "yoruba",
            "igbo",
            "twi",
            "akan",
            "lingala",
            "swahili",
            "somali",
            "amharic",
            "tigrinya",
            "bengali",
            "bangla",
            "hindi",
            "urdu",
            "punjabi",
            "nepali",
            "dari",
            "pashto",
            "farsi",
            "persian",
            "russian",
            "ukrainian",
            "chinese",
            "mandarin",
            "cantonese",
            "italian",
            "quechua",
            "kiche",
            "garifuna",
            "miskito",
            "nahuatl",
            "tzotzil",
            "tzeltal",
            "ingles",
            "espanol",
            "portugues",
            "arabe",
            "angle",
            "franse",
            "panyol",
        ]
    )
    - FIRST_NAMES
)
SURNAMES = SURNAMES - LANGUAGES
NAMES = FIRST_NAMES | SURNAMES
CITY_WORDS = frozenset(word for place in PLACES for word in place.split())
#: Towns people come from, by GeoNames (scripts/build_world_cities.py): no name after "de",
#: "from", "soti" ("soy de Choloma", "m soti Lestè"); see bot/privacy/name_places.py.
WORLD_TOWNS = _read("world_cities.txt") - PLACES
#: Everyday Spanish and English words that are no listed name ("constitucion", "aduana"): the
#: no-cue rule leaves them ("la Constitución" is no name), and the tagger needs more confidence
#: for them in lower case (it may not ignore them: its marks on such words remove many
#: workplaces and addresses). The measure keeps to the bot's own vocabulary.
EVERYDAY = _read("everyday.txt")
#: Countries by name, for the name rules only (their words are no city words: "Cabo Verde"
#: must not make "verde" a place). A country that is a name too ("Guadalupe" is Guadeloupe in
#: Spanish, "Jordan") stays a name.
COUNTRIES = frozenset(c for c in _countries() if " " in c or c not in NAMES)
#: What the name rules leave alone without a cue: places, countries and institutions.
PROTECTED = (
    PLACES
    | COUNTRIES
    | INSTITUTIONS
    | ORGANISATIONS
    | LANGUAGES
    | {f"{language}-{suffix}" for language in LANGUAGES for suffix in ("speaking", "speaker")}
)
#: Longest protected phrase in words, for matching "san pedro sula".
PLACE_LENGTH = max(len(place.split()) for place in PROTECTED)


def fingerprint() -> str:
    """A digest of the data files: part of the scrubber's version."""
    digest = hashlib.sha256()
    for name in (
        "first_names.txt",
        "surnames.txt",
        "vocabulary.txt",
        "places.txt",
        "world_cities.txt",
        "kreyol.txt",
        "everyday.txt",
        "institutions.txt",
        "organisations.txt",
        "shelters.txt",
        "public_contacts.txt",
    ):
        digest.update((DATA / name).read_bytes())
    digest.update("\n".join(sorted(_countries())).encode())
    return digest.hexdigest()[:12]
