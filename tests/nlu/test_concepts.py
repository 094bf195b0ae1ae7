"""The concept lexicon: words of one meaning in three languages become one feature."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import yaml

from bot.nlu.concepts import LEXICON, LexiconError, compile_lexicon, concepts_of


def test_synonyms_in_three_languages_share_a_concept() -> None:
    for text in ("¿Qué es un notario?", "what are common scams against migrants", "yon eskwòk"):
        assert "concept_fraud" in concepts_of(text), text


def test_a_prefix_entry_matches_the_forms_of_a_word() -> None:
    assert "concept_fraud" in concepts_of("me estafaron con los papeles")


def test_a_message_without_those_words_has_no_concept() -> None:
    assert concepts_of("hola") == []


def test_the_weight_repeats_each_concept() -> None:
    once = concepts_of("¿Qué es un notario?")
    assert concepts_of("¿Qué es un notario?", weight=3) == once * 3


def test_the_shipped_lexicon_covers_every_language() -> None:
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))["concepts"]
    assert len(data) >= 30
    for name, languages in data.items():
        assert set(languages) >= {"es", "en", "ht"}, name
        for entries in languages.values():
            for entry in entries:
                assert not entry.endswith("*") or len(entry) >= 5, f"{name}: {entry!r} is too short"


def test_a_broken_lexicon_names_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "concepts.yml"
    broken.write_text("concepts:\n  fraud: [estafa\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="concepts.yml"):
        compile_lexicon(broken)
    broken.write_text("other: 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="concepts"):
        compile_lexicon(broken)


def test_a_fitted_vectorizer_with_concepts_pickles() -> None:
    from bot.nlu.topic_model import build_pipeline

    pipeline = build_pipeline({"concepts": True, "min_df": 1})
    texts = ["me estafaron", "quiero trabajar", "tengo una cita", "scam", "work", "appointment"]
    pipeline.fit(texts, ["a", "b", "c", "a", "b", "c"])
    again = pickle.loads(pickle.dumps(pipeline))
    assert list(again.predict(["un notario me estafó"])) == list(
        pipeline.predict(["un notario me estafó"])
    )
