"""Spot messages about danger happening now, in es/en/ht, before anything else.

A person who writes "me quieren matar" must see 911 first, whatever the
classifier thinks the message is about. These patterns are deliberately
broad: showing the emergency answer to someone safe costs little, missing
someone in danger costs a great deal. Text is folded (lower case, no accents)
before matching, so "secuestráron" and "secuestraron" are the same.
"""

from __future__ import annotations

import re

from bot.content.directory import fold

_PATTERNS = (
    # Spanish
    r"\bme (?:quieren|van a|quiere|kieren) (?:matar|mata|secuestrar|llevar)",
    r"\b(?:nos|lo|la|los|las|me|te) (?:quieren|van a) matar",
    r"\bsecuestr\w*",
    r"\bme (?:estan|tan) (?:siguiendo|persiguiendo|buscando)",
    r"\bestoy en peligro\b",
    r"\b(?:me|nos) (?:estan|tan) (?:golpeando|pegando|amenazando)",
    r"\bme (?:violaron|quieren violar)",
    r"\bestoy herid[oa]\b",
    r"\bauxilio\b",
    r"\bayuda urgente\b",
    r"\bemergencia\b",
    r"\bme amenaz\w* de muerte",
    r"\btengo miedo (?:de )?que me maten",
    # English
    r"\b(?:want|going|trying) to kill (?:me|us|my)\b",
    r"\bkidnap\w*",
    r"\bi ?a?m in danger\b",
    r"\b(?:following|chasing|hunting) (?:me|us)\b",
    r"\bkill (?:me|us)\b",
    r"\b(?:i|we) (?:am|are|was|got) (?:hurt|injured|stabbed|shot)\b",
    r"\bemergency\b",
    r"\bdeath threat",
    r"\b(?:raped|rape me)\b",
    # Haitian Creole (folded, so "danje" matches "danjè")
    r"\b(?:m|mwen|n|nou) (?:an|nan) danje\b",
    r"\b(?:yo|li) (?:vle|ap|pral) (?:touye|kidnape) (?:m|mwen|n|nou)\b",
    r"\bkidnap\w*",
    r"\b(?:yo|li) ap (?:swiv|kouri dei|bat) (?:m|mwen|n|nou)\b",
    r"\bm (?:blese|frape)\b",
    r"\banmwe\b",
    r"\bijans\b",
    r"\bmenase (?:pou )?touye\b",
)
_DANGER = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))


def mentions_danger(text: str) -> bool:
    """True when the message speaks of danger now (threats to life, kidnapping, violence)."""
    return bool(_DANGER.search(fold(text)))
