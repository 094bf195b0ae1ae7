"""Replacing one part of a match: the rules' shared last step.

Most rules find a detail by the words around it ("mi insta es …", "trabajo en
la maquiladora …") and must replace only the detail, keeping the cue that
found it, so staff still read the question's shape.
"""

from __future__ import annotations

import re


def replace_group(match: re.Match[str], placeholder: str, index: int | str = 1) -> str:
    """The match with its group ``index`` replaced by ``placeholder``, the rest as it was."""
    start, end = match.span(index)
    whole, offset = match.group(0), match.start(0)
    return whole[: start - offset] + placeholder + whole[end - offset :]
