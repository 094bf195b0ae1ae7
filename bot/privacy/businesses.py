"""Workplaces told by what they are: a business someone has, a stall, a building site, a company.

"Mesye Gómez, ki gen bòdega legim nan Central de Abasto", "moin gin yon ti magasin tresé
chivé nan marché San Juan", "tengo un puesto de jugos en el mercado de la 5 de Febrero": a
business someone has, with where it is, singles out the owner and whoever works there. A
stall's number ("pòs 45 nan ranje rad yo", "ranjé 3 a", "local 12") and a building site told
by what is being built ("sou chantye nouvo lopital la nan Tapachula, bò Walmart") do the
same. :func:`bot.privacy.roles.apply` runs these before the workplaces told by their owner.
"""

from __future__ import annotations

import re

from bot.privacy.spans import replace_group

_I = re.IGNORECASE
_KIND = (
    r"b[oò]dega|bodeguita|magasin|magazen|boutik|boutique|tienda|tiendita|abarrotes|shop|store|"
    r"puesto|p[oò]s|stall|stand|local|negocio|business|biznis|restaurante?|restoran|restaurant|"
    r"fonda|comedor|cocina\s+econ[oó]mica|taller|atelye|workshop|sal[oó]n|est[eé]tica|"
    r"barber[ií]a|barbershop|panader[ií]a|bakery|tortiller[ií]a|carnicer[ií]a|pollerr[ií]a|"
    r"taquer[ií]a|loncher[ií]a|papeler[ií]a|farmacia|ferreter[ií]a|lavander[ií]a|ciber|"
    r"cyber|food\s+truck|truck|carrito|carreta|kiosko|kiosk|granja|farm|rancho|finca|jaden|"
    r"llanter[ií]a|llantera|vulcanizadora|refaccionaria|paleter[ií]a|never[ií]a|pizzer[ií]a|"
    r"autolavado|car\s*wash|lavado\s+de\s+autos"
)
#: Someone has a business somewhere: the business and where it is go, the sentence stays.
HAS_BUSINESS = re.compile(
    r"\b((?:(?:ki|k|que|q|who|that|m|mwen|moin|mw|nou|li|i|we|he|she|boss|jefe|jefa|patr[oó]n|"
    r"patrona|b[oò]s|patwon)\s+"
    r"(?:gen|gin|genyen|has|have|own|owns|run|runs|ap\s+f[eè])|tengo|tenemos|tiene|tienen|posee|maneja)\s+)"
    r"((?:(?:yon|un[ao]?|an?|the|la|el|mi|my|su|his|her)\s+)?(?:(?:ti|small|little|pequeñ[oa]|big|"
    # what it sells or fixes may come first: "the tire shop", "la pequeña fonda"
    rf"gran)\s+)?(?:[^\W\d_]+\s+)?(?:{_KIND})\b(?:\s+[^\W\d_]+){{0,3}}?\s+"
    r"(?:nan|en|in|at|on|sou|b[oò]|devan|kote|frente\s+a|cerca\s+de|near|afuera\s+de|outside)\s+"
    r"(?=[^,.;!?\n]*(?-i:[A-ZÀ-Ý]|\d))"  # a name or a number: "una tienda en casa" says nothing
    r"(?:(?!\s(?:y|and|e|ak|pero|but|men|paske|porque|because)\s)[^,.;!?\n])+"
    r"(?:\s*,\s*(?:p[oò]s|puesto|local|stall|booth|ranj[eé]|pasillo)\s*#?\s*\d{1,4}[^,.;!?\n]{0,20})?)",
    _I,
)
#: A stall by its number, and its row: "pòs 45 nan ranje rad yo", "ranjé 3 a", "local 12".
STALL = re.compile(
    # with the market's name before it: "mercado san juan local 44", "mache San Juan pòs 62"
    r"(?:\b(?:mercado|mache|march[eé]|market|tianguis)\s+(?:[^\W\d_]+\s+){0,3}?)?"
    r"(?:\b\d{1,2}(?:y[eè]m|e|th|nd|rd|st|ro|do|to)\s+(?:tab|table|mesa|puesto|stall)\b(?:\s+(?:la|a)\b)?|"
    r"\b(?:p[oò]s|puesto|local|stall|booth|ranj[eé]|pasillo|pasiyo)\s*(?:#|n[uú]m[eé]ro|nimewo|no\.?)?"
    r"\s*\d{1,4}[A-Za-z]?\b(?!\s*(?:a[nñ]os|years|ane|d[ií]as|days|jou|pesos|dollars|personas))"
    r"(?:\s+(?:nan|en|in|de|del|of|on)\s+(?:(?:la|el|the)\s+)?(?:ranj[eé]|row|fila|pasillo|"
    r"secci[oó]n|section|nave|[aá]rea|area)\b[^,.;!?\n]{0,25})?(?:\s+(?:a|la|an|lan)\b)?)",
    _I,
)
#: The rest of a clause, up to a mark or a word that starts another: "… con el ingeniero",
#: "… san kontra se legal?".
_UNTIL_NEXT = (
    r"(?:(?!\s(?:y|and|e|ak|pero|but|men|con|with|san|sin|without|se|es|is|que|q|ki|who|paske|"
    r"porque|because)\s)[^,.;!?\n])*"
)
#: A building site told by what is built and where: "sou chantye nouvo lopital la nan Tapachula".
SITE = re.compile(
    r"(?:(?<=\bsou\s)|(?<=\bnan\s)|(?<=\ben\s)|(?<=\bon\s)|(?<=\bat\s)|(?<=\bin\s))"
    r"((?:(?:la|el|the|yon|un[ao]?|a)\s+)?"
    r"(?:chantye|obra|construction\s+site|building\s+site)\s+(?:de\s+|del\s+|of\s+)?"
    # what is built, not the next clause or the town: "una obra en Tijuana", "obra y solo …"
    r"(?!(?:y|and|e|ak|en|in|nan|at|on|sou|pero|but|men|con|with|que|q|ki|por|pou|for|a|de|del|"
    r"of|desde|since|depi|porque|because|paske)\b)[^\W\d_]+"
    + _UNTIL_NEXT
    + r"(?:,\s*(?:b[oò]|cerca\s+de|near|next\s+to|devan|frente\s+a|"
    r"al\s+lado\s+de)\s+" + _UNTIL_NEXT + r")?)",
    _I,
)
#: English order, the name before the site: "at the new Walmart site in Apodaca".
SITE_BEFORE = re.compile(
    r"\b(?:(?:the|a)\s+)?(?:(?:new|old)\s+)?(?-i:[A-Z][\w'’&-]+)(?:\s+(?-i:[A-Z][\w'’&-]+))?\s+"
    r"(?:construction\s+|building\s+)?site\b(?:\s+(?:in|on|at|near)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)?",
    _I,
)
#: Where the site is someone's work: a work word earlier in the sentence.
_AT_WORK = re.compile(
    r"(?i)\b(?:trabaj\w*|work\w*|travay\w*|chambe\w*|masonn|mason|alba[nñ]il|ayudante|peon|pe[oó]n)\b"
)


