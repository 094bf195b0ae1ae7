"""Where people sleep, study, work and pray: shelter beds, schools, workplaces, churches.

Part of :data:`bot.privacy.patterns.RULES` through :mod:`bot.privacy.addresses`
(:data:`EARLY` runs before id and case numbers, :data:`LATE` after them). A
shelter place keeps its kind and loses its number ("cama <NUMBER>"); a named
school, employer or church becomes ``<PLACE>`` but the city after it stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy import camps, marks
from bot.privacy.lexicon import (
    AMBIGUOUS,
    CITY_WORDS,
    COMMON_WORDS,
    FIRST_NAMES,
    NAMES,
    PLACES,
    fold,
)

_I = re.IGNORECASE
_UP = "A-ZÁÉÍÓÚÑÈÒÀÂÊÎÔÛÇ"
#: A capitalised word; a dot inside it ("S.A.") or after an initial or a known abbreviation
#: ("Francisco I. Madero", "Av.", "Sto."), but not a full stop: "Mercado Hidalgo. Li pa peye m"
#: ends at "Hidalgo", "Plaza Rio. My wechat" at "Rio".
PROPER = (
    rf"[{_UP}0-9](?:[\w'’-]|\.(?=\w))*(?:(?:(?<=\b[^\W\d_])|(?<=\b(?i:av|dr|sr|st|lt|mz|no|fr|jr|cd|nr))"
    r"|(?<=\b(?i:col|sra|lic|nte|ote|pte|sur|int|ing|sta|sto|ave|esq|fco|mtz|gte))"
    r"|(?<=\b(?i:gral|dpto|blvd|priv|prol|calz))|(?<=\b(?i:depto|fracc)))\.)?"
)

_NUMBER_WORDS = (
    r"(?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veinte|veinti\w+|treinta|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\w+teen|twenty(?:-\w+)?|thirty|twa|kat|senk|sis|s[eè]t|uit|n[eè]f|dis|onz|douz|"
    r"trèz|trez|katòz|kenz|sèz|ven)"
)
_SLEEP = (
    r"cama|camas|litera|literas|bed|beds|bunk|bunks|kabann|colch[oó]n|colchoneta|mattress|matla|mat|"
    r"mats|cot|cots|catre|petate|hamaca|hammock|cuna|crib|locker|casillero"
)
_NOT_MORE = (
    r"(?!\s*(?:hij[oa]s|ni[nñ]|personas|people|kids|children|a[nñ]os|years|d[ií]as|days|meses|months|"
    r"pitit|moun|ane|jou|semanas|weeks|horas|hours|veces|times|pesos|dollars|d[oó]lares))"
)
SHELTER = re.compile(
    r"\b(cuarto|habitaci[oó]n|tienda(?: de campa[nñ]a)?|casa de campa[nñ]a|carpa|chanm|tant|tent|"
    rf"room|rm|section|{_SLEEP}|cabaña|m[oó]dulo|module|modil|"
    r"dormitorio|dormitory|dorm|cub[ií]culo|celda|pabell[oó]n|secci[oó]n|seksyon|nave|galera|hab\.?|"
    r"apto\.?|piso|floor|cabina|cabin|espacio|space|espas|lit|sal|toldo|barraca|barrack|casita|bloque|"
    r"block|trailer|contenedor|container|casa|house|kay|lugar|spot|unit|lot|suite|building|fila|row|"
    r"plot|flat|apartment|apartamento|depto|dpto|interior|sal[oó]n|aula|classroom|grupo|group|gwoup)"
    r"(\s+(?:n[uú]mero|no\.?|#|nimewo|number|n[°º])|\s*n[°º]\.?)?\s*#?\s*"
    # not "casados", not a count: "me metió a un cuarto 2 días"
    rf"(?:[A-Z]?-?\d{{1,4}}[A-Z]?\b(?![.,-]\d){_NOT_MORE}|(?<![^\W\d_]){_NUMBER_WORDS}\b{_NOT_MORE})"
    # more beds after the first: "literas 22 y la 23", "beds 4 and 5", "kabann 6 ak 7"
    r"((?:\s*(?:,|y|e|and|&|ak|et)\s*(?:la\s+|el\s+|the\s+|(?:n[uú]mero|#)\s*)?"
    rf"\d{{1,4}}[A-Z]?\b(?![.,]\d){_NOT_MORE})*)",
    _I,
)
#: Sections named by a capital letter: "módulo C", "modil B", "block D", "carpa A".
SHELTER_LETTER = re.compile(
    r"\b((?i:m[oó]dulo|module|modil|secci[oó]n|section|seksyon|bloque|block|bl[oò]k|pabell[oó]n|"
    r"ala|wing|[aá]rea|nave|galera|dormitorio|dorm|carpa|tent|tant|tienda|barraca|barrack|edificio|"
    r"building|bilding|zona|grupo|group|gwoup|sal[oó]n|espacio|espas|space))\s+[A-Z]\b(?!['’.-]\w)"
)
#: Which bed of a bunk: "litera de arriba", "top bunk", "kabann anwo a".
BUNK_POSITION = re.compile(
    rf"\b({_SLEEP})\s+(?:de\s+arriba|de\s+abajo|de\s+en\s+medio|del\s+medio|anwo|anba|nan\s+mitan|"
    r"(?:d')?en\s+haut|(?:d')?en\s+bas)\b"
    r"|\b(?:top|bottom|upper|lower|middle)\s+(?=(?:bunk|bed)s?\b)",
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
#: "number 12", "# 4" — not the emergency and report lines everyone may call ("nimewo 911").
NUMBERED = re.compile(
    r"\b(n[uú]mero|nimewo|number|num\.?|no\.|#)\s*(?!(?:911|089|088|066|060)\b)\d{1,6}[A-Z]?\b(?![ .-]?\d)",
    _I,
)

#: A place with a number after "trabajo en", "I work at", "m travay nan".
WORKPLACE = re.compile(
    r"\b(?i:work(?:s|ed|ing)?\s+(?:at|for)|clean(?:s|ing)?\s+at|trabaj\w*\s+(?:en|para|con)|"
    r"travay\s+(?:nan|pou|lakay)|stud(?:y|ies|ied)\s+at|estudi\w+\s+en|go(?:es)?\s+to|va\s+a|van\s+a|"
    r"taught\s+at|teach(?:es|ing)?\s+at|ense[nñ]\w*\s+en|daba\s+clases?\s+en|doy\s+clases?\s+en|"
    r"anseye\s+nan|volunteer(?:s|ed)?\s+at|voluntari\w+\s+en|sirv\w+\s+en|ayud\w+\s+en|"
    r"asist\w+\s+a|attend(?:s|ed)?|congrego\s+en|me\s+congrego\s+en)"
    r"\s+(?i:the\s+|la\s+|el\s+|una?\s+|yon\s+)?"
    rf"((?:{PROPER})(?:\s+(?:(?:de|del|la|las|los|el)\s+)?(?:{PROPER})){{0,4}})"
)
#: School years go with the school: "2do de primaria", "grade 4", "4yèm ane".
GRADE = re.compile(
    r"\b\d{1,2}\s*(?:do|ro|er|to|vo|no|mo|°|º|o|a|yèm|yem|em|e|nd|rd|th|st)?\s+(?:de\s+|grado\s+de\s+)?"
    r"(?=(?:grado|grade|primaria|secundaria|kinder|preescolar|prepa|form|class)\b)"
    r"|\b\d{1,2}\s*(?:do|ro|er|to|vo|no|mo|°|º|yèm|yem|em|nd|rd|th|st)\s+(?=(?:año|ano|ane|year)\b)"
    r"|\b(?<=grade )\d{1,2}\b|\b(?<=grado )\d{1,2}\b",
    _I,
)
#: A school year with its shift or group: "2do grado, turno vespertino", "grade 4 group B".
GRADE_DETAIL = re.compile(
    r"\b(\d{1,2})(\s*(?:do|ro|er|to|vo|no|mo|°|º|o|a|yèm|yem|em|e|nd|rd|th|st)?\s+(?:de\s+)?"
    r"(?:grado|grade|año|ano|ane|year|de\s+primaria|de\s+secundaria)\b[\s,]*"
    r"(?:(?:grupo|group|gwoup|sal|secci[oó]n|section)\s+(?:[A-Z]|\d{1,2})\b[\s,]*)?)"
    r"(?:(turno|shift|horario)(\s+(?:de\s+la\s+)?)"
    r"(?:matutino|vespertino|nocturno|mixto|ma[nñ]ana|tarde|noche|morning|afternoon|evening|night)\b"
    r"|(grupo|group|gwoup|sal|secci[oó]n|section)(\s+)(?:[A-Z]|\d{1,2})\b)",
    _I,
)
#: A class by its year and letter: "en 3o B", "de 4o A", "klas 1e A", "in 5th C".
CLASS = re.compile(
    r"\b((?i:en|de|in|nan|klas|class|sal[oó]n|grupo|group)\s+)\d{1,2}\s?"
    r"(?:o|º|°|ro|do|to|vo|er|e|y[eè]m|th|st|nd|rd)\.?\s+(?:(?i:grado|grade)\s+)?[A-F]\b(?![\w'’-])"
)
#: -ería shops ("tortillería"), not -er verbs in the conditional ("¿por qué debería …?")
#: nor nouns that end alike ("en materia migratoria", "miseria", "feria").
SHOP = (
    r"(?!(?:deb|s|v|cre|le|com|entend|aprend|respond|perd|ofrec|parec|conoc|merec|corr|beb|vend|"
    r"proteg|recog|resolv|volv|devolv|mov|tem|sosp|ten|pod|mat|mis|bact|crit|hist|art|gal|f)"
    r"er[ií]a\b)[a-zñ]+er[ií]a"
)
_KINDS = (
    r"escuela|primaria|secundaria|t[eé]cnica|kinder|k[ií]nder|colegio|school|lek[oò]l|liceo|lyc[eé]e|"
    r"lise|coll[eè]ge|college|academy|academia|akademi|universidad|universit[eé]|university|inivèsite|"
    rf"instituto|constructora|maquila|maquiladora|empacadora|{SHOP}|restaurante?|restoran|"
    r"fonda|comedor|cocina|cantina|bar|hotel|motel|hostal|tienda|abarrotes|miscel[aá]nea|mercado|"
    r"supermercado|supermarket|store|shop|bakery|restaurant|diner|warehouse|farm|salon|market|"
    r"f[aá]brica|faktori|factory|empresa|company|negocio|taller|bodega|farmacia|wash|lavado|plaza|"
    r"gasolinera|est[eé]tica|gimnasio|granja|rancho|finca|hacienda|magazen|boutik|lekol|chantye|"
    r"iglesia|templo|parroquia|capilla|congregaci[oó]n|ministerio|legliz|church|chapel|mosque|"
    r"mezquita|tabern[aá]culo|hospital|cl[ií]nica|clinic|lopital|klinik|tacos|pollos|mariscos|cbtis|"
    r"boulanjri|konstriksyon|biznis|ranch|atelye|"
    r"cbta|cetis|conalep|cecyt|telesecundaria|preparatoria|bachillerato|cobach"
)
#: A school, shop, workplace or church named after its kind: "la maquila Textiles del Sureste".
BUSINESS = re.compile(
    rf"\b(?i:{_KINDS})(?:\s+de\s+[a-zñáéíóú]{{3,}}|\s+(?:de|del)(?=\s+[{_UP}]))?"
    rf"\s+((?:{PROPER})(?:\s+(?:(?:de|del|la|las|los|el|du|des)\s+|d['’])?(?:{PROPER})){{0,4}})"
)
#: The same in lower case: "la primaria benito juarez", "hotel del valle" (judged word by word).
BUSINESS_LOWER = re.compile(
    rf"\b(?i:{_KINDS}|kolej)\s+((?:[a-zñáéíóúèò][\w'’-]*)(?:\s+[a-zñáéíóúèò][\w'’-]*){{0,3}})"
)
#: English order, the name before the kind: "Grace Bible Church", "Lakeview Academy".
BUSINESS_BEFORE = re.compile(
    rf"\b((?:[{_UP}][\w'’-]*\s+(?:(?:of|de|du|des)\s+)?){{1,4}})"
    r"(?:Church|Chapel|Ministries|Ministry|Mosque|Temple|Cathedral|Tabernacle|Assembly|Academy|College|"
    r"School|University|Hospital|Clinic|Restaurant|Hotel|Motel|Farms?|Factory|Construction|Industries|"
    r"Company|Inc|Ltd|LLC|Legliz)\b\.?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+)?"
)
#: Words that name a kind of church or school, not one place: "the Catholic Church".
GENERAL = frozenset(
    re.findall(
        r"\S+",
        """the our my a his her their catholic catolica catolico baptist bautista methodist pentecostal
    evangelical evangelica adventist adventista orthodox anglican lutheran presbyterian christian
    cristiana mormon public private high primary secondary elementary middle community national
    federal general regional state city county central first batis katolik jeneral
    metodista metodistas presbiteriana presbiteriano luterana anglicana ortodoxa mormona pentekotis""",
    )
)


#: A law's article right before: "article 52 section V" is the law's, not a bed's.
LAW = re.compile(r"(?:art[ií]culo|article|art\.|atik|fracci[oó]n|ley|law)\s*\d*\s*$", _I)


def _section(match: re.Match[str]) -> str:
    """ "módulo C" loses its letter; "article 52 section V" of a law keeps it."""
    if LAW.search(match.string[max(0, match.start() - 25) : match.start()]):
        return match.group(0)
    return match.group(1) + " <NUMBER>"


def _shelter(match: re.Match[str]) -> str:
    if camps.AT_OFFICE.match(match.string, match.end()):
        return match.group(0)  # "room 3, window 12 at the INM office": an appointment
    more = re.sub(r"\d{1,4}[A-Z]?", "<NUMBER>", match.group(3) or "", flags=_I)
    return f"{match.group(1)}{match.group(2) or ''} <NUMBER>{more}"


def _numbered(match: re.Match[str]) -> str:
    return f"{match.group(1)} <NUMBER>"


def _bunk(match: re.Match[str]) -> str:
    return f"{match.group(1)} <NUMBER>" if match.group(1) else "<NUMBER> "


def _grade_detail(match: re.Match[str]) -> str:
    word, space = (match.group(3), match.group(4)) if match.group(3) else match.group(5, 6)
    return f"<NUMBER>{match.group(2)}{word}{space}<NUMBER>"


def _place_suffix(words: list[str]) -> int:
    """How many of the last words form a known place: "faktori X Monterrey" -> 1."""
    for length in range(min(3, len(words)), 0, -1):
        if " ".join(fold(w) for w in words[-length:]) in PLACES:
            return length
    # a word of a city's name that is nobody's name: "Monterrey", not "Domínguez"
    last = fold(words[-1])
    return 1 if last in CITY_WORDS and last not in NAMES and last not in COMMON_WORDS else 0


def _business(match: re.Match[str]) -> str:
    """The business's name, not the city after it: "faktori <PLACE> Monterrey"."""
    words = match.group(1).split(" ")
    if all(fold(word) in GENERAL or fold(word) in CITY_WORDS for word in words):
        return match.group(0)  # "la Iglesia Metodista": a kind of church, not one place
    kept: list[str] = []
    length = _place_suffix(words)
    if length:
        kept = words[-length:]
        words = words[:-length]
        while words and words[-1] in ("de", "del", "in", "en"):
            kept.insert(0, words.pop())
    if not words:
        return match.group(0)
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + " ".join(["<PLACE>", *kept])


