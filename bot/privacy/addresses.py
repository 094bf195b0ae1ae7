"""Where people are: addresses with or without a street word, shelter beds, schools, workplaces.

Part of :data:`bot.privacy.patterns.RULES` (:data:`EARLY` runs before id and
case numbers, :data:`LATE` after them). "Vivo en la calle con mis 3 hijos" is
no address: ordinary words between a street word and a number stop the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy.lexicon import CITY_WORDS, COMMON_WORDS, NAMES, fold

_I = re.IGNORECASE
_UP = "A-ZÁÉÍÓÚÑÈÒÀÂÊÎÔÛÇ"

_NUMBER_WORDS = (
    r"(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veinte|veinti\w+|treinta|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty(?:-\w+)?|thirty|twa|kat|senk|sis|s[eè]t|uit|n[eè]f|dis|onz|douz|"
    r"trèz|trez|katòz|kenz|sèz|ven)"
)
SHELTER = re.compile(
    r"\b(cuarto|habitaci[oó]n|cama|litera|tienda(?: de campa[nñ]a)?|casa de campa[nñ]a|carpa|kabann|"
    r"chanm|tant|tent|room|rm|bed|section|bunk|mattress|colch[oó]n|colchoneta|matla|cabaña|m[oó]dulo|"
    r"dormitorio|dormitory|dorm|cub[ií]culo|celda|pabell[oó]n|secci[oó]n|nave|galera|hab\.?|"
    r"apto\.?|piso|floor|cabina|cabin|espacio|space|lit|sal|toldo|barraca|barrack|casita|bloque|"
    r"block|trailer|contenedor|container|casa|house|kay|lugar|spot|unit|lot|suite|building)"
    r"(\s+(?:n[uú]mero|no\.?|#|nimewo|number|n[°º])|\s*n[°º]\.?)?\s*#?\s*"
    rf"(?:[A-Z]?-?\d{{1,4}}[A-Z]?\b|{_NUMBER_WORDS}\b)",
    _I,
)
#: "la tercera cama", "the second tent", "dezyèm kabann".
SHELTER_ORDINAL = re.compile(
    r"\b(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|s[eé]ptim[oa]|octav[oa]|"
    r"noven[oa]|d[eé]cim[oa]|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th|[oa°º]|er|ra|do|da|yèm|em))\s+(?=(?:cama|litera|carpa|cuarto|habitaci[oó]n|"
    r"tienda|bed|bunk|tent|room|kabann|chanm|tant)\b)",
    _I,
)
NUMBERED = re.compile(r"\b(n[uú]mero|nimewo|number|num\.?|no\.|#)\s*\d{1,6}[A-Z]?\b", _I)

_STREET = (
    r"(?:calle|c\.|avenida|av\.?|avenue|ave\.?|street|st\.|road|rd\.|boulevard|blvd\.?|calzada|"
    r"privada|andador|callej[oó]n|carretera|lari|ri|rue|ruelle|impasse|route|camino|paseo|"
    r"cerrada|circuito|prolongaci[oó]n|prol\.|carrera|cra\.?|kra\.?|diagonal|transversal|pasaje|"
    r"sector|urbanizaci[oó]n|urb\.|reparto|aldea|cant[oó]n|caser[ií]o|ejido|ranchería|edificio|"
    r"residencial|lane|drive|way|court|place|ruta|vereda|carrefour|highway|hwy|avni|wout|katye|"
    r"quartier)"
)
_PROPER = rf"[{_UP}0-9][\w'’.-]*"
ADDRESS = re.compile(
    rf"\b(?i:{_STREET})\s+(?:{_PROPER}|de|del|la|las|los|el)(?:\s+(?:{_PROPER}|de|del|la|las|los|el))*"
    rf"(?:\s*,?\s*(?:n[uú]mero|no\.?|#|nimewo)?\s*#?\s*\d+[A-Z]?(?:\s?-\s?\d+)?\b)?"
    rf"(?:\s*,?\s*(?i:interior|int\.?|depto\.?|departamento|apt\.?|apartment|casa)\s*#?\s*\d+[A-Z]?\b)?",
)
#: English order: "45 Elm Street", "1402 West Ave".
ADDRESS_EN = re.compile(
    rf"\b\d{{1,5}}\s+(?:[{_UP}][\w'’.-]*\s+){{1,3}}(?i:street|st\.?|avenue|ave\.?|road|rd\.?|"
    r"boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|court|ct\.?|place|pl\.?)(?!\w)"
)
ADDRESS_LOWER = re.compile(
    rf"\b{_STREET}\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s*#?\s*\d+[A-Z]?\b", _I
)
ORDINAL_STREET = re.compile(
    r"\b\d{1,2}\s*(?:a|ª|o|º|va|ra|da|ta)?\.?\s+(?:(?:avenida\s+|calle\s+|av\.?\s+)?"
    r"(?:norte|sur|oriente|poniente|pte\.?|ote\.?)(?:\s+(?:norte|sur|oriente|poniente))?|calle|avenida|av\.)"
    r"(?:\s*,?\s*(?:n[uú]mero|no\.?|#)?\s*#?\s*\d+[A-Z]?\b)?",
    _I,
)
AREA = re.compile(
    rf"\b(?i:col\.|col(?=\s+[{_UP}])|colonia|barrio|fracc?\.|fraccionamiento|zona|unidad habitacional|"
    rf"residencial|mz\.?|manzana|lt\.?|lote|sector|reparto|aldea|cant[oó]n|caser[ií]o|ejido|"
    rf"urbanizaci[oó]n|km\.?|kil[oó]metro|katye|zòn|zon|lakou|seksyon|quartier|neighbou?rhood|"
    rf"block|lot|unit)\s*(?:\d+\s+de\s+[{_UP}][\w'’-]*|\d+[A-Z]?\b|[{_UP}][\w'’-]*(?:\s+(?:de\s+|del\s+|la\s+|las\s+|los\s+)?[{_UP}][\w'’-]*){{0,3}})",
)
#: Pieces of one address replaced one by one become one: "<ADDRESS> 12 <ADDRESS>".
ADDRESS_JOIN = re.compile(
    rf"(?:[{_UP}][\w'’-]+\s+\d{{1,5}}\s*,\s*|\b\d{{1,5}}\s*,?\s+)?<ADDRESS>(?:[\s,]+(?:\d{{1,5}}[A-Z]?|<ADDRESS>|casa\s+<NUMBER>)(?=[\s,.;]|$))*"
)
#: A named place after "I work at", "trabajo en", "m travay nan", "goes to".
WORKPLACE = re.compile(
    r"\b(?i:work(?:s|ed|ing)?\s+(?:at|for)|clean(?:s|ing)?\s+at|trabaj\w*\s+(?:en|para|con)|"
    r"travay\s+(?:nan|pou|lakay)|stud(?:y|ies)\s+at|estudi\w+\s+en|go(?:es)?\s+to|va\s+a|van\s+a)"
    r"\s+(?i:the\s+|la\s+|el\s+|una?\s+|yon\s+)?"
    rf"((?:{_PROPER})(?:\s+(?:(?:de|del|la|las|los|el)\s+)?(?:{_PROPER})){{0,4}})"
)
#: A place with a number after "vivo en", "my address:", "m rete": "vivo en Francisco I. Madero 88".
LIVING = re.compile(
    r"\b(?i:viv[oe]\w*\s+en|rent\w*\s+en|qued\w*\s+en|estamos\s+en|estoy\s+en|mi\s+direcci[oó]n(?:\s+es)?|"
    r"direcci[oó]n|domicilio|address(?:\s+is)?|i\s+live\s+(?:at|on|in)|we\s+live\s+(?:at|on|in)|"
    r"(?:m|mwen|nou|li)\s+rete(?:\s+nan)?|adr[eè]s(?:\s+mwen)?(?:\s+se)?)\s*:?\s+(?i:la\s+|el\s+|the\s+)?"
    rf"((?:[{_UP}][\w.'’-]*\s+){{1,4}}#?\s*\d{{1,5}}[A-Z]?)\b"
)
#: School years go with the school: "2do de primaria", "grade 4", "4yèm ane".
GRADE = re.compile(
    r"\b\d{1,2}\s*(?:do|ro|er|to|vo|no|mo|°|º|o|a|yèm|yem|em|e|nd|rd|th|st)?\s+(?:de\s+|grado\s+de\s+)?"
    r"(?=(?:grado|grade|primaria|secundaria|kinder|preescolar|prepa|form|class)\b)"
    r"|\b\d{1,2}\s*(?:do|ro|er|to|vo|no|mo|°|º|yèm|yem|em|nd|rd|th|st)\s+(?=(?:año|ano|ane|year)\b)"
    r"|\b(?<=grade )\d{1,2}\b|\b(?<=grado )\d{1,2}\b",
    _I,
)
NAMED_NUMBER = re.compile(
    rf"\b[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+)?\s+\d{{1,5}}\s*(?:,\s*)?(?=(?:interior|int\b|depto|apt|col\b|colonia)|,\s*(?:ri|rue|calle|<ADDRESS>)\b)"
)
#: A school, shop or workplace named after its kind: "la maquila Textiles del Sureste".
BUSINESS = re.compile(
    r"\b(?i:escuela|primaria|secundaria|t[eé]cnica|kinder|k[ií]nder|colegio|school|lek[oò]l|liceo|"
    r"instituto|universidad|constructora|maquila|maquiladora|empacadora|[a-zñ]+er[ií]a|restaurante?|restoran|"
    r"fonda|comedor|cocina|cantina|bar|hotel|motel|hostal|tienda|abarrotes|miscel[aá]nea|mercado|"
    r"supermercado|supermarket|store|shop|bakery|restaurant|diner|warehouse|farm|salon|market|"
    r"f[aá]brica|faktori|factory|empresa|company|negocio|taller|bodega|farmacia|wash|lavado|plaza|"
    r"gasolinera|est[eé]tica|gimnasio|granja|rancho|finca|hacienda|magazen|boutik|lekol)"
    rf"\s+((?:{_PROPER})(?:\s+(?:(?:de|del|la|las|los|el)\s+)?(?:{_PROPER})){{0,4}})"
)


def _shelter(match: re.Match[str]) -> str:
    return f"{match.group(1)}{match.group(2) or ''} <NUMBER>"


def _numbered(match: re.Match[str]) -> str:
    return f"{match.group(1)} <NUMBER>"


def _address_lower(match: re.Match[str]) -> str:
    words = match.group(0).split()
    # "la calle con mis 3 hijos": ordinary words between the street word and the number
    for word in words[1:-1]:
        word = fold(word)
        if word in COMMON_WORDS and word not in NAMES and word not in CITY_WORDS:
            return match.group(0)
    return "<ADDRESS>"


def _business(match: re.Match[str]) -> str:
    """The business's name, not the city after it: "faktori <PLACE> Monterrey"."""
    words = match.group(1).split(" ")
    kept = []
    while words and (fold(words[-1]) in CITY_WORDS or words[-1] in ("de", "del", "in", "en")):
        kept.insert(0, words.pop())
    if not words:
        return match.group(0)
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + " ".join(["<PLACE>", *kept])


