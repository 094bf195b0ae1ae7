"""The stand-ins for what :func:`bot.privacy.offices.shield` sets aside before the rules run.

An office's street, line or name becomes ``<OFFICEA>``; a shelter, a hospital or an
organisation ``<KEPTB>``. The rules read a slot as a named place that ends a clause, never
as a detail, and :func:`bot.privacy.offices.restore` puts the text back. The shapes live
here so that the shield and the rules that look for slots cannot drift apart.
"""

from __future__ import annotations

OFFICE = "OFFICE"
KEPT = "KEPT"
#: How any slot starts, as a pattern: "<OFFICEA>", "<KEPTB>".
START = rf"<(?:{OFFICE}|{KEPT})"
#: How an office's slot starts: a room number before one is an appointment's.
OFFICE_START = f"<{OFFICE}"


def slot(index: int, kind: str = OFFICE) -> str:
    """The placeholder-shaped stand-in for the ``index``-th thing set aside: "<OFFICEA>"."""
    return f"<{kind}{chr(ord('A') + index)}>"


def is_slot(word: str) -> bool:
    """Whether ``word`` (stripped of punctuation) is a slot."""
    return word.startswith((f"<{OFFICE}", f"<{KEPT}"))
