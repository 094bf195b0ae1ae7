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

from functools import partial
from pathlib import Path
from typing import Any

from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from bot.nlu.concepts import concepts_of
from bot.nlu.text import words_only

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
    "concepts": False,
    "concept_weight": 8,
}
#: Words: runs of letters and digits (one letter is a word: "m", "a").
_WORD = r"(?u)\b\w+\b"
COMPONENT = "TfidfLogisticRegressionClassifier"


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
        + (
            # one feature per meaning: "estafa", "engaño", "notario" are all concept_fraud
            [
                (
                    "concepts",
                    CountVectorizer(
                        analyzer=partial(concepts_of, weight=int(config["concept_weight"])),
                        min_df=1,
                    ),
                )
            ]
            if config["concepts"]
            else []
        )
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
