"""`rightsbot content check`: passes on the committed content, and for each rule a
broken file gives the right ``path:line`` and a message a volunteer understands."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli.main import main
from bot.content.check import load_library
from bot.settings import LANGUAGES

TODAY = dt.date(2026, 11, 28)

GOOD = """---
title: Plazo
status: draft
reviewed_on: 2026-11-28
sources:
  - LRPCAP art. 18
related: [how_to_apply, legal_help]
label: Plazo
---
Tienes **30 días hábiles**.

<!-- more -->

Más detalles.
"""


def check(content: Path) -> list[str]:
    _library, problems = load_library(content, content.parent / "locales", today=TODAY)
    return [str(p) for p in problems]


def errors(content: Path) -> list[str]:
    return [p for p in check(content) if ": warning: " not in p]


def write(content: Path, relative: str, text: str) -> None:
    path = content / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_committed_content_has_no_errors(settings) -> None:  # type: ignore[no-untyped-def]
    library, problems = load_library(settings.content_dir, settings.locales_dir)
    assert [str(p) for p in problems if p.is_error] == []
    assert library is not None
    for topic in library.catalogue.all:
        for language in LANGUAGES:
            assert (topic, language) in library.answers


def test_cli_exit_codes(settings, content_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    result = runner.invoke(main, ["content", "check"])
    assert result.exit_code == 0, result.output
    assert "content check passed" in result.output
    (content_copy / "deadline" / "ht.md").unlink()
    monkeypatch.setenv("RIGHTSBOT_ROOT", str(content_copy.parent))
    result = runner.invoke(main, ["content", "check"])
    assert result.exit_code == 1
    assert "content/deadline/ht.md:1: missing: topic 'deadline' has no ht answer" in result.output


def test_rule_missing_language_file(content_copy: Path) -> None:
    (content_copy / "emergency" / "en.md").unlink()
    assert "content/emergency/en.md:1: missing: topic 'emergency' has no en answer" in errors(
        content_copy
    )


def test_rule_unknown_topic_folder(content_copy: Path) -> None:
    write(content_copy, "visa_turista/es.md", GOOD)
    assert any(
        e.startswith("content/visa_turista:1: unknown topic id 'visa_turista'")
        for e in errors(content_copy)
    )


def test_rule_missing_topic_folder(content_copy: Path) -> None:
    for path in (content_copy / "thanks").iterdir():
        path.unlink()
    (content_copy / "thanks").rmdir()
    assert "content/topics.yml:1: topic 'thanks' has no folder content/thanks/" in errors(
        content_copy
    )


def test_rule_broken_front_matter_names_the_line(content_copy: Path) -> None:
    write(
        content_copy,
        "deadline/es.md",
        GOOD.replace("related: [how_to_apply, legal_help]", "related: [how_to_apply, legal_help"),
    )
    found = [e for e in errors(content_copy) if e.startswith("content/deadline/es.md:")]
    assert found and re.match(r"content/deadline/es\.md:(7|8): broken front matter", found[0]), (
        found
    )


def test_rule_front_matter_never_closed(content_copy: Path) -> None:
    write(content_copy, "deadline/es.md", GOOD.replace("---\nTienes", "Tienes"))
    assert "content/deadline/es.md:1: the front matter is never closed with a line '---'" in errors(
        content_copy
    )


def test_rule_missing_key(content_copy: Path) -> None:
    write(content_copy, "deadline/es.md", GOOD.replace("title: Plazo\n", ""))
    assert "content/deadline/es.md:1: front matter has no 'title:'" in errors(content_copy)


def test_rule_bad_status(content_copy: Path) -> None:
    write(content_copy, "deadline/es.md", GOOD.replace("status: draft", "status: listo"))
    assert "content/deadline/es.md:3: status is 'listo'; use draft or reviewed" in errors(
        content_copy
    )


def test_rule_future_and_stale_review_dates(content_copy: Path) -> None:
    write(content_copy, "deadline/es.md", GOOD.replace("2026-11-28", "2027-01-10"))
    assert "content/deadline/es.md:4: reviewed_on 2027-01-10 is in the future" in errors(
        content_copy
    )
    for lang in LANGUAGES:
        write(content_copy, f"deadline/{lang}.md", GOOD.replace("2026-11-28", "2026-01-10"))
    assert errors(content_copy) == []
    assert any(
        p.startswith("content/deadline/es.md:4: warning: reviewed_on is 322 days old")
        for p in check(content_copy)
    )


def test_rule_legal_topic_needs_sources(content_copy: Path) -> None:
    write(
        content_copy,
        "deadline/es.md",
        GOOD.replace("sources:\n  - LRPCAP art. 18\n", "sources: []\n"),
    )
    assert (
        "content/deadline/es.md:5: a legal answer needs sources (law and article, or an official URL)"
        in errors(content_copy)
    )


def test_rule_related_topic_must_exist(content_copy: Path) -> None:
    write(content_copy, "deadline/es.md", GOOD.replace("legal_help]", "legal_halp]"))
    assert "content/deadline/es.md:7: related topic 'legal_halp' does not exist" in errors(
        content_copy
    )


def test_rule_short_answer_too_long_for_telegram(content_copy: Path) -> None:
    write(
        content_copy,
        "deadline/es.md",
        GOOD.replace("Tienes **30 días hábiles**.", "palabra " * 700),
    )
    assert any(
        e.startswith(
            "content/deadline/es.md:10: the short answer is 5599 characters; Telegram's limit is 4096"
        )
        for e in errors(content_copy)
    )


def test_rule_raw_html_is_rejected_with_its_line(content_copy: Path) -> None:
    write(content_copy, "deadline/es.md", GOOD.replace("Más detalles.", "Más<br>detalles."))
    assert (
        "content/deadline/es.md:14: write Markdown, not HTML: '<br>' would be shown as text"
        in errors(content_copy)
    )


def test_rule_unsourced_phone_and_url(content_copy: Path) -> None:
    body = GOOD.replace(
        "Más detalles.", "Llama al +52 55 1234 5678 o ve a https://example.org/ayuda."
    )
    for lang in LANGUAGES:
        write(content_copy, f"deadline/{lang}.md", body)
    found = errors(content_copy)
    assert (
        "content/deadline/es.md:14: phone number +52 55 1234 5678 is not in content/directory.yml"
        in found
    )
    assert (
        "content/deadline/es.md:14: URL https://example.org/ayuda is not in content/directory.yml or this answer's sources"
        in found
    )


def test_rule_phone_must_match_across_translations(content_copy: Path) -> None:
    path = content_copy / "legal_help" / "ht.md"
    text = path.read_text(encoding="utf-8")
    assert "+52 55 1518 0730" in text
    path.write_text(text.replace("+52 55 1518 0730", "+52 55 1518 0731"), encoding="utf-8")
    found = errors(content_copy)
    assert any(
        "content/legal_help/ht.md" in e and "5515180730 is in es.md but not here" in e
        for e in found
    ), found


def test_rule_untranslated_line_is_a_warning(content_copy: Path) -> None:
    """A Spanish sentence pasted into the English file is a question, not an error."""
    for folder in sorted(content_copy.iterdir()):
        es_path, en_path = folder / "es.md", folder / "en.md"
        if not es_path.exists():
            continue
        lines = [
            text
            for text in es_path.read_text(encoding="utf-8").splitlines()
            if len(text) > 60
            and "http" not in text
            and not re.search(r"\d", text)
            and not text.startswith(("title", "label", "-", "sources", "related"))
        ]
        if lines:
            break
    en_path.write_text(en_path.read_text(encoding="utf-8") + "\n" + lines[0] + "\n", "utf-8")
    assert errors(content_copy) == []
    assert any(
        f"content/{folder.name}/en.md" in p and "identical in es.md: is it translated?" in p
        for p in check(content_copy)
    )


def test_rule_directory_entry_missing_fields(content_copy: Path) -> None:
    path = content_copy / "directory.yml"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n- id: nueva-org\n  name: Nueva\n  kind: legal_aid\n",
        encoding="utf-8",
    )
    line = len(path.read_text(encoding="utf-8").splitlines()) - 2
    assert (
        f"content/directory.yml:{line}: entry is missing services, source, confidence, verified_on"
        in errors(content_copy)
    )


def test_rule_untranslated_and_fuzzy_catalog_entries(content_copy: Path) -> None:
    po = content_copy.parent / "locales" / "ht" / "LC_MESSAGES" / "messages.po"
    lines = po.read_text(encoding="utf-8").splitlines()
    index = lines.index('msgid "Menu"')
    lines[index + 1] = 'msgstr ""'
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert f"locales/ht/LC_MESSAGES/messages.po:{index + 1}: not translated: 'Menu'" in errors(
        content_copy
    )
    lines[index + 1] = 'msgstr "Meni"'
    lines.insert(index, "#, fuzzy")
    po.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert any(
        e.startswith("locales/ht/LC_MESSAGES/messages.po:") and "fuzzy translation" in e
        for e in errors(content_copy)
    )


# --- one phone screen, labels, contacts that may be out of date -------------------------


def test_rule_first_message_longer_than_a_screen(content_copy: Path) -> None:
    long = " ".join(["palabra"] * 53)
    write(content_copy, "deadline/es.md", GOOD.replace("Tienes **30 días hábiles**.", long))
    assert any(
        e.startswith("content/deadline/es.md:10: the short answer has 53 words;")
        and "within 60" in e
        for e in errors(content_copy)
    )


def test_rule_haitian_creole_gets_more_words(content_copy: Path) -> None:
    text = GOOD.replace("Tienes **30 días hábiles**.", " ".join(["mo"] * 60))
    write(content_copy, "deadline/ht.md", text)
    assert not any(
        e.startswith("content/deadline/ht.md:10: the short answer") for e in errors(content_copy)
    )
    write(content_copy, "deadline/ht.md", text.replace("mo mo", " ".join(["mo"] * 10), 1))
    assert any(
        e.startswith("content/deadline/ht.md:10: the short answer has 68 words")
        for e in errors(content_copy)
    )


def test_rule_emergency_answer_at_most_40_words(content_copy: Path) -> None:
    path = content_copy / "emergency" / "en.md"
    text = path.read_text(encoding="utf-8")
    head, marker, rest = text.partition("<!-- more -->")
    path.write_text(
        head.rstrip() + " Please stay calm and listen." * 3 + "\n\n" + marker + rest, "utf-8"
    )
    assert any(
        e.startswith("content/emergency/en.md:")
        and "the emergency answer has" in e
        and "keep it to 40" in e
        for e in errors(content_copy)
    )


def test_rule_label_too_long_or_empty(content_copy: Path) -> None:
    write(
        content_copy,
        "deadline/es.md",
        GOOD.replace("label: Plazo", "label: Cuánto tiempo tengo para pedir refugio"),
    )
    assert (
        "content/deadline/es.md:8: label 'Cuánto tiempo tengo para pedir refugio' has 38 characters; "
        "buttons show 22: shorten it"
    ) in errors(content_copy)
    write(content_copy, "deadline/es.md", GOOD.replace("label: Plazo", "label: ''"))
    assert (
        "content/deadline/es.md:8: label is empty: write the button text for this topic"
        in errors(content_copy)
    )
    write(content_copy, "deadline/es.md", GOOD.replace("label: Plazo\n", ""))
    assert "content/deadline/es.md:1: front matter has no 'label:'" in errors(content_copy)


def _directory_entry(path: Path, entry_id: str) -> tuple[str, int]:
    text = path.read_text(encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.strip() == f"- id: {entry_id}")
    return text, line


def test_rule_directory_verified_on_must_be_a_date(content_copy: Path) -> None:
    path = content_copy / "directory.yml"
    text, line = _directory_entry(path, "asylum-access-cdmx")
    head, _, tail = text.partition("- id: asylum-access-cdmx")
    tail = re.sub(r"^  verified_on: \S+", "  verified_on: pronto", tail, count=1, flags=re.M)
    path.write_text(head + "- id: asylum-access-cdmx" + tail, encoding="utf-8")
    assert (
        f"content/directory.yml:{line}: verified_on is 'pronto'; write the date you checked "
        "this entry, like 2026-11-28"
    ) in errors(content_copy)


def test_rule_directory_entry_older_than_a_year_is_a_warning(content_copy: Path) -> None:
    path = content_copy / "directory.yml"
    text, line = _directory_entry(path, "comar-tapachula")
    assert errors(content_copy) == []
    assert any(
        p.startswith(
            f"content/directory.yml:{line}: warning: comar-tapachula: verified_on 2025-09-29 is 425 days old"
        )
        for p in check(content_copy)
    )
    head, _, tail = text.partition("- id: comar-tapachula")
    tail = re.sub(r"^  verified_on: \S+", "  verified_on: 2026-06-01", tail, count=1, flags=re.M)
    path.write_text(head + "- id: comar-tapachula" + tail, encoding="utf-8")
    assert not any("comar-tapachula: verified_on" in p for p in check(content_copy))


def test_rule_unverified_phone_needs_a_second_route(content_copy: Path) -> None:
    alone = "Llama a Asylum Access México: +52 55 1518 0730."
    for lang in LANGUAGES:
        write(content_copy, f"deadline/{lang}.md", GOOD.replace("Más detalles.", alone))
    assert (
        "content/deadline/es.md:14: +52 55 1518 0730 (asylum-access-cdmx) was not verified in the "
        "last 12 months: in the same paragraph, also give https://help.unhcr.org/mexico or "
        "another way to get help"
    ) in errors(content_copy)
    beside = alone + " Si no contesta: [help.unhcr.org/mexico](https://help.unhcr.org/mexico)."
    for lang in LANGUAGES:
        write(
            content_copy,
            f"deadline/{lang}.md",
            GOOD.replace("Más detalles.", beside).replace(
                "sources:\n", "sources:\n  - https://help.unhcr.org/mexico\n"
            ),
        )
    assert not any("was not verified" in e for e in errors(content_copy))
