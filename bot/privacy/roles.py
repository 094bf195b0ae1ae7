"""People and workplaces told by what they do and whose they are, not by a name or number.

In a small town, a shelter or a market, "la señora de Guatemala que vende
tamales afuera de la COMAR" or "the garment workshop of Mr. <NAME>" points to
one person as surely as a name. These rules run after the names
(:mod:`bot.privacy.names` has left ``<NAME>``) and before the places grow to
their clause (:mod:`bot.privacy.clauses`):

- **a person by their trade**: an everyday word for a person ("la señora",
  "the guy", "nèg la") with "que / who / ki" and a verb of trade ("vende",
  "drives", "kwit") becomes ``<MARK>`` up to the end of the clause; "la
  persona que trabaja en la COMAR" (no everyday word for a person) stays;
- **a person by how they look**: "the short guy with glasses", "la señora de trenzas";
- **a public role in a small community**: "a chief imam in my town in Borno";
- **a workplace by its owner**: a kind of workplace "of / de" a named person
  ("el puesto de tacos de don <NAME>") or "called" a name ("atelye soude ki
  rele <NAME>") becomes ``<PLACE>``, a town after it stays;
- **a job for a named organisation**: "mwen te chofè pou ONG Mission Espoir Nord";
- **a workplace's own name in apposition**: "a delivery company, Rápido
  Express in Monterrey", "my cousin's restaurant in Querétaro, Punjabi Dhaba,";
- **a signature's last line**: the role and organisation under a signed name
  ("Lic. <NAME>\\nCoordinadora, Comedor <PLACE>").
"""

from __future__ import annotations

import re

from bot.privacy import businesses, slots, workplaces
from bot.privacy.lexicon import CITY_WORDS, COMMON_WORDS, PROTECTED, fold
from bot.privacy.spans import replace_group