def _business_lower(match: re.Match[str]) -> str:
    """Lower-case words after a kind of place, up to the first ordinary word or city.

    Only a place named after a person (a first name among the words) is taken.
    """
    words = match.group(1).split()
    taken: list[str] = []
    for word in words:
        folded = fold(word)
        if folded in ("de", "del", "la", "las", "los", "el", "du", "des"):
            taken.append(word)
            continue
        ordinary = folded in COMMON_WORDS or folded in GENERAL or folded in CITY_WORDS
        if (ordinary and folded not in NAMES) or len(folded) < 3:
            break
        taken.append(word)
    while taken and fold(taken[-1]) in ("de", "del", "la", "las", "los", "el", "du", "des"):
        taken.pop()
    if not taken or fold(taken[0]) in ("de", "del", "la", "las", "los", "el", "du", "des"):
        return match.group(0)
    # named after a person ("primaria benito juarez"), not "el hotel cuesta mucho"
    if not any(
        fold(word) in FIRST_NAMES and fold(word) not in AMBIGUOUS | COMMON_WORDS for word in taken
    ):
        return match.group(0)
    start = match.start(1) - match.start(0)
    rest = match.group(1)[len(" ".join(taken)) :]
    return match.group(0)[:start] + "<PLACE>" + rest


def _business_before(match: re.Match[str]) -> str:
    words = [fold(word) for word in match.group(1).split()]
    if all(word in GENERAL or word in CITY_WORDS for word in words):
        return match.group(0)
    lead = ""
    if words[0] in ("the", "our", "my"):
        lead = match.group(1).split()[0] + " "
    return f"{lead}<PLACE>"


