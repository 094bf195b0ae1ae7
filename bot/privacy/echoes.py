"""A name that a handle or an e-mail already gave away, written again on its own.

"Gen yon nèg sou telegram @bos_dady_mx … Dady di l travay nan INM": the handle goes by
its shape, but "Dady" is in no name list and has no cue, so it stayed. Whoever owns the
account is named by the handle's words, so a word of a removed handle or e-mail that comes
back on its own is that name: it goes too. Ordinary words, places and institutions in a
handle ("@maria_tapachula", "comar.info") stay: only words no list knows count.
"""

from __future__ import annotations

import re

from bot.privacy import handles, patterns
from bot.privacy.lexicon import COMMON_WORDS, EVERYDAY, GENERIC, PROTECTED, fold

_SHAPES = (
    handles.HANDLE,
    handles.HANDLE_SNAKE,
    handles.HANDLE_DOTTED,
    handles.HANDLE_PARTS,
    patterns.EMAIL,
)
_PART = re.compile(r"[^\W\d_]{3,}")


def _parts(text: str) -> set[str]:
    """The words of the handles and e-mails in ``text`` that no list knows."""
    found: set[str] = set()
    for shape in _SHAPES:
        for match in shape.finditer(text):
            account = match.group(0).split("@")[0] if "@" in match.group(0)[1:] else match.group(0)
            for part in _PART.findall(account):
                folded = fold(part)
                if not (
                    folded in COMMON_WORDS
                    or folded in EVERYDAY
                    or folded in GENERIC
                    or folded in PROTECTED
                ):
                    found.add(folded)
    return found


def apply(original: str, clean: str) -> str:
    """``clean`` with every word of a handle or e-mail of ``original`` that stands alone removed."""
    parts = _parts(original)
    if not parts:
        return clean
    words = "|".join(sorted(map(re.escape, parts), key=len, reverse=True))
    return re.sub(rf"(?<![\w<@.])(?i:{words})(?![\w>@])", "<NAME>", clean)
