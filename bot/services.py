"""Build the conversation and what it needs, once, from settings.

The CLI, the terminal chat and the Telegram app all start here, so they load
the model, the content and the catalogs the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.classifier import TopicClassifier
from bot.content_store import ContentStore
from bot.conversation import Conversation
from bot.i18n import Catalogs
from bot.language import LanguageDetector
from bot.settings import Settings
from bot.training import language_model_path, model_path


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
    conversation = Conversation(lambda: content.library, classifier.parse, detector, catalogs)
    return Services(settings, content, classifier, detector, catalogs, conversation)
