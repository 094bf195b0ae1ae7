"""Places described in words: the whole clause around an address, a venue or a shelter spot.

Runs after :mod:`bot.privacy.patterns` and :mod:`bot.privacy.names`, on text
that already has placeholders. People describe where they are in more shapes
than any list of patterns holds ("la casa rosa de dos pisos número 117 a media
cuadra del oxxo", "bed 71 in the mens dorm", "puesto 112 del mercado San
Juan"), so the rules here are general:

- an **anchor** is a place already found (``<ADDRESS>``, ``<PLACE>``), a named
  area or venue (a kind word such as "colonia", "rancho", "hotel", "mercado",
  "iglesia", "lekol" followed by a word that is not ordinary), a place after a
  residence verb with a number ("vivo en hidalgo 45"), a house with a number,
  or a shelter spot (a kind word such as "cama", "carpa", "bed", "kabann"
  followed by a number or a capital letter);
- an anchor **grows** forward to the end of its clause (a comma, a full stop,
  or a word that starts a new clause: "pero", "porque", "but", "men", "me"…),
  backward over the words that describe it ("the corner of", "puesto 112
  del"), and over a following clause that narrows it ("…, depa 2");
- a city after "en"/"in"/"nan" stops the growth: "… en Tapachula" stays.

Birth dates in words are :mod:`bot.privacy.birthdates`' job; a home described by
its landmarks and the way to its door, :mod:`bot.privacy.homes`'.
"""

from __future__ import annotations

import re

from bot.privacy import addresses, birthdates, homes
from bot.privacy.anchors import (
    CREATORS,
    FWD_STOP,
    LINK,
    PH,
    PUNCT,
    SHELTER,
    SHELTER_KINDS,
    set_of,
    unusual,
)
from bot.privacy.camps import AT_OFFICE
from bot.privacy.lexicon import CITY_WORDS, COMMON_WORDS, INSTITUTIONS, NAMES, fold
from bot.privacy.venues import LAW

_I = re.IGNORECASE

_BACK_STOP = set_of(
    "en a al at in on to into nan sou is es se are son was from desde near cerca por y and ak"
    " vivo vivimos live living stay staying rete viv"
)
#: Words that start an organisation's or shelter's name: growth stops before them.
_ORG_START = set_of(
    "albergue albèg albeg estacion estación shelter casa kay la72 comar acnur inm refij refugio "
    "kan camp campamento campo"
)
_TAIL = set_of(
    "depa depto apt apartment int interior casa kay house upstairs arriba room chanm bed "
    "cama litera kabann lit unit etaj piso floor bunk"
)
#: The people of a school, workplace or church, named in the clause after it.
_ROLES = set_of(
    """maestro maestra profe profa profesor profesora teacher tutora tutor supervisor supervisora
    manager boss jefe jefa patron patrona pastor pastora padre pe paste metres met sipeveze
    encargado encargada director directora principal owner dueno duena bos patwon"""
)
#: What narrows a school or workplace in the clause after it: "<PLACE>, 3rd grade".
_SCHOOL_DETAIL = set_of(
    "grade grado ano ane year group grupo gwoup sal salon aula classroom turno shift semestre "
    "semester seksyon seccion section room ward"
)
#: Papers someone has: "trabajar en la maquiladora X con la constancia" ends the place.
_PAPERS = set_of(
    "constancia permiso papeles documentos curp visa tarjeta pasaporte papers permit card "
    "konstans konstansya papye dokiman resolucion resolución"
)
_LANDMARKS = set_of("corner esquina kwen frente puesto local stall booth stand")
_US_STATES = frozenset(addresses.US_STATES.split())
_WORD = re.compile(r"\S+")


def _city(folded: str) -> bool:
    return folded in CITY_WORDS and folded not in NAMES


def _town(words: list[tuple[int, int, str]], index: int) -> bool:
    """A town that ends the place ("…, Potoprens"), unless a number follows it (a ZIP code)."""
    if index >= len(words):
        return False
    raw = words[index][2].strip(PUNCT)
    folded = fold(raw)
    common = folded in COMMON_WORDS and not raw[:1].isupper()
    # a city that is a surname too ("Lagos", "Houston") is the town when it ends the clause
    last = raw[:1].isupper() and (index + 1 == len(words) or raw != words[index][2])
    if len(folded) < 4 or common or not (_city(folded) or (last and folded in CITY_WORDS)):
        return False
    after = [word.strip(PUNCT) for _, _, word in words[index + 1 : index + 3]]
    zip_code = bool(after) and (
        after[0].isdigit() or (len(after) == 2 and len(after[0]) <= 2 and after[1].isdigit())
    )
    return not zip_code


