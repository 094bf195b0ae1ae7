"""A home described by its landmarks and the way to its door, replaced by ``<ADDRESS>``.

Where there are no street names, people say where they live the way they
would tell a driver: "la casa de lámina azul frente a la tienda, la que tiene
un perro amarrado", "kay blan an devan legliz la, 2yèm pòt sou bò dwat",
"behind the blue church on the road to Puerto Madero, second house with the
mango tree". No word in it is a name or a number, yet together they lead to
one door. Three rules, run last (after :mod:`bot.privacy.clauses`):

- **a described home**: after a verb of living or renting ("vivo", "rento",
  "we live", "find us", "m rete", "nou lwe"), a house, room or shack with a
  landmark word ("frente a", "behind", "devan", "bò") or its colour or
  material, or a landmark alone ("we live near the gas station in …");
- **the clauses that lead to the door** after an address: turns and walks,
  the nth house or door, a gate's colour, "the one with …", "la que …",
  "sa ki …", a crossroads;
- **a landmark before an address**: "frente al oxxo de la <ADDRESS>".

"Vivo en la calle con mis hijos", "a dos cuadras del parque central" and "we
live in a small room" lead to no door and stay.
"""

from __future__ import annotations

import re

from bot.privacy import slots
from bot.privacy.addresses import _COLOUR
from bot.privacy.anchors import _NOT_COUNT
from bot.privacy.lexicon import CITY_WORDS, fold

