"""Names set apart by layout rather than by words: contact cards, brackets, appositions.

:mod:`bot.privacy.cues` finds a name by the words before it ("me llamo",
"my cousin"). People also paste a contact card or a signature block, where
the name stands alone on its line beside a phone or passport line; write their
name in brackets ("new number for me (Merci Ngoy)"); or start with a name that
the rest of the sentence describes ("Milagros, the Venezuelan lady in tent 8",
"Rosa from room 2"), or list names side by side ("mis hijos yusmary y
yulieski", "Carlos and Luz"). These rules run inside
:func:`bot.privacy.names.find`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.privacy.cues import unknown_word
from bot.privacy.lexicon import AMBIGUOUS

if TYPE_CHECKING:
    from bot.privacy.names import Text, Token

#: A line of a contact card that is no name: "Phone:", "Passport:", "+52 …", an e-mail.
_DETAIL_LINE = re.compile(
    r"<(?:PHONE|ID|EMAIL|CASE|CURP|USERNAME|ADDRESS|CARD|DATE)>|"
    r"^\s*(?i:phone|tel|tel[eé]fono|cel|celular|passport|pasaporte|pasp[oò]|email|e-mail|correo|"
    r"imel|whatsapp|wa|dni|id|curp)\s*:",
    re.MULTILINE,
)
#: Words that describe a person named just before them: "Milagros, the Venezuelan lady".
_PERSON = frozenset(
    re.findall(
        r"\S+",
        """lady man woman girl boy guy kid child señora señor senora senor muchacha muchacho chava
        chavo niña nina niño nino mujer hombre madanm fanm nèg neg fi gason ti moun mother father
        mom dad mama papa mamá papá who que ki""",
    )
)
_ARTICLES = frozenset(["the", "a", "an", "la", "el", "una", "un", "yon"])
_FROM = frozenset(["from", "del", "de", "nan"])


#: One member of a family list: a name and an age ("wilmer arnoldo cruz 34 años", "Sofia 8").
_MEMBER = re.compile(
    r"(?:^|\n|,|;)[ \t]*(?:[-•*][ \t]*)?(?:(?i:la|el|mi|my|ti)[ \t]+(?:\w+[ \t]+){0,2}?)?"
    r"(?P<name>(?:[^\W\d_][\w'’-]*[ \t]+){0,3}[^\W\d_][\w'’-]*)[ \t]*,?[ \t]*\d{1,2}\b"
    r"(?:[ \t]*(?i:años|anos|ans?|years?(?:[ \t]+old)?|yrs?|y/o|mois|meses|months))?"
    r"[ \t]*(?=$|\n|,|;|\.)"
)


def found(text: Text) -> set[int]:
    """Indexes of the tokens that layout marks as a name."""
    return _card_lines(text) | _bracketed(text) | _described(text) | _members(text)


def _members(text: Text) -> set[int]:
    """Two or more "name age" items, on lines or between commas: a list of people."""
    matches = list(_MEMBER.finditer(text.text))
    if len(matches) < 2:
        return set()
    out: set[int] = set()
    for match in matches:
        item = [i for i in _within(text, *match.span("name")) if not text.tokens[i].placeholder]
        # every word of the item looks like a name: not "m gen 29 an" (I am 29)
        if item and all(_name_like(text.tokens[i]) for i in item):
            out.update(item)
    return out


def _name_like(token: Token) -> bool:
    listed = token.name and len(token.word) > 2  # not "li", "an"
    return (listed or (not token.common and len(token.word) > 2)) and not token.place


def _plausible(text: Text, indexes: list[int]) -> bool:
    """Capitalised words, none an ordinary word or a place, one at least a name or unknown."""
    tokens = [text.tokens[i] for i in indexes]
    if not tokens or any(t.placeholder or t.handle or t.place for t in tokens):
        return False
    if any(not t.raw[:1].isupper() for t in tokens):
        return False
    if any(t.common and not t.name for t in tokens):
        return False
    return any(t.name or not t.common for t in tokens)


def _card_lines(text: Text) -> set[int]:
    """A line of two to four capitalised words in a message that also holds a phone or id line."""
    if text.text.count("\n") < 1 or not _DETAIL_LINE.search(text.text):
        return set()
    out: set[int] = set()
    offset = 0
    for line in text.text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        indexes = _within(text, start, end)
        bare = re.sub(r"[\w'’.-]+", "", line).strip(" \t,")
        if 2 <= len(indexes) <= 4 and not bare and _plausible(text, indexes):
            out.update(indexes)
    return out


def _bracketed(text: Text) -> set[int]:
    """Two or three capitalised words in brackets: "(Merci Ngoy)"."""
    out: set[int] = set()
    for match in re.finditer(r"\(([^()\n]{3,60})\)", text.text):
        indexes = _within(text, *match.span(1))
        if 2 <= len(indexes) <= 3 and _plausible(text, indexes):
            out.update(indexes)
    return out


def _described(text: Text) -> set[int]:
    """A name that opens the message, then what the sentence says about that person."""
    tokens = text.tokens
    if len(tokens) < 3 or not tokens[0].name or not tokens[0].cap or tokens[0].place:
        return set()
    gap = text.gap(0).strip(" \t")
    following = [t.word for t in tokens[1:5]]
    if gap == "," and following[0] in _ARTICLES and _PERSON & set(following[1:]):
        return {0}
    places = ("<PLACE>", "<ADDRESS>", "<NUMBER>")
    if not gap and following[0] in _FROM and any(t.raw in places for t in tokens[2:4]):
        return {0}
    return set()


def listed(text: Text, found: set[int]) -> set[int]:
    """Names beside names: "Carlos and Luz", "WILBENS AK WIDLENE"; a clause of unknown capitals.

    A comma-separated clause of two or three capitalised words that no list knows as ordinary
    words or places is a name too: "…, Kouassi Yao".
    """
    tokens = text.tokens
    more: set[int] = set()
    for i, token in enumerate(tokens):
        if token.placeholder or token.place or i in found or token.handle:
            continue
        if token.cap:
            plausible = token.name or not token.common
        else:
            # "mis hijos yusmary y yulieski", "blessing, fortune ak mackenson": in lower case, a
            # word no list knows, or a name, between or after names
            plausible = (
                unknown_word(token)
                or (token.name and not token.common)
                or (token.word in AMBIGUOUS and _between_found(i, found))
            )
        for conj, other in ((i - 1, i - 2), (i + 1, i + 2)):
            if not (0 <= other < len(tokens) and other in found and plausible):
                continue
            if tokens[conj].word in ("and", "y", "e", "ak", "et") or (
                # "…, Kettelie, wilna": not "Okafor, they hacked it"
                not token.cap and not tokens[conj].common and _comma_between(text, min(i, other))
            ):
                more.add(i)
    start = 0
    while start < len(tokens):
        end = start
        while end + 1 < len(tokens) and joined(text.gap(end)) and end - start < 3:
            end += 1
        run = range(start, end + 1)
        before = text.text[: tokens[start].start].rstrip(" \t")
        after = text.gap(end).strip(" \t")
        if (
            2 <= len(run) <= 3
            and (not before or before[-1] == ",")
            and (not after or after[0] in ",.\n")
            and before
            and all(tokens[k].cap and not tokens[k].common and not tokens[k].place for k in run)
            and not any(tokens[k].placeholder or tokens[k].handle for k in run)
        ):
            more.update(run)
        start = end + 1
    return more


def _within(text: Text, start: int, end: int) -> list[int]:
    """Indexes of the tokens that lie inside ``text.text[start:end]``."""
    return [i for i, t in enumerate(text.tokens) if start <= t.start and t.end <= end]


def _between_found(index: int, found: set[int]) -> bool:
    """A found name on each side, one or two words away: "blessing, fortune ak mackenson"."""
    before = any(index - k in found for k in (1, 2))
    after = any(index + k in found for k in (1, 2))
    return before and after


def _comma_between(text: Text, left: int) -> bool:
    """Tokens ``left`` and ``left + 1`` are separated by a comma only: a list of names."""
    return text.gap(left).strip(" \t") == ","


def joined(gap: str) -> bool:
    """Two words of one name: only spaces (or a hyphen) between them."""
    return not gap.strip(" \t-")
