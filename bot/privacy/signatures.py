"""A name signed at the end of a message: on its last line, or after a dash.

"… ¿cuánto tarda? — Marlon", "Mèsi\nBernadette", "… the appeal. Achu": the name that
closes a message is a name whatever it is, once it is capitalised and no everyday word.
A title or a kin word before it stays ("— Mama Ngozi" keeps "Mama"); a couple signs
together, and "and" between them stays ("Kind regards,\nMykola and Halyna Bondarenko").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.privacy.cues import cues_at

if TYPE_CHECKING:
    from bot.privacy.names import Text

#: The word between two people signing together.
_AND = frozenset(["and", "y", "e", "et", "ak", "&"])


def signature(text: Text) -> list[int]:
    """A name signed on the last line, or after a dash at the end."""
    tokens = text.tokens
    if not tokens:
        return []
    body = text.text.rstrip(" \t\n.!")
    cut = max(body.rfind("\n"), body.rfind(" - "), body.rfind("—"), body.rfind("–"))
    end = max(body.rfind(". "), body.rfind("? "), body.rfind("! "))  # "… the appeal. Achu"
    cut = end + 1 if end > cut and len(body[end:].split()) == 2 else cut
    cut = 0 if body.startswith("- ") and cut < 0 else cut
    line = [i for i, t in enumerate(tokens) if t.start > cut] if cut >= 0 else []
    titled = (
        [n for mode, n in cues_at(text, line[0]) if mode in ("title", "family")] if line else []
    )
    line = line[titled[0] :] if titled and titled[0] < len(line) else line  # "— Mama Ngozi"
    # "Mykola and Halyna Bondarenko": the "and" between two capitalised words stays
    line = [
        i
        for n, i in enumerate(line)
        if not (0 < n < len(line) - 1 and tokens[i].raw.lower() in _AND)
    ]
    words = [tokens[i] for i in line]
    # an initial after the name is part of it: "Grace A."
    initial = [t for t in words[1:] if len(t.raw) == 1 and t.raw.isupper()]
    words = [t for t in words if t not in initial]
    if not 1 <= len(line) <= 4 or any(
        not t.raw[:1].isupper() or t.handle or t.placeholder or t.place or (t.common and not t.name)
        for t in words
    ):
        return []
    return line if any(t.name or not t.common for t in words) else []
