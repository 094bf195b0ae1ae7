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
from functools import lru_cache
from pathlib import Path

import yaml

from bot.nlu.text import words_only
from bot.settings import project_root

LEXICON = project_root() / "data" / "nlu" / "concepts.yml"


class LexiconError(ValueError):
    """The concept lexicon is broken; the message says where."""


def compile_lexicon(path: Path) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per concept, longest entries first."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise LexiconError(f"{path}: not valid YAML: {error}") from error
    concepts = data.get("concepts") if isinstance(data, dict) else None
    if not isinstance(concepts, dict) or not concepts:
        raise LexiconError(f"{path}: expected a 'concepts:' mapping of names to languages")
    compiled = []
    for name, languages in concepts.items():
        if not isinstance(languages, dict):
            raise LexiconError(f"{path}: concept {name!r}: expected es/en/ht lists")
        alternatives = set()
        for entries in languages.values():
            for entry in entries or []:
                raw = str(entry).strip()
                prefix = raw.endswith("*")
                plain = words_only(raw.rstrip("*"))
                if not plain:
                    continue
                alternatives.add(re.escape(plain) + (r"\w*" if prefix else ""))
        if alternatives:
            ordered = sorted(alternatives, key=len, reverse=True)
            compiled.append((str(name), re.compile(r"\b(?:" + "|".join(ordered) + r")\b")))
    return tuple(compiled)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return compile_lexicon(LEXICON)


def concepts_of(text: str, weight: int = 1) -> list[str]:
    """The concepts a message mentions, as feature names: ``["concept_fraud", …]``.

    Each is repeated ``weight`` times: among tens of thousands of n-grams one
    count would barely move the model (with sublinear TF, 8 counts weigh about
    three times one). A plain module-level function, so that the fitted
    vectorizer that calls it (through ``functools.partial``) pickles with the
    model.
    """
    plain = words_only(text)
    found = [f"concept_{name}" for name, pattern in _lexicon() if pattern.search(plain)]
    return found * weight