_LANDMARK = (
    r"frente|enfrente|atr[aá]s|detr[aá]s|junto|lado\s+de|cerca\s+de|behind|near|next\s+to|across|above|"
    r"devan|d[eè]y[eè]|b[oò]|akote|anfas|anwo|anl[eè]|toupre|al\s+fondo|at\s+the\s+back|nan\s+fon"
)
_MATERIAL = (
    r"l[aá]mina|madera|adobe|lona|t[oò]l|bwa|tin|wood(?:en)?|cart[oó]n|palo|pay|block|bloque|"
    r"bl[oò]k|concreto|cemento|ladrillo|brick"
)
_ORDINAL = (
    r"primer[ao]?|segund[ao]|tercer[ao]?|cuart[ao]|first|second|third|fourth|fifth|premye|"
    r"dezy[eè]m|twazy[eè]m|katriy[eè]m|\d(?:st|nd|rd|th|ra|da|a|o|[eè]m|y[eè]m)"
)
#: Words that lead to one door, not to a public place: "de la escuela camina 500 metros y es la
#: casa azul", "apre pon an tounen adwat" ("a dos cuadras del parque central" is no such clause).
_DIRECTIONS = (
    # "dobla a la derecha", not "doble renta"; "gira en la esquina", not "un giro"
    r"camin\w*|(?:dobl|gir)\w*(?=\s+(?:a|al|en|hacia|por)\b)|port[oó]n|rejas?|zagu[aá]n|turn|walk|gate|tounen|p[oò]tay|"
    # "mache 2 blòk", not "CBP One ap mache ankò" (it works again)
    r"(?<!\bap\s)(?<!\bpa\s)mache(?!\s+(?:ank[oò]|byen|toujou|pou))|"
    r"kalfou|carrefour|crucero|entrando|entrada|a\s+mano\s+(?:derecha|izquierda)|"
    r"on\s+the\s+(?:left|right)|sou\s+men\s+(?:dwat|goch)|<NUMBER>\s+(?:casa|house|kay)|"
    r"(?:n[uú]mero|nimewo|number|#)\s*<NUMBER>|(?:casa|house|kay)\s+(?:que|with|ki)|"
    r"(?:atr[aá]s|detr[aá]s|frente|enfrente|junto|behind|across|devan|d[eè]y[eè]|anl[eè]|b[oò]|"
    r"al\s+fondo)|"
    rf"(?:{_ORDINAL})\s+(?:casa|house|kay|puerta|door|p[oò]t|apre|after|despu[eé]s|etaj|piso|floor|"
    r"ranje|row|fila|hilera|"
    r"ri|rue|calle|street|on\s+the|a\s+mano|sou\s+men)|"
    r"(?:la|el|the)\s+(?:primer[ao]|segund[ao]|tercer[ao]|cuart[ao]|first|second|third|fourth)\b|"
    rf"(?:casa|house|kay)\s+(?:{_COLOUR})|(?:{_COLOUR})\s+(?:house|door|gate)"
)
#: A word that leads to the door, wherever it stands in a clause.
_LEADS_ON = rf"(?<!\w)(?i:{_DIRECTIONS})(?!\w)"
_LEADS_ON_RE = re.compile(_LEADS_ON)
#: A clause that describes the place just named: "…, the one with the yellow door".
_WHICH = r"(?:the\s+one|la\s+que|el\s+que|sa\s+ki|li\s+ki)\b"
#: An address and the clauses after it that lead to the door (a clause that is only another
#: place joins too: "…, sa ki gen pòt wouj la, <ADDRESS>").
DIRECTIONS_AFTER = re.compile(
    r"(?:<ADDRESS>|<PLACE>)(?:\s+(?i:of\s+the|del|de\s+la|nan)\s+[^\W\d_]+(?=\s*,))?"
    r"(?:\s+(?i:la|a|an|lan)(?=\s*,))?"
    r"(?P<town>\s+(?i:in|en|nan)\s+[A-ZÀ-Ý][\w'’-]+(?=\s*,))?"
    rf"(?:\s*,\s*(?:[^,.;:!?\n]*?{_LEADS_ON}[^,.;:!?\n]*|(?i:{_WHICH})[^,.;:!?\n]*|"
    r"<ADDRESS>|<PLACE>))+"
)
#: A landmark before the address: "frente al oxxo de la <ADDRESS>", "next to the church on <ADDRESS>".
DIRECTIONS_BEFORE = re.compile(
    r"\b(?i:frente\s+a(?:l|\s+la)?|enfrente\s+de(?:l|\s+la)?|al\s+lado\s+de(?:l|\s+la)?|"
    r"a\s+lado\s+de(?:l|\s+la)?|junto\s+a(?:l|\s+la)?|atr[aá]s\s+de(?:l|\s+la)?|next\s+to\s+the|"
    r"across\s+from\s+the|behind\s+the|devan|d[eè]y[eè]|b[oò]\s+kote|anfas)\s+"
    r"[^\W\d_][\w'’-]*\s+(?i:de\s+la|del|de|on|in|nan|sou|of\s+the)\s+<ADDRESS>"
)
_LIVING = (
    r"viv\w*|estamos|estoy|rent\w*|alquil\w*|live|living|find\s+us|stay\w*|rete|lwe|gen\s+yon|"
    r"have\s+a|tengo\s+una?|nou\s+nan|m\s+nan|we\s+are|we're|i'm|i\s+am|"
    # a house someone works in is as much one door: "ap travay kay yon fanmi nan Polanco, kay
    # blan an ki gen gwo pòtay nwa"
    r"travay|trabaj[oa]\w*|work\w*"
)
#: Directions given as such: "directions to my place: after the oxxo, turn left…".
DIRECTIONS_LEAD = re.compile(
    r"\b((?i:directions(?:\s+to\s+(?:my|our)\s+(?:place|house|home))?|"
    r"how\s+to\s+(?:find|get\s+to|reach)\s+(?:me|us|my\s+\w+|our\s+\w+)|"
    r"c[oó]mo\s+llegar(?:\s+a\s+(?:mi|nuestra)\s+\w+)?|para\s+llegar|indicaciones|"
    r"kijan\s+pou\s+(?:rive|jwenn)(?:\s+\w+){0,2}))\s*:\s*[^.!?\n]+"
)
#: The rest of a clause: up to a mark, or to "y nos cobra …", "and he wants …" (a new subject).
_CLAUSE = (
    r"(?:(?!\s(?i:y|and|pero|but|men|ak|e|que|q|which|that|ki)\s+(?i:nos|me|le|les|te|se|yo|i|we|"
    # nor what someone works as: "m ap travay kay … kòm gadò timoun"
    rf"they|he|she|li|nou|mwen|m)\b|\s(?i:k[oò]m|como|as)\s|\s{slots.START})[^,.;:!?\n])*"
)
#: After a verb of living, a home (or a landmark) described up to the end of its clause.
HOME = re.compile(
    # "nou rete lakay yon dominiken ki rele <NAME>, nan kay jòn ki gen pòtay nwa a …": the home
    # may come in a later clause of the sentence
    rf"\b(?i:{_LIVING})(?:\s[^.!?\n]*?,(?=\s*(?i:en|in|at|on|nan)\s))?\s+(?i:(?:en|in|at|on|nan|out|past|ak)\s+)?"
    rf"((?i:(?:la|el|un|una|the|a|an|yon|ti|small|little|pequeñ[oa]|chiquit[oa]|{_COLOUR})\s+){{0,3}}"
    r"(?i:casa|casita|cuarto|cuartito|room|house|kay|chanm|apartment|depa|trailer|shack|champa|"
    rf"jacal|tejaban|ajoupa)\b{_CLAUSE}|(?i:{_LANDMARK}|por|by)\b{_CLAUSE})"
)
_HOME_DETAIL = re.compile(
    rf"\b(?:{_LANDMARK}|{_MATERIAL}|{_COLOUR})\b|<PLACE>|<ADDRESS>|<NAME>", re.IGNORECASE
)


