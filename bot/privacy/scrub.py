"""Remove personal data from message text before it is stored, in es/en/ht.

People write their phone number, CURP, case number or name into a question
("me llamo Ana, mi expediente es 1234/2024"). Staff need the question's shape,
not the person, so each detail becomes a typed placeholder: ``<PHONE>``,
``<EMAIL>``, ``<CURP>``, ``<CARD>``, ``<ID>``, ``<CASE>``, ``<ADDRESS>``,
``<NAME>``, ``<NUMBER>``. The rules are deliberately greedy: a few lost
words in a log cost nothing; a leaked phone number can cost a person a lot.
"""

from __future__ import annotations

import re
import unicodedata

_FLAGS = re.IGNORECASE | re.UNICODE

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _FLAGS)
URL_WITH_QUERY = re.compile(r"https?://\S+", _FLAGS)
#: CURP: 4 letters, 6 digits (birth date), sex, 5 letters, a check pair.
CURP = re.compile(r"\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d\b", _FLAGS)
#: A run of digits with the separators people type: 13-19 digits is a card.
_DIGIT_RUN = re.compile(r"(?<![\w])\+?\d(?:[\d \t().-]{0,3}\d){5,}(?![\w])")
#: Card numbers: 13-19 digits in groups, never after a "+" (that is a phone), Luhn-valid.
CARD = re.compile(r"(?<![\w+])\d(?:[ -]?\d){12,18}(?![\w])")
#: Case, file and folio numbers introduced by their name, with or without digits first.
CASE = re.compile(
    r"\b(?:expediente|exp\.?|folio|caso|case|file|dosye|nimewo dosye|numero de caso|número de caso|"
    r"solicitud|registro|constancia|ref(?:erencia|erence)?\.?|no\.|n[uú]m(?:ero)?\.?|#)(?!\w)"
    r"\s*(?:n[uú]m(?:ero)?\.?|no\.?|number|nimewo|#|:)?\s*"
    r"([A-Z]{0,6}[\s/-]?[\w/-]*\d[\w/-]*)",
    _FLAGS,
)
#: Identifiers mixing letters and digits (passports, IDs): at least 2 letters... and 4 digits.
ALNUM_ID = re.compile(r"\b(?=[A-Z0-9/-]*\d{4})(?=[A-Z0-9/-]*[A-Z])[A-Z0-9][A-Z0-9/-]{5,}\b", _FLAGS)
ID_WORDS = re.compile(
    r"\b(?:pasaporte|passport|paspo|pasp[oò]|dni|c[eé]dula|cedula|identificaci[oó]n|id|ine|"
    r"kat idantite|carnet|licencia|tvrh|tarjeta|kat)\s*(?:n[uú]m(?:ero)?\.?|no\.?|number|nimewo|#|:)?\s*"
    r"([A-Z0-9][A-Z0-9 -]{3,20}\d)",
    _FLAGS,
)
ADDRESS = re.compile(
    r"\b(?:calle|c\.|avenida|av\.?|avenue|ave\.?|street|st\.|boulevard|blvd\.?|calzada|privada|"
    r"andador|callej[oó]n|carretera|colonia|col\.|fraccionamiento|manzana|mz\.?|lote|lt\.?|"
    r"lari|ri|rue|apartment|apt\.?|departamento|depto\.?|interior|int\.)"
    r"\s+[^\n,.;:!?]{1,40}?\d+[A-Z]?\b",
    _FLAGS,
)
#: File-number shapes without a keyword: "4567/2025", "AB-123/24" (dates too: they can be birth dates).
SLASHED = re.compile(r"\b[A-Z]{0,4}-?\d{2,}(?:-\d+)*(?:/\d{2,})+\b", _FLAGS)
POSTCODE = re.compile(r"\b(?:c\.?\s?p\.?|c[oó]digo postal|zip(?: code)?)\s*:?\s*\d{5}\b", _FLAGS)
#: "me llamo Ana María", "my name is John", "mwen rele Jean", "soy Carlos" (capitalised).
NAME_INTRO = re.compile(
    r"\b(?:me llamo|mi nombre es|my name is|my name's|i am called|call me|mwen rele|m rele|"
    r"non mwen se|non m se|yo rele m|je m'appelle|mi nombre|nombre:|name:|non:)\s+"
    r"((?:[^\W\d_][\w'’-]*)(?:\s+(?:de\s+(?:la\s+)?|del\s+)?(?!(?:y|e|and|ak|epi|i)\b)[^\W\d_][\w'’-]*){0,3})",
    _FLAGS,
)
SELF_INTRO = re.compile(
    r"\b(?:soy|i am|i'm|im|se mwen|mwen se|m se)\s+((?:[A-ZÁÉÍÓÚÑÈÒ][\w'’-]+)(?:\s+[A-ZÁÉÍÓÚÑÈÒ][\w'’-]+){0,2})"
)
_NOT_NAMES = {
    # words that follow "soy/i am/mwen se" and are not names
    "de",
    "del",
    "from",
    "un",
    "una",
    "a",
    "an",
    "yon",
    "refugiado",
    "refugiada",
    "refugee",
    "cubano",
    "cubana",
    "hondureño",
    "hondureña",
    "venezolano",
    "venezolana",
    "haitiano",
    "haitiana",
    "salvadoreño",
    "salvadoreña",
    "guatemalteco",
    "guatemalteca",
    "nicaragüense",
    "colombiano",
    "colombiana",
    "mexicano",
    "mexicana",
    "ayisyen",
    "haitian",
    "cuban",
    "honduran",
    "venezuelan",
    "mexican",
    "gay",
    "lesbiana",
    "lesbian",
    "trans",
    "madre",
    "padre",
    "mother",
    "father",
    "manman",
    "papa",
    "solicitante",
    "asylum",
    "here",
    "aqui",
    "aquí",
    "in",
    "en",
    "nan",
    "the",
    "el",
    "la",
    "not",
    "no",
    "pa",
    "very",
    "muy",
    "so",
    "sorry",
    "scared",
    "afraid",
    "lost",
    "perdido",
    "perdida",
    "menor",
    "minor",
    "pregnant",
    "embarazada",
    "ansent",
    "negro",
    "negra",
    "black",
    "moun",
    "person",
    "persona",
    "christian",
    "cristiano",
    "cristiana",
    "muslim",
    "musulmán",
    "indígena",
    "indigenous",
}
_MULTISPACE = re.compile(r"[ \t]{2,}")


