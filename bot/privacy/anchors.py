"""Where a described place starts: the anchors that :mod:`bot.privacy.clauses` grows.

An anchor is a named area ("colonia el paraíso", "kolonya Bellavista", "rancho
la esperanza"), a named venue (a kind word and a name that is not ordinary
words: "hotel Fénix", "mercado San Juan", "legliz Batis Bon Samariten",
"Korle Bu hospital"), an employer after a work verb ("trabaja en la bloquera Los
Pinos"), a place with a number after a residence verb ("vivo en hidalgo 45",
"m rete …"), a house with a number ("la casa azul con reja blanca número 5"), a
street named after a date or a central axis ("5 de febrero 302", "central
oriente 15"), GPS words ("lat 14.91 long -92.25"), or a shelter spot (a kind
word such as "cama", "carpa", "módulo", "bed", "row", "kabann", "chanm" and a
number or a capital letter).
"""

from __future__ import annotations

import re

from bot.privacy import slots
from bot.privacy.birthdates import MONTHS as _MONTHS
from bot.privacy.camps import COLOUR_WORD
from bot.privacy.lexicon import (
    CITY_WORDS,
    COMMON_WORDS,
    EVERYDAY,
    FIRST_NAMES,
    INSTITUTIONS,
    NAMES,
    fold,
)
from bot.privacy.venues import GENERAL, SHOP

_I = re.IGNORECASE


def set_of(words: str) -> frozenset[str]:
    return frozenset(words.split())


_UP = "A-ZÁÉÍÓÚÑÈÒÀÂÊÎÔÛÇ"
PH = re.compile(r"<[A-Z]+>")
_W = r"(?:<[A-Z]+>|[\w'’.#-]+)"
_NOT_COUNT = (
    r"(?!\s*(?:hij[oa]s|ni[nñ]\w*|personas|people|kids|children|a[nñ]os|years|d[ií]as|days|meses|"
    r"months|pitit|moun|ane|jou|sem[eè]n|mwa|lane|semanas|weeks|horas|hours|veces|times|pesos|dollars|d[oó]lares|mil|thousand|mil\s+pesos|goud|gdes|usd|mxn|am|pm|"
    r"de\s+la\s+(?:ma[nñ]ana|tarde|noche)|minutos|minutes|de\s+nosotros|o\s+\d|or\s+\d|"
    # a range: "3 a 5 dias habiles", "2 to 3 weeks"
    r"(?:a|to|-|al|rive)\s*\d+\s+(?:d[ií]as|days|jou|semanas|weeks|meses|months|horas|hours))\b"
    r"|[,.]\d{3}\b)"  # an amount with its thousands: "dijo 2,500 pesos"
)

