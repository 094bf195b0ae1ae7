"""Build the conversation and what it needs, once, from settings.

The CLI, the terminal chat and the Telegram app all start here, so they load
the model, the content and the catalogs the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.live import ContentStore
from bot.conversation.dialogue import Conversation
from bot.i18n import Catalogs
from bot.nlu.classifier import TopicClassifier
from bot.nlu.language import LanguageDetector
from bot.nlu.training import language_model_path, model_path
from bot.settings import Settings


@dataclass
class Services:
    settings: Settings
    content: ContentStore
    classifier: TopicClassifier
    detector: LanguageDetector
    catalogs: Catalogs
    conversation: Conversation


def build(settings: Settings) -> Services:
    """Load content first (fast, most likely to be broken by an edit), then the models."""
    content = ContentStore(settings.content_dir)
    content.load()
    classifier = TopicClassifier.load(model_path(settings), verbose=settings.verbose)
    detector = LanguageDetector.load(language_model_path(settings))
    catalogs = Catalogs(settings.locales_dir)
    conversation = Conversation(
        lambda: content.library,
        classifier.parse,
        detector,
        catalogs,
        reviewed_only=settings.reviewed_only,
    )
    return Services(settings, content, classifier, detector, catalogs, conversation)