def scrub(text: str) -> str:
    """Text with personal details replaced by typed placeholders."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Co", "Cs"))
    text = EMAIL.sub("<EMAIL>", text)
    text = URL_WITH_QUERY.sub(_url, text)
    text = CURP.sub("<CURP>", text)
    text = NAME_INTRO.sub(lambda m: _replace_group(m, "<NAME>"), text)
    text = SELF_INTRO.sub(_self_intro, text)
    text = CASE.sub(lambda m: _replace_group(m, "<CASE>"), text)
    text = CARD.sub(_card, text)
    text = SLASHED.sub("<CASE>", text)
    text = ID_WORDS.sub(lambda m: _replace_group(m, "<ID>"), text)
    text = POSTCODE.sub("<ADDRESS>", text)
    text = ADDRESS.sub("<ADDRESS>", text)
    text = _DIGIT_RUN.sub(_digits, text)
    text = ALNUM_ID.sub(_alnum, text)
    return _MULTISPACE.sub(" ", text).strip()


def _url(match: re.Match[str]) -> str:
    url = match.group(0)
    return url.split("?")[0] if "?" in url else url


def _replace_group(match: re.Match[str], placeholder: str) -> str:
    start, end = match.span(1)
    whole_start = match.start(0)
    return match.group(0)[: start - whole_start] + placeholder + match.group(0)[end - whole_start :]


def _self_intro(match: re.Match[str]) -> str:
    words = match.group(1).split()
    if words[0].lower() in _NOT_NAMES:
        return match.group(0)
    return _replace_group(match, "<NAME>")


def _card(match: re.Match[str]) -> str:
    raw = match.group(0)
    return "<CARD>" if 13 <= sum(ch.isdigit() for ch in raw) <= 19 and _luhn(raw) else raw


def _digits(match: re.Match[str]) -> str:
    raw = match.group(0)
    count = sum(ch.isdigit() for ch in raw)
    if count >= 7:
        return "<PHONE>"
    return "<NUMBER>"


def _alnum(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.startswith("<") or token.isdigit():
        return token
    return "<ID>"


def _luhn(raw: str) -> bool:
    digits = [int(ch) for ch in raw if ch.isdigit()]
    total = 0
    for index, digit in enumerate(reversed(digits)):
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0
