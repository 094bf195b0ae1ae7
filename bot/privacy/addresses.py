"""Where people live: addresses with or without a street word, in Mexican, US and other shapes.

Part of :data:`bot.privacy.patterns.RULES` (:data:`EARLY` runs before id and
case numbers, :data:`LATE` after them); shelter beds, schools, workplaces and
churches are :mod:`bot.privacy.venues`'. "Vivo en la calle con mis 3 hijos" is
no address: ordinary words between a street word and a number stop the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy import venues
from bot.privacy.lexicon import CITY_WORDS, COMMON_WORDS, NAMES, fold

_I = re.IGNORECASE
_UP = "A-ZÁÉÍÓÚÑÈÒÀÂÊÎÔÛÇ"

_STREET = (
    r"(?:calle|kalle|c\.|avenida|av\.?|avenue|ave\.?|street|road|rd\.|boulevard|blvd\.?|calzada|"
    r"privada|priv\.|andador|callej[oó]n|carretera|lari|ri|rue|ruelle|impasse|route|camino|paseo|"
    r"cerrada|retorno|circuito|prolongaci[oó]n|prol\.|carrera|cra\.?|kra\.?|diagonal|transversal|pasaje|"
    r"sector|urbanizaci[oó]n|urb\.|reparto|aldea|cant[oó]n|caser[ií]o|ejido|ranchería|edificio|"
    r"residencial|place|ruta|vereda|carrefour|highway|hwy|avni|wout|katye|"
    r"quartier)"
)
_PROPER = venues.PROPER
ADDRESS = re.compile(
    rf"\b(?i:{_STREET})\s+(?:(?:(?:de|del|la|las|los|el)\s+){{1,2}}(?=[{_UP}]){_PROPER}|{_PROPER})(?:\s+(?:{_PROPER}|(?:de|del|la|las|los|el)\b))*"
    rf"(?:\s*,?\s*(?:n[uú]mero|no\.?|#|nimewo)?\s*#?\s*\d+[A-Z]?(?:\s?-\s?\d+)?\b)?"
    rf"(?:\s*,?\s*(?i:interior|int\.?|depto\.?|departamento|apt\.?|apartment|casa)\s*#?\s*\d+[A-Z]?\b)?",
)
_EN_STREET = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|parkway|"
    r"pkwy|terrace|ter|circle|cir|highway|hwy|close|crescent)"
)
#: English order: "45 Elm Street", "1402 West Ave", "2210 W 18th St Apt 3B".
ADDRESS_EN = re.compile(
    r"\b\d{1,6}\s+(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?"
    rf"(?:(?:[{_UP}][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}(?i:{_EN_STREET})\b\.?"
    r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?"
    r"(?:\s*,?\s*(?i:apt|apartment|unit|suite|ste|#)\.?\s*#?\s*[A-Z0-9-]{1,5}\b)?"
)
#: A named street without its number: "Nii Odai Street", "Kofi Annan Road".
STREET_NAMED = re.compile(
    rf"\b(?:[{_UP}][\w'’-]+\s+){{1,3}}(?:Street|Road|Avenue|Lane|Close|Crescent|Drive|Boulevard)\b"
    # a Mexican street named after a date, in English: "on 16 de Septiembre street"
    rf"|\b\d{{1,2}}\s+de\s+[{_UP}][\w'’-]+\s+(?i:street|st|avenue|ave|road)\b"
)
US_STATES = (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM "
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
)
#: A US state and ZIP code: "Houston TX 77036" keeps city and state, loses the ZIP.
ZIP = re.compile(rf"\b((?:{'|'.join(US_STATES.split())})\.?\s+)\d{{5}}(?:-\d{{4}})?\b")
_COLOUR = (
    r"(?:azul|verde|roj[oa]|amarill[oa]|blanc[oa]|negr[oa]|naranja|morad[oa]|rosad[oa]|rosa|gris|"
    r"caf[eé]|beige|crema|celeste|blue|green|red|yellow|white|black|orange|purple|pink|gr[ae]y|brown|"
    r"ble|v[eè]t|wouj|j[oò]n|blan|nwa|mawon|woz|oranj|m[oò]v|gri)"
)
#: A house described by its colour and number: "la casa verde número 14", "kay ble a nimewo 23".
COLOUR_HOUSE = re.compile(
    rf"\b(?:casa|house|kay|cuarto|departamento|edificio|building)\s+{_COLOUR}(?:\s+(?:a|la))?"
    r"\s*,?\s*(?:n[uú]mero|no\.?|#|nimewo|number|n[°º])?\s*#?\s*\d{1,5}[A-Z]?\b"
    r"|\b(?:the\s+)?" + _COLOUR + r"\s+house\s*,?\s*(?:number|no\.?|#)?\s*\d{1,5}[A-Z]?\b"
    # "the yellow house with the mango tree across from the Coppel": the house by its landmark
    r"|\bthe\s+" + _COLOUR + r"\s+house\s+(?:with|across\s+from|next\s+to|behind|opposite|"
    r"in\s+front\s+of)\s+[^,.;!?\n]{3,60}",
    _I,
)
#: The ordinal house from a landmark: "la tercera casa después de la tienda", "3yèm kay".
HOUSE_ORDINAL = re.compile(
    r"\b(?:(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|first|second|third|"
    r"fourth|fifth|sixth|premye|dezy[eè]m|twazy[eè]m|katriy[eè]m)\s+"
    r"(?=(?:casa|house|kay|puerta|door|p[oò]t)\s+(?:\w+\s+){0,2}(?:despu[eé]s|after|past|from|apre|"
    r"a\s+mano|a\s+la\s+(?:derecha|izquierda)|on\s+the\s+(?:left|right)|desde|de\s+la\s+esquina|"
    r"adwat|agoch|sou\s+(?:dwat|goch))\b)"
    r"|\d{1,2}\s*(?:st|nd|rd|th|ra|da|ta|era|yèm|y[eè]m|em)\s+(?=(?:casa|house|kay)\b))",
    _I,
)
#: Words of street names that are ordinary words too: "av. central sur 108".
_STREET_NAME_WORDS = frozenset(
    re.findall(
        r"\S+",
        """norte sur oriente poniente central principal real nueva nuevo vieja viejo primera segunda
    tercera cuarta quinta nacional north south east west main old new nord""",
    )
)
ADDRESS_LOWER = re.compile(
    rf"\b{_STREET}\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s*#?\s*\d+[A-Z]?\b", _I
)
#: The same in lower case: "i live at 23 obi street" (not "3 blocks down the street").
ADDRESS_EN_LOWER = re.compile(
    r"\b\d{1,6}\s+(?:[^\W\d_][\w'’-]*\s+){1,3}?(?:street|st|avenue|ave|road|rd|lane|drive|close|"
    r"crescent|boulevard|blvd)\b\.?",
    _I,
)
ORDINAL_STREET = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:street|st\b|avenue|ave\b|av\b|road|rd\b)\.?"
    r"|\b\d{1,2}\s*(?:a|ª|o|º|va|ra|da|ta)?\.?\s+(?:(?:avenida\s+|calle\s+|av\.?\s+)?"
    r"(?:norte|sur|oriente|poniente|pte\.?|ote\.?)(?:\s+(?:norte|sur|oriente|poniente))?|calle|avenida|av\.)"
    r"(?:\s*,?\s*(?:n[uú]mero|no\.?|#)?\s*#?\s*\d+[A-Z]?\b)?",
    _I,
)
AREA = re.compile(
    rf"\b(?i:col\.|col(?=\s+[{_UP}])|colonia|kolonya|koloni|barrio|fracc?\.|fraccionamiento|zona(?!\s+(?i:r[ií]o|centro|norte)\b)|unidad habitacional|"
    rf"residencial|mz\.?|manzana|lt\.?|lote|sector|reparto|aldea|cant[oó]n|caser[ií]o|ejido|"
    rf"urbanizaci[oó]n|(?<!\d)(?<!\d\s)km\.?|kil[oó]metro|brecha|kilom[eè]t|katye|zòn|zon|lakou|seksyon|quartier|neighbou?rhood|"
    rf"block|lot|unit)\s*(?:\d+\s+de\s+[{_UP}][\w'’-]*|\d+[A-Z]?\b|[{_UP}][\w'’-]*(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)?[{_UP}][\w'’-]*){{0,3}})",
)
_CROSS_ONE = (
    # "5 de Mayo", "16 de Septiembre": a street named after a date
    rf"(?:\d{{1,2}}\s+de\s+[{_UP}][\w'’-]+|<ADDRESS>|(?:(?i:calle|av\.?|avenida)\s+)?\d{{1,2}}\s*(?:a|ª|o|º|va|ra|da|ta|st|nd|rd|th)?\.?"
    r"(?:\s+(?i:norte|sur|oriente|poniente|pte|ote)\b\.?)?|"
    rf"(?:(?i:calle|av\.?|avenida)\s+)?[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+)?)"
)
#: What follows an address and narrows it: "s/n", cross streets, a gate's colour, the next number.
_ADDRESS_TAIL = (
    # not a count: "pin <ADDRESS>, 12 people, 4 kids"
    r"\d{1,5}[A-Z]?(?!\s+(?i:people|persons|personas|moun|kids|children|ni[nñ]os|timoun|adults|"
    r"adultos|families|familias|fanmi|days|d[ií]as|jou|hours|horas|[eè]dtan|months|meses|mwa)\b)|"
    r"<ADDRESS>|casa\s+<NUMBER>|s/n|(?i:sin\s+n[uú]mero)|"
    rf"(?i:entre|between|ant)\s+(?i:la\s+|las\s+|calles?\s+|the\s+)?{_CROSS_ONE}\s+(?i:y|e|and|ak)\s+"
    rf"(?i:la\s+|calle\s+)?{_CROSS_ONE}|(?i:esquina|esq\.|esq|corner\s+of|kwen)\s+(?i:con\s+|with\s+|de\s+)?{_CROSS_ONE}|"
    rf"(?i:port[oó]n|puerta|reja|zagu[aá]n|gate|door|p[oò]tay|p[oò]t)\s+(?i:{_COLOUR})|"
    # a landmark with no name of its own: "…, Zona Centro, near the cathedral" (a named one,
    # "cerca del Parque Teniente Guerrero", is a public place and stays)
    r"(?i:near|by|next\s+to|close\s+to|cerca\s+del?|junto\s+al?|a\s+la\s+par\s+del?|toupre|pre|b[oò])\s+"
    r"(?:(?i:the|la|el|a)\s+)?(?:(?i:big|main|old|new|blue|white|grande|vieja|nueva)\s+)?"
    r"(?i:cathedral|catedral|church|iglesia|legliz|chapel|capilla|mosque|mezquita|market|mercado|"
    r"mache|park|parque|pak|school|escuela|lek[oò]l|cancha|soccer\s+field|plaza|gas\s+station|"
    r"gasolinera|pharmacy|farmacia|water\s+tank|tinaco)\b"
    r"(?!\s+(?:(?i:de|del|of)\s+)?[A-ZÁÉÍÓÚÑ0-9<])"
)
#: Two streets that cross: "el Oxxo de la esquina de Juárez y Morelos", "corner of Juarez and 5 de Mayo".
CORNER = re.compile(
    r"\b(?i:esquina|esq\.|esq|corner\s+of|kwen)\s+(?i:con\s+|with\s+|de\s+|of\s+)?(?i:la\s+|las\s+|calles?\s+|the\s+)?"
    rf"{_CROSS_ONE}\s+(?i:y|e|and|ak|con|with|&)\s+(?i:la\s+|calle\s+|the\s+)?{_CROSS_ONE}"
)
#: Pieces of one address replaced one by one become one: "<ADDRESS> 12 <ADDRESS>".
#: A postcode later in the same address: "<ADDRESS>, Tijuana BC 22116".
POSTCODE_AFTER = re.compile(r"(<ADDRESS>[^.?!\n<]{0,40}?)(?<![\d-])\b\d{5}\b(?![\d-])")
ADDRESS_JOIN = re.compile(
    rf"(?:[{_UP}][\w'’-]+\s+\d{{1,5}}\s*,\s*|\b\d{{1,5}}\s*,?\s+(?:de\s+la\s+|del\s+|on\s+)?)?<ADDRESS>(?:[\s,]+(?:{_ADDRESS_TAIL})(?=[\s,.;]|$))*"
)
#: A neighbourhood named after the street: "<ADDRESS>, Kaneshie" (a city stays: "<ADDRESS>, Tapachula").
LOCALITY = re.compile(rf"(<ADDRESS>,\s*)([{_UP}][\w'’-]{{2,}})(?=\s*(?:[,.;]|$))")
#: A place with a number after "vivo en", "my address:", "m rete": "vivo en Francisco I. Madero 88".
LIVING = re.compile(
    r"\b(?i:viv[oe]\w*\s+en|rent\w*\s+en|qued\w*\s+en|estamos\s+en|estoy\s+en|mi\s+direcci[oó]n(?:\s+es)?|"
    r"direcci[oó]n|domicilio|address(?:\s+is)?|i\s+live\s+(?:at|on|in)|we\s+live\s+(?:at|on|in)|"
    r"(?:m|mwen|nou|li)\s+rete(?:\s+nan)?|adr[eè]s(?:\s+mwen)?(?:\s+se)?)\s*:?\s+(?i:la\s+|el\s+|the\s+)?"
    # a dot only closes an initial or a short abbreviation: "Francisco I. Madero 88", "Av. Juárez
    # 12", never a sentence: "Quédate en México. Estuvimos 2 años"
    rf"((?:[{_UP}](?:[\w'’-]{{0,2}}\.|[\w'’-]*)\s+){{1,4}}#?\s*\d{{1,5}}[A-Z]?)\b"
)
NAMED_NUMBER = re.compile(
    rf"\b[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+)?\s+\d{{1,5}}\s*(?:,\s*)?(?=(?:interior|int\b|depto|apt|col\b|colonia)|,\s*(?:ri|rue|calle|<ADDRESS>)\b|"
    # "Cuauhtemoc 320 Sur segundo piso": a cardinal point, then the floor
    r"(?i:sur|norte|oriente|poniente|ote|pte)\.?\s+(?:primer|segundo|tercer|cuarto|\d{1,2}\w{0,2})\s+piso)"
)


#: Street words that also name a journey: "el pasaje / la carretera / el camino de Tapachula".
_JOURNEY = frozenset(["pasaje", "camino", "ruta", "carretera", "route", "wout", "highway"])
_FILLERS = frozenset(["de", "del", "la", "las", "los", "el", "numero", "no", "no.", "nimewo", "#"])


def _address(match: re.Match[str]) -> str:
    """A street and its name, unless the "name" is ordinary words: "EN LA CALLE PORQUE NO HAY"."""
    words = match.group(0).split()[1:]
    named = [fold(w) for w in words if fold(w) not in _FILLERS]
    journey = fold(match.group(0).split()[0]) in _JOURNEY
    if (
        journey
        and not any(ch.isdigit() for ch in match.group(0))
        and all(w in CITY_WORDS for w in named)
    ):
        return match.group(0)  # "el pasaje de Tapachula a Monterrey": a fare, not a street
    if not any(ch.isdigit() for ch in match.group(0)) and all(
        fold(w) in COMMON_WORDS and fold(w) not in _STREET_NAME_WORDS and w.isupper() for w in words
    ):
        return match.group(0)
    return "<ADDRESS>"


def _address_lower(match: re.Match[str]) -> str:
    words = match.group(0).split()
    # "la calle con mis 3 hijos": ordinary words between the street word and the number
    named = False
    for word in words[1:-1]:
        word = fold(word)
        if word in _FILLERS:
            continue
        if word in ("pou", "pa", "ki", "for", "with", "con", "por", "para"):
            return match.group(0)  # "ki avni pou 356 fanmi": a future, not an avenue
        ordinary = word in COMMON_WORDS and word not in NAMES and word not in CITY_WORDS
        if ordinary and word not in _STREET_NAME_WORDS:
            return match.group(0)
        named = True
    return "<ADDRESS>" if named else match.group(0)


def _address_en_lower(match: re.Match[str]) -> str:
    words = [fold(word) for word in match.group(0).split()[1:-1]]
    if any(w in COMMON_WORDS and w not in NAMES and w not in _STREET_NAME_WORDS for w in words):
        return match.group(0)
    return "<ADDRESS>"


def _locality(match: re.Match[str]) -> str:
    word = fold(match.group(2))
    if word in CITY_WORDS or word in COMMON_WORDS or word in NAMES:
        return match.group(0)
    return match.group(1) + "<ADDRESS>"


def _living(match: re.Match[str]) -> str:
    words = match.group(1).split()
    if "#" not in match.group(1) and all(fold(word) in CITY_WORDS for word in words[:-1]):
        return match.group(0)  # "estoy en Tapachula 3 semanas"? keep a city and a count
    return _group_address(match)


def _group_address(match: re.Match[str]) -> str:
    start = match.start(1) - match.start(0)
    end = match.end(1) - match.start(0)
    return match.group(0)[:start] + "<ADDRESS>" + match.group(0)[end:]


#: (pattern, replacement) in the order they run.

Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
#: Coordinates in degrees, minutes and seconds: "32°31'45 N 116°58'12 W".
_DMS = r"\d{1,3}°\s?\d{1,2}['’′]\s?\d{1,2}(?:[.,]\d+)?(?:[\"”″]|'')?\s?[NSEWO]\b"
GPS_DMS = re.compile(rf"{_DMS}[\s,;]*{_DMS}")

EARLY: list[Rule] = [
    (GPS_DMS, "<ADDRESS>"),
    *venues.EARLY,
    (ADDRESS_EN, "<ADDRESS>"),
    (ZIP, r"\1<ADDRESS>"),
    (COLOUR_HOUSE, "<ADDRESS>"),
    (HOUSE_ORDINAL, "<NUMBER> "),
    (ADDRESS, _address),
    (STREET_NAMED, "<ADDRESS>"),
    (ADDRESS_LOWER, _address_lower),
    (ADDRESS_EN_LOWER, _address_en_lower),
    (ORDINAL_STREET, "<ADDRESS>"),
    (AREA, "<ADDRESS>"),
    (CORNER, "<ADDRESS>"),
    (NAMED_NUMBER, "<ADDRESS> "),
    (LIVING, _living),
    (ADDRESS_JOIN, "<ADDRESS>"),
    (LOCALITY, _locality),
    (POSTCODE_AFTER, r"\1<ADDRESS>"),
]
LATE: list[Rule] = [
    *venues.LATE,
    (ADDRESS_JOIN, "<ADDRESS>"),
    (POSTCODE_AFTER, r"\1<ADDRESS>"),
]