def _name_after(words: list[tuple[int, int, str]], index: int) -> bool:
    """A capitalised name after a preposition: an organisation or a town ("at Casa del Migrante")."""
    if index >= len(words):
        return False
    word = words[index][2]
    return word[:1].isupper() and not word.isupper() and not PH.match(word)


def _back(text: str, words: list[tuple[int, int, str]], first: int, venue: bool) -> int:
    """Where the words that describe a place start, before token ``first`` (no change if > 6)."""
    i = first
    while i > 0:
        if first - i >= 6:
            return first
        s, e, word = words[i - 1]
        if word[-1] in PUNCT or "\n" in text[e : words[i][0]]:
            break
        folded = fold(word.strip(PUNCT))
        if folded in _BACK_STOP or word in _US_STATES or _town(words, i - 1):
            break
        short = len(folded) <= 2 and (folded not in COMMON_WORDS or folded[:1].isdigit())
        # a street's name may come before it; a venue's or a shelter's neighbours stay
        named = not venue and unusual(word)
        describes = named or folded in LINK or short or folded[:1].isdigit()
        if not describes and folded not in _LANDMARKS:
            break
        i -= 1
    return i


#: A clause that says which one: "<PLACE>, la q esta por el parque central", "<PLACE> q tiene
#: el letrero rosa", "<PLACE>, the one after the Pemex", "<PLACE>, sa ki anfas ti tren an".
_RELATIVE = re.compile(
    # "…, el de la sombrilla roja", "…, la del letrero rosa"
    r"(?<=,)[ \t]*(?i:(?:el|la)[ \t]+de(?:l|[ \t]+la|[ \t]+los|[ \t]+las))[ \t]+[^\W\d_]|"
    r"[ \t]*,?[ \t]*(?i:(?:la|el|lo)[ \t]+(?:q|que)|q|que|the[ \t]+one|which|that|sa[ \t]+ki|ki)"
    r"[ \t]+(?i:est[aá]n?|quedan?|tienen?|se[ \t]+pone|is|has|at|on|after|by|near|next|across|"
    r"with|nan|b[oò]|gen|anfas|devan|d[eè]y[eè]|jis|toupre)\b"
)
_CLAUSE_END = set_of("pero but men y and ak e porque because paske")


def _relative_end(text: str, words: list[tuple[int, int, str]], last: int) -> int | None:
    """The last word of a clause right after a place that says which one it is (else None)."""
    found = _RELATIVE.match(text, words[last][1])
    if not found:
        return None
    first = next(k for k in range(last + 1, len(words)) if words[k][1] > found.start())
    for k in range(first, min(first + 14, len(words))):
        raw = words[k][2]
        folded = fold(raw.strip(PUNCT))
        if k > first + 1 and folded in _CLAUSE_END:
            return k - 1
        if raw[:1].isupper() and folded in INSTITUTIONS:
            return k - 1 if k > first + 1 else None  # "…, la que está junto a la COMAR" stays
        if raw[-1] in PUNCT or (k + 1 < len(words) and "\n" in text[words[k][1] : words[k + 1][0]]):
            # "…, el de la sombrilla roja" says which; "…, el de los migrantes" says what
            opening = [fold(word) for _, _, word in words[first : first + 2]]
            return None if k - first < 4 and opening in (["el", "de"], ["la", "de"]) else k
    return None


