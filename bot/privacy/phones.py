"""Phones without a plain shape: numbers in words, and numbers cut by a line break or bullets.

"nueve seis dos, uno uno ocho…", "962\n204\n7781", "9 6 2\n1 3 4 8 8 2 0": people
spell a number out or send it in pieces. :mod:`bot.privacy.patterns` applies these
in its rule order.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
#: An ISO date ("2025-03-18") is no phone.
ISO_DATE = re.compile(r"(?:19|20)\d\d-\d{1,2}-\d{1,2}")

_NUMBER_WORD = (
    r"(?:cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|oh|one|two|three|four|five|"
    r"six|seven|eight|nine|zewo|en|youn|de|twa|kat|senk|sis|s[eè]t|uit|wit|n[eè]f|z[eé]ro|un|deux|"
    r"trois|quatre|cinq|sept|huit|neuf|double|doble|diez|once|doce|trece|catorce|quince|dieci\w+|"
    r"veinte|veinti\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|dis|onz|douz|ven|trant|karant|senkant|swasant|"
    # French as Haitians write it: "trente-deux, quarante-quatre, zéro six, dix-neuf", "katreven dis"
    r"katreven\w*|swasann\w*|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|"
    r"cinquante|soixante|cent)"
)
PHONE_WORDS = re.compile(
    rf"\b(?:{_NUMBER_WORD}|\d{{1,4}})(?:[\s,./-]+(?:(?:y|and)\s+)?(?:{_NUMBER_WORD}|\d{{1,4}}))+\b(?!-)",
    _I,
)
#: A phone split over lines, by bullets or by dots: "962\n204\n7781", "656 • 208 • 44 • 19",
#: "962 ... 408 .. 5521".
PHONE_SPLIT = re.compile(
    r"(?<![\d<])\+?\d{2,4}(?:[ \t]*\n[ \t]*\d{2,4}){2,4}(?![\d>])"
    r"|(?<![\d<])\+?\d{2,4}(?:[ \t]*(?:[•·|]|\.{2,}|…)[ \t]*\d{2,4}){2,4}(?![\d>])"
    r"|(?<![\w<./-])\d{2,4}(?:[ \t]?/[ \t]?\d{2,4}){3,4}(?![\w>./-])"  # "55/80/12/44/71"
    # cut by a line break anywhere: "962 10\n455 98", "9 6 2\n1 3 4 8 8 2 0"
    r"|(?<![\w<.,:/-])\+?\d{1,4}(?:[ \t]+\d{1,4})*[ \t]*\n[ \t]*\d{1,4}(?:[ \t]+\d{1,4})*(?![\w>.,:/-])"
)


def phone_words(match: re.Match[str]) -> str:
    if ISO_DATE.search(match.group(0)):
        return match.group(0)  # "el 2025-03-18 en la oficina": a date, and "en" is no digit
    parts = [p for p in re.split(r"[\s,./-]+", match.group(0)) if p.lower() not in ("y", "and")]
    digits = sum(len(part) if part.isdigit() else 1 for part in parts if part)
    if digits >= 7 and any(not part.isdigit() for part in parts if part):
        return "<PHONE>"
    return match.group(0)


def phone_split(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    broken = "\n" in match.group(0) and not re.search(r"[•·|]|\d\s*\n\s*\d+\s*\n", match.group(0))
    if broken and not 8 <= digits <= 13:
        return match.group(0)  # "cuarto 3\n2 camas": two numbers on two lines, no phone
    return "<PHONE>" if digits >= 7 else match.group(0)


#: A phone with a letter typed for a digit: "961 1O4 22 87", "442 3l9 08 52" (between digits only).
PHONE_O = re.compile(r"(?<![\w<])\+?\d[\dOolI]*(?:[ \t.-]?[\dOolI]+){1,6}(?![\w>])")


def phone_o(match: re.Match[str]) -> str:
    found = match.group(0)
    zeros = re.search(r"(?<=\d)[OolI](?=\d)|(?<=\d)[Oo](?=[Oo]\d)", found)
    digits = sum(ch.isdigit() or ch in "OolI" for ch in found)
    return "<PHONE>" if zeros and 8 <= digits <= 13 else found


#: An extension goes with its phone: "01 55 2234 8812 ext 3", "<PHONE> extensión 114".
EXTENSION = re.compile(
    r"<(?:PHONE|ID)>\s*,?\s*(?:ext|extensi[oó]n|extension|ekstansyon|x|eks|ekst|poste)\b\.?\s*\d{1,5}\b",
    _I,
)
#: Digits spaced one by one after a phone word: "nimewo li se 3 7 8 9, 4 5 1 2" (8 to 13 digits).
CUED_DIGITS = re.compile(
    r"(\b(?:nimewo|n[uú]mero|number|cel|celular|tel[eé]fono|phone|whatsapp|watsap)\b"
    r"(?:\s+(?:li|mwen|m|mi|su|his|her|my|is|es|se|de|a|nuevo|new|nouvo|viejo|old))*\s*:?\s*)"
    r"((?<!\d)\d(?:[ \t]*[,.\-–—]?[ \t]*\d){7,12})(?![\d>])",
    _I,
)
