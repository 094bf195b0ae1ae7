"""The fast prediction path gives scikit-learn's own probabilities, for both model shapes."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, make_pipeline

from bot.nlu.fast_linear import FastLinear

TEXTS = [
    "cuanto tiempo tengo para pedir refugio",
    "necesito un abogado gratis en tapachula",
    "how many days do i have to apply for asylum",
    "i need a free lawyer please",
    "konbyen tan m genyen pou m mande refij",
    "m bezwen yon avoka gratis",
    "la comar me nego el refugio que hago",
    "comar rejected my case what now",
    "yo refize m nan comar kisa pou m fe",
] * 3
LABELS = ["deadline", "legal_help", "deadline", "legal_help", "deadline", "legal_help"] + [
    "negative_decision"
] * 3
LABELS = LABELS * 3
UNSEEN = ["", "refugio refugio refugio", "zzz qqq", "m pa konprann 🙏", "ABOGADO!!!", "x" * 5000]


def test_matches_a_feature_union_of_tfidf_vectorizers() -> None:
    pipeline = make_pipeline(
        FeatureUnion(
            [
                (
                    "chars",
                    TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True),
                ),
                ("words", TfidfVectorizer(analyzer="word")),
            ]
        ),
        LogisticRegression(C=20.0, max_iter=2000),
    ).fit(TEXTS, LABELS)
    fast = FastLinear(pipeline)
    texts = TEXTS + UNSEEN
    assert list(fast.classes_) == list(pipeline.classes_)
    np.testing.assert_allclose(fast.predict_proba(texts), pipeline.predict_proba(texts), atol=1e-12)


@pytest.mark.parametrize("sublinear", [True, False])
def test_matches_tfidf_on_count_rows(sublinear: bool) -> None:
    counts = CountVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit(TEXTS)
    pipeline = make_pipeline(
        TfidfTransformer(sublinear_tf=sublinear),
        LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced"),
    ).fit(counts.transform(TEXTS), LABELS)
    fast = FastLinear(pipeline)
    rows = [csr_matrix(counts.transform([text])) for text in TEXTS + UNSEEN]
    expected = pipeline.predict_proba(counts.transform(TEXTS + UNSEEN))
    np.testing.assert_allclose(fast.predict_proba(rows), expected, atol=1e-12)
    # an empty message (no known n-gram) still gets a distribution, not a division by zero
    assert np.isclose(fast.predict_proba(rows[len(TEXTS)]).sum(), 1.0)


@pytest.mark.parametrize("solver", ["liblinear", "lbfgs"])
def test_matches_the_topic_models_pipeline(solver: str) -> None:
    """A union of count vectorizers, one TF-IDF over both, one-vs-rest or multinomial."""
    from bot.nlu.topic_model import build_pipeline

    pipeline = build_pipeline({"min_df": 1, "solver": solver}).fit(TEXTS, LABELS)
    fast = FastLinear(pipeline)
    texts = TEXTS + UNSEEN
    np.testing.assert_allclose(fast.predict_proba(texts), pipeline.predict_proba(texts), atol=1e-12)
    assert np.allclose(fast.predict_proba([""]).sum(), 1.0)


def test_refuses_a_pipeline_it_cannot_reproduce() -> None:
    pipeline = make_pipeline(CountVectorizer(), LogisticRegression()).fit(TEXTS, LABELS)
    with pytest.raises(TypeError):
        FastLinear(pipeline)
    # TfidfVectorizers already weigh their own blocks: a second TF-IDF is not supported
    weighted_twice = make_pipeline(
        FeatureUnion([("chars", TfidfVectorizer(analyzer="char_wb"))]),
        TfidfTransformer(),
        LogisticRegression(),
    ).fit(TEXTS, LABELS)
    with pytest.raises(TypeError):
        FastLinear(weighted_twice)
