"""The Rasa NLU model behind one small interface: text in, topic decision out.

Rasa stays behind this module. It loads the trained model once, parses a
message, and applies the answer policy: answer when the model is sure, ask
"did you mean" with the top candidates when it hesitates between topics, and
say "out of scope" otherwise. It never turns a low-confidence guess into a
legal answer. The confidence thresholds live in ``config.yml``
(``FallbackClassifier``) where they were tuned; see ``docs/nlu.md``.
"""

from __future__ import annotations

import asyncio
import tarfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import quiet

OUT_OF_SCOPE = "out_of_scope"
FALLBACK = "nlu_fallback"
#: A candidate offered under "did you mean" needs at least this confidence.
ALTERNATIVE_MIN_CONFIDENCE = 0.12
#: The best candidate must reach this for "did you mean" to be worth asking.
#: In cross-validation, held-out messages whose best topic scored 0.15-0.25 were
#: in scope 89% of the time (right at top-1 47%); below 0.15, top-1 was right 26%.
ALTERNATIVE_FLOOR = 0.15
MAX_ALTERNATIVES = 3
#: Conversation topics never appear as "did you mean" buttons.
_NOT_OFFERED = {OUT_OF_SCOPE, FALLBACK, "greet", "goodbye", "thanks"}


class ModelError(Exception):
    """The NLU model is missing or cannot be loaded; the message says what to run."""


@dataclass(frozen=True)
class Classification:
    """What the model thinks a message is about."""

    topic: str
    confidence: float
    alternatives: tuple[str, ...] = ()
    ranking: tuple[tuple[str, float], ...] = field(default=(), repr=False)

    @property
    def unsure(self) -> bool:
        return bool(self.alternatives)


def decide(
    intent: str | None, confidence: float, ranking: list[tuple[str, float]]
) -> Classification:
    """Turn Rasa's intent and ranking into the bot's decision (pure, so it is testable)."""
    ranked = tuple((name, conf) for name, conf in ranking if name != FALLBACK)
    if intent and intent != FALLBACK:
        return Classification(intent, confidence, (), ranked)
    candidates = [
        (name, conf)
        for name, conf in ranked
        if name not in _NOT_OFFERED and conf >= ALTERNATIVE_MIN_CONFIDENCE
    ][:MAX_ALTERNATIVES]
    top_name = ranked[0][0] if ranked else OUT_OF_SCOPE
    if top_name == OUT_OF_SCOPE or not candidates or candidates[0][1] < ALTERNATIVE_FLOOR:
        return Classification(OUT_OF_SCOPE, dict(ranked).get(OUT_OF_SCOPE, 0.0), (), ranked)
    if len(candidates) == 1:
        # One plausible topic that the model still doubts: offer it alone.
        return Classification(candidates[0][0], candidates[0][1], (candidates[0][0],), ranked)
    return Classification(
        candidates[0][0], candidates[0][1], tuple(n for n, _ in candidates), ranked
    )


_local = threading.local()


def _thread_loop() -> asyncio.AbstractEventLoop:
    """One event loop per worker thread for Rasa's async parse.

    ``asyncio.run`` would build and tear down a loop for every message; the bot
    calls ``parse`` from a thread pool, never from a thread running a loop.
    """
    loop = getattr(_local, "loop", None)
    if loop is None:
        loop = _local.loop = asyncio.new_event_loop()
    return loop


class TopicClassifier:
    """A loaded Rasa NLU model. Load once, parse many times."""

    def __init__(self, agent: Any) -> None:
        self._agent = agent

    @classmethod
    def load(cls, model_path: Path, verbose: bool = False) -> TopicClassifier:
        if not model_path.exists():
            raise ModelError(
                f"{model_path}: no NLU model yet. Run `rightsbot train` (or `make setup`)."
            )
        if not tarfile.is_tarfile(model_path):
            raise ModelError(
                f"{model_path}: the NLU model file is damaged. "
                "Run `rightsbot train --force` to rebuild it."
            )
        quiet.silence(verbose)
        from rasa.core.agent import Agent

        quiet.after_rasa_import(verbose)
        try:
            agent = Agent.load(model_path=str(model_path))
        except Exception as error:  # Rasa raises many unrelated types for a bad archive
            if type(error).__name__ == "GraphSchemaException":
                # the archive names a component class that no longer exists at that path
                raise ModelError(
                    f"{model_path}: this NLU model was trained by an older version of "
                    "Rightsbot. Retrain with `rightsbot train --force`."
                ) from error
            raise ModelError(
                f"{model_path}: the NLU model could not be loaded ({type(error).__name__}). "
                "Run `rightsbot train --force` to rebuild it."
            ) from error
        if not agent.is_ready():
            raise ModelError(
                f"{model_path}: the archive holds no NLU model. Run `rightsbot train --force`."
            )
        quiet.after_rasa_import(verbose)
        return cls(agent)

    def parse(self, text: str) -> Classification:
        """Classify one message. Safe to call from a worker thread."""
        data = _thread_loop().run_until_complete(self._agent.parse_message(text))
        intent = data.get("intent") or {}
        ranking = [(r["name"], float(r["confidence"])) for r in data.get("intent_ranking") or []]
        return decide(intent.get("name"), float(intent.get("confidence") or 0.0), ranking)