def _site(match: re.Match[str]) -> str:
    sentence = re.split(r"[.!?\n]", match.string[max(0, match.start() - 80) : match.start()])[-1]
    return "<PLACE>" if _AT_WORK.search(sentence) else match.group(0)


#: A company by its legal name: "GreenByte Software SA de CV", "Limpieza Total S.A. de C.V.",
#: "Agrícola del Sur S. de R.L.": whoever writes it works there or deals with it by name.
COMPANY = re.compile(
    r"(?<![\w<])(?:[A-ZÁÉÍÓÚÑ0-9][\w&'’.-]*\s+(?:(?:de|del|la|los|las|y|&|of|and)\s+)?){0,4}"
    r"[A-ZÁÉÍÓÚÑ0-9][\w&'’.-]*,?\s+"
    r"(?:S\.?\s?A\.?\s?P?\.?\s?I?\.?\s+(?i:de)\s+C\.?\s?V\.?|S\.?\s?(?i:de)\s+R\.?\s?L\.?(?:\s+(?i:de)\s+C\.?\s?V\.?)?|"
    r"(?i:sa\s+de\s+cv|sapi\s+de\s+cv|s\s+de\s+rl(?:\s+de\s+cv)?)|LLC|L\.L\.C\.|Inc\.|Ltd\.?|GmbH)(?![\w])"
)
#: Saying one works: "m travay", "trabajo", "I work".
_WORKING = r"\b(?i:travay|trabaj[oa]|trabajamos|work|working|works)"
#: A workplace told by its kind and where it is: "m travay nan yon fèm mango bò Huixtla",
#: "trabajo en un autolavado sobre el bulevar …": the kind goes here, and the place it is by
#: with :data:`PLACE_NEAR`.
KIND_NEAR = re.compile(
    rf"{_WORKING}\s+(?i:nan|en|at|in|on|for)\s+"
    r"(?i:yon|un|una|a|an)\s+((?:[a-zàèòéíóúñ]+[ \t]+){0,3}[a-zàèòéíóúñ]+)"
    r"(?=\s+(?i:b[oò]|toupre|near|by|cerca\s+de|junto\s+a|sou|sobre|on)\s+(?:(?i:la|el|the)\s+)?"
    r"[A-ZÁÉÍÓÚ][\w'’-]+)"
)
#: The place a workplace already found is by: "travay nan yon <PLACE> bò Huixtla".
PLACE_NEAR = re.compile(
    rf"({_WORKING}\s[^.!?\n]{{0,25}}?<PLACE>)"
    r"\s+(?i:b[oò]|toupre|near|cerca\s+de|junto\s+a)\s+(?:(?i:la|el|the)\s+)?[A-ZÁÉÍÓÚ][\w'’-]+"
)


def apply(text: str) -> str:
    """Text with businesses someone has, stalls by number and building sites replaced."""
    text = KIND_NEAR.sub(
        lambda m: replace_group(m, "<PLACE>"), HAS_BUSINESS.sub(r"\1<PLACE>", text)
    )
    text = SITE_BEFORE.sub(_site, SITE.sub(_site, COMPANY.sub("<PLACE>", text)))
    return PLACE_NEAR.sub(r"\1", STALL.sub("<PLACE>", text))
