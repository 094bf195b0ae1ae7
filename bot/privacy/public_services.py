"""Public hospitals, and churches asked about as a service, are no one's personal data.

"¿Es gratis el Hospital General de Tapachula?", "Lopital Jeneral Tapachula di m …",
"¿en la iglesia de San Roque dan comida?", "is Jesus Christ Lighthouse church in Tijuana a
safe place for migrants?": the place is what the question is about, and thousands of
people use it. :func:`bot.privacy.offices.shield` sets these names aside before the rules
run, as it does a public office's street. A church a person belongs to or lives by ("voy a
la iglesia Monte Horeb", "atrás de la iglesia de San Agustín") is not asked about as a
service, so it still goes.
"""

from __future__ import annotations

import re

from bot.privacy.lexicon import CITY_WORDS, fold

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


def spans(text: str) -> list[tuple[int, int]]:
    """Where the public hospitals and the churches asked about as a service are."""
    found = [_with_town(m) for m in HOSPITAL.finditer(text) if not _tied(m)]
    found += [m.span() for m in CHURCH.finditer(text) if _service(m)]
    return sorted(found)
