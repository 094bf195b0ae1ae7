"""How well the scrubber does on a red-team set: planted details removed, control text kept.

A red-team file has one JSON object per line: ``{"id", "lang", "text",
"details": [{"kind", "value"}], "keep": [spans that must survive]}``; control
lines have no details. The measure is strict and simple:

- **removed**: a planted detail counts as removed when none of its identifying
  tokens is left in the scrubbed text more often than it occurs in the original
  text outside the planted details. Tokens are compared case- and
  accent-insensitively; placeholders such as ``<NAME>`` are ignored. A token is
  identifying when it has 3+ letters or digits, or 2+ digits, and is not a
  generic word (street and shelter words, titles, months, e-mail providers and
  their spellings, kinds of school or business: :data:`bot.privacy.lexicon.GENERIC`); for the kinds that are not names,
  usernames or e-mails, ordinary words of the bot's vocabulary and city names
  are not identifying either (``casa azul numero 17`` must lose ``17``, not
  ``casa``). A detail with no such token falls back to all its non-generic
  tokens, then to all of them (``cama 8`` must lose ``8``).
- **keep spans preserved**: each ``keep`` span is still in the scrubbed text,
  verbatim (up to runs of spaces, which the scrubber writes as one).
- **controls unchanged**: control lines come out identical (up to runs of spaces).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.privacy.lexicon import CITY_WORDS, COMMON_WORDS, GENERIC

_TOKEN = re.compile(r"[^\W_]+")
_PLACEHOLDER = re.compile(r"<[A-Z_]+>")


#: City names are cut into tokens like everything else: "Pétion-Ville" is "petion" and "ville".
_CITY_TOKENS = frozenset(part for word in CITY_WORDS for part in _TOKEN.findall(word))
#: Kinds whose every word is identifying.
_ALL_WORDS_COUNT = {"name", "username", "email"}


def fold(text: str) -> str:
    """Lower case, accents removed: how tokens are compared."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(fold(_PLACEHOLDER.sub(" ", text)))


def identifying(value: str, kind: str) -> list[str]:
    """The tokens of a detail's value that must not survive."""
    everything = tokens(value)
    skip = GENERIC if kind in _ALL_WORDS_COUNT else GENERIC | COMMON_WORDS | _CITY_TOKENS
    plain = [t for t in everything if t not in skip]
    strong = [t for t in plain if len(t) >= 3 or (t.isdigit() and len(t) >= 2)]
    return strong or plain or [t for t in everything if t not in GENERIC] or everything


def leaked(text: str, clean: str, details: list[dict[str, str]]) -> list[bool]:
    """For each detail, whether one of its identifying tokens survived."""
    outside = text
    for detail in sorted(details, key=lambda d: -len(d["value"])):
        outside = outside.replace(detail["value"], " ")
    before = Counter(tokens(outside))
    after = Counter(tokens(clean))
    return [any(after[t] > before[t] for t in identifying(d["value"], d["kind"])) for d in details]


@dataclass
class Figures:
    """Counts for one language (or all): by kind, keep spans, control lines."""

    removed: Counter[str] = field(default_factory=Counter)
    planted: Counter[str] = field(default_factory=Counter)
    keep_total: int = 0
    keep_kept: int = 0
    controls: int = 0
    controls_unchanged: int = 0

    @property
    def recall(self) -> float:
        return sum(self.removed.values()) / max(1, sum(self.planted.values()))

    @property
    def keep_rate(self) -> float:
        return self.keep_kept / max(1, self.keep_total)

    @property
    def control_rate(self) -> float:
        return self.controls_unchanged / max(1, self.controls)


@dataclass
class Failure:
    id: str
    text: str
    clean: str
    missed: list[dict[str, str]]
    lost: list[str]


def load(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


_SPACES = re.compile(r"[ \t]{2,}")


def _spaced(text: str) -> str:
    return _SPACES.sub(" ", text)


def evaluate(
    rows: Iterable[dict], scrub: Callable[[str], str]
) -> tuple[dict[str, Figures], list[Failure]]:
    """Figures per language (and ``all``), and the failing lines."""
    figures: dict[str, Figures] = defaultdict(Figures)
    failures = []
    for row in rows:
        text, details, keep = row["text"], row["details"], row.get("keep", [])
        clean = scrub(text)
        leaks = leaked(text, clean, details)
        # runs of spaces count as one, as the scrubber writes them: "hospital  gratis"
        lost = [span for span in keep if _spaced(span) not in _spaced(clean)]
        for lang in (row["lang"], "all"):
            fig = figures[lang]
            for detail, leak in zip(details, leaks, strict=True):
                fig.planted[detail["kind"]] += 1
                fig.removed[detail["kind"]] += not leak
            fig.keep_total += len(keep)
            fig.keep_kept += len(keep) - len(lost)
            if not details:
                fig.controls += 1
                fig.controls_unchanged += _spaced(clean) == _spaced(text).strip()
        changed = not details and _spaced(clean) != _spaced(text).strip()
        if any(leaks) or lost or changed:
            missed = [d for d, leak in zip(details, leaks, strict=True) if leak]
            failures.append(Failure(row["id"], text, clean, missed, lost))
    return dict(figures), failures


def table(figures: dict[str, Figures], languages: Iterable[str] = ("es", "en", "ht")) -> str:
    """A Markdown table: removed/planted per kind and language, then the keep rates."""
    languages = [lang for lang in languages if lang in figures] + ["all"]
    kinds = sorted(figures["all"].planted)
    lines = [
        "| kind | " + " | ".join(languages) + " |",
        "| --- |" + " --- |" * len(languages),
    ]
    for kind in kinds:
        cells = []
        for lang in languages:
            fig = figures[lang]
            cells.append(f"{fig.removed[kind]}/{fig.planted[kind]}" if fig.planted[kind] else "-")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    lines.append(
        "| **details removed** | "
        + " | ".join(f"**{figures[lang].recall:.3f}**" for lang in languages)
        + " |"
    )
    lines.append(
        "| keep spans preserved | "
        + " | ".join(
            f"{figures[lang].keep_rate:.3f} ({figures[lang].keep_kept}/{figures[lang].keep_total})"
            for lang in languages
        )
        + " |"
    )
    lines.append(
        "| control lines unchanged | "
        + " | ".join(
            f"{figures[lang].control_rate:.3f} ({figures[lang].controls_unchanged}/{figures[lang].controls})"
            for lang in languages
        )
        + " |"
    )
    return "\n".join(lines)
