"""Personal data with a shape: e-mails, links, handles, numbers, dates, plates, addresses.

Each rule is a regular expression and a replacement, applied in :data:`RULES`
order; names (which need words and context rather than shapes) are
:mod:`bot.privacy.names`' job. The rules are greedy where a leak would be
costly and careful where a sentence would lose its meaning: "vivo en la calle
con mis 3 hijos" is no address, "la tarjeta vale 1 año" no id.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.privacy import addresses, disclosures, kept_dates, phones, slots
from bot.privacy.handles import (
    CASHTAG,
    HANDLE,
    HANDLE_AFTER,
    HANDLE_DOTTED,
    HANDLE_PARTS,
    HANDLE_QUOTED,
    HANDLE_SNAKE,
    HANDLE_SPACED,
    SPACED_EMAIL,
    SPELLED_EMAIL,
)
from bot.privacy.lexicon import COMMON_WORDS, fold
from bot.privacy.phones import ISO_DATE, PHONE_SPLIT, PHONE_WORDS, phone_split, phone_words
from bot.privacy.spans import replace_group

_I = re.IGNORECASE

# -- e-mails, links, handles ------------------------------------------------------------
_AT = r"(?:\s*@\s*|\s*[(\[{]\s*(?:at|arroba|arob[a]?s|arobaz|aroba)\s*[)\]}]\s*|\s+(?:at|arroba|arobas|arobaz|aroba|arrova|chez)\s+)"
#: A dot spelt out: "(dot)", " punto ", " pwen ".
_SPELT_DOT = r"\s*[(\[{]\s*(?:dot|punto|pwen|point)\s*[)\]}]\s*|\s+(?:dot|punto|pwen|point)\s+"
_DOT = rf"(?:\.|\s+\.\s*|\.\s+(?=(?i:com|net|org|mx|edu|gob|gov|fr|ht|es|co|us)\b)|{_SPELT_DOT})"
_PROVIDER = r"(?:gmail|hotmail|yahoo|outlook|icloud|live|protonmail|proton|aol|msn)"
#: The ending after a provider, dot spelt out or not: "gmail pwen kom", "hotmail.com".
_SPOKEN_TLD = rf"(?:{_DOT}(?i:com|kom|net|fr)\b)?"
#: Inside the name before the "@", plain dots are part of the word; spelt-out ones are not.
_LOCAL_DOT = (
    rf"(?:\s+\.\s*|{_SPELT_DOT}|"
    r"\s+(?:underscore|guion\s+bajo|gi\s+anba|tiret)\s+)"
)
#: Not "my email at …" nor "our documents at night. What": the word before "at" is no address's
#: name when it says what follows, and the domain never runs on into another "at" or word.
EMAIL = re.compile(
    rf"(?<![\w.+-])(?!(?i:e-?mail|correo|imel|mail|documents?|papers?)\b)[\w+-]+(?:\.+[\w+-]+)*\.*(?:{_LOCAL_DOT}[\w+-]+(?:\.+[\w+-]+)*)*{_AT}(?!(?i:ave|av|st|calle|blvd|rd)\b(?!\.\w))(?:[\w-]+(?:{_DOT}[\w-]+)+(?!(?:{_DOT})[\w-]|{_AT}|[\w-])|{_PROVIDER}\b{_SPOKEN_TLD})",
    _I,
)
#: "a" for "@" before a provider, from a name with a dot, digit or underscore:
#: "stevenson.jeune a gmail pwen kom" (never "voy a ir a gmail").
EMAIL_A = re.compile(
    rf"(?<![\w.+-])[A-Za-z][\w+-]*[._\d][\w.+-]*\s+a\s+{_PROVIDER}\b{_SPOKEN_TLD}",
    _I,
)
#: An e-mail written without its "@": "nayeli_vzla gmail com", "zahra.ahmadi2001gmail.com".
EMAIL_NO_AT = re.compile(
    r"(?<![\w.@<])[A-Za-z][\w+-]*[\d_.][\w.+-]*?\s?"
    r"(?:gmail|hotmail|yahoo|outlook|icloud|protonmail)\s?(?:\.|\s|dot\s|punto\s|pwen\s)\s?com\b",
    _I,
)
_MAP_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:maps\.app\.goo\.gl|goo\.gl/maps|maps\.google\.\w+|google\.\w+(?:\.\w+)?/maps|waze\.com|maps\.apple\.com)\S*",
    _I,
)
_SOCIAL_URL = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|tiktok\.com|t\.me|twitter\.com|x\.com|linkedin\.com/in|snapchat\.com/add|youtube\.com/@?)/?[\w.@/-]+",
    _I,
)
_WA_URL = re.compile(r"(?:https?://)?(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?\d+", _I)
URL = re.compile(r"https?://\S+", _I)
#: A plate a few words after its cue: "placas de la camioneta que nos trajo: XMT 5521".
PLATE_AFTER = re.compile(
    r"\b(?i:placas?|plates?|plak)\b[^.\n]{0,45}?\b([A-Z]{2,3}[ -]?(?:\d{3,4}|\d{2}[ -]\d{2})(?:[ -]?[A-Z0-9]{1,2})?"
    r"|[A-Z][ -]\d{3}[ -][A-Z]{3})\b"
)

# -- numbers with a meaning ---------------------------------------------------------------
CURP = re.compile(r"\b[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d\b", _I)
GPS = re.compile(r"-?\b\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}\b")
_MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvye|fevriye|fevrye|mas|avril|me|jen|jiy[eè]|jiyè|out|septanm|okt[oò]b|novanm|desanm|"
    r"janvier|f[ée]vrier|mars|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|"
    r"ene|jan|feb|f[eé]v|mar|abr|apr|avr|jun|jul|juil|ago|aug|sep|sept|oct|okt|nov|dic|dec|"
    # Afghan and Iranian solar months (a tazkira's date of birth: "3rd of Hamal 1372")
    r"hamal|sawr|jawza|saratan|sunbula|mizan|aqrab|qaws|jadi|dalw|farvardin|ordibehesht|"
    r"khordad|mordad|shahrivar|aban|bahman|esfand)\.?"
)
_YEAR = r"(?:19\d\d|20\d\d|13\d\d|'?\d\d(?![:h]\d))"  # "12 de noviembre 10:00" has no year
DATE_WORDS = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th|er|ro|e|ye)?(?:\s+|[/-])(?:de\s+|of\s+)?{_MONTHS}(?:\s*|[/-])(?:de\s+|del\s+|,\s*)?{_YEAR}\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:de\s+|del\s+)?{_YEAR}\b"
    rf"|\b(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)\s+of\s+{_MONTHS}\s*,?\s*{_YEAR}\b",
    _I,
)
DATE_DIGITS = re.compile(
    # not the end of a phone: "55-32 10-10-99"
    r"(?<![\d/.-])(?<!\d )(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|(?:19|20)\d\d[/.-]\d{1,2}[/.-]\d{1,2})(?![\d/.-]*\d)"
    # "el 12 del 10 del 88"
    r"|\b\d{1,2}\s+del?\s+\d{1,2}\s+del?\s+(?:19|20)?\d\d\b"
)
#: A date after a birth cue even without a year: "born march 3rd", "nací el 2 de mayo".
BIRTH = re.compile(
    rf"\b(?:nac[ií]|naci[oó]|nacida|nacido|nacimiento|born|birthday|birth|dob|d\.o\.b|f[eè]t(?!\s+(?i:sen|sent|saint|st|san|santa)\b)|nesans|"
    rf"cumpleaños|cumple(?=\s+(?:de|del|es|fue|ser[aá])\b)|cumpl[eo]\s+a[nñ]os|anivè?s[eè]|anniversaire)\b"
    # a kept hospital may stand between: "nació en el <KEPTA> el 2 de enero"
    rf"(?:[^\n\d<.?!]|{slots.START}[A-Z]+>){{0,30}}?(\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:de\s+|of\s+)?{_MONTHS}(?:\s*(?:de\s+|del\s+|,\s*)?{_YEAR})?"
    rf"|\d{{1,2}}[/-]\d{{1,2}}(?![\d/-])"
    rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?:de\s+)?{_YEAR})?"
    rf"|(?:{_MONTHS}\s+(?:de\s+|del\s+|of\s+)?)?(?:19|20)\d\d\b"
    rf"|\b(?:en el|del|in|an|ane)\s+'?\d\d\b)",
    _I,
)
#: Years in words: "mil novecientos noventa", "nineteen ninety", "de mil nèf san".
YEAR_WORDS = re.compile(
    r"\b(?:(?:de\s+|del\s+)?(?:mil\s+novecientos|dos\s+mil|nineteen|two\s+thousand|mil\s+n[eè]f\s+san|de\s+mil)"
    r"(?:[\s-]+(?:y\s+|and\s+|e\s+)?(?:un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|"
    r"catorce|quince|diec\w+|veint\w*|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|katreven\w*|swasant\w*|senkant|karant|trant|ven|dis\w*|"
    r"en|de|twa|kat|senk|sis|s[eè]t|uit|n[eè]f|onz|douz|tr[eè]z|kat[oò]z|kenz|s[eè]z)){1,3})",
    _I,
)
_DAY_WORD = (
    r"(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
    r"dieci\w+|veinte|veinti\w+|treinta(?:\s+y\s+uno)?|first|second|third|\w+th|"
    r"(?:twenty|thirty)(?:-\w+|\w*)|"
    r"premye|de|twa|kat|senk|sis|s[eè]t|uit|n[eè]f|dis|ven\w*|trant)"
)
DATE_JOIN = re.compile(
    rf"\b{_DAY_WORD}\s+(?:de\s+|of\s+)?<DATE>|\b(?:\w+\s+(?:de\s+)?)?{_MONTHS}\s*(?:de\s+|del\s+|,\s*)?<DATE>|\b(?:\w+\s+)?(?:de\s+)?{_MONTHS}\s+<DATE>",
    _I,
)
#: A code with a letter prefix and digit groups: "RMT-88201-4471", "UNHCR-MEX-24-00771".
#: What follows a number already removed: "<ID>-TIJ" (an office code), "<CASE> 5678" (a group);
#: and what comes before it: "SCT-<PHONE>", the year of "2023-TAP-118/405".
CODE_SUFFIX = re.compile(
    r"(?<![\w-])(?:[A-Z]{2,6}|\d{2,6})-(<(?:ID|CASE|NUMBER|PHONE)>)"  # "SCT-<PHONE>", "2023-<CASE>"
    r"|(<(?:ID|CASE|NUMBER|PHONE)>)(?:-[A-Z0-9]{2,6}|(?<=E>)[ \t]+\d{3,8})\b"
)
PREFIXED_CODE = re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-[A-Z]{2,6})*-\d{2,}(?:-\d+)+\b(?!-)")
#: The end of a card: "termina en ****5512", "my card ends in 7734".
CARD_END = re.compile(
    r"(\*{2,}\s*\d{4})\b|\b(?i:termina(?:ci[oó]n)?|ends?|ending|fini)\s+(?i:en|in|with|ak|pa)?\s*"
    r"(?!(?:19|20)\d\d\b)(\d{4})\b"
)
CARD = re.compile(r"(?<![\w+])\d(?:[ -]?\d){12,18}(?![\w])")
_DIGIT_RUN = re.compile(r"(?<![\w<])[+(\[]{0,3}\d(?:[\d \t()\[\].-]{0,3}\d){5,}[)\]]?(?![\w])")
CASE = re.compile(
    r"\b(?:expediente|exp\.?|folio|caso|case|file|dosye|solicitud|registro|constancia|oficio|"
    r"interno|inmate|recluso|detainee|prizonye|"  # "numero de interno 44871": a prisoner's
    r"ref(?:erencia|erence|erans)?\.?|n[uú]m(?:ero)?\.?)(?!\w)"
    # "mi expediente en la COMAR es el TAP-0123-2024"
    r"(?P<filler>(?:\s+(?:en|de|del|la|el|es|is|se|of|the|at|with|con|ante|mi|my|mwen|m|nan|ak|"
    rf"comar|inm|acnur|unhcr|uscis|eoir|cbp|ice)\b|\s+{slots.START}[A-Z]+>){{0,5}}?)"
    r"\s*(?:de\s+caso\s*)?(?:n[uú]m(?:ero)?\.?|no\.?|number|nimewo|#|:)?\s*"
    r"((?:[A-Z]{1,8}[/-])*[A-Z]{0,6}[/-]?\d[\w/-]*)",
    _I,
)
SLASHED = re.compile(
    r"(?<![\d/])\b(?!\d{1,2}/\d{1,2}/(?:19|20)?\d\d\b)(?!\d{1,2}/\d{1,2}\b(?!/))(?:[A-Z]{2,8}/)*[A-Z]{0,4}-?\d{2,}(?:-\d+)*(?:/[A-Z0-9]{2,})+\b"
    # an office's letters before the number: "INM/OAX/SAL/0932", "INM/ TAP / 2024 / 77 812"
    r"|\b(?:[A-Z]{2,8}\s?/\s?){2,}\d{2,}(?:\s?/\s?\d{2,}(?:\s\d{3})?)*\b",
    _I,
)
#: Letter-digit codes: plates, passports, ids ("ABC-123-D", "G28471935", "6HJW5").
CODE = re.compile(
    r"\b(?=[A-Z0-9-]{0,30}?\d)(?=[A-Z0-9-]{0,30}?[A-Z])(?:[A-Z0-9]{1,10}(?:-[A-Z0-9]{1,10}){1,4}|[A-Z0-9]{5,})\b"
)
PLATE = re.compile(
    r"\b(?:placas?|plates?|plak|matr[ií]cula|patente|tablilla|license)\b(?:\s+(?:de|es|son|is|was|li|se|number|:))*"
    # after a space, a group with a digit or in capitals: "52-34-AVM en Tapachula" keeps its "en"
    r"\s*:?\s*([A-Z0-9]{1,4}(?:-[A-Z0-9]{1,4}|[ ](?=[A-Z]{0,3}\d)[A-Z0-9]{1,4}|[ ](?-i:[A-Z]{1,4})){0,3})\b",
    _I,
)
ID_WORDS = re.compile(
    r"\b(?:pasaporte|passport|pasp[oò]|dni|c[eé]dula|identificaci[oó]n|id|ine|nss|nif|cin|cni|"
    r"rfc|carnet|licencia|tvrh|tarjeta|card|kat)\b(?:\s+(?:de\s+\w+|number|nimewo|no\.?|#|es|is|se|:|mwen|mi|my|a(?=\s)))*"
    r"\s*:?\s*([A-Z]{0,4}[-. ]?\d[\d./ -]*\d[A-Z0-9]{0,4}\b)",
    _I,
)

POSTCODE = re.compile(r"\b(?:c\.?\s?p\.?|c[oó]digo postal|zip(?: code)?)\s*:?\s*\d{5}\b", _I)

_CARD_CUES = re.compile(
    # whole words, not "Ricardo", "David", "cinco", "line"
    r"\b(clabe|cuenta|tarjeta|card(?!en)|(?:kat|kod|code)(?![^\W\d_])|mtcn|western|moneygram|remitly|"
    r"referen|referans|c[oó]digo|kòd)|\b(c[eé]dula|(?:dni|nss|nif|cin|cni|id|ine|rfc)(?![^\W\d_])|"
    r"pasaporte|passport|pasp|curp|identidad)",
    _I,
)


def _case(match: re.Match[str]) -> str:
    value = match.group(2)
    # after words like "en el", only a real number: not "en caso de 3 niños", not "del 2023"
    if match.group("filler") and (
        sum(ch.isdigit() for ch in value) < 3 or re.fullmatch(r"(?:19|20)\d\d", value)
    ):
        return match.group(0)
    return _group("<CASE>", 2)(match)


def _luhn(raw: str) -> bool:
    total = 0
    for index, digit in enumerate(int(ch) for ch in reversed(raw) if ch.isdigit()):
        digit = digit * 2 if index % 2 else digit
        total += digit - 9 if digit > 9 else digit
    return total % 10 == 0


def _group(placeholder: str, index: int = 1) -> Callable[[re.Match[str]], str]:
    return lambda match: replace_group(match, placeholder, index)


def _url(match: re.Match[str]) -> str:
    return match.group(0).split("?")[0]


def _card(match: re.Match[str]) -> str:
    raw = match.group(0)
    return "<CARD>" if 13 <= sum(ch.isdigit() for ch in raw) <= 19 and _luhn(raw) else raw


def _card_end(match: re.Match[str]) -> str:
    return _group("<CARD>", 1 if match.group(1) else 2)(match)


def _cue_before(match: re.Match[str]) -> re.Match[str] | None:
    """The last card or id word in the 40 characters before a number, if any."""
    before = match.string[max(0, match.start() - 40) : match.start()]
    found = list(_CARD_CUES.finditer(before))
    return found[-1] if found else None


def _prefixed(match: re.Match[str]) -> str:
    """A remittance code after its cue is a card's kind of secret; anything else, a case number."""
    cue = _cue_before(match)
    return "<CARD>" if cue is not None and cue.group(1) else "<CASE>"


