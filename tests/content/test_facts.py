"""The answers state the facts their topic must cover, in all three languages, and
every phone number and web address in content/ is sourced."""

from __future__ import annotations

import re

import pytest

from bot.settings import LANGUAGES
from tests.conftest import SHARED

MUST_STATE = {
    "deadline": ["30"],
    "negative_decision": ["15"],
    "emergency": ["911"],
    "legal_help": ["+52 55 1518 0730"],
    "expanded_definition": ["Cartagena"],
    "procedure_steps": ["45"],
    "comar_offices": ["https://www.gob.mx/comar"],
}
KEYWORDS = {
    # must_cover points that have a recognisable word in each language
    "how_to_apply": {"es": ["gratis"], "en": ["free"], "ht": ["gratis"]},
    "interpreter": {"es": ["creole haitiano"], "en": ["Haitian Creole"], "ht": ["kreyòl"]},
    "fraud_and_fees": {"es": ["gratis"], "en": ["free"], "ht": ["gratis"]},
    "usa_asylum": {"es": ["CBP One"], "en": ["CBP One"], "ht": ["CBP One"]},
    "complaint_abuse": {"es": ["CNDH"], "en": ["CNDH"], "ht": ["CNDH"]},
    "children": {"es": ["DIF"], "en": ["DIF"], "ht": ["DIF"]},
}


def text_of(library, topic: str, language: str) -> str:  # type: ignore[no-untyped-def]
    answer = library.answers[(topic, language)]
    return f"{answer.short}\n{answer.more}"


@pytest.mark.parametrize("topic", sorted(MUST_STATE))
def test_key_facts_in_every_language(library, topic: str) -> None:  # type: ignore[no-untyped-def]
    for language in LANGUAGES:
        body = text_of(library, topic, language)
        for fact in MUST_STATE[topic]:
            assert fact in body, (topic, language, fact)


@pytest.mark.parametrize("topic", sorted(KEYWORDS))
def test_must_cover_words(library, topic: str) -> None:  # type: ignore[no-untyped-def]
    for language, words in KEYWORDS[topic].items():
        body = text_of(library, topic, language).lower()
        for word in words:
            assert word.lower() in body, (topic, language, word)


def test_deadline_and_appeal_are_in_the_short_answer(library) -> None:  # type: ignore[no-untyped-def]
    for language in LANGUAGES:
        assert "30" in library.answers[("deadline", language)].short
        assert "15" in library.answers[("negative_decision", language)].short
        assert "911" in library.answers[("emergency", language)].short


def test_legal_answers_are_sourced_and_dated(library) -> None:  # type: ignore[no-untyped-def]
    for topic in library.catalogue.legal:
        for language in LANGUAGES:
            answer = library.answers[(topic, language)]
            assert answer.sources, (topic, language)
            assert answer.status in ("draft", "reviewed")


@pytest.mark.skipif(
    not (SHARED / "facts" / "mexico-refugee-law.md").exists(),
    reason="shared/ facts sheet not beside the repository",
)
def test_every_phone_and_url_comes_from_the_facts_sheet(library) -> None:  # type: ignore[no-untyped-def]
    facts = (SHARED / "facts" / "mexico-refugee-law.md").read_text(encoding="utf-8")
    fact_digits = re.sub(r"\D", "", facts)
    for (topic, language), answer in library.answers.items():
        body = f"{answer.short}\n{answer.more}"
        for url in re.findall(r"https?://[^\s)>\]]+", body):
            url = url.rstrip("/.,;")
            assert url in facts, (topic, language, url)
        for phone in re.findall(r"\+?\d[\d ()-]{7,}\d", body):
            assert re.sub(r"\D", "", phone) in fact_digits, (topic, language, phone)
    for place in library.directory.places:
        if place.website:
            assert place.website.rstrip("/") in facts, place.id
        if place.phone:
            for part in re.split(r"[;,]", place.phone):
                assert re.sub(r"\D", "", part) in fact_digits, place.id


#: What people meet in 2025-26 (issue: answers that match practice), per language.
PRACTICE = {
    "detention": {"es": ["amparo"], "en": ["amparo"], "ht": ["amparo"]},
    "deadline": {"es": ["prueba"], "en": ["proof"], "ht": ["prèv"]},
    "usa_asylum": {
        "es": ["2025", "suspend"],
        "en": ["2025", "suspended"],
        "ht": ["2025", "sispann"],
    },
    "comar_offices": {language: ["Naucalpan", "Villahermosa"] for language in ("es", "en", "ht")},
    "complaint_abuse": {
        "es": ["confidencial", "Órgano Interno de Control"],
        "en": ["confidential", "Órgano Interno de Control"],
        "ht": ["konfidansyèl", "Órgano Interno de Control"],
    },
    "after_recognition": {
        "es": ["viaj", "pasaporte"],
        "en": ["travel", "passport"],
        "ht": ["vwayaje", "paspò"],
    },
}


@pytest.mark.parametrize("topic", sorted(PRACTICE))
def test_practice_in_2025_is_stated_in_every_language(library, topic: str) -> None:  # type: ignore[no-untyped-def]
    for language, words in PRACTICE[topic].items():
        body = text_of(library, topic, language).lower()
        for word in words:
            assert word.lower() in body, (topic, language, word)


def test_keeping_proof_and_the_travel_warning_are_in_the_first_message(library) -> None:  # type: ignore[no-untyped-def]
    """The two points that cost people their case when missed are not left to "more"."""
    proof = {"es": "prueba", "en": "proof", "ht": "prèv"}
    home = {"es": "viaj", "en": "travel", "ht": "vwayaje"}
    for language in LANGUAGES:
        assert proof[language] in library.answers[("deadline", language)].short.lower()
        assert home[language] in library.answers[("after_recognition", language)].short.lower()


def test_no_article_citations_in_answer_text(library) -> None:  # type: ignore[no-untyped-def]
    citation = re.compile(r"\bart(?:ículo|iculo|icle|ik)?s?\.?\s*\d+", re.IGNORECASE)
    cited = [
        f"{answer.topic}/{answer.language}: {match.group(0)}"
        for answer in library.answers.values()
        for match in citation.finditer(f"{answer.short}\n{answer.more}")
    ]
    assert cited == []


def test_every_unverified_phone_has_a_second_route(library) -> None:  # type: ignore[no-untyped-def]
    """The Asylum Access number's only source is from 2020: it never stands alone."""
    for answer in library.answers.values():
        for part in (answer.short, answer.more):
            for block in re.split(r"\n\s*\n", part):
                if "1518 0730" in block:
                    assert "help.unhcr.org" in block, (answer.topic, answer.language, block)
