"""Dates that identify nobody: an appointment's, a law's, and a birth year that stands for a group.

A date next to "cita" or "appointment" is what the question is about ("me movieron la
cita del 10/03/2024 al 11/05/2024"), and so is the second date of such a pair, and so is
the date of a law or a reform ("la ley es del 25 de mayo de 2011"). A birth
year after "antes de" or "before", or said of "los que" / "yon moun ki" / "anyone", is
a rule about a group of people ("los que nacieron antes de 1990 necesitan otro papel?"),
not anyone's date of birth; nor is the month a card expires ("vence 10/2025"). The date patterns of :mod:`bot.privacy.patterns` and
:mod:`bot.privacy.birthdates` ask here before they replace.
"""

from __future__ import annotations

import re

from bot.privacy.spans import replace_group

_I = re.IGNORECASE
#: An appointment word shortly before, with no birth word and no digit between.
APPOINTMENT = re.compile(
    r"\b(?:cita|citas|citaron|audiencia|entrevista|randevou|rande-vou|randevo|appointment|hearing|"
    r"interview|court date|dat|odyans|juicio|trial|"
    # an office closed on a holiday: "COMAR fèmen 16 septanm", "cierra el 2 de noviembre"
    r"cierra|cierran|cerrad[oa]s?|closed|closes|f[eè]men|f[eè]mti|"
    # the date a passport was stamped at the border: "the stamp says 02/05/2024"
    r"stamp|stamped|sello|sellaron|sellado|"
    # the date a paper bears: "el oficio con fecha 12 de febrero", "the resolution is dated 3 June"
    r"fecha|fechad[oa]|dated|oficio|resoluci[oó]n|resolution|rezolisyon|notificaci[oó]n|notice)\b(?:(?!nac|born|birth|dob|f[eè]t|nes|cumpl)[^\n\d.?!]){0,60}$",
    _I,
)
#: A law, a reform or a publication shortly before: "la ley de migración es del 25 de mayo de
#: 2011", "The Refugee Law was published January 27 2011", "lwa refijye a te soti? 27 janvye 2011".
LAW = re.compile(
    r"\b(?:ley|leyes|law|laws|lwa|lalwa|reforma|reformas|reform|reforms|decreto|decree|dekr[eè]|"
    r"reglamento|regulation|constituci[oó]n|constitution|konstitisyon|publicad[oa]s?|published|"
    r"pibliye|dof|diario\s+oficial|entr[oó]\s+en\s+vigor|took\s+effect|in\s+force|vigente)\b"
    r"(?:(?!nac|born|birth|dob|f[eè]t|nes)[^\n\d]){0,40}$",
    _I,
)
#: A rule's starting date right before: "desde el 1 de enero de 2025", "from January 1, 2025".
_SINCE = re.compile(
    r"\b(?:desde|since|from|a\s+partir\s+del?|antes\s+del?|before|depi|apati|starting)\s+"
    r"(?:el\s+|the\s+|le\s+)?$",
    _I,
)
#: A date just before, joined to this one: "from 10/03/2024 to", "del 3 de abril al".
_CHAINED = re.compile(
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+(?:de\s+|of\s+)?[^\W\d_]+(?:,?\s+(?:de\s+)?\d{4})?)"
    r"\s*(?:,|-|to|a|al|hasta|until|till|pou|rive|and|y|ak|or|o|ou)\s*(?:el\s+|the\s+|le\s+)?$",
    _I,
)
#: A birth year as a limit, or said of a group: "antes de 1990", "yon moun ki fèt an 2008".
_GROUP_BEFORE_YEAR = re.compile(
    r"\b(?:antes\s+del?|despu[eé]s\s+del?|before|after|prior\s+to|avan|apre)\s+(?:(?:el|the|an|year)\s+)?$",
    _I,
)
_GROUP_SUBJECT = re.compile(
    r"\b(?:los\s+que|las\s+que|quienes|alguien\s+que|una\s+persona\s+que|personas\s+que|"
    r"ni[nñ]os\s+que|anyone|someone|somebody|people|persons|a\s+person|those|kids|children|"
    r"yon\s+moun\s+ki|moun\s+ki|timoun\s+ki|tout\s+moun\s+ki)\s+(?:who\s+(?:was|were|are)\s+)?$",
    _I,
)


def appointment(text: str, start: int) -> bool:
    """Whether the date at ``start`` is an appointment's (or the next in a pair of them)."""
    if APPOINTMENT.search(text, max(0, start - 70), start) or LAW.search(
        text, max(0, start - 50), start
    ):
        return True
    if _SINCE.search(text, max(0, start - 20), start):
        return True
    chained = _CHAINED.search(text, max(0, start - 40), start)
    return chained is not None and appointment(text, chained.start())


#: A clock time right after a date: "12 de noviembre 10:00", "on 12/09/2024 at 11:00".
_CLOCK_AFTER = re.compile(
    r"\s*,?\s*(?:a\s+las?|at|@|l[eè]|a)?\s*\d{1,2}(?::\d\d|\s*(?:am|pm|a\.m|p\.m|h\b|hrs))", _I
)


#: An appointment word right after: "el 12 de marzo de 2024 fue mi entrevista".
_APPOINTMENT_AFTER = re.compile(
    r"\s*,?\s*(?:fue|era|es|ser[aá]|was|is|will\s+be|se|te)\s+(?:mi|la|my|the|m|nan)?\s*"
    r"(?:cita|entrevista|audiencia|interview|appointment|hearing|randevou|entr[eè]vy[uou]|odyans)\b",
    _I,
)


def date(match: re.Match[str]) -> str:
    """``<DATE>``, unless the date is an appointment's (or has a clock time, as one does)."""
    after = _CLOCK_AFTER.match(match.string, match.end()) or _APPOINTMENT_AFTER.match(
        match.string, match.end()
    )
    if appointment(match.string, match.start()) or after:
        return match.group(0)
    return "<DATE>"


def of_a_group(text: str, cue: int, year: int) -> bool:
    """Whether the birth cue at ``cue`` and the year at ``year`` speak of a group or a law."""
    return bool(
        _GROUP_BEFORE_YEAR.search(text, max(0, year - 25), year)
        or _GROUP_SUBJECT.search(text, max(0, cue - 30), cue)
        or LAW.search(text, max(0, cue - 50), cue)  # "kilè lwa a te fèt, 2011?": a law's
    )


def birth(match: re.Match[str]) -> str:
    """Group 1 becomes ``<DATE>`` unless the birth year speaks of a group or of a law."""
    if of_a_group(match.string, match.start(), match.start(1)):
        return match.group(0)
    return replace_group(match, "<DATE>")


#: A card's expiry: "dice q vence 10/2025", "expires 11/2025" is a month, no file's number.
_EXPIRES = re.compile(
    r"\b(?:vence|vencen|venci[oó]|vencimiento|expira\w*|expires?|expired|expiry|ekspire|caduca\w*|"
    r"valid\w*\s+(?:until|hasta)|v[aá]lid[oa]\s+hasta)\s*:?\s*(?:el\s+|en\s+|on\s+|in\s+|an\s+)?$",
    _I,
)


def slashed(match: re.Match[str]) -> str:
    """``<CASE>`` for "12/2024", unless it is the month a card expires: "vence 10/2025"."""
    month = re.fullmatch(r"(?:0?[1-9]|1[0-2])/(?:20)?\d\d", match.group(0))
    if month and _EXPIRES.search(match.string, max(0, match.start() - 30), match.start()):
        return match.group(0)
    return "<CASE>"
