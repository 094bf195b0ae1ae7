"""Public offices' addresses are no personal data: "la oficina de COMAR está en la 1a Av. Norte".

People ask where the office is, or say where they must sign ("firmar cada jueves
en la oficina de la 4a Av Sur"); staff need that street to know which office is
meant, and it identifies nobody. Such an address is set aside before the rules
run and put back afterwards (:func:`shield`, :func:`restore`), so no address
rule, and not the learned tagger, can take it. Only an office named as a
public one (COMAR, INM, ACNUR…, or "la oficina de la <street>") and never
"mi oficina" or an office where the person works. Toll-free lines, public hospitals and
churches asked about as a service are set aside the same way
(:mod:`bot.privacy.public_services`).
"""

from __future__ import annotations

import re

from bot.privacy import public_services, slots
from bot.privacy.anchors import FWD_STOP, set_of
from bot.privacy.lexicon import fold
from bot.privacy.slots import slot

_INSTITUTION = (
    r"(?:COMAR|KOMAR|INM|ACNUR|UNHCR|HCR|OIM|IOM|HIAS|DIF|SAT|RENAPO|CNDH|Migraci[oó]n|"
    r"Registro\s+Civil|Relaciones\s+Exteriores|SRE|Fiscal[ií]a|Defensor[ií]a|"
    # organisations that help migrants: "la oficina de Sin Fronteras esta en la calle Puebla 153"
    r"Sin\s+Fronteras|Asylum\s+Access|Casa\s+del\s+Migrante|FM4(?:\s+Paso\s+Libre)?|IMUMI|"
    r"Al\s+Otro\s+Lado|M[eé]dicos\s+Sin\s+Fronteras|MSF|Cruz\s+Roja|Red\s+Cross|"
    # a country's consulate or embassy: "el consulado de Honduras en Tapachula está en …"
    r"(?:consulado|embajada|consulate|embassy|konsila|anbasad)\s+(?:del?\s+|of\s+(?:the\s+)?|nan\s+)?"
    r"[A-Z]\w+(?:\s+[A-Z]\w+)?)"
)
_OFFICE = (
    r"(?<!\bmi\s)(?<!\bmy\s)(?<!\bnuestra\s)(?<!\bour\s)"
    r"\b(?:oficinas?|offices?|biwo|ofis|sede|delegaci[oó]n)\s+(?:(?:de|del|of|the|la|nan)\s+){0,2}"
)
#: Institutions known by their initials need no "oficina": "la COMAR de Tijuana en la calle …".
_ACRONYM = (
    r"(?:COMAR|KOMAR|INM|ACNUR|UNHCR|OIM|IOM|HIAS|CNDH|RENAPO|consulado|embajada|consulate|embassy|"
    r"konsila|anbasad)"
)
#: Where an office's street ends: "… en la 4a Av. Norte y abre los sábados", "… sigue dando …".
_CLAUSE_WORDS = sorted(
    set_of(
        "y and e ak pero but men sigue siguen dice dicen da dan dando abre abren atiende atienden "
        "is are opens still con with o or ou esta está estan están queda quedan cierra cierran"  # "… sigue en 4a Avenida Norte 49 … o ya se cambió?"
    )
)
#: The street: a short run with a number or a street word, up to the end of the clause.
_STREET_RUN = (
    r"((?=[^,?.!;\n]{0,40}?(?:\d|\b(?i:av|avni|calle|avenida|street|avenue|ri|blvd|boulevard|bulevar|calzada|paseo)\b))"
    # a full stop ends it, not the one of "Av." or "No."
    r"[^,?!;\n]{3,40}?)(?=\s*(?:[,?!;\n]|(?<![Aa]v)(?<![Aa]ve)(?<!Blvd)(?<!Col)(?<!No)\.(?:\s|$)|$|"
    rf"\s+(?:{'|'.join(_CLAUSE_WORDS)})\b))"
)
_IS_AT = (
    r"(?:est[aá]n?|quedan?|sigue|se\s+encuentran?|is|are|es|son|se|ye|li(?:\s+toujou)?|toujou)?\s*,?\s*"
    r"(?:(?:en|on|at|in|nan|sou|de)\s+(?:la\s+|el\s+|the\s+)?|(?:la|el)\s+de\s+(?:la\s+)?|"
    # "la oficina del ACNUR en Tapachula, la q esta en la 4a avenida norte"
    r"(?:la|el)\s+(?:q|que)\s+(?:est[aá]|queda)\s+(?:en|sobre)\s+(?:la\s+|el\s+)?|"
    r"(?<=\bsays\s)|(?<=\bdice\s)|(?<=\bshows\s)|(?<=\bdi\s))"
)
#: The office, then (through a town and a verb) the street.
OFFICE_ADDRESS = re.compile(
    rf"(?i:(?:{_OFFICE}|(?<!\bmi\s)(?<!\bmy\s)\b(?={_ACRONYM}\b))"
    rf"(?:{_INSTITUTION}(?:(?:\s+(?i:regional|local|main|central|principal|nueva|new))?\s+(?:oficinas?|offices?|biwo))?"
    r"(?:\s+(?:en|in|de|nan|of)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    # "Where is the COMAR office in Tijuana? Is it still on Blvd Agua Caliente?", "… ? Google says …"
    r"(?:\s*[?,]\s+(?:o\s+|or\s+)?(?:is\s+it|est[aá]n?|sigue|queda|quedan|(?:la|el)(?=\s+de\s)|"
    # "… ? es la de la 1a Avenida Norte?", "… ? Eske yo gen biwo sou Paseo de los Héroes?"
    r"es(?=\s+(?:la|el)\s+de\s)|(?:[eè]ske\s+)?(?:yo\s+)?gen\s+(?:yon\s+)?biwo|"
    r"(?:google(?:\s+maps)?|maps)\s+(?:says|dice|shows|marca|di))(?:\s+(?:still|todav[ií]a|a[uú]n))?)?"
    rf"\s*,?\s*(?:que\s+|which\s+|ki\s+)?{_IS_AT}|(?=\d|(?:av|calle|avenida)\b)|"
    # "Biwo a toujou nan 4yèm Avni Nò a?"
    r"(?:a|la)\s+(?:toujou\s+|still\s+)?(?:nan|sou|in|on|at)\s+(?=\d)))"
    rf"{_STREET_RUN}"
)
#: "the office" again, once the message has named the institution: "¿Qué piden en la COMAR
#: de Palenque? … y la oficina está en la calle 5a poniente".
OFFICE_AGAIN = re.compile(
    rf"(?i:\b(?:la|the|el)\s+(?:oficina|office|biwo)\s+{_IS_AT}){_STREET_RUN}"
)
#: The street first, then the office: "en la calle 4a norte está la oficina de la COMAR".
STREET_FIRST = re.compile(
    r"(?i:\b(?:en|on|at|sou|nan)\s+(?:la\s+|el\s+|the\s+)?)"
    r"((?i:calle|avenida|av\.?|blvd|boulevard|bulevar|calzada|ri|street|avenue)\s+[^,?!;\n]{1,30}?)"
    r"\s+(?i:est[aá]n?|queda|quedan|is|se\s+encuentran?|gen)\s+(?:(?i:la|el|the|yon)\s+)?"
    rf"(?i:oficinas?|offices?|biwo)\s+(?i:de|del|of|nan)\s+(?:(?i:la|el|the)\s+)?{_INSTITUTION}"
)
_NAMED = re.compile(rf"(?i:\b{_INSTITUTION}\b)")
#: Their own place, not the office's: "trabajo en la oficina de la calle 5", "vivo cerca de la COMAR".
_WORK = re.compile(
    r"(?i)\b(?:trabaj\w*|work\w*|travay|empleo|job|viv[oei]\w*|live\w*|rete|stay\w*|qued(?!an?\b)\w*)\b"
)
#: Words that start the rest of the sentence, after which no street goes on (beside
#: :data:`bot.privacy.anchors.FWD_STOP`, which already holds "men"): "dijo" too, never "e".
_THEN = frozenset(_CLAUSE_WORDS) - {"e"} | {"dijo"}
_STREETLIKE = re.compile(
    r"\d|(?i:\b(?:av|avni|calle|avenida|street|avenue|ri|blvd|boulevard|bulevar|calzada|paseo)\b)"
)
#: What no street holds: a long number ("el folio 12345678"), a code ("INM/CHIS/8812/2024",
#: "G12345", "2024-MTY-0933"), a possessive, a verb of giving.
_NOT_STREET = re.compile(
    r"\d{5,}|/|\b(?=\w*\d)(?=\w*[A-Za-z])\w{5,}\b|\b\d{3,}-[A-Z]{2,}\b|\b[A-Z]{2,}-\d{3,}\b|(?i:\b(?:mi|my|me|mwen|m|dio|dieron|gave|ban?m|folio|expediente|case|caso|dosye|"
    r"pasaporte|passport|tel[eé]fono|phone|cel|celular|whatsapp|curp)\b)"
)


