"""Message text as the topic model and the concept lexicon see it: lower case, no accents."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w]+")


def words_only(text: str) -> str:
    """Lower case, accents stripped, punctuation and emoji turned into spaces.

    What Rasa's ``WhitespaceTokenizer`` used to hand the featurizers. Without
    it, "refugio," would make character n-grams of its comma instead of the
    word ending ("gio "): "la comar me nego el refugio, que puedo hacer" fell
    under the fallback threshold.
    """
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", plain).split())