def _workplace(match: re.Match[str]) -> str:
    """A named employer or school after "I work at", "trabajo en", "m travay nan"."""
    words = match.group(1).split(" ")
    if all(fold(word) in CITY_WORDS for word in words) or BUSINESS.match(match.group(1) + " X"):
        return match.group(0)
    if len(words) == 1 and fold(words[0]) in COMMON_WORDS:
        return match.group(0)
    return _business(match)


def _living(match: re.Match[str]) -> str:
    words = match.group(1).split()
    if "#" not in match.group(1) and all(fold(word) in CITY_WORDS for word in words[:-1]):
        return match.group(0)  # "estoy en Tapachula 3 semanas"? keep a city and a count
    return _group_address(match)


def _group_address(match: re.Match[str]) -> str:
    start = match.start(1) - match.start(0)
    end = match.end(1) - match.start(0)
    return match.group(0)[:start] + "<ADDRESS>" + match.group(0)[end:]


def _grade(match: re.Match[str]) -> str:
    return "<NUMBER> " if match.group(0).endswith(" ") else "<NUMBER>"


#: (pattern, replacement) in the order they run.

Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
EARLY: list[Rule] = [
    (BUSINESS, _business),
    (WORKPLACE, _workplace),
    (GRADE, _grade),
    (ADDRESS, "<ADDRESS>"),
    (ADDRESS_EN, "<ADDRESS>"),
    (ADDRESS_LOWER, _address_lower),
    (ORDINAL_STREET, "<ADDRESS>"),
    (AREA, "<ADDRESS>"),
    (NAMED_NUMBER, "<ADDRESS> "),
    (LIVING, _living),
    (ADDRESS_JOIN, "<ADDRESS>"),
]
LATE: list[Rule] = [
    (SHELTER_ORDINAL, "<NUMBER> "),
    (SHELTER, _shelter),
    (NUMBERED, _numbered),
    (ADDRESS_JOIN, "<ADDRESS>"),
]