#: A shelter or camp named in a clause of directions: the directions go, the name stays.
_SHELTER_NAME = re.compile(
    r"\b(?i:albergue|refugio|refij|shelter|abri|kan|camp|campamento|casa\s+del\s+migrante)\b"
)
_TOWN = re.compile(r"\s+(?:here\s+|aqu[ií]\s+|isit\s+)?(?:in|en|nan)\s+([A-ZÀ-Ý][\w'’-]+)")
#: A numbered neighbourhood after an address: "Ri Lamarre #27, Delmas 33".
NUMBERED_LOCALITY = re.compile(
    rf"<ADDRESS>\s*,\s*[A-ZÀ-Ý][\w'’-]+\s+\d{{1,3}}\b(?![.,:]?\d){_NOT_COUNT}"
)

#: A neighbourhood just before an address, after a verb of living: "m te rete La Saline,
#: <ADDRESS>", "vivíamos en Rivera Hernández, <ADDRESS>" (a city before it stays: "Tapachula,").
LOCALITY_BEFORE = re.compile(
    r"\b(?i:rete|viv\w*|lived|live|living)\s+(?:(?i:en|in|nan|at)\s+)?"
    r"((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)\s*,\s*<ADDRESS>"
)


#: A neighbourhood just after an address: "<ADDRESS>, Bwa Vèna" (a city there stays).
LOCALITY_AFTER = re.compile(
    r"<ADDRESS>\s*,\s*((?:[A-ZÀ-Ý][\w'’-]+\s+){0,2}[A-ZÀ-Ý][\w'’-]+)(?=\s*[.,;!?\n]|$)"
)


def _locality_after(match: re.Match[str]) -> str:
    words = match.group(1).split()
    if len(words) > 1 and re.fullmatch(r"[A-Z]{2}", words[-1]):
        return match.group(0)  # a town and its state's code: "Brockton MA"
    if all(fold(word) in CITY_WORDS for word in words):
        return match.group(0)
    return "<ADDRESS>"


def _locality(match: re.Match[str]) -> str:
    if all(fold(word) in CITY_WORDS for word in match.group(1).split()):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start(0)] + "<ADDRESS>"


def _home(match: re.Match[str]) -> str:
    """The home when something locates or marks it, not "we live in a small room"."""
    sentence = re.match(r"[^.!?\n]*", match.string[match.end() :]).group(0)
    leads_on = _LEADS_ON_RE.search(sentence)
    if not _HOME_DETAIL.search(match.group(1)) and not leads_on:
        return match.group(0)
    start = match.start(1) - match.start(0)
    home = match.group(1)
    # "a room at <ADDRESS> here in Tapachula": the town stays
    # (the first town of the clause that is a city: "en Providencia en Guadalajara")
    town = next((t for t in _TOWN.finditer(home) if fold(t.group(1)) in CITY_WORDS), None)
    if town:
        return match.group(0)[:start] + "<ADDRESS>" + home[town.start() :]
    return match.group(0)[:start] + "<ADDRESS>"


def apply(text: str) -> str:
    """Text with described homes, and the way to them, replaced by ``<ADDRESS>``."""
    text = DIRECTIONS_LEAD.sub(r"\1: <ADDRESS>", text)
    text = HOME.sub(_home, text)
    text = DIRECTIONS_BEFORE.sub("<ADDRESS>", text)
    text = LOCALITY_BEFORE.sub(_locality, NUMBERED_LOCALITY.sub("<ADDRESS>", text))
    text = LOCALITY_AFTER.sub(_locality_after, text)
    return DIRECTIONS_AFTER.sub(_after, text)


def _after(match: re.Match[str]) -> str:
    """The place and its directions, up to a shelter's own name ("…, nan dezyèm etaj refij Belén")."""
    kind = "<PLACE>" if match.group(0).startswith("<PLACE>") else "<ADDRESS>"
    if match.group("town") and fold(match.group("town").split()[-1]) in CITY_WORDS:
        kind += match.group("town")  # "… in Huixtla, the pink house …": the town stays
    comma = match.group(0).find(",")
    shelter = _SHELTER_NAME.search(match.group(0), comma) if comma >= 0 else None
    return kind + " " + match.group(0)[shelter.start() :] if shelter else kind
