"""Public hospitals, shelters and offices, and churches asked about as a service, are no one's data.

"¿Es gratis el Hospital General de Tapachula?", "Lopital Jeneral Tapachula di m …",
"¿en la iglesia de San Roque dan comida?", "is Jesus Christ Lighthouse church in Tijuana a
safe place for migrants?": the place is what the question is about, and thousands of
people use it. :func:`bot.privacy.offices.shield` sets these names aside before the rules
run, as it does a public office's street. A church a person belongs to or lives by ("voy a
la iglesia Monte Horeb", "atrás de la iglesia de San Agustín") is not asked about as a
service, so it still goes. Offices and organisations by name
(``data/names/organisations.txt``: "MSF", "el INM") stay wherever they are, unless the
person works there; shelters (``data/names/shelters.txt``) stay when asked about, not
where the person lives or sleeps ("duermo en Casa Tochan, cama 12").
"""

from __future__ import annotations

import re

from bot.privacy.lexicon import CITY_WORDS, ORGANISATIONS, SHELTERS, fold

_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
#: A public hospital by its kind, with its town: "el Hospital General de Tapachula".
HOSPITAL = re.compile(
    r"(?i:\b(?:hospital\s+general|lopital\s+jeneral|general\s+hospital|hospital\s+regional|"
    r"hospital\s+civil|hospital\s+de\s+la\s+mujer|lopital\s+fanm|centro\s+de\s+salud))"
    rf"(?P<town>\s+(?:(?i:de|of|in|en|nan)\s+)?{_NAME}(?:\s+{_NAME})?)?"
)
#: A named church: "la iglesia de San Roque", "Jesus Christ Lighthouse church".
CHURCH = re.compile(
    r"(?i:\b(?:iglesia|parroquia|templo|capilla|legliz|church|chapel))"
    rf"(?:\s+(?i:de|del|of)(?:\s+(?i:la|el|los|the))?)?(?:\s+{_NAME}){{1,4}}"
    rf"|(?:{_NAME}\s+){{1,4}}(?i:church|chapel)\b"
)
#: What makes a church a service: something given, or whether it is safe.
_SERVICE = re.compile(
    r"(?i)\b(?:dan|da|reparten|regalan|ofrecen|give|gives|giving|hand\s+out|hands\s+out|offers?|"
    r"bay|distribye|a\s+safe\s+place|segur[oa]|an\s+sekirite)\b"
)


#: A church a person belongs to, a place they work, or a landmark of where they live.
_TIED = re.compile(
    r"(?i)\b(?:voy|vamos|asisto|asistimos|attend|go|went|fui|mi|my|our|nuestra|ale|vivo|live|"
    r"lived|rete|cerca|near|atr[aá]s|detr[aá]s|behind|afuera|outside|frente|devan|d[eè]y[eè]|b[oò]|"
    r"pastor|pastora|past[eè]|priest|padre|sacerdote|trabaj\w*|work\w*|travay|job|empleo|"
    r"enfermer[oa]|nurse|doctor|doctora|dokt[eè]|afanador[a]?|limpieza|cleaner)\b"
)


def _before(match: re.Match[str]) -> str:
    """The words just before the place, in its sentence."""
    return re.split(r"[.!?\n]", match.string[max(0, match.start() - 30) : match.start()])[-1]


def _after(match: re.Match[str]) -> str:
    """The words just after the place, in its sentence: ", cama 31"."""
    return re.split(r"[.!?\n]", match.string[match.end() : match.end() + 20])[0]


def _tied(match: re.Match[str]) -> bool:
    return bool(_TIED.search(_before(match)))


def _service(match: re.Match[str]) -> bool:
    """A service word in the same sentence, and no tie to the person just before the church."""
    after = re.split(r"[.!?\n]", match.string[match.end() : match.end() + 40])[0]
    return bool(_SERVICE.search(_before(match) + " " + after)) and not _tied(match)


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
#: Where the person works: that organisation is their workplace, and goes.
_WORKS = re.compile(
    r"(?i)\b(?<!de\s)(?:trabaj\w*|work\w*|travay|empleo|job|voluntari\w*|volunteer\w*)\b"
)
#: Where the person lives or sleeps: that shelter is part of where they are, and goes.
_STAYS = re.compile(
    r"(?i)\b(?:viv\w*|live\w*|living|stay\w*|sleep\w*|slept|duerm\w*|dorm\w*|d[oò]mi|rete|"
    r"currently|quedo|quedamos|hospedad\w*|estoy|estamos|i'?m\s+(?:at|in)|we'?re\s+(?:at|in)|"
    r"m\s+nan|mwen\s+nan|nou\s+nan|cama|bed|kabann|cuarto|room|chanm|"
    r"(?:my|mi|our|nuestro|mwen)\s+(?:shelter|albergue|refugio|alb[eè]g))\b"
)


def spans(text: str) -> list[tuple[int, int]]:
    """Where the public hospitals, the organisations and the churches asked about as a service are."""
    found = [_with_town(m) for m in HOSPITAL.finditer(text) if not _tied(m)]
    found += [
        m.span()
        for pattern in (LINE, ORGANISATION)
        for m in pattern.finditer(text)
        if not _WORKS.search(_before(m))
    ]
    found += [
        m.span()
        for m in SHELTER.finditer(text)
        if not _WORKS.search(_before(m)) and not _STAYS.search(_before(m) + _after(m))
    ]
    found += [m.span() for m in CHURCH.finditer(text) if _service(m)]
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
