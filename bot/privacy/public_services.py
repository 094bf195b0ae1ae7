"""Public hospitals, places, shelters and offices, and churches asked about as a service, are no one's data.

"¿Es gratis el Hospital General de Tapachula?", "Lopital Jeneral Tapachula di m …",
"¿en la iglesia de San Roque dan comida?", "is Jesus Christ Lighthouse church in Tijuana a
safe place for migrants?": the place is what the question is about, and thousands of
people use it. :func:`bot.privacy.offices.shield` sets these names aside before the rules
run, as it does a public office's street. A church a person belongs to or lives by ("voy a
la iglesia Monte Horeb", "atrás de la iglesia de San Agustín") is not asked about as a
service, so it still goes. Offices and organisations by name
(``data/names/organisations.txt``: "MSF", "el INM") stay wherever they are, unless the
person works there; shelters (``data/names/shelters.txt``) stay when asked about, not
where the person lives or sleeps ("duermo en Casa Tochan, cama 12"). Universities, squares,
bus stations and detention centres by name stay unless the person lives by them or works or
trades there; an organisation's number stays when the person asks about it ("Ki nimewo
Locatel? 55 5658 1111?").
"""

from __future__ import annotations

import re

from bot.privacy.lexicon import CITY_WORDS, ORGANISATIONS, PUBLIC_CONTACTS, SHELTERS, fold

_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
#: A place's own name, up to four words: "Monte de Sion", "Santa Cecilia".
_NAMES = rf"\s+{_NAME}(?:\s+(?:(?i:de|del|de\s+la|de\s+los)\s+)?{_NAME}){{0,3}}"
#: A public hospital by its kind, with its town: "el Hospital General de Tapachula".
HOSPITAL = re.compile(
    r"(?i:\b(?:hospital\s+general|lopital\s+jeneral|general\s+hospital|hospital\s+regional|"
    r"hospital\s+civil|hospital\s+de\s+la\s+mujer|lopital\s+fanm|centro\s+de\s+salud|"
    r"hospital\s+universitario|university\s+hospital|hospital\s+infantil|hospital\s+del\s+ni[nñ]o|"
    r"children'?s\s+hospital|women'?s\s+hospital|hospital\s+de\s+especialidades|hospital\s+materno(?:\s+infantil)?))"
    # named after a doctor: "el Hospital General Dr. Manuel Gea González"
    rf"(?P<doctor>\s+(?i:dr|dra)\.?\s+{_NAME}(?:\s+(?:(?i:de)\s+)?{_NAME}){{0,3}})?"
    rf"(?P<town>\s+(?:(?i:de|of|in|en|nan)\s+)?{_NAME}(?:\s+{_NAME})?)?"
)
#: A named church: "la iglesia de San Roque", "Jesus Christ Lighthouse church".
CHURCH = re.compile(
    r"(?i:\b(?:iglesia|parroquia|templo|capilla|legliz|church|chapel|pawas|[eé]glise|mezquita|"
    r"mosque|mosqu[eé]e|sinagoga|synagogue))"
    rf"(?:\s+(?i:de|del|of)(?:\s+(?i:la|el|los|the))?)?{_NAMES}"
    rf"|(?:{_NAME}\s+){{1,4}}(?i:church|chapel|mosque)\b"
)
#: Other public places by their kind and name: a university, a square or a mall, a cultural
#: centre, a soup kitchen, a bus station, a detention centre ("la estación migratoria Las Agujas").
PLACE = re.compile(
    r"(?i:\b(?:universidad|university|inivèsite|inivesite|universit[eé]|plaza|centro\s+cultural|"
    r"desayunador|comedor|kantin|cantina\s+social|estaci[oó]n\s+migratoria|estasyon\s+migrasyon|"
    r"central\s+(?:camionera|de\s+autobuses)|terminal\s+de\s+autobuses))"
    rf"(?:\s+(?i:de|del|of|nan)(?:\s+(?i:la|el|los|las|the))?)?{_NAMES}"
    rf"|(?:{_NAME}\s+){{1,3}}(?i:university|plaza|mall)\b"
    r"|(?i:\bcentral\s+camionera(?:\s+del?\s+(?:norte|sur|oriente|poniente|este|oeste))?)"
)


