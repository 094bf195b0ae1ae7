"""The conversation's vocabulary: events in, replies and an outcome out.

Every edge (Telegram, the terminal, ``rightsbot ask``) speaks only these
types, so the core never sees a transport and the edges never branch on a
bare string: an outcome's :class:`Kind` is an enum that the logs store by
value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from bot.nlu.language import OTHER
from bot.settings import DEFAULT_LANGUAGE

# --- events ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Tap:
    """A button press; ``data`` is untrusted and parsed by :mod:`bot.conversation.actions`."""

    data: str


@dataclass(frozen=True)
class Command:
    name: str
    argument: str = ""


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float


@dataclass(frozen=True)
class Unsupported:
    """Voice notes, photos, stickers and anything else that is not text."""

    kind: str


Event = Text | Tap | Command | Location | Unsupported


# --- replies, state and outcome -------------------------------------------------------


@dataclass(frozen=True)
class Button:
    label: str
    action: str


@dataclass(frozen=True)
class Reply:
    """One message: Telegram HTML and rows of buttons."""

    html: str
    buttons: tuple[tuple[Button, ...], ...] = ()


@dataclass(frozen=True)
class UserState:
    language: str | None = None
    last_topic: str | None = None
    seen_privacy: bool = False


class Kind(str, Enum):
    """What a turn was; stored by value in the logs, which staff queries filter on."""

    ANSWER = "answer"
    TAP = "tap"
    MORE = "more"
    DANGER = "danger"
    NEARBY = "nearby"
    UNSURE = "unsure"
    OUT_OF_SCOPE = "out_of_scope"
    NO_WORDS = "no_words"
    MENU = "menu"
    LANGUAGE = "language"
    START = "start"
    DEEP_LINK = "deep_link"
    HELP = "help"
    ABOUT = "about"
    PRIVACY = "privacy"
    FEEDBACK = "feedback"
    FORGET_ASK = "forget_ask"
    FORGET = "forget"
    FORGET_CANCEL = "forget_cancel"
    BAD_BUTTON = "bad_button"
    UNKNOWN_COMMAND = "unknown_command"
    UNSUPPORTED = "unsupported"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Outcome:
    """What to send, the new state, and what may be logged (nothing personal).

    Frozen: the dialogue builds it once, and an edge that must say something
    else (an erasure the database refused) makes a new one with
    :func:`dataclasses.replace`.
    """

    replies: tuple[Reply, ...]
    state: UserState
    language: str = OTHER
    answer_language: str = DEFAULT_LANGUAGE
    topic: str | None = None
    confidence: float = 0.0
    alternatives: tuple[str, ...] = ()
    answered_topic: str | None = None
    content_version: str = ""
    kind: Kind = Kind.ANSWER
    latency_ms: float = 0.0
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # callers may pass a list; keep the outcome immutable all the same
        object.__setattr__(self, "replies", tuple(self.replies))
        object.__setattr__(self, "kind", Kind(self.kind))