_I = re.IGNORECASE
_PERSON = (
    r"se[nñ]ora|se[nñ]or|se[nñ]orita|muchach[oa]|chav[oa]|chic[oa]|joven|hombre|mujer|moren[oa]|"
    r"g[uü]er[oa]|viejit[oa]|doña|guy|man|woman|lady|girl|boy|dude|fella|gentleman|old\s+man|"
    r"fanm|n[eè]g|msye|madan|madanm|gason|tifi|ti\s+gason|jenn\s+gason|jenn\s+fi|granmoun"
)
_TRADE = (
    r"vend\w*|hac(?:e|en|ía|ia)|cocin\w*|manej\w*|cort\w*|arregl\w*|lav(?:a|an|aba)|limpi\w*|"
    r"cuid\w*|atiend\w*|trenz\w*|tej\w*|cos(?:e|ía)|repar\w*|carg\w*|cobr\w*|"
    r"sells?|sold|selling|makes?|made|cooks?|cooked|drives?|drove|cuts?|fix(?:es|ed)?|cleans?|"
    r"runs?|braids?|sews?|repairs?|rents?|"
    r"vann|vand|kwit|kondi|koupe|ranje|lave|netwaye|trese|koud|fè\s+(?:cheve|manje|pen|fritay)"
)
#: Words that start the rest of the sentence: "the guy who drives the combi | took my money".
_NEXT = (
    r"(?i:me|le|les|nos|te|took|told|said|dijo|is|was|es|fue|est[aá]|se|pa|ap|has|have|had|gave|"
    r"dio|quiere|wants|keeps|sigue|y|and|ak|e|pero|but|men|porque|because|paske|yo|li|l|he|she|they)"
)
#: "soy la señora de Guatemala q vende tamales afuera de la comar", "the guy who drives the combi".
BY_TRADE = re.compile(
    rf"\b(?:el|la|the|this|that|ese|esa|a|an|un|una|yon)\s+(?:{_PERSON})"
    r"(?:\s+(?:de|from|d)\s+[^\W\d_]+)?\s+(?:que|q|quien|who|that|ki|k)\s+"
    rf"(?:{_TRADE})\b(?:[^\S\n]+(?!{_NEXT}\b)[^\s,.;:!?]+){{0,15}}",
    _I,
)
#: Kreyòl order, the person after the trade: "se mwen ki vann fritay devan estasyon an".
_SELF_TRADE = re.compile(
    rf"\b(?:se\s+mwen|se\s+m|c'?est\s+moi)\s+(?:ki|k)\s+(?:{_TRADE})\b(?:[^\S\n]+(?!{_NEXT}\b)[^\s,.;:!?]+){{0,15}}",
    _I,
)
_SELLING = (
    r"vendo|vendemos|vend[ií]a|vend[ií]amos|i\s+sell|we\s+sell|i\s+sold|i'?m\s+selling|"
    r"(?:mwen|m|nou)\s+(?:ap\s+|te\s+)?(?:vann|vand)|"
    # the one who sells, without a person word: "la que vende pupusas en la esquina del parque …"
    rf"(?:el|la|the\s+one|sa)\s+(?:que|q|who|that|ki|k)\s+(?:{_TRADE})|"
    rf"(?:sa|n[eè]g|fanm|msye|madanm)(?:\s+[^\W\d_]+){{1,3}}\s+(?:ki|k)\s+(?:vann|vand)"
)
_SPOT = (
    r"en\s+la\s+esquina|afuera|frente|enfrente|fuera|junto|al\s+lado|outside|in\s+front|"
    r"(?:at|on)\s+the\s+corner|next\s+to|devan|b[oò]|kote|akote|toupre|nan\s+kwen|"
    r"en\s+el\s+crucero|en\s+el\s+sem[aá]foro|at\s+the\s+(?:traffic\s+)?lights?|nan\s+kafou|"
    r"near|cerca\s+del?|on\s+the\s+beach|en\s+la\s+playa|sou\s+plaj"
)
#: A stall, told by what is sold there and where: "mwen vann fritay devan pòt albèg Belén nan",
#: "vendo elotes afuera del metro Hidalgo"; "vendo dulces en la calle" says no more than that.
SELLING_AT = re.compile(
    rf"\b(?:{_SELLING})\s+(?:[^\W\d_]+\s+){{1,7}}?(?:{_SPOT})\b"
    rf"(?:[^\S\n]+(?!{_NEXT}\b)[^\s,.;:!?()]+){{1,12}}"
    # what follows after a comma still tells the stall: ", el de los tamales", ", Playa Paraíso"
    r"(?:\s*,\s*(?:(?i:el|la)\s+de\s+(?i:los|las)\b|(?i:near|cerca)\b|(?-i:[A-ZÀ-Ý]))[^,.;!?\n]*){0,2}",
    _I,
)
#: How a town knows someone: "they know me as the barber with the red chair at the corner …".
KNOWN_AS = re.compile(
    r"\b(?:know|knows|knew|known)\s+(?:me|him|her|us)?\s*as\s+((?:the|el|la)\s+[^,.;!?\n]{3,80})"
    r"|\b(?:me|lo|la|nos)\s+conocen\s+como\s+((?:el|la)\s+[^,.;!?\n]{3,80})"
    r"|\bkonnen\s+(?:m|mwen|li|l|nou)\s+(?:k[oò]m|tankou)\s+([^,.;!?\n]{3,80})",
    _I,
)


def _by_trade(match: re.Match[str]) -> str:
    """ "la que atiende en la ventanilla 3 de la COMAR": public staff at an office, kept."""
    at_office = slots.OFFICE_START in match.group(0) and re.search(
        r"(?i)\batiend|\battend", match.group(0)
    )
    return match.group(0) if at_office else "<MARK>"


def _known_as(match: re.Match[str]) -> str:
    return replace_group(match, "<MARK>", match.lastindex or 1)