_AREA_KINDS = (
    r"colonia|col\.?|kolonya|koloni|fraccionamiento|fracc?\.?|barrio|ejido|rancho|ransh|finca|"
    r"comunidad(?=\s+de\b)|localidad|poblado|vereda|"
    r"andador|kalye|lotificaci[oó]n|residencial|neighbou?rhood|katye|callej[oó]n|"
    r"unidad\s+habitacional|conjunto\s+habitacional|infonavit|parque\s+industrial|zona\s+industrial|"
    r"ciudad\s+industrial|industrial\s+park|pak\s+endistriy[eè]l|parc\s+industriel"
)
#: Kinds of area whose name may be ordinary words: "colonia el paraíso", "barrio san josé".
_NAMED_AREAS = set_of(
    "colonia kolonya koloni fraccionamiento fracc barrio ejido rancho ransh finca andador unidad "
    "conjunto"
)
#: Words after an area's kind that say it is no name: "la colonia donde vivo", "el barrio es malo".
_NOT_AREA_NAME = set_of(
    """donde dónde cerca hay es está esta estaba era muy mas más very most more is was where near
    pi te ap gen se a que y and porque because para for pou de del centro center downtown en in nan
    on at"""
)
_VENUE_KINDS = (
    r"hotel|h[oó]tel|otel|ot[eè]l|motel|hostal|posada|mercado|market|"
    # "mache" is a market after "nan" or "yon", and "walk" or "work" elsewhere ("CBP One ap mache")
    r"(?<=\bnan\s)mache|(?<=\byon\s)mache|(?<=\bbò\s)mache|(?<=\bbo\s)mache|(?<=\bkote\s)mache|"
    r"(?<=\bdevan\s)mache|(?<=\bd[eè]y[eè]\s)mache|tianguis|puesto|local|pis|"
    r"stall|booth|stand|tienda|shop|store|restaurante?|restoran|fonda|taller|autolavado|lavado|lavaj|"
    r"car\s+wash|empacadora|maquila\w*|f[aá]brica|fabrik|faktori|factory|bodega|warehouse|"
    r"konpayi|compa[nñ][ií]a|company|empresa|constructora|obra|construction\s+site|site|"
    rf"{SHOP}|"
    r"iglesia|legliz|church|parroquia|capilla|templo|asamblea|misyon|misi[oó]n|ministerio|"
    r"congregaci[oó]n|escuela|l[eè]k[oò]l|school|primaria|secundaria|secu|kinder|k[ií]nder|"
    r"jard[ií]n\s+de\s+ni[nñ]os|preescolar|colegio|cbtis|cbta|cetis|conalep|preparatoria|prepa|"
    r"universidad|hospital|lopital|cl[ií]nica|klinik|ward|casa\s+de\s+la\s+familia"
)
SHELTER_KINDS = (
    r"camas?|literas?|beds?|bunks?|kabann|lit|colch[oó]n|colchoneta|mattress|matla|mat|cot|catre|"
    r"cuarto|cuartito|habitaci[oó]n|rooms?|chanm|chamb|chambre|carpa|tents?|tant|tienda\s+de\s+campa[nñ]a|"
    r"caba[nñ]a|cabin|celda|cell|selil|m[oó]dulo|mod|modil|module|secci[oó]n|section|seksyon|dormitorio|"
    r"dormitory|dorm|d[oò]twa|d[oò]mitwa|[aá]rea|row|fila|container|contenedor|konten[eè]|"
    r"cub[ií]culo|pabell[oó]n|nave|galera|toldo|barraca|plot|espacio|space|depa|apt|apartment|unit|"
    r"building|edificio|bilding|piso|floor|etaj"
)
AREA = re.compile(rf"\b(?:{_AREA_KINDS})\s+(?:(?:de|del|la|las|los|el|san|santa)\s+)*({_W})", _I)
VENUE = re.compile(rf"\b(?:{_VENUE_KINDS})((?:\s+{_W}){{1,4}})", _I)
#: English order, a capitalised name before a lower-case kind: "Korle Bu hospital".
VENUE_BEFORE = re.compile(
    r"\b((?:[A-Z][\w'’-]+\s+){1,3})(?i:hospital|church|school|market|hotel|motel|clinic|restaurant|"
    r"factory|company|farm|store|shop|inn|lodge|suites|hostel|motel|bakery|salon)\b"
)
SHELTER = re.compile(
    rf"\b(?i:{SHELTER_KINDS})\s+(?:(?i:(?:mwen|mi|my|nou|our|nuestr[oa])\s+)?(?i:es|is|se|sé|:)\s+"
    r"(?=(?i:la\s+|el\s+|n[uú]m[eé]ro\s+|number\s+|nimewo\s+)?\d))?(?:(?!(?i:para|for|pou|de|del|with|con|is|es|se|in|en|nan|of|y|and|ak|dijo|dice|dicen|said|says|told|di|cuesta|costs?|cobr\w*|charg\w*|pag\w*|pa(?:id|ys?)|peye)\b)"
    r"[^\W\d_]+\s+(?:(?i:a|la|lan)\s+)?(?=(?i:n[uú]mero|number|no\.|nimewo|#|\d)))?"
    r"(?:(?i:la|el|the|n[uú]m[eé]ro|number|no\.?|nimewo)\s+)?#?\s*"
    rf"(?:<NUMBER>|<CASE>|\d{{1,4}}[A-Za-z]?\b{_NOT_COUNT}|[A-Z]\b(?!['’.-]\w))"
)
LIVING = re.compile(
    r"\b(?i:viv[oe]\w*|rent\w*|qued\w*\b(?!\s+(?i:programad|agendad|fijad|asignad|pendiente))|estamos|estoy|llegar|live|living|stay\w*|viv|rete|adr[eè]s\w*|"
    r"address|direcci[oó]n|domicilio)\s+(?i:(?:en|at|on|in|a|nan|is|es|se|mwen|nou)\s+)*"
    r"(?i:(?:el|la|the)\s+)?(?!(?i:en|at|on|in|a|nan|is|es|se|el|la|the)\s)"
    rf"((?:{_W}\s+){{1,4}}\d{{1,5}}[A-Za-z]?\b){_NOT_COUNT}"
)
WORK = re.compile(
    r"\b(?i:trabaj\w*|work\w*|travay|chamb\w*|limpi\w*|clean\w*|cook\w*|cocin\w*)\s+"
    r"(?i:en|at|for|para|nan|pou|con)\s+(?i:(?:la|el|los|las|the|a|an|una?|yon)\s+)?"
    rf"((?:[a-zñáéíóúèò]+\s+)?((?:[{_UP}][\w'’-]+)(?:\s+(?:(?:de|del|la|los|las|el)\s+)?[{_UP}][\w'’-]+){{0,3}}))"
)
HOUSE = re.compile(
    r"\b(?:casa|house|kay|port[oó]n|building|edificio)\b[^,.;\n<]{0,40}?"
    r"\b(?:n[uú]mero|number|nimewo|no\.?|#)\s*(?:\d{1,5}[A-Za-z]?\b|<CASE>|<NUMBER>)",
    _I,
)
STREET = re.compile(
    rf"\b(?:(?:central|principal)\s+(?:norte|sur|oriente|poniente|ote|pte)|\d{{1,2}}\s+de\s+{_MONTHS})"
    r"\s+(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?\b(?!:\d)",
    _I,
)
#: A street named after a person and its number, once the name is gone: "…, <NAME> 345",
#: "vivo en <NAME> 12" (not "<NAME> 3 años": counts stay).
NAMED_STREET = re.compile(
    rf"(?:(?<=,)|(?<=\ben)|(?<=\bin)|(?<=\bat)|(?<=\bon)|(?<=\bnan)|(?<=\bsou))"
    rf"\s+(?:<NAME>\s+)+\d{{1,5}}[A-Za-z]?\b{_NOT_COUNT}"
)
GPS_WORDS = re.compile(
    r"\b(?:lat(?:itude|itud)?)\s*:?\s*-?(?:\d+(?:\.\d+)?|<NUMBER>)\s*,?\s*"
    r"(?:long(?:itude|itud)?|lng|lon)\s*:?\s*-?(?:\d+(?:\.\d+)?|<NUMBER>)",
    _I,
)
FWD_STOP = set_of(
    """pero porque que si cuando donde ahi ahí aquí aqui me nos te le les lo yo ella ellos no ya
    tengo tiene tienen estoy estamos esta está estan están estaba es son hay quiero necesito puedo puede pueden dice dicen
    preguntan pregunte pregunten por para but because so if when where that thats i we you he
    she they is are was have has need can do does please until for men paske pou si lè m mwen
    nou li se pa gen ki kijan kounya thats its it's mi mis my su sus our his her depi since desde
    hace durante sin without albergue albèg albeg shelter ask mande estacion estación said says dijo di
    hias acnur unhcr comar inm oim iom msf cndh dif cicr icrc jrs imumi kòm kom como as
    wants want quiere quieren pide piden cobra cobran charges asks vle told tells dijeron"""
)
LINK = set_of("de del la las los el of the y and ak e a en in nan sou on at")
_IN = set_of("en in nan at a")
PUNCT = ",.;:!?"


