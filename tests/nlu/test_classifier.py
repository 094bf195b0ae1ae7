"""The answer policy: answer when sure, ask when torn, say out of scope otherwise."""

from __future__ import annotations

import pytest

from bot.nlu.classifier import OUT_OF_SCOPE, decide


def test_confident_intent_is_answered() -> None:
    result = decide("deadline", 0.9, [("deadline", 0.9), ("how_to_apply", 0.05)])
    assert result.topic == "deadline" and not result.unsure


def test_fallback_between_two_topics_asks() -> None:
    ranking = [
        ("nlu_fallback", 0.6),
        ("deadline", 0.4),
        ("negative_decision", 0.35),
        ("greet", 0.2),
    ]
    result = decide("nlu_fallback", 0.6, ranking)
    assert result.unsure
    assert result.alternatives == ("deadline", "negative_decision")
    assert "greet" not in result.alternatives


def test_fallback_with_out_of_scope_on_top_is_rejected() -> None:
    ranking = [("nlu_fallback", 0.6), ("out_of_scope", 0.4), ("deadline", 0.2)]
    result = decide("nlu_fallback", 0.6, ranking)
    assert result.topic == OUT_OF_SCOPE and not result.alternatives


def test_fallback_with_nothing_plausible_is_rejected() -> None:
    ranking = [("nlu_fallback", 0.6)] + [(f"t{i}", 0.05) for i in range(20)]
    assert decide("nlu_fallback", 0.6, ranking).topic == OUT_OF_SCOPE


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("cuantos dias tengo para pedir refugio", "deadline"),
        ("la comar me nego el refugio que hago", "negative_decision"),
        ("where is the comar office in tijuana", "comar_offices"),
        ("can i work while waiting for my asylum case", "work_and_id"),
        ("m bezwen yon avoka gratis", "legal_help"),
        ("gang yo te vle touye m nan peyi m, eske m ka refijye", "expanded_definition"),
        ("quien gano el partido de ayer", "out_of_scope"),
        ("what's the weather tomorrow in cancun", "out_of_scope"),
    ],
)
def test_model_on_typical_messages(services, text: str, topic: str) -> None:  # type: ignore[no-untyped-def]
    result = services.classifier.parse(text)
    assert result.topic == topic or topic in result.alternatives
