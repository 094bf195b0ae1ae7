"""A workplace told in passing inside a story: "now I work at a dive shop in Puerto Morelos".

Long messages tell where someone works in a clause between two others: "trabajo en una
llantera en la avenida de las Torres", "working in a Chinese buffet near Plaza Rio", "m ap
vann dlo nan Metro Pino Suárez", "mwen ap travay nan Mercado Hidalgo nan yon pòs fwi". The
kind of business is an ordinary word and the place's name may be a street, a square or a
station no list holds, so the rule reads the shape: a work verb, the kind in a few words,
then a capitalised name (or a place the rules already removed) after "in", "near", "en",
"nan"… The kind, the name and the stall or aisle after it become ``<PLACE>``.

What stays: a kind of work in a town ("a restaurant in Tijuana", "un taller en Monterrey"
— the town identifies no one, and :mod:`bot.privacy.towns` would put it back anyway) and
a public name ("la construcción del Tren Maya", "voluntaria en Casa del Migrante").
"""

from __future__ import annotations

import re

from bot.privacy.anchors import set_of
from bot.privacy.lexicon import CITY_WORDS, COMMON_WORDS, EVERYDAY, PROTECTED, fold
from bot.privacy.spans import replace_group

_UP = "A-ZÁÉÍÓÚÑÀÈÒÇ"
_NAME_WORD = rf"(?:<NAME>|<PLACE>|<ADDRESS>|[{_UP}][\w'’&-]*)"
#: A capitalised name of up to four words, with "de la" inside: "Central de Abasto".
_NAMED = rf"{_NAME_WORD}(?:[ \t]+(?:(?i:de|del|la|las|los|el)[ \t]+)?{_NAME_WORD}){{0,3}}"
_KIND_WORDS = r"(?:(?!(?i:y|and|ak|pero|but|men|porque|because|paske)\b)[^\W\d_]+[ \t]+){0,3}?"
_WHERE = (
    r"(?i:in|near|by|on|at|next\s+to|behind|across\s+from|called|named|en|cerca\s+del?|"
    r"junto\s+al?|frente\s+al?|por|llamad[oa]|que\s+se\s+llama|nan|b[oò]|kote|toupre|pre|"
    r"devan|ki\s+rele)"
)
_ARTICLE = r"(?i:the|a|an|el|la|los|las|un|una|yon|on)[ \t]+"
#: What narrows it after the name: "nan yon pòs fwi", ", koridò H", "called Casa Koyote".
_AFTER = (
    rf"(?:[ \t]+(?i:nan|en|in|at)[ \t]+(?i:yon|un|una|a|an)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?"
    rf"|[ \t]*,[ \t]*(?i:korid[oò]|pasillo|aisle|local|p[oò]s|puesto|stall|nave)[ \t]+\w+"
    rf"|(?P<called>[ \t]+(?i:called|named|llamad[oa]|que\s+se\s+llama|ki\s+rele)[ \t]+{_NAMED})"
    # and the town it is in: "fèm tomat Los Tres Hermanos bò Culiacán" (towns.py puts it back)
    rf"|[ \t]+{_WHERE}[ \t]+(?:{_ARTICLE})?{_NAMED})?"
)
_VERB = r"(?i:work|works|working|worked|job|trabaj[oa]\w*|chambe\w*|travay)"
#: Selling is working too, and what is sold goes with the spot: "vendo dulces en el metro …".
_SELL = r"(?i:sell|sells|selling|vend[oe]\w*|vend[ií]a\w*|vann)"
_AT = r"(?i:at|in|for|en|nan|pou)"
#: The kinds of place whose own name follows them: "el parque Hidalgo", "Metro Pino Suárez".
_VENUE = re.compile(
    r"parque|park|pak|plaza|mercado|market|mache|marche|metro|estacion|station|estasyon|terminal|"
    r"central|centro|center|centre|hotel|restaurante?|restoran|tienda|shop|store|farm|granja|"
    r"rancho|finca|fabrica|factory|faktori|maquila\w*|empresa|company|konpayi|taller|bodega|"
    r"hospital|clinica|clinic|escuela|school|lekol|iglesia|church|legliz|construccion|obra"
)
IN_PASSING = re.compile(
    rf"\b(?:{_VERB}[ \t]+{_AT}[ \t]+(?:{_ARTICLE})?|(?P<sell>{_SELL})[ \t]+)"
    rf"(?P<body>(?(sell)[^\W\d_]+(?:[ \t]+(?i:y|and|ak|e)[ \t]+[^\W\d_]+)?[ \t]+{_AT}[ \t]+(?:{_ARTICLE})?)"
    rf"(?P<kind>{_KIND_WORDS})(?P<where>{_WHERE}[ \t]+(?:{_ARTICLE})?)?(?P<name>{_NAMED}){_AFTER})"
    r"(?=[ \t]*(?:[,.;:!?\n)]|$)|[ \t]+(?i:y|and|ak|pero|but|men|con|with|since|desde|depi|"
    r"porque|because|paske|for|por|pou|and|sin|san|without|nos|we|nou|m|mwen|i|me|que|q|ki)\b)"
)


