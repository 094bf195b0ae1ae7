"""Words that mean the same thing, as one feature each: "estafa", "engaño", "notario" are *fraud*.

The topic model learns words and pieces of words from its examples, so a
question that uses a word no example used ("¿qué es un notario?", "derivative
status") has little to go on. The concept lexicon (``data/nlu/concepts.yml``,
plain YAML that volunteers can extend) groups the words and phrases of one
meaning in es/en/ht; each concept found in a message becomes one extra
feature of the topic model (``concepts: true`` in ``config.yml``), so a
synonym the examples never used still points the right way.

Entries are matched on the text as the model sees it (lower case, no accents,
no punctuation), as whole words or phrases; an entry ending in ``*`` matches
any word that starts with it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlu.text import words_only
from bot.settings import project_root

LEXICON = project_root() / "data" / "nlu" / "concepts.yml"


class LexiconError(ValueError):
    """The concept lexicon is broken; the message says where."""


@dataclass(frozen=True)
class Lexicon:
    """The concepts as lookup tables: whole words, word beginnings, phrases.

    One pass over a message's words instead of one regular expression per
    concept: matching 46 alternations of up to 150 entries on every message
    made training 20 s slower and parsing twice as slow.
    """

    words: dict[str, frozenset[str]]
    #: word beginnings ("estaf" for "estaf*"), by length
    prefixes: dict[int, dict[str, frozenset[str]]]
    #: phrases of n words, by n
    phrases: dict[int, dict[str, frozenset[str]]]
    #: the rare phrase whose last word is a beginning ("pedir asil*")
    patterns: tuple[tuple[str, re.Pattern[str]], ...]

    def find(self, plain: str) -> set[str]:
        """The concept names in ``plain`` (text as :func:`words_only` returns it)."""
        tokens = plain.split()
        found: set[str] = set()
        for token in tokens:
            found |= self.words.get(token, frozenset())
            for length, table in self.prefixes.items():
                if len(token) >= length:
                    found |= table.get(token[:length], frozenset())
        for size, table in self.phrases.items():
            for start in range(len(tokens) - size + 1):
                found |= table.get(" ".join(tokens[start : start + size]), frozenset())
        found.update(name for name, pattern in self.patterns if pattern.search(plain))
        return found


def compile_lexicon(path: Path) -> Lexicon:
    """Read and check the lexicon; raise :class:`LexiconError` naming the file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise LexiconError(f"{path}: not valid YAML: {error}") from error
    concepts = data.get("concepts") if isinstance(data, dict) else None
    if not isinstance(concepts, dict) or not concepts:
        raise LexiconError(f"{path}: expected a 'concepts:' mapping of names to languages")
    words: dict[str, set[str]] = defaultdict(set)
    prefixes: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    phrases: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    patterns = []
    for name, languages in concepts.items():
        if not isinstance(languages, dict):
            raise LexiconError(f"{path}: concept {name!r}: expected es/en/ht lists")
        for entries in languages.values():
            for entry in entries or []:
                raw = str(entry).strip()
                prefix = raw.endswith("*")
                plain = words_only(raw.rstrip("*"))
                size = len(plain.split())
                if not plain:
                    continue
                if size == 1 and prefix:
                    prefixes[len(plain)][plain].add(str(name))
                elif size == 1:
                    words[plain].add(str(name))
                elif not prefix:
                    phrases[size][plain].add(str(name))
                else:
                    patterns.append((str(name), re.compile(rf"\b{re.escape(plain)}\w*\b")))
    return Lexicon(
        {word: frozenset(names) for word, names in words.items()},
        {n: {k: frozenset(v) for k, v in t.items()} for n, t in prefixes.items()},
        {n: {k: frozenset(v) for k, v in t.items()} for n, t in phrases.items()},
        tuple(patterns),
    )


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return compile_lexicon(LEXICON)


def concepts_of(text: str, weight: int = 1) -> list[str]:
    """The concepts a message mentions, as feature names: ``["concept_fraud", …]``.

    Each is repeated ``weight`` times: among tens of thousands of n-grams one
    count would barely move the model (with sublinear TF, 8 counts weigh about
    three times one). A plain module-level function, so that the fitted
    vectorizer that calls it (through ``functools.partial``) pickles with the
    model.
    """
    found = sorted(_lexicon().find(words_only(text)))
    return [f"concept_{name}" for name in found] * weight
