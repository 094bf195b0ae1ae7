"""What sets one person apart: a tattoo or scar, a vehicle's marks, "the only one who …".

A missing relative is described this way ("un tatuaje de una rosa con el nombre
Yaretzi en el cuello", "un tsuru blanco con una calcomanía de los pumas", "the only
African guy there"), and in a shelter or a small town the description finds them as
surely as a name. The kind of mark stays, so the question stays readable ("un tatuaje
<MARK>"). Part of :data:`bot.privacy.venues.EARLY`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy import slots

_I = re.IGNORECASE

#: Where a description stops: a new clause with its own subject ("… y la policía me dice …").
_NEXT_CLAUSE = (
    r"\s(?:(?:y|and|e|ak)\s+(?:la|el|los|las|me|mi|yo|the|they|i|my|he|she|li|m|mwen|nou|tengo|"
    r"tiene|tienen|estoy|est[aá]|quiero|no|have|has|am|gen|pa)\b|"
    # "men" is "but", and "hand" after "sou" or "nan": "yon tatou kwa sou men dwat mwen"
    r"pero\b|but\b|porque\b|because\b|(?<!\bsou\s)(?<!\bnan\s)men\b|paske\b|"
    # "… en el brazo y en el INM me dicen …": an office named starts a new clause
    rf"(?:y|and|e|ak)\s+(?:en|in|at|nan)\s+(?:el\s+|la\s+|the\s+)?(?:{slots.START}|ret[eé]n\b|garita\b|"
    r"checkpoint\b|aduana\b|frontera\b|border\b))"
)
#: What a tattoo or scar shows, and where: "un tatuaje de una rosa con el nombre Yaretzi en el
#: cuello" becomes "un tatuaje <MARK>" (the question about tattoos stays readable).
MARK = re.compile(
    r"\b(?:(?:gwo|big|large|huge|long|gran|grande|enorme|larga?|ti|small|little|"
    r"peque[nñ][oa])\s+)?"  # the size goes with the rest: "yon gwo mak boule <MARK>" -> "yon mak …"
    rf"(tatuajes?|tatuad[oa]s?|tattoos?|tattooed|tatou|tatu|cicatri(?:z|ces)|(?:burn\s+)?scars?|"
    r"mak(?:\s+blese|\s+boule)?|birthmarks?|quemaduras?|burn\s+marks?|lunar|"
    r"marca\s+de\s+nacimiento)\s+((?:[^\W\d_]+\s+){0,2}?(?:de|of|con|with|ak|sou|nan|on|en|in|que|that|ki|"
    r"non|nombre|name|"
    rf"across|over|under|sobre|bajo|anba|el|la|un|una|the|a|yon)\b(?:(?!{_NEXT_CLAUSE})[^,.;!?\n])*)",
    _I,
)
_BRANDS = (
    r"toyota|nissan|tsuru|chevrolet|chevy|ford|honda|mazda|volkswagen|vw|jetta|sentra|versa|"
    r"corolla|hilux|tacoma|np300|aveo|spark|dodge|ram|kia|hyundai|suzuki|mitsubishi|peugeot|"
    r"renault|italika|yamaha|vocho|camioneta|pickup|pick-up|kamyon[eè]t|tap-tap|taptap|"
    r"moto|motocicleta|motorcycle|motoneta|mototaxi|moto-?taksi|scooter"
)
_FEATURES = (
    r"calcoman[ií]a|sticker|estampa|golpe|abolladura|dent|crack|cuarteado|rayad[oa]|scratch|"
    r"grafouyen|drapo|flag|bandera|polarizad[oa]|tinted|rines|rims|[\w-]+\s+kase|kase|bosi"
)
#: A vehicle told by its marks: "un tsuru blanco con una calcomanía de los pumas".
VEHICLE = re.compile(
    rf"\b(?:{_BRANDS})\b[^,.;!?\n]{{0,60}}?\b(?:{_FEATURES})\b[^,.;!?\n]*",
    _I,
)
#: One person set apart from the others: "the only african guy there", "el único venezolano".
ONLY_ONE = re.compile(
    r"\b(?:the\s+only|el\s+[uú]nico|la\s+[uú]nica|sèl|sel|"
    # plural only before who they are: "los únicos garífunas", not "los únicos que contestan"
    r"(?:los\s+[uú]nicos|las\s+[uú]nicas)(?=\s+(?!(?:que|q|en|de)\b)))\s+"
    r"(?=(?:[^\W\d_][\w'’-]*\s+){0,2}(?:one|person|guy|man|woman|girl|boy|lady|black|african|haitian|"
    r"female|male|gay|lesbian|trans|deaf|blind|driver|nurse|teacher|doctor|cook|mechanic|worker|"
    r"student|cociner[oa]|mec[aá]nic[oa]|estudiante|nepali|indian|bangladeshi|afghan|cameroonian|"
    r"interpreter|translator|int[eé]rprete|traductora?|ent[eè]pr[eè]t|tradikt[eè]|barber|barbero|speaker|"
    r"bengali|enfimy[eè]|pwof[eè]s[eè]|congolese|ghanaian|nigerian|senegalese|"
    r"venezuelan|cuban|honduran|migrant|foreigner|venezolan[oa]|hondureñ[oa]|cuban[oa]|haitian[oa]|"
    r"african[oa]|negr[oa]|extranjer[oa]|migrante|mujer|hombre|persona|ayisyen|etranje|moun|fanm|"
    r"nèg|neg|fi|gason|maestr[oa]|profesora?|pastor|pastora|past[eè]|priest|imam|judge|juez|jueza|jij|leader|l[ií]der|"
    r"gar[ií]funa|ind[ií]gena|indigenous|iglesia|church|legliz|kid|child|ni[nñ][oa]|chinese|asian|"
    r"chin[oa]|russian|ukrainian|muslim|musulm[aá]n|who|que|ki)(?:s|es)?\b)[^\s,.;!?]+(?:[^\S\n]+(?!(?i:and|y|but|pero|men|because)\b)[^\s,.;!?]+)*",
    _I,
)


def _mark(match: re.Match[str]) -> str:
    if len(match.group(2).split()) < 3:
        return match.group(0)  # "un tatuaje en el brazo" says nothing about who
    return match.group(1) + " <MARK>"


#: A taxi's or a minibus's number, painted on its side: "el taxi 2047 de la base", "nimewo taksi
#: 1187" (a route stays: "la ruta 12").
CAB_NUMBER = re.compile(
    r"\b((?:taxi|taksi|mototaxi|moto\s*taxi|tuk\s*tuk|combi|colectivo|pesero|unidad)\s+"
    r"(?:n[uú]mero\s+|nimewo\s+|number\s+|no\.?\s*|#\s*)?)\d{2,5}\b"
    r"(?!\s*(?:min\w*|pesos|d[oó]lares|dollars|goud|horas|hours|km|kil[oó]metros|personas|people))",
    _I,
)


RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (CAB_NUMBER, r"\1<PLATE>"),
    (MARK, _mark),
    (VEHICLE, "<MARK>"),
    (ONLY_ONE, "<MARK>"),
]