_NO_PLACE = frozenset(["<DATE>", "<PHONE>", "<EMAIL>", "<USERNAME>", "<HEALTH>", "<SECRET>"])


def unusual(word: str) -> bool:
    """A word that may name a place: a number, a placeholder, a rare or capitalised word."""
    bare = word.strip(PUNCT + "()\"'")
    if not bare:
        return False
    if bare in _NO_PLACE or slots.is_slot(bare):
        return False  # "el hospital de Tapachula el <DATE>": a date is no part of a place
    if PH.search(bare) or any(ch.isdigit() for ch in bare):
        return True
    folded = fold(bare)
    if folded in CITY_WORDS and folded not in NAMES:
        return False
    if folded in LINK or len(folded) < 3:
        return False
    capital = bare[0].isupper() and not bare.isupper()
    return capital or folded not in COMMON_WORDS


def _area(match: re.Match[str]) -> str:
    kind = fold(match.group(0).split()[0]).rstrip(".")
    name = fold(match.group(1).strip(PUNCT))
    named = kind in _NAMED_AREAS and name and name not in _NOT_AREA_NAME | FWD_STOP
    return "<ADDRESS>" if named or unusual(match.group(1)) else match.group(0)


def _protected(words: list[str]) -> bool:
    """An organisation, not a venue's own name: "clínica de Médicos Sin Fronteras"."""
    folded = [fold(word.strip(PUNCT)) for word in words]
    while folded and folded[0] in LINK:
        folded = folded[1:]
    # a school named after a person ("primaria Benito Juárez") is a venue all the same
    return any(
        " ".join(folded[start:end]) in INSTITUTIONS and folded[start] not in FIRST_NAMES
        for start in range(len(folded))
        for end in range(len(folded), start + 1, -1)
    )


def _venue_before(match: re.Match[str]) -> str:
    """ "Korle Bu hospital", "Ramada Inn"; not "the Catholic Church", "Mexico City hospital"."""
    words = [fold(word) for word in match.group(1).split()]
    if all(w in COMMON_WORDS or w in CITY_WORDS or w in GENERAL for w in words):
        return match.group(0)
    return "<PLACE>"


