"""The topic classifier's scikit-learn pipeline, without Rasa.

Word 1-2-grams and character 2-5-grams within word boundaries (both seen in at
least two examples, on lower-cased text without accents or punctuation), sublinear TF-IDF over the two together,
then a class-balanced logistic regression. The Rasa component
(:mod:`bot.nlu.components`) fits this pipeline inside Rasa's graph; the
cross-validation stand-in (``bench/learning_curve.py``) fits the very same one
in plain scikit-learn, from ``config.yml``'s settings.

Why one-vs-rest ``liblinear`` and not the multinomial ``lbfgs`` fit: at C=100
``lbfgs`` needed 300-400 iterations over the whole matrix (more than two
minutes on two cores); ``liblinear`` fits one topic against the rest with a
Newton method in about 15 iterations, 20 s for all 31 topics, with the same
cross-validation macro F1 and held-out probabilities as good for the fallback
threshold (log loss 0.33 against 0.34; docs/nlu.md).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

#: The component's settings when ``config.yml`` does not give them.
DEFAULTS: dict[str, Any] = {
    "word_ngrams": [1, 2],
    "char_ngrams": [2, 5],
    "min_df": 2,
    "sublinear_tf": True,
    "C": 100.0,
    "solver": "liblinear",
    "max_iter": 1000,
    "tol": 1e-3,
    "random_state": 2026,
}
#: Words: runs of letters and digits (one letter is a word: "m", "a").
_WORD = r"(?u)\b\w+\b"
_NOT_WORD = re.compile(r"[^\w]+")
COMPONENT = "TfidfLogisticRegressionClassifier"


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


def build_pipeline(config: dict[str, Any]) -> Pipeline:
    """The unfitted pipeline ``config`` describes (missing keys: :data:`DEFAULTS`)."""
    config = {**DEFAULTS, **config}
    counts = {"min_df": int(config["min_df"]), "preprocessor": words_only}
    ngrams = FeatureUnion(
        [
            (
                "words",
                CountVectorizer(
                    analyzer="word",
                    token_pattern=_WORD,
                    ngram_range=tuple(config["word_ngrams"]),
                    **counts,
                ),
            ),
            (
                "chars",
                CountVectorizer(
                    analyzer="char_wb", ngram_range=tuple(config["char_ngrams"]), **counts
                ),
            ),
        ]
    )
    return Pipeline(
        [
            ("ngrams", ngrams),
            ("tfidf", TfidfTransformer(sublinear_tf=bool(config["sublinear_tf"]))),
            (
                "logreg",
                LogisticRegression(
                    C=float(config["C"]),
                    solver=config["solver"],
                    max_iter=int(config["max_iter"]),
                    tol=float(config["tol"]),
                    class_weight="balanced",
                    random_state=config["random_state"],
                ),
            ),
        ]
    )


def configured(config_path: Path) -> dict[str, Any]:
    """The component's settings in ``config.yml`` over :data:`DEFAULTS`."""
    import yaml

    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    for component in config["pipeline"]:
        if component["name"].endswith(COMPONENT):
            return {**DEFAULTS, **{k: v for k, v in component.items() if k != "name"}}
    raise ValueError(f"{config_path}: no {COMPONENT} in the pipeline")
