"""Which language a message is written in: ``es``, ``en``, ``ht`` or ``other``.

No off-the-shelf detector we tried separates informal Haitian Creole from
French, or two-word Spanish from Galician, well enough (``langid`` scores
0.92 on the dev sample), so we train a small character n-gram model on the
bot's own training data (``nlu/<lang>/``) plus a corpus of French, Portuguese
and other languages (``data/langid/other.txt``) that must come out ``other``.
The user's chosen language acts as a prior for very short messages, where
"ok" or "mesi" carry almost no evidence.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.nlu.data import iter_examples
from bot.settings import LANGUAGES

OTHER = "other"
#: Bump when the features or the classifier below change: it forces a retrain.
FEATURES_VERSION = 1
LABELS: tuple[str, ...] = (*LANGUAGES, OTHER)
#: Messages with at most this many words lean on the user's chosen language.
SHORT_WORDS = 3
#: How strongly the chosen language counts (a likelihood ratio): one word such as
#: "ok" or "gracias" says almost nothing; three words say more.
PRIOR_WEIGHT = {1: 50.0, 2: 8.0, 3: 4.0}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class LanguageGuess:
    language: str
    confidence: float


def normalise(text: str) -> str:
    """Lower-case and strip what carries no language signal (digits, URLs, emoji)."""
    text = re.sub(r"https?://\S+|@\w+", " ", text.lower())
    text = "".join(ch if ch.isalpha() or ch.isspace() or ch in "'’-" else " " for ch in text)
    return " ".join(text.split())


def normalise_plain(text: str) -> str:
    """:func:`normalise` without diacritics: "què" and "que" share evidence."""
    decomposed = unicodedata.normalize("NFKD", normalise(text))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class LanguageDetector:
    """A trained character n-gram classifier plus the short-message prior."""

    def __init__(self, pipeline: object) -> None:
        from bot.nlu.fast_linear import FastLinear

        self._pipeline = pipeline
        self._classes: list[str] = list(pipeline.classes_)  # type: ignore[attr-defined]
        self._fast = FastLinear(pipeline)  # type: ignore[arg-type]

    @classmethod
    def train(cls, samples: Sequence[tuple[str, str]]) -> LanguageDetector:
        """Fit on ``(text, label)`` pairs; labels are es/en/ht/other."""
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, make_pipeline

        features = FeatureUnion(
            [
                (
                    "chars",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=(1, 4),
                        sublinear_tf=True,
                        preprocessor=normalise,
                    ),
                ),
                (
                    "plain_chars",
                    TfidfVectorizer(
                        analyzer="char_wb",
                        ngram_range=(2, 4),
                        sublinear_tf=True,
                        preprocessor=normalise_plain,
                    ),
                ),
                (
                    "words",
                    TfidfVectorizer(analyzer="word", sublinear_tf=True, preprocessor=normalise),
                ),
            ]
        )
        pipeline = make_pipeline(features, LogisticRegression(C=20.0, max_iter=2000))
        texts = [text for text, _ in samples]
        labels = [label for _, label in samples]
        pipeline.fit(texts, labels)
        return cls(pipeline)

    def detect(self, text: str, prior: str | None = None) -> LanguageGuess:
        """Guess the language of ``text``; ``prior`` is the user's chosen language."""
        words = _WORD.findall(normalise(text))
        if not words:
            return LanguageGuess(OTHER, 0.0)
        probabilities = dict(zip(self._classes, self._fast.predict_proba([text])[0], strict=True))
        if len(words) <= SHORT_WORDS:
            if prior in probabilities:
                probabilities[prior] *= PRIOR_WEIGHT[len(words)]
            # two words are weak evidence for "a language we do not speak"
            probabilities[OTHER] /= 2.0
            total = sum(probabilities.values())
            probabilities = {k: v / total for k, v in probabilities.items()}
        language = max(probabilities, key=probabilities.__getitem__)
        return LanguageGuess(language, float(probabilities[language]))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            pickle.dump(self._pipeline, handle)

    @classmethod
    def load(cls, path: Path) -> LanguageDetector:
        with path.open("rb") as handle:
            return cls(pickle.load(handle))


def training_samples(nlu_dir: Path, other_dir: Path) -> list[tuple[str, str]]:
    """Examples from ``nlu/<lang>/`` labelled by folder, plus ``other`` corpora."""
    samples = [
        (example.text, example.language)
        for example in iter_examples(nlu_dir)
        if example.language in LANGUAGES
    ]
    for path in sorted(other_dir.glob("*.txt")):
        samples.extend((line, OTHER) for line in _lines(path.read_text(encoding="utf-8")))
    return samples


def _lines(text: str) -> Iterable[str]:
    return (line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