_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\s+$", _I)


def _digit_run(match: re.Match[str]) -> str:
    if ISO_DATE.fullmatch(match.group(0)):
        return match.group(0)  # kept by kept_dates.date: "la cita es el 2025-07-14"
    month = _MONTH_BEFORE.search(match.string, max(0, match.start() - 15), match.start())
    if month and kept_dates.appointment(match.string, month.start()):
        return match.group(0)  # the day and year of a kept date: "published January 27 2011"
    count = sum(ch.isdigit() for ch in match.group(0))
    cue = _cue_before(match)
    if cue is not None:
        return "<CARD>" if cue.group(1) else "<ID>"
    return "<PHONE>" if count >= 7 else "<NUMBER>"


def _id_words(match: re.Match[str]) -> str:
    value = match.group(1)
    if sum(ch.isdigit() for ch in value) < 4:
        return match.group(0)
    word = re.match(r"([^\W\d_]+)[-. ]", value)
    if word and fold(word.group(1)) in COMMON_WORDS:
        # "kat Oxxo 4766 8401…": the shop stays, the number goes
        start = match.start(1) - match.start(0) + word.end()
        return match.group(0)[:start] + "<ID>"
    return _group("<ID>")(match)


def _code(match: re.Match[str]) -> str:
    token = match.group(0)
    if token.isdigit() or token.upper() in {"COVID-19", "H1N1", "MP3", "MP4", "G20"}:
        return token
    if re.fullmatch(r"(?:I|N|G|DS|AR)-\d{2,4}[A-Z]?", token):
        return token  # a US form: "Form I-730", "I-589"
    return "<ID>"