_ROLE = (
    r"imam|pastor|pastora|priest|sacerdote|cura|chief|jefe|jefa|l[ií]der|leader|mayor|alcalde|"
    r"alcaldesa|s[ií]ndico|regidor|judge|juez|councill?or|concejal|teacher|maestr[oa]|profesora?|"
    r"doctora?|nurse|enfermer[oa]|president|presidenta?|comisario|delegad[oa]|catequista|deacon|"
    r"di[aá]cono|past[eè]|pr[eè]t|majistra|dir[eè]kt[eè]|pwof[eè]s[eè]|ch[eè]f|lid[eè]|ougan|manbo|dyak"
)
#: A public role in a small community: "I was a chief imam in my town in Borno", "el pastor de
#: la iglesia de mi pueblo", "mwen te majistra nan komin mwen".
COMMUNITY_ROLE = re.compile(
    rf"\b(?:the|a|an|el|la|un|una|yon)\s+(?:(?:chief|head|main|senior|principal)\s+)?(?:{_ROLE})\s+"
    r"(?:in|of|at|de|del|en|nan|pou)\s+(?:(?:my|our|mi|nuestr[oa]|the|la|el)\s+)?"
    r"(?:(?:church|iglesia|legliz)\s+(?:of|in|de|en|nan)\s+(?:(?:my|mi|our)\s+)?)?"
    r"(?:town|village|community|church|mosque|neighbou?rhood|pueblo|pueblito|aldea|comunidad|"
    r"iglesia|mezquita|barrio|colonia|vil|z[oò]n|katye|legliz|bouk|lokalite|komin|seksyon)\b"
    r"(?:\s+(?:in|en|nan|de)\s+[A-ZÁÉÍÓÚ][\w'’-]+)?"
    r"(?:\s+(?:mwen|m|nou|an|la|a))?",
    _I,
)
_FEATURE = (
    r"glasses|lentes|anteojos|gafas|lin[eè]t|beard|barba|bab|braids|trenzas|dreads|rastas|"
    r"limp|cojera|one\s+arm|un\s+solo\s+brazo|cane|bast[oó]n|wheelchair|silla\s+de\s+ruedas|"
    r"crutches?|muletas?|bekiy|eye\s*patch|parche|gold\s+teeth?|dientes?\s+de\s+oro|dan\s+l[oò]|"
    r"burn\s+marks?|scars?|tattoos?|cicatri(?:z|ces)|tatuajes?|quemaduras?|"
    r"[\w-]+\s+hair|pelo\s+[\w-]+|cabello\s+[\w-]+|cheve\s+[\w-]+"
)
#: A person told by how they look: "the short guy with glasses", "la señora de trenzas".
LOOKS = re.compile(
    r"\b(?:the|el|la|that|ese|esa|nèg|neg|se)\s+(?:[^\W\d_]+\s+){0,2}?"
    rf"(?:{_PERSON})\s+(?:with|con|de|ki\s+gen|ak|avèk)\s+"
    r"(?:(?:the|a|an|la|el|los|las|un|una|unos|yon|big|long|grey|gray|white|black|red|"
    rf"blue|green)\s+)*(?:{_FEATURE})\b",
    _I,
)
#: The only one with a mark already removed: "es el único con una cicatriz <MARK>".
ONLY_MARKED = re.compile(
    r"\b(?:el\s+[uú]nico|la\s+[uú]nica|the\s+only(?:\s+one)?|s[eè]l\s+(?:moun|sa)?)\s+"
    r"(?:con|with|ak|ki\s+gen)\s+(?:(?:una?|an?|yon|the|la|el)\s+)?[^\W\d_]+\s+<MARK>",
    _I,
)
_WORK_KIND = (
    r"workshop|shop|store|restaurant|restaurante|fonda|comedor|cocina|puesto|stall|stand|tienda|"
    r"taller|obra|site|farm|rancho|finca|granja|huerta|f[aá]brica|factory|maquila|bodega|"
    r"warehouse|business|negocio|company|empresa|compañ[ií]a|car\s+wash|lavado|carwash|bakery|"
    r"panader[ií]a|tortiller[ií]a|carnicer[ií]a|barber[ií]a|barbershop|salon|est[eé]tica|"
    r"atelye|boutik|biznis|magazen|chantye|jaden|restoran|dhaba|taquer[ií]a|loncher[ií]a|"
    r"ladrillera|bloquera|yonke|llantera|vulcanizadora|carpinter[ií]a|herrer[ií]a|p[oò]s|garaj|"
    r"spa|massage\s+parlou?r|gasolinera|gas\s+station"
)
_ARTICLE = r"(?:the|a|an|el|la|los|las|un|una|yon|my|mi|his|her|su|our|nuestr[oa])\s+"
_LINK = (
    r"(?i:en|in|at|on|nan|de|del|of|a|al|para|for|pou|the|el|la|un|una|yon|an|my|mi|ak|with|con)"
)
_TITLE = r"(?:mr|mrs|ms|don|do[nñ]a|se[nñ]or|se[nñ]ora|sr|sra|madan|msye|mesye|mister)\.?\s+"
#: "the garment workshop of Mr. <NAME>", "el puesto de tacos de don <NAME>", "atelye ki rele <NAME>".
OWNED = re.compile(
    rf"\b(?:{_ARTICLE})?((?:(?!{_LINK}\b)[^\W\d_]+\s+){{0,2}}?(?i:{_WORK_KIND})\b"
    r"(?:\s+(?:[^\W\d_]+|<NAME>)){0,3}?)\s+"
    r"(?:(?i:of|de|del|da|de\s+la|ki\s+rele|que\s+se\s+llama|q\s+se\s+llama|llamad[oa]|called|named)"
    rf"\s+(?:(?:(?i:{_TITLE}))?<NAME>(?:\s+<NAME>)?|(?i:{_TITLE})<PLACE>)"
    # Kreyòl puts the owner right after: "pòs tako don <NAME> a"
    rf"|(?i:{_TITLE})<NAME>(?:\s+(?:a|la|an|lan))?)",
)
_UP = "A-ZÁÉÍÓÚÑÀÈÒÇ"
_JOB = (
    r"chof[eè]r?|chofe|driver|cocinera?|cook|guard(?:ia)?|gad|secretary|sekret[eè]|secretaria|"
    r"promotora?|volunteer|vol[oa]nt[eè]|voluntari[oa]|worker|trabajador[a]?|employee|empleada?|"
    r"anplwaye|contador[a]?|accountant|kontab|mesero|mesera|waiter|waitress|cajera?|cashier|"
    r"periodista|journalist|reporter[oa]?|jounalis|locutor[a]?|animat[eè]"
)
#: A job "for" a named organisation: "mwen te chofè pou ONG Mission Espoir Nord".
JOB_AT = re.compile(
    rf"\b(?i:{_JOB})\s+(?i:pou|for|para|de|at|en|nan|with|con)\s+(?i:(?:la|el|the|an?|yon)\s+)?"
    r"(?:(?i:ONG|NGO|organizaci[oó]n|organi[sz]ation|[oò]ganizasyon|company|empresa|konpayi)\s+)?"
    rf"((?:[{_UP}][\w'’&-]*)(?:\s+(?:de|del|du|of)?\s*[{_UP}][\w'’&-]*){{0,4}})"
)
#: A boss "at" a named place is that place's: "my boss at Pollo Feliz on …", "bòs mwen nan Fénix".
BOSS_AT = re.compile(
    r"\b(?i:boss|jefe|jefa|patr[oó]n|patrona|manager|gerente|encargad[oa]|b[oò]s|patwon)\s+"
    r"(?i:at|en|in|nan)\s+(?i:(?:la|el|the|an?|yon)\s+)?"
    rf"((?:[{_UP}][\w'’&-]*)(?:\s+(?:de|del|du|of)?\s*[{_UP}][\w'’&-]*){{0,3}})"
)
#: "a delivery company, Rápido Express in Monterrey", "restaurant in Querétaro, Punjabi Dhaba,".
APPOSITION = re.compile(
    rf"\b(?i:{_WORK_KIND})(?:\s+(?i:in|en|nan)\s+[{_UP}][\w'’-]+)?\s*,\s+"
    rf"((?:[{_UP}][\w'’&-]*)(?:\s+[{_UP}][\w'’&-]*){{0,3}})(?=\s*[,.;!?]|\s+(?i:in|en|nan|will|va)\b|\s*$)"
)
#: A role at one named court, school or station: "ansyen jij nan Tribinal Sivil Fò Libète",
#: "la maestra de la Escuela Benito Juárez", "a nurse at Korle Bu Hospital".
ROLE_AT = re.compile(
    rf"\b(?:(?i:ansyen|former|ex-?|antigu[oa])\s+)?(?i:{_ROLE}|jij|juge|magistrad[oa]|polisye|police\s+officer)\s+"
    r"(?i:nan|at|of|in|en|de|del|de\s+la|pou)\s+(?:(?i:la|el|the)\s+)?"
    r"(?i:tribinal|tribunal|court|juzgado|corte|lek[oò]l|school|escuela|komisarya|comisar[ií]a|"
    r"police\s+station|estasyon)\b(?:\s+[A-ZÀ-Ý][\w'’-]*){1,4}"
)
#: Where a named workplace is, told by the road it is on: "la gasolinera <PLACE> de la salida
#: a Tuxtla", "the farm <PLACE> on the road to Huixtla".
WORK_ROAD = re.compile(
    rf"(?:\b(?i:{_WORK_KIND})\s+)?(?:<PLACE>|<ADDRESS>)\s*,?\s+(?i:de\s+la\s+salida\s+a|en\s+la\s+salida\s+a|"
    r"por\s+la\s+salida\s+a|on\s+the\s+road\s+to|sou\s+wout|en\s+la\s+carretera\s+a)"
    r"\s+[^,.;!?\n]{2,30}?(?=[,.;!?\n]|$|\s+(?i:y|and|ak|pero|but|men)\b)"
)
#: The line or shift at a named workplace: "maquiladora <PLACE> nan El Florido, liy 14".
WORK_LINE = re.compile(
    r"((?:<PLACE>|<MARK>)[^.?!\n<]{0,30}?\b(?i:liy|l[ií]nea|line|turno|shift|[aá]rea|area|"
    r"estaci[oó]n|station|nave|bah[ií]a|zone|zona|z[oò]n))\s*(?i:#|no\.?|n[uú]mero|number|nimewo)?\s*"
    r"(?:\d{1,3}|[A-Z])\b"
)
#: The last line of a message, under a short line with a name: its role and organisation.
SIGNATURE_ROLE = re.compile(r"(?m)^([^\n]{0,15}<NAME>[^\n]{0,25}\n)([^\n?]{3,80})\Z")