def _street(run: str) -> str:
    """The street at the start of ``run``, up to a word that starts the rest of the sentence.

    Empty when what is left holds more than a street could: "Tapachula me dio el folio 1234567".
    """
    words = run.split(" ")
    for index, word in enumerate(words[1:], start=1):
        if fold(word) in FWD_STOP or fold(word) in _THEN:
            words = words[:index]
            break
    street = " ".join(words).rstrip()
    if len(words) > 6 or _NOT_STREET.search(street) or not _STREETLIKE.search(street):
        return ""
    return street


#: A street asked about, once the message has named an office: "el INM tiene oficina en
#: Saltillo? direccion: Blvd. Venustiano Carranza?", "Gen 2 biwo INM nan Monterrey? youn sou Av.
#: Constitución?", "is it on Paseo de los Heroes?". The question mark right after it says the
#: person is checking a public address, not giving their own.
ASKED_STREET = re.compile(
    r"(?i:\b(?:en|on|at|sou|nan|direcci[oó]n|adr[eè]s|address)\s*:?\s+(?:la\s+|el\s+|the\s+)?)"
    # "… toujou sou 1ra Avenida Norte?": an ordinal may come first
    r"((?:\d{1,2}(?i:a|ra|da|ta|va|o|ro|do|to|vo|ª|º|st|nd|rd|th|y[eè]m)\.?\s+)?"
    r"(?i:av\.?|avenida|avni|calle|blvd\.?|boulevard|bulevar|paseo|calzada|ri|rue|street|avenue)"
    r"\s+[^,?!;\n<]{2,35}?)(?=\s*\?)"
)
#: The person's own address: "mi dirección: calle Pinos 4?"
_MINE = re.compile(
    r"(?i)\b(?:mi|my|mwen|m|our|nuestra|su|his|her|li)\s+(?:direcci[oó]n|address|adr[eè]s|casa|house|kay)\b"
)
#: A toll-free or emergency line belongs to an office, never to a person: "la CNDH es el 800 715
#: 2000", "800 2242 426", "1-800-375-5283" (Mexico's 800 and the US 8XX numbers are never a
#: mobile's; people group their seven digits any way). After a
#: country code or another group of digits ("+52 1 800 100 1000") it is part of a longer number.
TOLL_FREE = re.compile(
    r"(?<![\d+])(?<!\d[\s.-])(?<!\+\d\d\s)(?<!\+\d\s)(?:(?:01[\s.-]?)?800|1[\s.-]?8(?:00|88|77|66|55|44|33))(?:[\s.-]?\d){7}(?![\d-])"
)