#: What makes a church a service: something given, or whether it is safe.
_SERVICE = re.compile(
    r"(?i)\b(?:dan|da|reparten|regalan|ofrecen|give|gives|giving|hand\s+out|hands\s+out|offers?|"
    r"bay|distribye|a\s+safe\s+place|segur[oa]|an\s+sekirite|"
    # "¿la Iglesia Bautista ayuda con …?", "Legliz Batis … k ap ede Ayisyen?"
    r"ayuda|ayudan|help|helps|ede|misa|mass|mès)\b"
)
_PASTOR_AFTER = re.compile(
    r"(?i)\s*,?\s*(?:(?:with|con|ak|and|y)\s+)?(?:el\s+|the\s+)?(?:pastor|pastora|past[eè]|padre|p[eè]|priest)\b"
)
#: A square or a mall where the person works or trades is part of their workplace: "trabajo en
#: la estética Glamour de la plaza Galerías", "I sell phone cases at a stall inside Plaza …".
_BUSY = re.compile(
    r"(?i)\b(?:trabaj\w*|work\w*|travay|job|empleo|chamba|vend\w*|sell\w*|vann|stall|puesto|"
    r"local|tienda|shop|store|boutik|boutique|magasin|negocio|business|restaurant\w*|restoran|hotel|"
    r"est[eé]tica|guard|cashier|cajer[oa])\b"
    r"|(?-i:\b[A-Z][\w'’-]+)\s+$"  # a business's own name right before: "Soriana Plaza …"
)
#: A church a person goes to, a place they work, or a landmark of where they live.
_TIED = re.compile(
    r"(?i)\b(?:voy|vamos|asisto|asistimos|attend|go|went|fui|ale|vivo|live|"
    r"lived|rete|cerca|near|atr[aá]s|detr[aá]s|behind|afuera|outside|frente|devan|d[eè]y[eè]|b[oò]|"
    r"pastor|pastora|past[eè]|priest|padre|sacerdote|trabaj\w*|work\w*|travay|job|empleo|"
    r"enfermer[oa]|nurse|doctor|doctora|dokt[eè]|afanador[a]?|limpieza|cleaner)\b"
    # "mi iglesia", "our church": the possessive right before the place
    r"|\b(?:mi|my|our|nuestr[oa]|mwen)\s+$"
)


def _before(match: re.Match[str]) -> str:
    """The words just before the place, in its sentence."""
    start = max(0, match.start() - 30)
    before = match.string[start : match.start()]
    if start and match.string[start - 1].isalnum():  # not the end of a cut word: "escri|bo"
        before = re.sub(r"^\w+", "", before)
    return re.split(r"[.!?\n]", before)[-1]


def _after(match: re.Match[str]) -> str:
    """The words just after the place, in its sentence: ", cama 31"."""
    return re.split(r"[.!?\n]", match.string[match.end() : match.end() + 20])[0]


#: A street named after it, with a house number: "calle Rio Bravo 1207" is someone's address.
_STREET_BEFORE = re.compile(
    r"(?i)\b(?:calle|avenida|av|ave|blvd|bulevar|calzada|ri|rue|street|avenue)\.?\s+$"
)


def _a_street(match: re.Match[str]) -> bool:
    return bool(_STREET_BEFORE.search(_before(match))) and bool(re.match(r"\s*#?\d", _after(match)))


def _tied(match: re.Match[str]) -> bool:
    return bool(_TIED.search(_before(match)))


def _service(match: re.Match[str]) -> bool:
    """A service word in the same sentence, and no tie to the person just before the church."""
    after = re.split(r"[.!?\n]", match.string[match.end() : match.end() + 40])[0]
    if _PASTOR_AFTER.match(after):  # "legliz Adventis Shalom pastè … ede m": their church
        return False
    return bool(_SERVICE.search(_before(match) + " " + after)) and not _tied(match)


#: A church people pass or meet at, told as a landmark in a story: "frente a la iglesia de San
#: Agustín nos dijeron…" (not the way to someone's door: "vivo frente a la iglesia…").
_LOCATOR_BEFORE = re.compile(
    r"(?i)\b(?:frente\s+a|enfrente\s+de|cerca\s+de|junto\s+a|al\s+lado\s+de|near|next\s+to|"
    r"in\s+front\s+of|across\s+from|devan|toupre|akote|anfas)\s+(?:la|el|the|a)?\s*$"
)
_A_HOME = re.compile(
    r"(?i)\b(?:viv\w*|live\w*|rete|stay\w*|duerm\w*|sleep\w*|d[oò]mi|trabaj\w*|work\w*|travay|"
    r"rent\w*|alquil\w*|lwe|casa|house|kay|home|cuarto|room|chanm|address|direcci[oó]n|adr[eè]s|"
    # a stall before it is someone's workplace: "vende tamales frente a la iglesia de San Agustín"
    r"vend\w*|sell\w*|vann|puest\w*|stall|p[oò]s|pastor|pastora|past[eè])\b"
)