def _apposition(match: re.Match[str]) -> str:
    words = [fold(w) for w in match.group(1).split()]
    if len(words) == 1 and (words[0] in COMMON_WORDS or words[0] in CITY_WORDS):
        return match.group(0)  # "a restaurant, Monday to Friday"; but "a company, Rápido Express"
    return replace_group(match, "<PLACE>")


def _job_at(match: re.Match[str], everyday_is_a_name: bool = False) -> str:
    words = [fold(w) for w in match.group(1).split()]
    public = words[0] in _PUBLIC or " ".join(words) in PROTECTED
    everyday = all(w in COMMON_WORDS for w in words) and not everyday_is_a_name
    if everyday or all(w in CITY_WORDS for w in words) or public:
        return match.group(0)  # "voluntaria en Casa del Migrante", "driver for COMAR"
    return replace_group(match, "<PLACE>")


def _boss_at(match: re.Match[str]) -> str:
    """A boss's place is named even in everyday words: "my boss at Pollo Feliz"."""
    return _job_at(match, everyday_is_a_name=True)


_PUBLIC = frozenset(["comar", "inm", "acnur", "unhcr", "hias", "oim", "iom", "msf", "cruz"])


def _signature(match: re.Match[str]) -> str:
    """A role and organisation under a signed name, "Coordinadora, Comedor <PLACE>"; no sentence."""
    last = match.group(2)
    role = ("," in last or "<PLACE>" in last) and len(last.split()) <= 8 and "." not in last
    return match.group(1) + "<PLACE>" if role else match.group(0)


def apply(text: str) -> str:
    """Text with people told by their trade and workplaces told by their owner replaced."""
    text = KNOWN_AS.sub(_known_as, BY_TRADE.sub(_by_trade, ROLE_AT.sub("<MARK>", text)))
    text = SELLING_AT.sub("<MARK>", text)
    text = COMMUNITY_ROLE.sub("<MARK>", text)
    text = LOOKS.sub("<MARK>", ONLY_MARKED.sub("<MARK>", text))
    text = _SELF_TRADE.sub("<MARK>", text)
    text = OWNED.sub("<PLACE>", businesses.apply(text))
    text = APPOSITION.sub(_apposition, text)
    text = WORK_LINE.sub(r"\1 <NUMBER>", JOB_AT.sub(_job_at, BOSS_AT.sub(_boss_at, text)))
    text = workplaces.apply(WORK_ROAD.sub("<PLACE>", text))
    return SIGNATURE_ROLE.sub(_signature, text)
