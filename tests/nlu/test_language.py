"""Language identification: es/en/ht as people type them; French and Portuguese are 'other'."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

CASES = [
    ("hola buenas, me pueden ayudar con lo del refugio?", "es"),
    ("q papeles ocupo pa la comar", "es"),
    ("chamo ayer me agarro la migra en tapachula", "es"),
    ("good morning, how i can apply for asylum in mexico?", "en"),
    ("pls wat documents i need for the comar", "en"),
    ("bonjou, kijan m ka mande azil nan Meksik?", "ht"),
    ("m pa gen papye, eske m ka travay?", "ht"),
    ("Èske pitit mwen ka al lekòl isit la?", "ht"),
    ("Bonjour, je voudrais demander l'asile au Mexique, comment faire ?", "other"),
    ("Je ne parle pas espagnol, est-ce que vous pouvez m'aider s'il vous plaît", "other"),
    ("Olá, eu quero pedir refúgio no México, o que eu preciso fazer?", "other"),
    ("Bom dia, onde fica o escritório da COMAR em Tapachula?", "other"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detects_language(services, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert services.detector.detect(text).language == expected


def test_chosen_language_decides_very_short_messages(services) -> None:  # type: ignore[no-untyped-def]
    detector = services.detector
    assert detector.detect("ok", prior="ht").language == "ht"
    assert detector.detect("ok", prior="es").language == "es"
    assert detector.detect("mesi anpil", prior="es").language == "ht"  # clear evidence wins


def test_no_letters_is_other(services) -> None:  # type: ignore[no-untyped-def]
    assert services.detector.detect("👍🙏 123").language == "other"
