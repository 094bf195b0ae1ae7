"""Sleeping places in a camp or shelter told in words: "la carpa azul junto a la cocina".

A tent or bed told by its colour, its order or what is next to it is as good
as a number for finding the person who sleeps there, so it becomes
``<PLACE>``. Only *that* tent: a definite or possessive article ("la carpa
azul", "our tent", "tant ble a") or a landmark after it, never a tent in
general ("¿dan carpas?", "una carpa azul sirve?").
Runs first among :data:`bot.privacy.venues.LATE`, before numbered beds.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy import slots
from bot.privacy.spans import replace_group

_I = re.IGNORECASE
_COLOUR = (
    r"(?:azul|verde|roj[oa]|amarill[oa]|blanc[oa]|negr[oa]|naranja|gris|caf[eé]|morad[oa]|rosad[oa]|"
    r"blue|green|red|yellow|white|black|orange|gr[ae]y|brown|purple|pink|"
    r"ble|v[eè]t|wouj|j[oò]n|blan|nwa|gri|mawon|woz|vyolèt)"
)
#: One word that is a colour: a stall, a tent or a gate told by its colour ("de lona roja").
COLOUR_WORD = re.compile(rf"{_COLOUR}", _I)
_COLOURS = rf"{_COLOUR}(?:\s+(?:y|e|and|&|ak|con|with)\s+{_COLOUR})?"
_ORDINAL = (
    r"(?:first|second|third|fourth|fifth|last|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|"
    r"quint[oa]|[uú]ltim[oa]|premye|dezy[eè]m|twazy[eè]m|katriy[eè]m|d[eè]nye)"
)
_TENT = r"(?:carpa|casa\s+de\s+campa[nñ]a|tienda(?:\s+de\s+campa[nñ]a)?|tente|tent|tant)"
_LANDMARK = (
    r"(?:\s*,?\s+(?:(?:ki|que(?:\s+est[aá])?|that(?:'s|\s+is)?)\s+)?(?:junto\s+al?|al\s+lado\s+del?|cerca\s+del?|frente\s+al?|"
    r"enfrente\s+del?|detr[aá]s\s+del?|atr[aá]s\s+del?|desde|from|by|near|next\s+to|beside|behind|in\s+front\s+of|b[oò](?:\s+kote)?|"
    r"tou\s*pre|d[eè]y[eè]|devan|akote|kote|(?:ki\s+)?kole\s+ak|pegad[oa]\s+a|stuck\s+to|against|"
    r"gen|tiene|has|with\s+(?:the|an?)|wid\s+di|ak\s+yon|con\s+una?|apre|after|despu[eé]s\s+del?)"
    r"\s+[^,.;!?\n]{1,40})?"
)
#: A sleeping place told by what is next to it: "la carpa azul junto a la cocina", "the mattress
#: under the stairs near the kitchen", "tant ble a bò pòtay la" (not "una carpa junto a mi familia").
BESIDE = re.compile(
    rf"\b(?:{_ORDINAL}\s+)?(?:{_TENT}|cama|litera|bunk|bed|"
    r"kabann|colch[oó]n|colchoneta|mattress|matla|mat|nat|cot|catre|hamaca|hammock|bench|banca|ban|"
    # a room only when it is one room: "the little room next to the chapel", "ti chanm bò kizin"
    r"(?:(?<=\bthe\s)|(?<=\bel\s)|(?<=\bmi\s)|(?<=\bmy\s)|(?<=\bour\s)|(?<=\bti\s)|(?<=\blittle\s)|"
    r"(?<=\bsmall\s)|(?<=\bnan\s))(?:room|cuarto|cuartito|chanm))"
    r"(?:\s+(?:azul|verde|roj[oa]|amarill[oa]|blanc[oa]|negr[oa]|naranja|gris|blue|green|red|yellow|"
    r"white|black|orange|gr[ae]y|ble|v[eè]t|wouj|j[oò]n|blan|nwa|gri|"
    r"bleue|verte|rouge|jaune|blanche|noire)(?:\s+a)?)?"
    r"(?:\s+(?:la|a|lan|nan|an))?"  # Kreyòl's determiner: "kabann lan bò pòt kizin nan"
    r"\s+(?:junto\s+al?|al\s+lado\s+del?|(?:la\s+|el\s+|lo\s+)?m[aá]s\s+cerca\s+del?|cerca\s+del?|frente\s+al?|"
    # "matla a dwat pòt antre a" (right of the entrance), "the little room on the roof"
    r"a\s+dwat|a\s+goch|adwat|agoch|on(?=\s+the\s+roof)|en(?=\s+la\s+azotea|\s+el\s+techo)|"
    # "kabann ki pi pre pòt la", "the bed closest to the door"
    r"(?:ki\s+)?pi\s+pr[eè]|closest\s+to|nearest(?:\s+to)?|enfrente\s+del?|debajo\s+del?|atr[aá]s\s+del?|"
    r"detr[aá]s\s+del?|by|near|next\s+to|under|beside|behind|in\s+front\s+of|b[oò]|toupre|anba|d[eè]y[eè]|"
    r"devan|(?:ki\s+)?(?:at[eè]\s+)?b[oò]|(?:ki\s+)?akote|[aà]\s+c[oô]t[eé]\s+d(?:es|u|e)|pr[eè]s\s+d(?:es|u|e)|"
    # "nat ki nan koridò a", "the mattress in the hallway": a corridor is one spot
    r"(?:ki\s+)?nan(?=\s+korid)|in(?=\s+the\s+(?:corridor|hallway))|en(?=\s+el\s+pasillo))\s+"
    r"(?:(?:la|el|los|las|the|a|an)\s+)?"
    r"(?:cocina|kitchen|kwizin|ba[nñ]os?|bathrooms?|toilets?|toilettes|douches|cuisine|showers?|duchas?|twal[eè]t|gate|port[oó]n|"
    r"puerta|door|p[oò]t|p[oò]tay|bary[eè]|entrada|entrance|antre|stairs|escaleras?|eskalye|fans?|"
    r"ventiladores?|ventana|window|fen[eè]t|[aá]rbol|tree|pye\s+bwa|pared|wall|comedor|dining\s+\w+|"
    r"patio|lakou|cancha|court|tanque|tank|tinaco|oficina|office|biwo|enfermer[ií]a|clinic|klinik|"
    r"generador|generator|lavaderos?|sinks?|church|iglesia|legliz|chapel|capilla|chap[eè]l|kizin|"
    r"stage|escenario|altar|lot[eè]l|s[eè]n|malla|fence|kl[oò]ti|roof|azotea|techo|"
    r"korid[oò]|corridor|hallway|pasillo|"
    r"puerta\s+de\s+la\s+\w+)\b"
    r"(?:\s+(?:kwizin|kizin|twal[eè]t|beny|lakou|legliz|chanm|antre)\b)?"  # Kreyòl "pòt kwizin nan"
    # "…junto a la puerta de la cocina", "…behind the church in the park", "…nan pak la"
    r"(?:(?:\s+(?:la|a|yo))?\s+(?:de|del|of|in|en|nan)\s+(?:la\s+|el\s+|the\s+)?"
    r"(?:cocina|kitchen|park|parque|pak|plaza)\b)?"
    r"(?:\s+(?:la|a|nan|the|yo))?"
    # a second landmark: "the mat next to the wall under the window"
    r"(?:\s*,?\s+(?:under|above|below|near|by|next\s+to|behind|beside|debajo\s+de|abajo\s+de|"
    r"arriba\s+de|junto\s+a|cerca\s+de|b[oò]|anba|anl[eè]|d[eè]y[eè])\s+(?:(?:the|la|el)\s+)?"
    r"(?:window|ventana|fen[eè]t|door|puerta|p[oò]t|stairs|escaleras?|eskalye|lockers?|casilleros?|"
    r"fans?|ventilador|kitchen|cocina|kizin|bathroom|ba[nñ]o|twal[eè]t|wall|pared|miray)\b"
    r"(?:\s+(?:la|a|yo))?)?",
    _I,
)
#: "the grey tent behind the water tanks", "la tercera carpa desde el puente", "tant ble ak blan".
TENT = re.compile(
    rf"\b(?:(?:the|our|my|la|nuestra|mi)\s+(?:(?:{_ORDINAL}|{_COLOURS})\s+)+{_TENT}"
    rf"|(?:la|nuestra|mi|the|our|my)\s+{_TENT}\s+{_COLOURS}"
    rf"|{_TENT}\s+{_COLOURS}(?:\s+(?:a|la|nan|an|lan)\b|(?=\s*[,.;!?]|$)|(?={_LANDMARK}))"
    rf"|(?:dezy[eè]m|twazy[eè]m|premye|d[eè]nye)\s+{_TENT}(?:\s+{_COLOURS})?(?:\s+(?:la|a|an|lan)\b)?"
    # "in a red tent next to the blue water tank": a tent someone is in, once a landmark says which
    rf"|(?:(?<=\bin\s)|(?<=\bnan\s)|(?<=\ben\s)|(?<=\bfrom\s))(?:a|an|una?|yon)\s+{_COLOURS}\s+{_TENT}(?=\s*,?\s+(?:next\s+to|by|near|beside|behind|"
    r"junto\s+al?|al\s+lado\s+del?|cerca\s+del?|detr[aá]s\s+del?|b[oò]|d[eè]y[eè]|akote|kote)\s)"
    # "di big tent wid di Jamaica flag": a size, then what marks it; "the tent with the Senegalese flag"
    rf"|(?:the|di|la|our|my|mi)\s+{_TENT}"
    r"(?=\s+(?:with|wid|con|ak|ki\s+gen)\s+(?:\S+\s+){0,3}?(?:flag|bandera|drapo|sign|letrero))"
    rf"|(?:the|di|la|our|my|mi)\s+(?:big|small|little|grande|peque[nñ]a|gwo|ti)\s+{_TENT}"
    r"(?=\s+(?:with|wid|con|ak|ki\s+gen)\s+(?:\S+\s+){0,3}?(?:flag|bandera|drapo|sign|letrero)))"
    rf"{_LANDMARK}",
    _I,
)

#: Where someone sleeps, told by landmarks after a sleep verb: "dòmi nan mache a, dèyè pòs
#: machann zoranj la", "sleeping on the floor by the window in the big room", with what the
#: landmark is near ("nan ti kay bwa a dèyè legliz la").
SLEEP_SPOT = re.compile(
    r"\b(?:dorm\w*|duerm\w*|sleep\w*|slept|d[oò]mi)\b[^.;!?\n]{0,50}?"
    r"(?:\b(?:nan|en|in|on|sou|sobre)\s+(?P<what>(?:[^\s,.;!?]+\s+){1,5}?))?"
    r"(?P<where>\b(?:detr[aá]s\s+de|atr[aá]s\s+de|debajo\s+de|abajo\s+de|junto\s+a|al\s+lado\s+de|"
    r"enfrente\s+de|frente\s+a|behind|under(?:neath)?|next\s+to|beside|in\s+front\s+of|d[eè]y[eè]|"
    r"anba|b[oò]\s+kote|akote|devan|toupre|cerca\s+de|near|by(?=\s+the\b)|"
    # "bò" by a landmark inside: "matla ki bò pòt kwizin nan" (not "bò pak Bicentenario")
    r"b[oò](?=\s+(?:p[oò]t|fen[eè]t|mi|miray|twal[eè]t|kizin|kwizin|beny|lavabo|eskalye)\b"
    # or by any thing with its determiner: "sou matla ki atè a bò frijidè a"
    r"|\s+(?-i:[a-zàèò]+)\s+(?:a|la|lan|an|yo)\b))"
    # up to the next clause: "… junto a la puerta del cuarto 4 | y alguien me robó"
    r"\s+(?:(?!\s(?:y|and|ak|pero|but|men)\s+(?:alguien|someone|somebody|yon\s+moun|me|m|i|we|they|nos|"
    r"yo|se|li|nou|ellos)\b)[^,.;!?\n]){3,60})",
    _I,
)
_ARTICLES = frozenset(
    ["the", "a", "an", "la", "el", "los", "las", "del", "de", "un", "una", "yon", "nan", "of", "to"]
    + ["big", "small"]
)
#: A named place ends the spot and stays: "… in the big room | at Madre Asunta", "… | nan kan
#: Matamoros", "… | nan Casa del Migrante".
_NAMED = re.compile(
    rf"\s(?:nan|en|in|at|de|del|of)\s+(?:[a-zà-ÿ]+\s+)?(?:[A-ZÁÉÍÓÚ]|{slots.START})"
)


def _sleep_spot(match: re.Match[str]) -> str:
    """The landmarks only when they single a spot out: two words or more ("debajo del puente" stays)."""
    where = match.group("where")
    named = _NAMED.search(where)
    landmarks = where[: named.start()] if named else where
    words = [w for w in landmarks.split()[1:] if w.lower() not in _ARTICLES]
    what = [w for w in (match.group("what") or "").split() if w.lower() not in _ARTICLES]
    # "dèyè <PLACE>" is one; so is "ti kay bwa a dèyè legliz la" (the spot, then its landmark)
    if (
        len(words) < 2
        and not any(w.startswith("<") for w in words)
        and not (words and len(what) >= 2)
    ):
        return match.group(0)
    first = "what" if match.group("what") else "where"
    if first == "what" and _NAMED.search(" " + match.group("what")):
        first = "where"  # "sleep on the mats at Casa Tochan | near the kitchen door"
    start = match.start(first) - match.start(0)
    rest = where[named.start() :] if named else ""
    return match.group(0)[:start] + "<PLACE>" + rest


#: What a bed or a row is by, told after it: "…, bò twalèt yo", "near the door".
_BY = r"(?:\s*,?\s+(?:b[oò]|toupre|near|next\s+to|junto\s+a|cerca\s+de)\s+[^,.;!?\n]{1,30})?"
#: A bed told by its height: "kabann anlè a", "la litera de arriba", "the top bunk".
BED_HEIGHT = re.compile(
    r"\b(?:kabann|cama|litera|camarote|bed|bunk|matla)\s+(?:anl[eè]|anwo|anba|de\s+arriba|de\s+abajo|"
    r"upper|lower|top|bottom)\b(?:\s+(?:a|la|lan)\b)?"
    # and where it is: "kabann anlè nan kwen bò fenèt la"
    rf"(?:\s+nan\s+kwen(?:\s+an)?)?{_BY}|\b(?:top|bottom|upper|lower)\s+(?:bunk|bed)\b",
    _I,
)
#: Its place in a row, after a tent or bed already found: "<PLACE>, dezyèm nan ranje a",
#: "<PLACE> ki twazyèm apre twalèt yo", "<PLACE>, the third from the fence".
PLACE_IN_ROW = re.compile(
    # "cuarto" is a room there, not "fourth": "<PLACE> cuarto 208 que nos pagó ACNUR"
    rf"<PLACE>(?:\s*,)?\s+(?:(?:ki|k|que|which\s+is|that\s+is|the)\s+)?(?:se\s+)?(?!cuart){_ORDINAL}\b"
    r"[^,.;!?\n]{0,40}",
    _I,
)
#: A bed told by its order and side: "dezyèm kabann lan sou bò dwat", "the third bunk on the left".
ORDERED_BED = re.compile(
    rf"\b{_ORDINAL}\s+(?:kabann|bed|cama|litera|bunk|matla|colch[oó]n|mattress|cot|catre)\b"
    r"(?:\s+(?:lan|la|a)\b)?(?:\s+(?:anwo|anba|arriba|abajo|upper|lower|top|bottom)(?:\s+(?:a|la)\b)?)?"
    r"(?:\s+(?:a\s+dwat|a\s+goch|dwat|goch|sou\s+b[oò]\s+(?:dwat|goch)|on\s+the\s+(?:left|right)|"
    r"(?:a|de)\s+la\s+(?:derecha|izquierda)|from\s+the\s+\w+))?"
    # and what it is by: "dezyèm kabann anwo bò fenèt la nan chanm fanm yo"
    r"(?:\s+(?:b[oò]|toupre|near|next\s+to|by|junto\s+a|cerca\s+de|al\s+lado\s+de)\s+[^,.;!?\n]{1,40})?",
    _I,
)
#: A room or bed told by where it is in the building, and what marks it: "el cuarto del fondo, el
#: q tiene la puerta rota", "la litera 14 de abajo, la de la ventana", "the room at the back".
BY_POSITION = re.compile(
    r"\b(?:el|la|the|our|my|mi|nuestr[oa])\s+"
    r"(?:cuarto|cuartito|room|chanm|dormitorio|dorm|litera|cama|bed|bunk|kabann|carpa|tent|tant)"
    r"(?:\s+(?:n[uú]mero\s+|number\s+|#\s*)?\d{1,4})?\s+"
    r"(?:del\s+fondo|de\s+(?:atr[aá]s|arriba|abajo|en\s+medio|la\s+esquina)|"
    r"at\s+the\s+(?:back|end|top|bottom)|in\s+the\s+(?:back|corner)|upstairs|downstairs|"
    r"(?:on\s+the\s+)?top|(?:on\s+the\s+)?bottom|nan\s+fon|anl[eè]|anba)\b"
    r"(?:\s*,\s*(?:el|la|the\s+one|sa|li)\s+(?:q|que|ki|k|that|with|de\s+la|del|con)\s+[^,.;!?\n]{1,40})?",
    _I,
)
#: After a room's number, a public office: the room is where an appointment is, not where
#: someone sleeps ("room 3, window 12 at the INM office", "sal 4, fenèt 9 nan biwo INM nan").
AT_OFFICE = re.compile(
    r"\s*['\"]?\s*(?:,\s*(?:window|ventanilla|fen[eè]t|m[oó]dulo|desk|escritorio)\s+\d{1,3}\s*['\"]?\s*)?"
    r"\s*,?\s*(?:at|en|in|nan|of|de(?:l|\s+la)?)\s+(?:the\s+|la\s+|el\s+)?(?:biwo\s+|oficinas?\s+"
    r"(?:de(?:l|\s+la)?\s+)?|office\s+of\s+(?:the\s+)?)?(?:INM|COMAR|ACNUR|UNHCR|SRE|"
    rf"Migraci[oó]n|Registro\s+Civil|Fiscal[ií]a|{slots.OFFICE_START}[A-Z]+>)"
)
_BESIDE_WORDS = (
    r"b[oò]|toupre|anba|d[eè]y[eè]|devan|akote|near|next\s+to|behind|under|beside|by\s+the|"
    r"junto\s+a|al\s+lado\s+de|detr[aá]s\s+de|atr[aá]s\s+de|debajo\s+de|cerca\s+de|enfrente\s+de|frente\s+a"
)
#: Where in a camp, told after it: "m nan kan Tijuana a, bò twalèt yo, anba tach ble a".
IN_CAMP = re.compile(
    r"\b(?:kan|camp|campamento|refij)\b(?:\s+[^\s,.;!?]+){0,3}\s*,\s*"
    rf"((?:(?i:{_BESIDE_WORDS})\s+[^,.;!?\n]{{2,30}}?(?:\s*,\s*(?=(?i:{_BESIDE_WORDS})\b)|(?=[,.;!?\n]|$)))+)",
    _I,
)
#: A tarp that marks the spot just told: "<PLACE> at the camp near El Chaparral, blue tarp".
TARP = re.compile(
    rf"(?<=<PLACE>)([^.;!?\n<]{{0,50}}?),\s+(?:(?:with\s+|con\s+|ak\s+)?(?:a|the|la|una|yon)\s+)?"
    rf"{_COLOURS}\s+(?:tarp|lona|prelat|tach|plastic|pl[aá]stico)\b|"
    rf"(?<=<PLACE>)([^.;!?\n<]{{0,50}}?),\s+(?:(?:with\s+|con\s+|ak\s+)?(?:a|the|la|una|yon)\s+)?"
    rf"(?:tarp|lona|prelat|tach)\s+{_COLOURS}\b",
    _I,
)


_FACILITY = re.compile(
    r"(?i)\b(?:twal[eè]t|toilets?|ba[nñ]os?|bathrooms?|kitchen|cocina|kizin|duchas?|showers?|tanques?|"
    r"tanks?|tinaco|tach|tarp|lona|tents?|tant|carpas?|[aá]rbol|tree|pye\s+bwa|generador|generator|"
    r"lavaderos?|sinks?)\b"
)


#: A spot someone was given, told by what it is next to: "me toca la colchoneta junto a la puerta
#: del baño", "nos dieron el rincón de la capilla al lado del altar", "they put me and my mom on
#: the foam mat at the back of the office room", "yo ban m ti kote anba eskalye a".
_GIVEN = (
    r"(?:me|nos)\s+(?:toc[aó]n?|dieron|asignaron|pusieron|mandaron)|(?:they\s+)?(?:put|gave|"
    r"assigned)\s+(?:me|us)(?:\s+and\s+(?:my\s+)?\w+)?|yo\s+(?:ban?|bay|mete)\s+(?:m|mwen|nou)"
)
_SPOT = (
    r"colchonetas?|colch[oó]n|cama|litera|catre|cuarto|cuartito|rinc[oó]n|esquina|lugar|espacio|"
    r"hamaca|mats?|mattress|bed|bunk|cot|spot|corner|room|space|floor|kote|kwen|matla|kabann|"
    r"chanm|plas|nat"
)
ALLOTTED = re.compile(
    rf"\b(?:{_GIVEN})\s+(?:(?:on|in|to|en|a)\s+)?(?P<spot>(?:(?:el|la|the|a|an|un|una|yon|ti|"
    rf"mi|my)\s+)?(?:[^\W\d_]+\s+){{0,2}}?(?:{_SPOT})\b(?:\s+[^\W\d_]+){{0,3}}?\s+"
    rf"(?:{_BESIDE_WORDS}|de\s+al\s+lado\s+de|al\s+fondo\s+de|at\s+the\s+back\s+of|in\s+the\s+corner"
    r"\s+of|en\s+la\s+esquina\s+de)\s+[^,.;!?\n]{2,50}?"
    # and a second landmark: "…, under the Virgin Mary picture"
    rf"(?:\s*,\s*(?:{_BESIDE_WORDS})\s+[^,.;!?\n]{{2,40}}?(?=\s*(?:[,.;!?\n]|$)))?)"
    r"(?=\s*(?:[,.;!?\n]|$)|\s+(?:y|e|and|ak|pero|but|men|porque|because|paske)\s)",
    _I,
)


def _allotted(match: re.Match[str]) -> str:
    return replace_group(match, "<PLACE>", "spot")


def _in_camp(match: re.Match[str]) -> str:
    """Two landmarks, or one of the camp's own (its toilets, a tarp); "cerca de la garita" stays."""
    spot = match.group(1)
    if len(re.findall(rf"(?i)\b(?:{_BESIDE_WORDS})\b", spot)) < 2 and not _FACILITY.search(spot):
        return match.group(0)
    return replace_group(match, "<PLACE>")