_OWN_PHONE = re.compile(
    r"(?i)\b(?:mi|my|mwen|m|nuestro|our|su|his|her|li)\s+(?:n[uú]mero|cel\w*|tel\w*|whats\w*|"
    r"phone|number|nimewo)\b[^\n\d]{0,15}$"
)


def shield(text: str) -> tuple[str, list[str]]:
    """Text with public offices' addresses and toll-free numbers replaced by slots, in order."""
    kept: list[str] = []

    def hide(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 60) : match.start()]
        if _WORK.search(before):  # "trabajo en la oficina de la calle 5": their workplace
            return match.group(0)
        street = _street(match.group(1))
        if not street:
            return match.group(0)
        kept.append(street)
        start = match.start(1) - match.start(0)
        rest = match.group(0)[match.end(1) - match.start(0) :]  # what follows the street
        return match.group(0)[:start] + slot(len(kept) - 1) + match.group(1)[len(street) :] + rest

    def toll_free(match: re.Match[str]) -> str:
        own = _OWN_PHONE.search(match.string, max(0, match.start() - 30), match.start())
        if own and not _NAMED.search(match.string, own.start(), match.start()):
            return match.group(0)  # "mi número es 800 …" (not "di m nimewo CNDH la se 800 …")
        kept.append(match.group(0))
        return slot(len(kept) - 1)

    def asked(match: re.Match[str]) -> str:
        named = _NAMED.search(match.string, 0, match.start())
        before = match.string[max(0, match.start() - 60) : match.start(1)]
        mine = _WORK.search(before) or _MINE.search(before)
        if not named or mine or _NOT_STREET.search(match.group(1)):
            return match.group(0)
        kept.append(match.group(1))
        return match.group(0)[: match.start(1) - match.start(0)] + slot(len(kept) - 1)

    def again(match: re.Match[str]) -> str:
        return hide(match) if _NAMED.search(match.string, 0, match.start()) else match.group(0)

    def listed(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return slot(len(kept) - 1, slots.KEPT)

    # the directory's streets with their neighbourhood first, whole: "Versalles 49, colonia Juárez"
    text = public_services.LISTED_STREET.sub(
        lambda m: listed(m) if "," in m.group(0) else m.group(0), text
    )
    text = TOLL_FREE.sub(toll_free, OFFICE_AGAIN.sub(again, OFFICE_ADDRESS.sub(hide, text)))
    text = STREET_FIRST.sub(hide, text)
    text = ASKED_STREET.sub(asked, text)
    for start, end in reversed(public_services.spans(text)):
        kept.append(text[start:end])
        kind = slots.OFFICE if fold(text[start:end]) in public_services.OFFICES else slots.KEPT
        text = text[:start] + slot(len(kept) - 1, kind) + text[end:]
    return text, kept


def restore(text: str, kept: list[str]) -> str:
    """Put the set-aside addresses and names back where their slots are."""
    # last first: a slot set aside later may hold an earlier one ("calle <KEPTA>")
    for index, address in reversed(list(enumerate(kept))):
        text = text.replace(slot(index), address).replace(slot(index, slots.KEPT), address)
    return text
