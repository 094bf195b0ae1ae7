"""Letters that pass for others: "962 1З8 0047" (a Cyrillic Ze for a 3), "Tenоsique" (a Cyrillic o).

Phones bought abroad, keyboards switched mid-word and copied text put Cyrillic, Greek or
full-width characters where Latin letters and digits belong. The rules read Latin letters
and ASCII digits, so such a phone or name slips by them. :func:`read` gives the text the
rules see: in a word that mixes scripts, a Cyrillic or Greek letter that looks like a
Latin one becomes that letter; inside a number, a Ze or a be that looks like a digit
becomes the digit; full-width digits and letters become ASCII; and a 0 or a 1 typed for a
letter in an ordinary word becomes the letter ("C0MAR", "she1ter"); digits of other
scripts and mathematical letters become ASCII. :func:`tidy` drops keycaps and emoji typed
between a number's digits before the message is stored. A word written wholly in
Cyrillic ("Дмитрий") is left as written. :func:`restore` puts the writer's own
characters back into what the scrubber kept, so only the removed details change.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from bot.privacy.lexicon import COMMON_WORDS, EVERYDAY, PROTECTED, fold

#: Cyrillic and Greek capitals and small letters drawn like Latin ones.
_LATIN = str.maketrans(
    "АВЕКМНОРСТУХаеорсухіІјЈѕЅԁԛԜԝ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ",
    "ABEKMHOPCTYXaeopcyxiIjJsSdqWw" + "ABEZHIKMNOPTYXoikvptux",
)
#: Inside a number: Cyrillic Ze for 3, be for 6, O for 0.
_DIGITS = str.maketrans("ЗзбОоΟο", "3360000")
_FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
#: A word with a Latin letter or a digit in it and a Cyrillic or Greek one too.
_MIXED = re.compile(
    r"[\w'’/-]*(?:[A-Za-z0-9][\w'’/-]*[\u0370-\u052f]|[\u0370-\u052f][\w'’/-]*[A-Za-z0-9])[\w'’/-]*"
)
#: A word of letters with a zero or a one typed for an O or an l: "C0MAR", "she1ter".
_LETTER_DIGIT = re.compile(r"\b(?=[A-Za-z]*[01])(?=(?:[01]*[A-Za-z]){3})[A-Za-z01]+\b")
_AS_LETTERS = (str.maketrans("01", "ol"), str.maketrans("01", "OI"), str.maketrans("01", "oi"))
#: A Latin l, I or O typed among a number's digits: "962 l38 44O7", "8l l2 45 O7 66".
_LATIN_IN_NUMBER = re.compile(
    r"(?<![^\W\d_])(?=[0-9lIOo]*\d)(?=[0-9lIOo]*[lIOo])[0-9lIOo]{2,}(?![^\W\d_])"
)
#: A lone l or O between two groups of digits: "9 6 2 - 1 l 5".
_LONE_LATIN = re.compile(r"(?<=\d)([ .-]{1,3})[lO]{1,2}(?=[ .-]{1,3}[\dlO])")
_AS_DIGITS = str.maketrans("lIOo", "1100")
#: A group of Cyrillic digit-like letters only, next to a number: "899 ЗОО 17 42".
_DIGIT_LETTERS = re.compile(
    r"(?<=\d[ /.-])[ЗзбОо]{2,}(?![^\W\d_])|(?<![^\W\d_])[ЗзбОо]{2,}(?=[ /.-]\d)"
)
#: A run of digits and digit-like letters: "1З8", "О47".
_NUMBER = re.compile(r"(?<![^\W\d_])[\dЗзбОоΟο]*\d[\dЗзбОоΟο]*(?![^\W\d_])")


def _word(match: re.Match[str]) -> str:
    """ "C0MAR" is COMAR and "she1ter" a shelter; "G28471935" or "A1B" stay codes."""
    raw = match.group(0)
    if sum(ch in "01" for ch in raw) > 2:
        return raw
    for table in _AS_LETTERS:
        word = raw.translate(table)
        folded = fold(word)
        if folded in COMMON_WORDS or folded in EVERYDAY or folded in PROTECTED:
            return word
    return raw


#: A keycap digit: "1️⃣" is a 1, a variation selector and a keycap.
_KEYCAP = re.compile(r"(\d)\ufe0f?\u20e3")
#: Emoji or signs between two groups of digits: "962 👉 123 ⭐ 4567", "55➖1234".
_BETWEEN_DIGITS = re.compile(
    r"(?<=\d)[ \t]*(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff]\ufe0f?[ \t]*){1,3}(?=\d|[lO]\d)"
)
#: Digits of other scripts ("۹۶۲", "९६२") and mathematical letters and digits ("𝟗𝟔𝟐", "𝐀"):
#: only these call back, not every accented letter of a message.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d|[\U0001d400-\U0001d7ff]")


def tidy(text: str) -> str:
    """``text`` without the keycaps and emoji typed between the digits of a number.

    Run before anything is stored: "📞 962 👉 123 ⭐ 4567" keeps its first emoji and
    becomes "📞 962 123 4567", a number the rules can read.
    """
    if not re.search(r"\d", text):
        return text
    return _BETWEEN_DIGITS.sub(" ", _KEYCAP.sub(r"\1", text))


def _ascii(match: re.Match[str]) -> str:
    ch = match.group(0)
    digit = unicodedata.decimal(ch, None)
    if digit is not None:
        return str(digit)
    if "\U0001d400" <= ch <= "\U0001d7ff":
        plain = unicodedata.normalize("NFKC", ch)
        return plain if len(plain) == 1 and plain.isascii() else ch
    return ch


def _latin_number(match: re.Match[str]) -> str:
    """ "l38" is 138 and "2O22" is 2022; "1o" ("primero") and "3o grado" stay as written."""
    raw = match.group(0)
    if re.fullmatch(r"\d{1,2}o", raw):
        return raw
    return raw.translate(_AS_DIGITS)


def read(text: str) -> str:
    """``text`` as the rules read it: the same length, look-alikes made Latin or digits."""
    if re.search(r"\d[ .-]{0,3}[lIOo]|[lIOo][ .-]{0,3}\d", text):
        text = _LATIN_IN_NUMBER.sub(_latin_number, text)
        for _ in range(2):  # "2 O l . 7": the l follows the O just read
            text = _LONE_LATIN.sub(lambda m: m.group(0).translate(_AS_DIGITS), text)
    if re.search(r"[A-Za-z][01]|[01][A-Za-z]", text):
        text = _LETTER_DIGIT.sub(_word, text)
    if not text.isascii():
        text = _OTHER_DIGIT.sub(_ascii, text)
    if not _FOREIGN.search(text) and not _FULL_WIDTH.search(text):
        return text
    text = _FULL_WIDTH.sub(lambda m: chr(ord(m.group(0)) - 0xFEE0), text)
    text = _NUMBER.sub(lambda m: m.group(0).translate(_DIGITS), text)
    text = _DIGIT_LETTERS.sub(lambda m: m.group(0).translate(_DIGITS), text)
    return _MIXED.sub(lambda m: m.group(0).translate(_LATIN), text)


def restore(written: str, read_as: str, clean: str) -> str:
    """``clean`` (scrubbed from ``read_as``) with the writer's characters where it kept text."""
    if written == read_as:
        return clean
    # a placeholder keeps its own letters: "ТАР/2О24" read as "TAP/2024" becomes "<CASE>",
    # whose A the matcher may pair with the writer's Cyrillic one
    slot = [False] * len(clean)
    for found in re.finditer(r"<[A-Z]+>", clean):
        slot[found.start() : found.end()] = [True] * (found.end() - found.start())
    out = []
    matcher = SequenceMatcher(None, read_as, clean, autojunk=False)
    for op, i1, _, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            out.append(clean[j1:j2])
            continue
        out.extend(clean[j1 + k] if slot[j1 + k] else written[i1 + k] for k in range(j2 - j1))
    return "".join(out)
