"""Birth dates in words next to a birth cue: "soy de mayo del 91", "born in June of 97".

Runs with :mod:`bot.privacy.clauses`, after the date patterns of :mod:`bot.privacy.patterns`
(which need a day and a year, or a cue right before the date). Here any date with a month, and
any year, within a few words of a birth cue ("nací", "born", "fèt", "DOB", "cumpleaños",
"birthday", "cumplo", "turned", "soy de") becomes ``<DATE>``, before or after the cue
("el 12 de septiembre cumplo 40"), and a date spelt out in words loses its whole year
("m fèt <DATE> dizwit" -> "m fèt <DATE>"). Once a message has a date of birth, another
year of birth in it goes too ("they wrote 1983").
"""

from __future__ import annotations

import re

from bot.privacy import kept_dates, patterns

_I = re.IGNORECASE
MONTHS = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvye|fevriye|fevrye|avril|jiy[eè]|septanm|okt[oò]b|novanm|desanm|"
    # the Afghan and Iranian solar months, for dates of birth from a tazkira
    r"hamal|sawr|jawza|saratan|sunbula|mizan|aqrab|qaws|jadi|dalw|farvardin|ordibehesht|"
    r"khordad|mordad|shahrivar|aban|bahman|esfand)"
)
_ORD = r"(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|fifth|eighth|ninth|twelfth|\w+teenth|\w+tieth|\w+th)"
_NUMWORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|mil|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"\w+cientos|novecientos|noventa|ochenta|setenta|sesenta|cincuenta|cuarenta|treinta|veinti\w+|"
    r"dieci\w+|diez|once|doce|trece|catorce|quince|veinte|twa|kat|senk|sis|s[eè]t|uit|n[eè]f|katreven|swasant|karant|senkant|trant|"
    r"ven|diz\w+|dis[eè]t|onz|douz|tr[eè]z|kat[oò]z|kenz|s[eè]z)"
)
#: A day: a number, an ordinal, or a number in words ("vennde", "twelfth", "quince").
_NUM = rf"(?:\d{{1,2}}(?:st|nd|rd|th|ro|er)?|primero|{_ORD}|{_NUMWORD}|venn?\w+|ven)"
_YEAR = rf"(?:'?\d{{2}}|\d{{4}}|(?:mil|de[\s-]?mil|dimil|nineteen|twenty|two\s+thousand)(?:[\s-]+(?:{_NUMWORD}|san|y)){{0,4}})"
_DATE = (
    # Kreyòl's short months only after a day: "douz jen", "senk me" ("jen" is young, "me" here)
    rf"(?:(?:(?:the\s+|el\s+)?{_NUM}\s+(?:de\s+|of\s+)?)?{MONTHS}|{_NUM}\s+(?:jen|me|mas|out)\b)"
    rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:\s*,?\s*(?:de\s+|del\s+|of\s+)?{_YEAR}\b)?"
)
_CUE = (
    # "fèt" is also a feast: "1ye janvye se fèt endepandans", "fèt Nwèl"
    r"(?:nac\w*|born|birthday|cumplea[nñ]os|cumpl\w+|turned|turn|dob|soy\s+de|ella\s+de|"
    r"(?<!\bse\s)f[eè]t(?!\s+(?:endepandans|nw[eè]l|nasyonal|drapo|travay|pak|lanm[oò]|manman|papa|meksik|lendepandans|sen|sent|saint|st|san|santa)\b)|"
    r"[ée]l\s+de)"
)
BIRTH = re.compile(
    rf"\b{_CUE}\b[^.?!\n<]{{0,32}}?(?<![\d.,/-])\b({_DATE}|(?!1951|1967|1984)(?:19|20)\d\d\b|<DATE>(?:\s*(?:[a-zèò]+|\d+))*?)(?=[\s,.;!?]|$)"
    rf"|(?<![\d.,/-])\b({_DATE})(?=[^.?!\n<]{{0,15}}\b{_CUE}\b)",
    _I,
)
#: The day after a year of birth: "<DATE>, the fourth of April", "<DATE>, 17 me".
DAY_AFTER = re.compile(
    rf"<DATE>\s*[,(-]?\s*(?:(?:that'?s|thats|i\.e\.?|o\s+sea|osea|es\s+decir|sa\s+vle\s+di)\s+)?"
    rf"(?:the\s+|el\s+)?{_NUM}\s+(?:of\s+|de\s+)?(?:{MONTHS}|me|mas|jen)\b",
    _I,
)
DATE_TAIL = re.compile(
    rf"(?:(?<![\d.,/-])\b(?:the\s+)?{_ORD}\s+(?:of\s+|de\s+)?)?<DATE>\w*(?:[\s-]+{_NUMWORD}(?:[\s-]+(?:{_NUMWORD}|san|y))*\b)?",
    _I,
)


#: A year on its own in a message that already gave a date of birth: the year a document got
#: wrong ("born <DATE>, in the constancia they wrote 1983"). Adults' birth years only, and
#: never the years of the refugee treaties (1951, 1967, 1984).
YEAR_AGAIN = re.compile(
    r"(?<![\d.,/<:-])\b(?!1951|1967|1984)(?:19[3-9]\d|200\d|201[0-2])\b(?![.,/:-]?\d)"
)


def _birth(match: re.Match[str]) -> str:
    year = match.start(match.lastindex)
    if kept_dates.of_a_group(match.string, match.start(), year):
        return match.group(0)  # "yon moun ki fèt an 2008", "los que nacieron antes de 1990"
    alone = re.search(r"\b(?:in|en|an|nan)\s+$", match.string[max(0, year - 5) : year], _I)
    if alone and re.fullmatch(MONTHS, match.group(match.lastindex), _I):
        return match.group(0)  # "my grandma turned 65 in January": a month alone is no one's date
    if kept_dates.appointment(match.string, year):
        return match.group(0)  # "COMAR fèmen 16 septanm pou fèt Meksik la": a holiday's date
    return match.group(0)[: year - match.start()] + "<DATE>"


def apply(text: str) -> str:
    """Text with birth dates near a birth cue replaced by ``<DATE>``."""
    text = BIRTH.sub(_birth, text)
    if "<DATE>" in text:
        text = YEAR_AGAIN.sub("<DATE>", text)
    # the words of one date join it, as in the patterns: "de <DATE>", "<DATE> dizwit"
    while True:
        joined = patterns.DATE_JOIN.sub("<DATE>", DATE_TAIL.sub("<DATE>", text))
        joined = DAY_AFTER.sub("<DATE>", joined)
        if joined == text:
            return text
        text = joined