def _in_passing(match: re.Match[str]) -> str:
    name = match.group("name")
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", match.group("kind"))]
    parts = re.split(r"[ \t]+", name)
    names = [fold(w) for w in parts if not w.startswith("<")]
    if names and _VENUE.fullmatch(names[0]) and len(parts) > 1 and not match.group("where"):
        words, names = words + names[:1], names[1:]  # "Metro Hidalgo": a venue and its name
    called = re.match(r"(?i:called|named|llamad|que|ki)", match.group("where") or "")
    if called and all(w in COMMON_WORDS or w in EVERYDAY for w in names):
        return match.group(0)  # "a bar called Club Social": a name like a hundred others
    if words and not match.group("where") and not _VENUE.fullmatch(words[-1]):
        return match.group(0)  # "a formal job with IMSS": no venue before the name
    if words and not match.group("where") and " ".join(words + names) in PROTECTED:
        return match.group(0)  # "el mercado San Juan" is known to all
    if not words and (
        all(w in COMMON_WORDS or w in PROTECTED for w in names) or re.fullmatch(r"[A-Z]{1,6}", name)
    ):
        return match.group(0)  # "trabajar en Uber", "works for the SEBIN", "work in the U.S."
    public = bool(names) and " ".join(names) in PROTECTED and "<" not in name
    if public and match.group("where") and not match.group("called"):
        return match.group(0)  # "un taller en Monterrey", "a fish market in Mérida"
    return replace_group(match, "<PLACE>", "body")


#: Where a workplace with no name of its own stands: "the chicken plant on the road to
#: Tlajomulco", "el carrito de elotes q se pone en la salida del metro Indios Verdes", "izin
#: pwason nan Mazatlán, sa ki nan antre pò a". What it is by must be named or numbered: "un
#: restaurante cerca del centro" stays, and so does a town alone ("a farm near Tapachula").
_LOCATOR = (
    r"(?i:on\s+the\s+(?:road|highway)\s+to|(?:en|por)\s+la\s+carretera\s+a|near|next\s+to|"
    r"across\s+from|in\s+front\s+of|behind|at\s+the\s+(?:entrance|exit|corner)\s+of|junto\s+al?|"
    r"al\s+lado\s+del?|frente\s+al?|enfrente\s+del?|cerca\s+del?|atr[aá]s\s+del?|detr[aá]s\s+del?|"
    r"(?:a|en)\s+la\s+(?:entrada|salida|esquina)\s+del?|(?:q|que)\s+(?:est[aá]|se\s+pone|queda)\s+"
    r"(?:en|junto\s+a|frente\s+a|por)|b[oò]|toupre|anfas|devan|d[eè]y[eè]|(?:sa\s+)?ki\s+nan)"
)
#: Work told by the chore: "mi esposo lava trastes en la taquería …", "I wash cars at …".
_CHORE = r"(?i:lav[oa]\w*|limpi[oa]\w*|cocin[oa]\w*|wash\w*|clean\w*|cook\w*|lave)"
LOCATED = re.compile(
    rf"\b(?:{_VERB}|(?:{_SELL}|{_CHORE})(?:[ \t]+[^\W\d_]+)?)[ \t]+{_AT}[ \t]+(?P<body>(?:{_ARTICLE})?(?:[^\W\d_]+[ \t]+){{0,3}}?[^\W\d_]+,?"
    rf"[ \t]+{_LOCATOR}[ \t]+(?P<by>[^,.;!?\n]{{2,60}}?))"
    r"(?=[ \t]*(?:[,.;!?\n]|$)|[ \t]+(?i:y|and|ak|pero|but|men|porque|because|paske)\b)"
)


#: Landmarks that, in a named town, single a workplace out.
_LANDMARK_KINDS = set_of(
    "central terminal mercado market mache parque park plaza hospital clinica clinic iglesia "
    "church legliz escuela school lekol gasolinera pemex oxxo soriana walmart aurrera "
    "estacion station puente bridge garita aduana entrada salida exit entrance"
)


def _located(match: re.Match[str]) -> str:
    by = match.group("by")
    named = [fold(w) for w in re.findall(r"\b[A-ZÀ-Ý][\w'’-]*", by)]
    # "izin pwason nan Mazatlán, sa ki nan antre pò a": a town, then the spot in it
    two = "," in match.group("body") and re.search(r"\b[A-ZÀ-Ý]", match.group("body"))
    public = all(w in CITY_WORDS or w in PROTECTED for w in named)
    # "al lado de la central de autobuses de Tuxtla": a landmark in the town, not the town alone
    words = [fold(w) for w in re.findall(r"\b[a-zà-ÿ][\w'’-]+", by)]
    landmark = named and any(w not in COMMON_WORDS or w in _LANDMARK_KINDS for w in words)
    if not (re.search(r"\d", by) or two or (named and landmark)) and public:
        return match.group(0)  # nothing named, or only a town or a public place
    return replace_group(match, "<PLACE>", "body")


def apply(text: str) -> str:
    """Text with the workplaces told in passing replaced by ``<PLACE>``."""
    return LOCATED.sub(_located, IN_PASSING.sub(_in_passing, text))
