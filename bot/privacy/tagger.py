"""A learned second look after the rules: a CRF that marks the words of personal details.

The rules (:mod:`bot.privacy.patterns`, :mod:`bot.privacy.names`,
:mod:`bot.privacy.clauses`) know shapes and cue words; on fresh red-team sets
they stopped near 0.87–0.89 of planted details, and what leaks is mostly names
with no cue at all ("sera que yusmely me presta su celular"). A conditional
random field reads each word with its neighbours, its shape and what the name
and vocabulary lists say about it, and learns from the eleven red-team sets the
rules were tuned on, plus published questions and the bot's own training
examples as text with nothing to remove (``scripts/train_scrub_tagger.py``).

It only ever adds: a word it marks (at :data:`THRESHOLD` or above) is replaced by
``<NAME>`` wherever it still stands after the rules. It leaves alone words the
bot's vocabulary knows ("rosa", "client"), towns, placeholders, and text in Title
Case, where every capital looks like a name.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from bot.privacy import names
from bot.privacy.lexicon import (
    AMBIGUOUS,
    CITY_WORDS,
    COMMON_WORDS,
    EVERYDAY,
    FIRST_NAMES,
    GENERIC,
    NAMES,
    PROTECTED,
    SURNAMES,
    fold,
)
from bot.settings import project_root

MODEL = project_root() / "data" / "privacy" / "scrub_tagger.crfsuite"
#: Marginal probability of "personal" from which a word is removed. Chosen on sets
#: S and T held out from training in turn (docs/staff.md, round 18).
THRESHOLD = 0.6
#: An everyday word in lower case ("trabajamos en el mercado") needs more: the tagger learned
#: whole workplace phrases, verbs included, but "tyre" in "the tyre shop by the terminal" is
#: still part of one (docs/staff.md, round 21). Since round 23 it takes "trabajamos" in "yo y
#: <NAME> trabajamos en el mercado" (0.86); 0.9 would keep it but leaked details (round 23).
EVERYDAY_THRESHOLD = 0.8
_TOKEN = re.compile(r"<[A-Z_]+>|[^\W_]+(?:['’.\-@_][^\W_]+)*|\S")
#: Clock times are no one's detail: "after 6pm", "a las 10h".
_TIME = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm|a\.m|p\.m|h|hrs|hs)?", re.IGNORECASE)
#: Nor is the day of an appointment: "on the 22nd at the office", "el 3ro a las 9". An ordinal
#: with more after it stays the model's to judge: "the 2nd of February", "3rd mattress".
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|e|ro|do|to|vo|mo|no)", re.IGNORECASE)
#: … and after a month: "on All Saints' Day, November 1st".
_DAY_BEFORE = re.compile(
    r"\b(?:on\s+the|the|el|le|january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\s+$",
    re.IGNORECASE,
)
_DAY_AFTER = re.compile(r"\s*(?:at\b|a\s+las?\b|[,?.!]|$)", re.IGNORECASE)


def _a_day(text: str, start: int, end: int) -> bool:
    """Whether the token at ``start:end`` is an ordinal day: "on the 14th at the office"."""
    return bool(
        _ORDINAL.fullmatch(text, start, end)
        and _DAY_BEFORE.search(text, max(0, start - 12), start)
        and _DAY_AFTER.match(text, end)
    )


#: Holy names cried out, not people: "Jesús, que calor", "Bondye! m bouke".
_INTERJECTIONS = frozenset(["jesus", "dios", "diosito", "jezi", "bondye", "lord", "god", "senor"])
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÑÈÒÀÇ]")
_LOWER = re.compile(r"[a-záéíóúñèòàç]")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for words, placeholders and single marks."""
    return [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def _shape(word: str) -> str:
    shape = _LOWER.sub("a", _UPPER.sub("A", word))
    return re.sub(r"(.)\1+", r"\1\1", re.sub(r"\d", "9", shape))


def features(toks: list[tuple[int, int, str]], text: str) -> list[dict[str, object]]:
    """One feature dict per token: the word, its shape, the lists, and three words either side."""
    words = [fold(t[2]) for t in toks]
    out: list[dict[str, object]] = []
    for i, (start, _, raw) in enumerate(toks):
        word = words[i]
        row: dict[str, object] = {
            "bias": 1.0,
            "w": word,
            "shape": _shape(raw),
            "suf3": word[-3:],
            "pre3": word[:3],
            "name": word in NAMES,
            "first": word in FIRST_NAMES,
            "sur": word in SURNAMES,
            "common": word in COMMON_WORDS,
            "city": word in CITY_WORDS,
            "amb": word in AMBIGUOUS,
            "cap": raw[:1].isupper(),
            "upper": raw.isupper() and len(raw) > 1,
            "digit": any(ch.isdigit() for ch in raw),
            "alldigit": raw.isdigit(),
            "len": min(len(raw), 12),
            "initial": i == 0 or toks[i - 1][2] in ".!?:\n",
            "nl_before": "\n" in text[toks[i - 1][1] : start] if i else True,
        }
        for k in (-3, -2, -1, 1, 2, 3):
            j = i + k
            if 0 <= j < len(toks):
                row[f"{k}:w"] = words[j]
                row[f"{k}:name"] = words[j] in NAMES
                row[f"{k}:common"] = words[j] in COMMON_WORDS
                row[f"{k}:cap"] = toks[j][2][:1].isupper()
                row[f"{k}:shape"] = _shape(toks[j][2])
            else:
                row[f"{k}:edge"] = True
        if i >= 2:
            row["-2:-1"] = f"{words[i - 2]} {words[i - 1]}"
        out.append(row)
    return out


@lru_cache(maxsize=1)
def _tagger():  # -> pycrfsuite.Tagger | None
    import pycrfsuite

    if not MODEL.exists():
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    return tagger


def marked(text: str, title_case: bool) -> set[str]:
    """The words of ``text`` the model takes for personal details."""
    toks = tokens(text)
    tagger = _tagger()
    if not toks or tagger is None or title_case:
        return set()
    tagger.set(features(toks, text))
    tagger.tag()
    words = [fold(raw) for _, _, raw in toks]
    protected = _protected(words)
    found = {
        i
        for i, (start, end, raw) in enumerate(toks)
        if i not in protected
        and not raw.startswith("<")
        and len(raw) >= 3
        and any(ch.isalpha() for ch in raw)
        and words[i] not in COMMON_WORDS  # "rosa", "client"
        and words[i] not in GENERIC  # "tatuaje", "carpa": the kind, not the detail
        and not _TIME.fullmatch(raw)
        and not _a_day(text, start, end)
        and not (words[i] in _INTERJECTIONS and i + 1 < len(toks) and toks[i + 1][2] in ",!")
        and tagger.marginal("P", i) >= _threshold(raw, words[i])
    }
    if found:
        # nor what the name rules read as a place's name: "a shelter called Esperanza para
        # Todos", "el metro Pino Suárez" (not where the person works: "vendo en el metro …");
        # read only when something was marked, as most passes mark nothing
        # and a town someone comes from: "soy de Tumaco" (bot.privacy.name_places)
        places = {t.start for t in names.Text(text).tokens if t.named or (t.place and t.cap)}
        found = {i for i in found if toks[i][0] not in places}
    return {toks[i][2] for i in found}


def _threshold(raw: str, word: str) -> float:
    """What a word needs: more for an everyday word in lower case ("trabajamos", "yells")."""
    return EVERYDAY_THRESHOLD if raw.islower() and word in EVERYDAY else THRESHOLD


def _protected(words: list[str]) -> set[int]:
    """Positions inside a place, country or institution's name: "Dallas", "Pope Francis".

    Whole names only: "pedro" alone is no place because "San Pedro Sula" is one."""
    inside: set[int] = set()
    for start in range(len(words)):
        for length in (4, 3, 2, 1):
            if " ".join(words[start : start + length]) in PROTECTED:
                inside.update(range(start, start + length))
                break
    return inside


def replace(clean: str, words: set[str]) -> str:
    """``clean`` with every standing occurrence of ``words`` replaced by ``<NAME>``."""
    for word in sorted(words, key=len, reverse=True):
        toks = tokens(clean)
        # not inside a place's name: "la señora Garza de San Pedro Garza García"
        inside = [
            toks[i][:2] for i in _protected([fold(raw) for _, _, raw in toks]) if i < len(toks)
        ]
        clean = re.sub(
            rf"(?<![\w<]){re.escape(word)}(?![\w>])", partial(_unless_inside, inside), clean
        )
    return clean


def _unless_inside(inside: list[tuple[int, int]], match: re.Match[str]) -> str:
    """``<NAME>`` for a marked word, unless it stands inside a protected name."""
    return match.group(0) if any(s <= match.start() < e for s, e in inside) else "<NAME>"


def model_bytes() -> bytes:
    """The model file's bytes (part of the scrubber's version), or nothing without one."""
    return MODEL.read_bytes() if MODEL.exists() else b""