def _landmark(match: re.Match[str]) -> bool:
    before = re.split(r"[?!\n]", match.string[max(0, match.start() - 150) : match.start()])[-1]
    return (
        bool(_LOCATOR_BEFORE.search(_before(match)))
        and not _A_HOME.search(before)
        and not _A_HOME.search(match.group(0))  # "the church of Pastor Moise"
    )


def _busy(match: re.Match[str]) -> bool:
    """Work or trade anywhere in the sentence before the place, or a business just before it."""
    start = match.string.rfind("\n", 0, match.start())
    sentence = re.split(r"[.!?]\s", match.string[start + 1 : match.start()])[-1]
    return bool(_BUSY.search(sentence))


def _with_town(match: re.Match[str]) -> tuple[int, int]:
    """The hospital and its town; not what follows when it is no town ("… in Col. Morelos")."""
    town = match.group("town")
    words = town.split()[1:] if town and town.split()[0].islower() else (town or "").split()
    if town and all(fold(word) in CITY_WORDS for word in words):
        return match.span()
    return match.start(), match.start("town") if town else match.end()


def _phrase(words: str) -> str:
    """A folded phrase as a pattern for the text as written: any accent, any case, any spacing."""
    letters = {
        "a": "[aáàâä]",
        "e": "[eéèêë]",
        "i": "[iíìîï]",
        "o": "[oóòôö]",
        "u": "[uúùûü]",
        "n": "[nñ]",
    }
    return r"\s+".join(
        "".join(letters.get(ch, re.escape(ch)) for ch in word) for word in words.split()
    )


def _names(phrases: frozenset[str]) -> re.Pattern[str]:
    """The phrases as one pattern, longest first, never inside an e-mail, a link or a code."""
    alternatives = "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w/.@-])(?i:{alternatives})(?![\w/@-]|\.\w)")


#: Offices, organisations, services and gangs by name: "el INM", "klinik MSF la".
ORGANISATION = _names(ORGANISATIONS)
#: Shelters and camps by name: "Casa Tochan", "La 72".
SHELTER = _names(SHELTERS)
#: Public offices' streets from the facts file's directory: "Versalles 49", "Periférico Sur 3493".
LISTED_STREET = _names(frozenset(c for c in PUBLIC_CONTACTS if not c.isdigit()))
_LISTED_LINES = frozenset(c for c in PUBLIC_CONTACTS if c.isdigit())
_ANY_NUMBER = re.compile(r"(?<![\w-])\+?\(?\d[\d \t().-]{6,18}\d(?![\w-])")


def _listed_lines(text: str) -> list[tuple[int, int]]:
    """The directory's lines wherever they are: "(55) 5681 8125", "+52 55 1518 0730"."""
    found = []
    for match in _ANY_NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if digits[-10:] in _LISTED_LINES and len(digits) in (10, 12):
            found.append(match.span())
    return found