#: A stall's number makes a place of a market, whatever its name: "mercado San Juan local 44".
_STALL = set_of("local puesto pos pòs stall booth stand pasillo pasiyo nave numero no #")


def _stall(words: list[str]) -> bool:
    folded = [fold(word.strip(PUNCT)) for word in words]
    return any(
        word in _STALL and any(ch.isdigit() for ch in following)
        for word, following in zip(folded, folded[1:], strict=False)
    )


_AT_WORK = re.compile(r"(?i)\b(?:trabaj\w*|work\w*|travay)\b[^.!?\n]*$")


def _venue(match: re.Match[str]) -> str:
    words = match.group(1).split()
    taken = 0
    at_work = _AT_WORK.search(match.string, max(0, match.start() - 60), match.start())
    for index, word in enumerate(words):
        if fold(word.strip(PUNCT)) in FWD_STOP:
            break
        after = {fold(w.strip(PUNCT)) for w in words[index + 1 : index + 3]}
        if fold(word) in ("nan", "en", "in", "at") and after & CITY_WORDS:
            break  # "legliz la | nan kan Matamoros": the town stays
        # "the restaurant thinks", "trabajo en una fábrica de muebles": an everyday word in
        # lower case says what the place does, or what is made where one works, not its name
        # (but "detrás del puesto de jugos" is a landmark: where someone sleeps)
        everyday = word.islower() and fold(word.strip(PUNCT)) in EVERYDAY
        everyday = everyday and (index == 0 or at_work)
        if unusual(word) and not everyday:
            taken = index + 1
        if word[-1] in PUNCT:
            break
    if not taken or (_protected(words[:taken]) and not _stall(words[:taken])):
        return match.group(0)
    # "el puesto de lona roja": its colour goes with it
    while taken < len(words) and COLOUR_WORD.fullmatch(words[taken].rstrip(PUNCT)):
        taken += 1
        if words[taken - 1][-1] in PUNCT:
            break
    rest = match.group(1).split(None, taken)
    tail = rest[taken] if len(rest) > taken else ""
    trail = words[taken - 1][-1] if words[taken - 1][-1] in PUNCT else ""
    return "<PLACE>" + trail + (" " + tail if tail else "")


_PERSON_TITLES = frozenset(
    ["lic", "licenciado", "licenciada", "lcdo", "lcda", "dr", "dra", "ing", "mr", "mrs", "ms", "sr"]
    + ["sra", "srta", "don", "dona", "pastor", "pastora", "abogado", "abogada", "me", "met"]
)


def _work(match: re.Match[str]) -> str:
    """A capitalised employer after a work verb: "trabaja en la bloquera Los Pinos"."""
    words = match.group(2).split()
    if fold(words[0].rstrip(".")) in _PERSON_TITLES:
        return match.group(0)  # "works for the lawyer Lic. <NAME>": a person, the name rules' job
    kind = match.group(1) != match.group(2)  # "la bloquera Los Pinos", not "el Centro"
    if not any(unusual(w) and (kind or fold(w) not in COMMON_WORDS) for w in words):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start(0)] + "<PLACE>"


def _living(match: re.Match[str]) -> str:
    spans = list(re.finditer(r"\S+", match.group(1)))
    words = [fold(w.group(0).strip(PUNCT)) for w in spans[:-1]]
    if all(w in LINK for w in words):
        return match.group(0)  # "la renta es de 1200": an amount, not a place
    number = spans[-1].group(0).strip(PUNCT)
    if re.fullmatch(r"(?:19|20)\d\d", number) and words and words[-1] in _IN:
        return match.group(0)  # "rent support in Tijuana in 2024": a year
    # "vive en houston en 4410 …": the city stays, the place starts after it
    for k in range(len(words) - 1):
        if words[k] in CITY_WORDS and words[k + 1] in _IN:
            cut = match.start(1) - match.start(0) + spans[k + 2].start()
            return match.group(0)[:cut] + "<ADDRESS> "
    plain = any(
        w in FWD_STOP or (w in COMMON_WORDS and w not in LINK and w != "calle") for w in words
    )
    if plain and not any(unusual(w) and w not in COMMON_WORDS for w in words):
        return match.group(0)
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + "<ADDRESS> "


#: The anchors, in the order they are looked for.
CREATORS = (
    (GPS_WORDS, "<ADDRESS>"),
    (STREET, "<ADDRESS>"),
    (NAMED_STREET, " <ADDRESS>"),
    (HOUSE, "<ADDRESS>"),
    (AREA, _area),
    (VENUE_BEFORE, _venue_before),
    (VENUE, _venue),
    (WORK, _work),
    (LIVING, _living),
)