_COUNTRY_SHORT = frozenset(["ee", "uu", "eeuu", "usa", "us", "u.s", "u.s.a", "uk", "rd", "r.d"])


def _workplace(match: re.Match[str]) -> str:
    """A named employer or school after "I work at", "trabajo en", "m travay nan"."""
    words = match.group(1).split(" ")
    if all(fold(word).strip(".") in CITY_WORDS | _COUNTRY_SHORT for word in words):
        return match.group(0)  # "trabajo en EE. UU."
    if BUSINESS.match(match.group(1) + " X"):
        return match.group(0)
    if len(words) == 1 and fold(words[0]) in COMMON_WORDS:
        return match.group(0)
    return _business(match)


def _grade(match: re.Match[str]) -> str:
    return "<NUMBER> " if match.group(0).endswith(" ") else "<NUMBER>"


Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
#: Before street addresses: named places first, so their numbers are not taken for houses.
EARLY: list[Rule] = [
    *marks.RULES,
    (BUSINESS_BEFORE, _business_before),
    (BUSINESS, _business),
    (BUSINESS_LOWER, _business_lower),
    (WORKPLACE, _workplace),
    (GRADE_DETAIL, _grade_detail),
    (GRADE, _grade),
    (CLASS, r"\1<NUMBER>"),
]
#: After id and case numbers: beds, rooms, tents and "number 12".
LATE: list[Rule] = [
    *camps.RULES,
    (SHELTER_LETTER, _section),
    (BUNK_POSITION, _bunk),
    (SHELTER_ORDINAL, "<NUMBER> "),
    (SHELTER, _shelter),
    (NUMBERED, _numbered),
]