#: The public offices among them: a room number before one is an appointment's.
OFFICES = frozenset(["comar", "inm", "acnur", "unhcr", "sre", "cndh", "renapo", "dif", "uscis"])
#: An organisation's line, called by its name: "call Locatel at 55 5658 1111".
LINE = re.compile(
    r"(?i:\b(?:call|calling|called|llam\w*|marc\w*|rele|contact\w*|kontakte)\s+"
    r"(?:a\s+|al\s+|the\s+|la\s+|el\s+)?)"
    + ORGANISATION.pattern
    + r"(?:\s+(?i:at|al|en\s+el|on|line|l[ií]nea|hotline))?\s*[:,]?\s*"
    r"\+?\d(?:[ \t.-]?\d){6,10}(?![\d-])"
)
#: An organisation's number the person asks about, checks or names it by: "Ki nimewo Locatel
#: nan CDMX? 55 5658 1111?", "tengo el 55 5128 0000 pero es de la SEGOB", "el Locatel 55 5658 1111".
_NUMBER = r"(?<![\w-])(?P<{}>\+?\d(?:[ \t.-]?\d){{6,10}})(?![\w-])"
ASKED_LINE = re.compile(
    # not a file's number: "Case number COMAR: CDMX-2024-08813"
    r"(?i:(?<!case\s)(?<!caso\s)(?<!file\s)(?<!dosye\s)(?<!folio\s)(?<!expediente\s)"
    r"\b(?:n[uú]mero|number|nimewo|tel[eé]fono|tel|phone|hotline|l[ií]nea)\s+"
    r"(?:(?:de|del|of|for|pou|nan)\s+)?(?:(?:la|el|the)\s+)?)"
    + ORGANISATION.pattern
    + r"[^\n\d.!]{0,40}?"
    + _NUMBER.format("asked")
    + r"|"
    + _NUMBER.format("checked")
    + r"(?=\s*,?\s*(?i:(?:pero|but|men)\s+)?(?i:es|is|se)\s+(?i:(?:de|of|for|pou)\s+)?"
    + r"(?i:(?:la|el|the)\s+)?(?:"
    + ORGANISATION.pattern
    + "))"
    # a line by its name, the number right after: "¿el Locatel 55 5658 1111 ayuda a migrantes?";
    # never a public office's, where the number after is a file's ("COMAR 2024 88123")
    + r"|(?i:(?<!case\s)(?<!caso\s)(?<!folio\s)(?<!expediente\s))"
    + rf"(?!(?i:{'|'.join(sorted(OFFICES))})\b)"
    + ORGANISATION.pattern
    + r"\s*[:(]?\s*"
    + _NUMBER.format("named")
)
#: The person's own number: "mi número es 55 …, es de la COMAR?" stays theirs.
_OWN_NUMBER = re.compile(
    r"(?i)\b(?:mi|my|mwen|nuestro|our)\s+(?:n[uú]mero|number|nimewo|cel\w*|tel\w*|phone|whats\w*)"
)
#: Where the person works: that organisation is their workplace, and goes.
_WORKS = re.compile(
    # (not someone else who works there: "the social worker at Casa Monarca")
    r"(?i)\b(?<!de\s)(?:trabaj(?!ador)\w*|work(?!ers?\b)\w*|travay(?!è)|empleo|job|voluntari\w*|"
    r"volunteer\w*)\b"
)
#: Where the person lives or sleeps: that shelter is part of where they are, and goes.
_STAYS = re.compile(
    r"(?i)\b(?:viv\w*|live\w*|living|stay\w*|sleep\w*|slept|duerm\w*|dorm\w*|d[oò]mi|rete|"
    r"currently|quedo|quedamos|hospedad\w*|estoy|estamos|i'?m\s+(?:at|in)|we'?re\s+(?:at|in)|"
    r"m\s+nan|mwen\s+nan|nou\s+nan|cama|bed|kabann|cuarto|room|chanm|"
    r"(?:my|mi|our|nuestro|mwen)\s+(?:shelter|albergue|refugio|alb[eè]g))\b"
)


def _asked_lines(text: str) -> list[tuple[int, int]]:
    """The numbers of :data:`ASKED_LINE`, unless the person called one theirs just before."""
    found = []
    for match in ASKED_LINE.finditer(text):
        start, end = match.span(match.lastgroup or 0)
        if match.lastgroup == "named" and not _line_by_name(text, match.start(), text[start:end]):
            continue
        if not _OWN_NUMBER.search(text, max(0, start - 30), start):
            found.append((start, end))
    return found


#: A card, a file or a code before the organisation: "kat PNRE 08-2015-44781", "CRN pou CBP One".
_DOCUMENT_BEFORE = re.compile(
    r"(?i)\b(?:kat|card|tarjeta|carta|n[uú]mero|number|nimewo|no\.|crn|folio|caso|case|dosye|"
    r"expediente|file|id|c[oó]digo|code|k[oò]d|registro|constancia)\b[^.!?\n]{0,20}$"
)


def _line_by_name(text: str, org: int, number: str) -> bool:
    """Whether a number right after an organisation's name is its line: ten digits, as a
    Mexican number has ("Locatel 55 5658 1111", "800 …"), and no card or file word before."""
    digits = sum(ch.isdigit() for ch in number)
    return digits == 10 and not _DOCUMENT_BEFORE.search(text, max(0, org - 30), org)


def spans(text: str) -> list[tuple[int, int]]:
    """Where the public hospitals, the organisations and the churches asked about as a service are."""
    found = [_with_town(m) for m in HOSPITAL.finditer(text) if not _tied(m)]
    found += _asked_lines(text)
    found += _listed_lines(text) + [m.span() for m in LISTED_STREET.finditer(text)]
    found += [
        m.span()
        for pattern in (LINE, ORGANISATION)
        for m in pattern.finditer(text)
        # a public office stays even where someone works: "un amigo q trabaja en el INM de Tapachula"
        if (not _WORKS.search(_before(m)) or fold(m.group(0)) in OFFICES) and not _a_street(m)
    ]
    found += [
        m.span()
        for m in SHELTER.finditer(text)
        if not _WORKS.search(_before(m)) and not _STAYS.search(_before(m) + _after(m))
    ]
    found += [m.span() for m in CHURCH.finditer(text) if _service(m) or _landmark(m)]
    found += [m.span() for m in PLACE.finditer(text) if not _tied(m) and not _busy(m)]
    return _apart(sorted(found))


def _apart(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with overlapping ones merged: "Hospital General" inside a longer kept name."""
    kept: list[tuple[int, int]] = []
    for start, end in found:
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
        else:
            kept.append((start, end))
    return kept
