"""A town that ends or opens a scrubbed place is put back: "trabajo en la <PLACE> en Saltillo".

The place rules are greedy on purpose: a workplace or a street runs to the end of
its clause, and the clause often ends with the town ("la taquería El Güero en la
col. Obrera de CDMX", "5ta Av Norte 92 Tapachula", "Finca La Esperanza bò Huixtla").
The town identifies nobody and tells staff which office the question is about, so
this last step finds, for each ``<ADDRESS>`` or ``<PLACE>``, the words it replaced
and puts back a listed town (:data:`bot.privacy.lexicon.PLACES`) that closes them.

A town is put back only where it cannot be the street's own name: after a comma or
a preposition ("en", "de", "in", "nan", "bò"), and with a bare space only after a
house number or a cardinal point ("5ta Av Norte 92 Tapachula").
"calle Hidalgo", "Calzada de Tlalpan" and "calle Durango" stay whole: streets named
after states and towns are everywhere in Mexico.
"""

from __future__ import annotations

import re

from bot.privacy.anchors import set_of
from bot.privacy.lexicon import PLACES, fold

_ANY_PLACEHOLDER = re.compile(r"<[A-Z_]+>")
#: What may join a place to its town: "…, Tapachula", "… en Saltillo", "… bò Huixtla".
_JOIN = re.compile(r"(?:\s*,\s*|\s+(?i:en|de|del|in|nan|bò|bo|near|à|a)\s+(?:(?i:la|el)\s+)?|\s+)$")
#: Words a street or a neighbourhood starts with: a town right after one is its name.
_STREET_WORDS = set_of(
    "calle c av ave avenida avenue street st rue ri lari boulevard blvd bulevar calzada "
    "privada cerrada andador callejon col colonia kom fraccionamiento fracc barrio paseo "
    "carretera road camino circuito periferico prolongacion retorno"
)
_CARDINAL = set_of("norte sur oriente poniente ote pte nte north south east west no sid")
#: A road named after the town it leads to: that town places the workplace on the road.
_ROAD_WORDS = set_of("salida entrada carretera camino rumbo road way wout highway autopista")
_LONGEST_TOWN = 4


def restore(written: str, clean: str) -> str:
    """``clean`` with the towns that closed its scrubbed places put back after them."""
    if "<ADDRESS>" not in clean and "<PLACE>" not in clean:
        return clean
    pieces = _ANY_PLACEHOLDER.split(clean)
    holders = _ANY_PLACEHOLDER.findall(clean)
    pattern = "".join(
        _literal(piece) + ("(.+?)" if i < len(holders) else "") for i, piece in enumerate(pieces)
    )
    match = re.fullmatch(pattern, written.strip(), re.S)
    if match is None:  # the text changed in a way the clean text cannot be read against
        return clean
    out = [pieces[0]]
    for i, holder in enumerate(holders):
        # (not after a <MARK>: "the only Nepali cook in Palenque" is one person)
        placed = holder in ("<ADDRESS>", "<PLACE>")
        town = _town(match.group(i + 1)) if placed else ""
        first = _first_town(match.group(i + 1)) if holder == "<PLACE>" else ""
        out.append(first + holder + town + pieces[i + 1])
    return "".join(out)


#: What joins a town to the place after it: "Juárez en un puesto …", "Saltillo, la obra …".
_OPENING_JOIN = re.compile(r",?\s*(?:(?i:en|in|nan)\s+)?")


def _first_town(replaced: str) -> str:
    """The town that opens ``replaced`` and its join ("trabajo en Juárez en un puesto …"), or ""."""
    words = list(re.finditer(r"[^\s,]+", replaced))
    for size in range(min(_LONGEST_TOWN, len(words) - 1), 0, -1):
        name = " ".join(word.group(0) for word in words[:size])
        if fold(name) not in PLACES:
            continue
        join = _OPENING_JOIN.match(replaced, words[size - 1].end())
        rest = replaced[join.end() :]
        if join.group(0).strip() and _keeps_something(rest):
            return replaced[: join.end()]
        return ""
    return ""


def _literal(piece: str) -> str:
    return r"\s+".join(re.escape(part) for part in re.split(r"\s+", piece)) if piece else ""


def _town(replaced: str) -> str:
    """The join and the town that close ``replaced``, or "" when none may come back."""
    words = list(re.finditer(r"\S+", replaced))
    for size in range(min(_LONGEST_TOWN, len(words) - 1), 0, -1):
        tail = words[-size:]
        name = " ".join(word.group(0) for word in tail)
        if fold(name) not in PLACES:
            continue
        head = replaced[: tail[0].start()]
        join = _JOIN.search(head)
        before = head[: join.start()] if join else ""
        if join is None or not _keeps_something(before):
            continue
        if not _may_join(before, join.group(0)):
            continue
        return join.group(0) + name
    return ""


def _keeps_something(before: str) -> bool:
    """Whether the place is still a place without its town: "col. Obrera", not "la"."""
    return any(len(word) >= 3 or word.isdigit() for word in re.findall(r"[^\W_]+", before))


def _may_join(before: str, join: str) -> bool:
    words = [fold(word.strip(".,;")) for word in before.split()]
    last = words[-1]
    if last in _STREET_WORDS:  # "calle Hidalgo", "Calzada de Tlalpan": the town is the street
        return False
    if last in _ROAD_WORDS:  # "la gasolinera de la salida a Huixtla": the road is where it is
        return False
    if join.strip():  # a comma or a preposition
        return True
    # a bare space: only after a house number or a cardinal point ("5ta Av Norte 92 Tapachula");
    # "colonia Infonavit Xochimilco, Monterrey" is a neighbourhood named after a town
    return any(ch.isdigit() for ch in last) or last in _CARDINAL