def _grow(text: str, start: int, end: int, shelter: bool, venue: bool) -> tuple[int, int]:
    """The clause around an anchor at text[start:end]: describing words before, the rest after."""
    words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text)]
    first = next(i for i, w in enumerate(words) if w[1] > start)
    last = max(i for i, w in enumerate(words) if w[0] < end)
    i = _back(text, words, first, venue)
    if shelter and i == first and i > 0 and words[i - 1][2][-1] == ",":
        back = i - 1  # "cuarto de lactancia al fondo, litera 2": the room before the bed
        while back >= 0 and i - back <= 6 and words[back][2][-1] not in PUNCT[1:]:
            if re.match(SHELTER_KINDS, fold(words[back][2]), _I):
                i = _back(text, words, back, venue)
                break
            if fold(words[back][2]) in ("en", "in", "nan", "at"):
                break
            back -= 1
    while i < first and fold(words[i][2]) in LINK:
        i += 1  # "la de la <PLACE>": a region never starts with a link word
    start = min(start, words[i][0]) if i < first else start
    j = last
    relative = _relative_end(text, words, last) if venue else None
    while j + 1 < len(words):
        if j - last >= 12:
            j = last  # no end of clause in sight: keep the anchor as it is
            break
        s, e, word = words[j]
        if word[-1] in PUNCT[:3] or "\n" in text[e : words[j + 1][0]]:
            nxt = fold(words[j + 1][2].strip(PUNCT))
            clause = []
            for k in range(j + 1, min(j + 7, len(words))):
                clause.append(k)
                if words[k][2][-1] in PUNCT:
                    break
            folded_clause = {fold(words[k][2].strip(PUNCT)) for k in clause}
            staff = venue and "<NAME>" in " ".join(words[k][2] for k in clause)
            if word[-1] == "," and staff and folded_clause & _ROLES:
                # "<PLACE>, my supervisor is mrs <NAME>": the venue's people, up to the name
                j = max(k for k in clause if "<NAME>" in words[k][2])
                continue
            narrows = nxt in _TAIL or (venue and folded_clause & _SCHOOL_DETAIL)
            if not (narrows and word[-1] == "," and any(unusual(words[k][2]) for k in clause)):
                break
        word = words[j + 1][2]
        folded = fold(word.strip(PUNCT))
        after = fold(words[j + 2][2].strip(PUNCT)) if j + 2 < len(words) else ""
        if after in ("the", "el", "la", "los", "las") and j + 3 < len(words):
            after = fold(words[j + 3][2].strip(PUNCT))  # "at the shelter"
        if folded in FWD_STOP or (folded in ("y", "and", "e") and after in FWD_STOP):
            break
        if _town(words, j + 1) or (folded in LINK and (_town(words, j + 2) or after in _ORG_START)):
            break
        if folded in LINK and _name_after(words, j + 2):
            break
        if folded in ("con", "with", "ak") and (
            after in FWD_STOP or after[:1].isdigit() or after in _PAPERS
        ):  # "… <PLACE> con la constancia": the papers are no part of the place
            break
        j += 1
    while j > last and not unusual(words[j][2]):
        j -= 1  # "<PLACE> da comida los martes": ordinary words after the place stay
    if relative is not None:
        j = max(j, relative)
    end_word = words[j]
    trail = end_word[2][-1] if end_word[2][-1] in PUNCT and end_word[1] > end else ""
    return start, max(end, end_word[1] - len(trail))


def _expand(text: str) -> str:
    """Grow each anchor to its clause, left to right."""
    pos = 0
    while True:
        anchor = _ANCHOR.search(text, pos)
        if not anchor:
            return text
        shelter = anchor.group(0) not in ("<ADDRESS>", "<PLACE>")
        # "article 52 section V of the Migration Law": a law's section, no one's bed
        law = shelter and LAW.search(text[max(0, anchor.start() - 25) : anchor.start()])
        if law or (shelter and AT_OFFICE.match(text, anchor.end())):
            pos = anchor.end()  # "room 3, window 12 at the INM office": an appointment
            continue
        kind = "<PLACE>" if shelter or anchor.group(0) == "<PLACE>" else "<ADDRESS>"
        venue = kind == "<PLACE>"
        start, end = _grow(text, anchor.start(), anchor.end(), shelter, venue)
        text = text[:start] + kind + text[end:]
        pos = start + len(kind)


_ANCHOR = re.compile(rf"<ADDRESS>|<PLACE>|{SHELTER.pattern}")


def apply(text: str) -> str:
    """Text with described places grown to their clause (and birth dates in words removed)."""
    text = birthdates.apply(text)
    # again until nothing changes: a place found may name its neighbour ("mercado … <ADDRESS>");
    # each round removes words, so this ends
    for _ in range(8):
        before = text
        for pattern, replace in CREATORS:
            text = pattern.sub(replace, text)
        text = addresses.ADDRESS_JOIN.sub("<ADDRESS>", _expand(text))
        if text == before:
            break
    return homes.apply(text)
