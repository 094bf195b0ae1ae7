"""Rendering Markdown to Telegram HTML: only accepted tags, everything escaped, split safely."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.content import telegram_html
from bot.content.telegram_html import MAX_MESSAGE_LENGTH, render, split_message, validate


def test_formatting_becomes_telegram_tags() -> None:
    html = render("Tienes **30 días hábiles** y _no_ pagas.\n\n- uno\n- dos")
    assert "<b>30 días hábiles</b>" in html
    assert "<i>no</i>" in html
    assert "• uno\n• dos" in html
    assert "<p>" not in html and "<ul>" not in html and "<br" not in html
    assert validate(html) == []


def test_raw_html_and_scripts_are_shown_as_text() -> None:
    html = render('hola <b>x</b> <script>alert(1)</script> & "comillas"')
    assert "&lt;b&gt;x&lt;/b&gt;" in html
    assert "<script>" not in html
    assert "&amp;" in html
    assert validate(html) == []


def test_links_keep_safe_addresses_only() -> None:
    html = render("[COMAR](https://www.gob.mx/comar) y [malo](javascript:alert(1))")
    assert '<a href="https://www.gob.mx/comar">COMAR</a>' in html
    assert "javascript" not in html.split("</a>")[0]
    assert 'href="javascript' not in html


def test_headings_and_numbered_lists() -> None:
    html = render("### Pasos\n\n1. uno\n2. dos")
    assert html.startswith("<b>Pasos</b>")
    assert "1. uno\n2. dos" in html


def test_validate_rejects_what_telegram_rejects() -> None:
    assert validate("<p>hola</p>")
    assert validate("a<br>b")
    assert validate("<b>open")
    assert validate("<b><i>x</b></i>")
    assert validate("x" * (MAX_MESSAGE_LENGTH + 1))
    assert validate('<a href="javascript:x">y</a>')
    assert validate('<b>fine</b> &amp; <a href="https://a.b">ok</a>') == []


def test_split_never_cuts_a_block_and_respects_the_limit() -> None:
    blocks = [f"<b>bloque {i}</b> " + "palabra " * 150 for i in range(12)]
    messages = split_message(blocks)
    assert len(messages) > 1
    for message in messages:
        assert len(message) <= MAX_MESSAGE_LENGTH
        assert validate(message) == []
    assert sum(m.count("<b>bloque") for m in messages) == 12


def test_a_single_huge_block_is_cut_between_words() -> None:
    messages = split_message([telegram_html.escape("<x> & " * 2000)])
    assert len(messages) >= 2
    assert all(len(m) <= MAX_MESSAGE_LENGTH and validate(m) == [] for m in messages)


@given(st.text(max_size=3000))
def test_any_user_text_renders_to_valid_html_without_user_tags(text: str) -> None:
    html = render(text)
    for message in split_message(telegram_html.render_blocks(text)):
        assert validate(message) == []
    # a tag in the output can only be one the renderer made itself
    for tag in ("<script", "<img", "<p>", "<br", "<div", "<iframe"):
        assert tag not in html.lower()