def _tarp(match: re.Match[str]) -> str:
    return f"{match.group(1) or match.group(2) or ''}, <PLACE>"


#: A row in a camp, once a tent or bed was found: "<PLACE> nan kan Tlahuac la, twazyèm ranje",
#: "tercera fila", "row C" (the row narrows the spot as much as the tent does).
ROW = re.compile(
    rf"(?<=<PLACE>)([^.!?\n]{{0,40}}?)\b(?:{_ORDINAL}\s+(?:ranje|ran|row|fila|hilera)\b(?:\s+(?:a|la)\b)?|"
    r"(?:ranje|row|fila|hilera)\s+(?:\d{1,3}|[A-Z])\b)"
    rf"{_BY}",  # and what it is by: "…, dènye ran a, bò twalèt yo"
    _I,
)


def _row(match: re.Match[str]) -> str:
    return match.group(1) + "<PLACE>"


RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (ALLOTTED, _allotted),
    (BY_POSITION, "<PLACE>"),
    (BESIDE, "<PLACE>"),
    (TENT, "<PLACE>"),
    (SLEEP_SPOT, _sleep_spot),
    (ORDERED_BED, "<PLACE>"),
    (BED_HEIGHT, "<PLACE>"),
    (IN_CAMP, _in_camp),
    (TARP, _tarp),
    (PLACE_IN_ROW, "<PLACE>"),
    (ROW, _row),
]
