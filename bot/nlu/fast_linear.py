"""scikit-learn's TF-IDF + logistic-regression predictions, without the per-call overhead.

Both of our models (the topic classifier inside Rasa and the language detector)
are a TF-IDF weighting followed by a logistic regression. Asking scikit-learn
for one message's probabilities costs several milliseconds, almost all of it
bookkeeping: ``TfidfTransformer`` rebuilds its IDF diagonal matrix and the
sparse-times-dense product copies the transposed coefficient matrix on every
call. Profiling the load benchmark put that at a third of the bot's CPU per
update (docs/benchmarks.md).

:class:`FastLinear` reads the fitted parameters once and does the same
arithmetic on prepared arrays. It does not train and it does not approximate:
``tests/nlu/test_fast_linear.py`` checks its output against ``predict_proba`` of
the fitted pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack
from sklearn.feature_extraction.text import (
    CountVectorizer,
    TfidfTransformer,
    TfidfVectorizer,
)
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline


@dataclass(frozen=True)
class _Weighting:
    """A fitted TF-IDF weighting: sublinear tf, idf, row norm."""

    sublinear: bool
    idf: np.ndarray | None
    norm: str | None

    @classmethod
    def of(cls, fitted: TfidfTransformer | TfidfVectorizer) -> _Weighting:
        idf = np.asarray(fitted.idf_, dtype=np.float64) if fitted.use_idf else None
        return cls(bool(fitted.sublinear_tf), idf, fitted.norm)

    def apply(self, counts: csr_matrix) -> csr_matrix:
        matrix = csr_matrix(counts, dtype=np.float64, copy=True)
        matrix.sum_duplicates()
        if self.sublinear:
            np.log(matrix.data, out=matrix.data)
            matrix.data += 1.0
        if self.idf is not None:
            matrix.data *= self.idf[matrix.indices]
        if self.norm is not None:
            for row in range(matrix.shape[0]):
                values = matrix.data[matrix.indptr[row] : matrix.indptr[row + 1]]
                length = (
                    np.sqrt(np.dot(values, values)) if self.norm == "l2" else np.abs(values).sum()
                )
                if length > 0:
                    values /= length
        return matrix


class FastLinear:
    """Predict probabilities from a fitted ``Pipeline`` of TF-IDF and ``LogisticRegression``.

    Supported shapes:

    - ``[TfidfTransformer, LogisticRegression]`` (input: sparse count rows);
    - ``[FeatureUnion of TfidfVectorizer, LogisticRegression]`` (input: texts),
      the language detector;
    - ``[FeatureUnion of CountVectorizer, TfidfTransformer, LogisticRegression]``
      (input: texts), the topic classifier.
    """

    def __init__(self, pipeline: Pipeline) -> None:
        *features, (_, model) = pipeline.steps
        if not isinstance(model, LogisticRegression) or len(features) not in (1, 2):
            raise TypeError("expected a pipeline of TF-IDF steps and a LogisticRegression")
        steps = [step for _, step in features]
        #: Vectorizers of the texts (empty: the input is count rows), each with its
        #: own weighting or None when one TF-IDF step weighs their concatenation.
        self._vectorizers: list[tuple[CountVectorizer, _Weighting | None]] = []
        self._weighting: _Weighting | None = None
        if isinstance(steps[-1], TfidfTransformer):
            self._weighting = _Weighting.of(steps[-1])
            steps = steps[:-1]
        if steps:
            union = steps[0]
            if len(steps) != 1 or not isinstance(union, FeatureUnion):
                raise TypeError(f"unsupported feature step {type(union).__name__}")
            if union.transformer_weights:
                raise TypeError("weighted feature unions are not supported")
            vectorizers = [v for _, v in union.transformer_list]
            if self._weighting is None and all(isinstance(v, TfidfVectorizer) for v in vectorizers):
                self._vectorizers = [(v, _Weighting.of(v)) for v in vectorizers]
            elif self._weighting is not None and all(
                type(v) is CountVectorizer for v in vectorizers
            ):
                self._vectorizers = [(v, None) for v in vectorizers]
            else:
                raise TypeError("expected a union of TfidfVectorizers or of CountVectorizers")
        elif self._weighting is None:
            raise TypeError("the pipeline has no TF-IDF step")
        self.classes_ = model.classes_
        self._coef_t = np.ascontiguousarray(model.coef_.T, dtype=np.float64)
        self._intercept = np.asarray(model.intercept_, dtype=np.float64)
        self._one_vs_rest = model.multi_class == "ovr" or (
            model.multi_class == "auto"
            and (len(model.classes_) <= 2 or model.solver == "liblinear")
        )
        if len(model.classes_) <= 2:
            raise TypeError("binary logistic regression is not supported")

    def predict_proba(self, rows: Sequence[str] | Sequence[csr_matrix] | csr_matrix) -> np.ndarray:
        """Probabilities per class (columns in ``classes_`` order), one row per input."""
        if self._vectorizers:
            texts = list(rows)
            blocks = [
                # a TfidfVectorizer's counts, without its own (slow) weighting
                CountVectorizer.transform(vectorizer, texts)
                if weighting is None
                else weighting.apply(CountVectorizer.transform(vectorizer, texts))
                for vectorizer, weighting in self._vectorizers
            ]
            features = hstack(blocks, format="csr")
        else:
            features = rows if isinstance(rows, csr_matrix) else vstack(list(rows), format="csr")
        if self._weighting is not None:
            features = self._weighting.apply(features)
        scores = np.asarray(features @ self._coef_t) + self._intercept
        if self._one_vs_rest:
            scores = 1.0 / (1.0 + np.exp(-scores))
            return scores / scores.sum(axis=1, keepdims=True)
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        return scores / scores.sum(axis=1, keepdims=True)