def _plate(match: re.Match[str]) -> str:
    value = match.group(1)
    if not any(ch.isdigit() for ch in value) or len(value.replace(" ", "")) < 4:
        return match.group(0)
    return _group("<PLATE>")(match)


RULES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (disclosures.SECRET, _group("<SECRET>")),
    (disclosures.HEALTH, _group("<HEALTH>")),
    (disclosures.DISABILITY, _group("<HEALTH>")),
    (disclosures.BADGE, _group("<ID>")),
    (disclosures.TAXI_NUMBER, _group("<PLATE>")),
    (disclosures.PATROL, _group("<PLATE>")),
    (_MAP_URL, "<ADDRESS>"),
    (_WA_URL, "<PHONE>"),
    (_SOCIAL_URL, "<USERNAME>"),
    (SPACED_EMAIL, lambda m: "<EMAIL>" + m.group(0)[len(m.group(0).rstrip()) :]),
    (EMAIL, "<EMAIL>"),
    (EMAIL_A, "<EMAIL>"),
    (EMAIL_NO_AT, "<EMAIL>"),
    (SPELLED_EMAIL, "<EMAIL>"),
    (URL, _url),
    (HANDLE, "<USERNAME>"),
    (CASHTAG, "<USERNAME>"),
    (HANDLE_AFTER, _group("<USERNAME>")),
    (HANDLE_QUOTED, _group("<USERNAME>")),
    (HANDLE_SPACED, _group("<USERNAME>")),
    (HANDLE_DOTTED, "<USERNAME>"),
    (HANDLE_SNAKE, "<USERNAME>"),
    (HANDLE_PARTS, "<USERNAME>"),
    (CURP, "<CURP>"),
    (GPS, "<ADDRESS>"),
    (DATE_WORDS, kept_dates.date),
    (DATE_DIGITS, kept_dates.date),
    (BIRTH, kept_dates.birth),
    (YEAR_WORDS, "<DATE>"),
    (DATE_JOIN, "<DATE>"),
    (PHONE_WORDS, phone_words),
    (PHONE_SPLIT, phone_split),
    (phones.CUED_DIGITS, r"\1<PHONE>"),
    (phones.PHONE_O, phones.phone_o),
    (CARD_END, _card_end),
    (PREFIXED_CODE, _prefixed),
    (CARD, _card),
    (disclosures.EMAIL_LEAD, _group("<EMAIL>")),
    (disclosures.CARD_CODE, _group("<NUMBER>")),
    (POSTCODE, "<ADDRESS>"),
    *addresses.EARLY,
    (PLATE, _plate),
    (PLATE_AFTER, _group("<PLATE>")),
    (CASE, _case),
    (SLASHED, kept_dates.slashed),
    (ID_WORDS, _id_words),
    *addresses.LATE,
    (_DIGIT_RUN, _digit_run),
    (CODE, _code),
    (CODE_SUFFIX, lambda m: m.group(1) or m.group(2)),
    (phones.EXTENSION, "<PHONE>"),
]


def apply(text: str) -> str:
    """Text with every shaped detail replaced by its placeholder."""
    for pattern, replacement in RULES:
        text = pattern.sub(replacement, text)
    return text
