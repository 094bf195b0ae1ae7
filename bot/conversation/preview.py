"""``rightsbot content preview``: an answer exactly as the bot sends it, without a model.

Volunteers preview content on machines where no NLU model was trained, so the
conversation is built with a classifier and a detector that refuse to run: a
tap on a topic never needs them.
"""

from __future__ import annotations

from pathlib import Path

from bot.content.library import Library
from bot.conversation.dialogue import Conversation
from bot.conversation.events import Reply, Tap, UserState
from bot.i18n import Catalogs
from bot.nlu.classifier import Classification
from bot.nlu.language import LanguageGuess


class UnknownTopic(LookupError):
    """The topic id is not in content/topics.yml."""


def preview(
    library: Library, locales_dir: Path, topic: str, language: str, more: bool = False
) -> list[Reply]:
    """The replies for a tap on ``topic`` (and on "More details" when ``more``)."""
    if topic not in library.catalogue.all:
        raise UnknownTopic(
            f"unknown topic {topic!r}; topics are: {', '.join(library.catalogue.all)}"
        )
    conversation = Conversation(
        lambda: library, _no_classifier, _NoDetector(), Catalogs(locales_dir)
    )  # type: ignore[arg-type]
    state = UserState(language=language)
    replies = list(conversation.handle(Tap(f"t:{topic}"), state).replies)
    if more:
        replies.extend(conversation.handle(Tap(f"m:{topic}"), state).replies)
    return replies


def _no_classifier(text: str) -> Classification:
    raise RuntimeError("preview does not classify text")


class _NoDetector:
    def detect(self, text: str, prior: str | None = None) -> LanguageGuess:
        raise RuntimeError("preview does not detect languages")
