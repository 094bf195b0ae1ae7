"""The learned second look (bot/privacy/tagger.py): it removes names the rules miss, and only names."""

from __future__ import annotations

import pytest

from bot.privacy import tagger
from bot.privacy.scrub import _rules, scrub


def test_a_name_with_no_cue_word_is_removed_by_the_learned_tagger() -> None:
    text = "yo y yasleidy trabajamos en el mercado"
    assert "yasleidy" in _rules(text)  # no rule knows this name or a cue before it
    clean = scrub(text)
    assert "yasleidy" not in clean
    # the place stays; since round 23 the verb may go with the name (docs/staff.md, round 23)
    assert clean.startswith("yo y <NAME>") and clean.endswith("en el mercado")


@pytest.mark.parametrize(
    "question",
    [
        "What Documents Do I Need To Apply For Asylum?",
        "¿Cuánto tiempo tarda la COMAR en responder mi solicitud?",
        "Èske mwen ka travay pandan demann azil mwen an?",
        "my cousin lives in Dallas and says I should cross, what do you think",
        "le pido a Dios y a la Virgen que me den el refugio",
    ],
)
def test_questions_without_personal_data_come_out_unchanged(question: str) -> None:
    assert scrub(question) == question


def test_the_tagger_never_marks_a_word_of_the_vocabulary_or_a_town() -> None:
    words = tagger.marked("rosa dijo que vive en tapachula con luz", title_case=False)
    assert not {"rosa", "luz", "tapachula", "dijo", "vive"} & {w.lower() for w in words}


def test_scrubbed_text_is_left_as_it_is() -> None:
    once = scrub("yo y dayerlin trabajamos en el mercado, mi numero 962 118 4407")
    assert scrub(once) == once
