"""A Rasa intent classifier: word and character n-grams, TF-IDF, logistic regression.

It reads each message's text itself instead of taking Rasa's
``CountVectorsFeaturizer`` output. Rasa's featurizers build a sparse row per
token as well as per sentence, Rasa then fingerprints every message's features
after each step, and the parent class stacks the rows one message at a time:
together half of the training time, for features we never used. Here the
same n-grams (words 1-2, character 2-5 within word boundaries, seen at least
twice, accents stripped) come from scikit-learn in one pass.

The scikit-learn pipeline itself is in :mod:`bot.nlu.topic_model` (Rasa-free,
so the cross-validation stand-in fits exactly the same one). This is a normal
Rasa graph component, used from ``config.yml`` as
``bot.nlu.components.TfidfLogisticRegressionClassifier``.
"""

from __future__ import annotations

import pickle
from typing import Any

from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.topic_model import DEFAULTS, build_pipeline

_FILE = "tfidf_logreg.pkl"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class TfidfLogisticRegressionClassifier(LogisticRegressionClassifier):
    """Logistic regression over sublinear TF-IDF of word and character n-grams."""

    @classmethod
    def required_components(cls) -> list[type]:
        """None: the component makes its own features from the message text."""
        return []

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {**LogisticRegressionClassifier.get_default_config(), **DEFAULTS}

    def __init__(
        self,
        config: dict[str, Any],
        name: str,
        model_storage: ModelStorage,
        resource: Resource,
    ) -> None:
        super().__init__(config, name, model_storage, resource)
        self.clf = build_pipeline(self.config)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit on every example that has a text and an intent, then persist."""
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if examples:
            self.clf.fit([e.get(TEXT) for e in examples], [e.get(INTENT) for e in examples])
            self.persist()
        return self._resource

    def persist(self) -> None:
        """Pickle: the file is made by our own training run, never downloaded."""
        with (
            self._model_storage.write_to(self._resource) as model_dir,
            (model_dir / _FILE).open("wb") as handle,
        ):
            pickle.dump(self.clf, handle, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> TfidfLogisticRegressionClassifier:
        """A missing or damaged file raises: the CLI reports it and asks for a retrain."""
        component = cls(config, execution_context.node_name, model_storage, resource)
        with (
            model_storage.read_from(resource) as model_dir,
            (model_dir / _FILE).open("rb") as handle,
        ):
            component.clf = pickle.load(handle)
        if "ngrams" not in component.clf.named_steps:
            # trained before the component made its own n-grams: retraining fixes it
            raise ValueError(f"{_FILE}: a model of an older pipeline")
        return component

    def process(self, messages: list[Message]) -> list[Message]:
        """Rank the topics of each message.

        ``Pipeline.predict_proba`` spends most of a parse in scikit-learn's
        bookkeeping (it rebuilds the IDF diagonal and copies the transposed
        coefficient matrix on every call); :class:`bot.nlu.fast_linear.FastLinear`
        does the same arithmetic on arrays prepared once, and a test checks it
        matches scikit-learn's output.
        """
        from bot.nlu.fast_linear import FastLinear

        if getattr(self, "_fast", None) is None:
            self._fast = FastLinear(self.clf)
        probabilities = self._fast.predict_proba([m.get(TEXT) or "" for m in messages])
        classes = list(self.clf.classes_)
        for message, row in zip(messages, probabilities, strict=True):
            ranking = sorted(
                (
                    {"name": name, "confidence": float(p)}
                    for name, p in zip(classes, row, strict=True)
                ),
                key=lambda entry: -entry["confidence"],
            )
            message.set("intent", ranking[0], add_to_output=True)
            if self.config["ranking_length"] > 0:
                ranking = ranking[: self.config["ranking_length"]]
            message.set("intent_ranking", ranking, add_to_output=True)
        return messages
