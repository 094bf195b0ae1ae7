"""Remove personal data from message text before it is stored, in es/en/ht.

People write their phone number, CURP, case number or name into a question
("me llamo Ana, mi expediente es 1234/2024"). Staff need the question's shape,
not the person, so each detail becomes a typed placeholder: ``<PHONE>``,
``<EMAIL>``, ``<USERNAME>``, ``<CURP>``, ``<CARD>``, ``<ID>``, ``<CASE>``,
``<PLATE>``, ``<DATE>``, ``<ADDRESS>``, ``<PLACE>``, ``<NAME>``, ``<NUMBER>``,
``<HEALTH>``, ``<SECRET>``, ``<MARK>`` (what a tattoo, a scar or a vehicle shows, or what sets one person apart: "the only
African guy there").
Details with a shape are :mod:`bot.privacy.patterns`' job (places:
:mod:`bot.privacy.addresses`; beds, schools, workplaces, churches:
:mod:`bot.privacy.venues`), names :mod:`bot.privacy.names`'; places described in
words, grown to their clause, :mod:`bot.privacy.clauses`' (with :mod:`bot.privacy.anchors`
and :mod:`bot.privacy.birthdates`); then a learned tagger (:mod:`bot.privacy.tagger`)
takes a second look for words the rules left. The rules are
greedy where a leak would be costly: a few lost words in a log cost nothing; a
leaked phone number can cost a person a lot. docs/staff.md gives the recall measured per kind and language.

:data:`VERSION` changes whenever the rules or the name lists do; the store
re-scrubs its rows once when it sees a new one (:mod:`bot.privacy.rescrub`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from bot.privacy import (
    clauses,
    echoes,
    lookalikes,
    names,
    nicknames,
    offices,
    patterns,
    roles,
    scripts,
    tagger,
    towns,
)
from bot.privacy.lexicon import fingerprint

_MULTISPACE = re.compile(r"[ \t]{2,}")
_INVISIBLE = frozenset(("Cf", "Co", "Cs"))
_RULE_MODULES = (
    "scrub.py",
    "patterns.py",
    "disclosures.py",
    "handles.py",
    "phones.py",
    "addresses.py",
    "venues.py",
    "marks.py",
    "camps.py",
    "names.py",
    "nicknames.py",
    "roles.py",
    "spans.py",
    "cards.py",
    "cues.py",
    "cue_words.py",
    "clauses.py",
    "homes.py",
    "anchors.py",
    "birthdates.py",
    "kept_dates.py",
    "lexicon.py",
    "tagger.py",
    "offices.py",
    "public_services.py",
    "name_places.py",
    "businesses.py",
    "slots.py",
    "towns.py",
    "signatures.py",
    "workplaces.py",
    "lookalikes.py",
    "scripts.py",
    "echoes.py",
)


def scrub(text: str) -> str:
    """Text with personal details replaced by typed placeholders."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)
    written = text = lookalikes.tidy(text)  # "962 👉 123 ⭐ 4567", "1️⃣"
    text = read = lookalikes.read(text)  # "962 1З8 0047" read as "962 138 0047"
    text, public = offices.shield(text)  # "la oficina de COMAR está en la 1a Av. Norte"
    clean = _rules(text)
    # the tagger reads the text as written (it never learned the slots); what it marks is
    # replaced only where the rules' output shows it, never inside a kept name or street
    seen = offices.restore(text, public)
    words = tagger.marked(seen, names.title_case(seen))
    if words:
        clean = _rules(tagger.replace(clean, words))
    # then on its own output until nothing changes, so that scrubbing twice changes nothing
    # (the rules alone are not always idempotent: the loop runs them again too)
    for _ in range(3):
        seen = offices.restore(clean, public)
        words = tagger.marked(seen, names.title_case(seen))
        again = _rules(tagger.replace(clean, words))
        if again == clean:
            break
        clean = again
    clean = echoes.apply(read, clean)  # "@bos_dady_mx … Dady di l": the handle's name again
    # a town that closed a scrubbed place comes back: "trabajo en la <PLACE> en Saltillo"
    clean = towns.restore(read, offices.restore(clean, public))
    return lookalikes.restore(written, read, clean)


def _rules(text: str) -> str:
    text = patterns.apply(scripts.apply(text))
    text = roles.apply(nicknames.apply(names.replace(text)))
    text = clauses.apply(text)
    return _MULTISPACE.sub(" ", text).strip()


def _version() -> str:
    digest = hashlib.sha256(fingerprint().encode())
    digest.update(tagger.model_bytes())
    here = Path(__file__).resolve().parent
    for module in _RULE_MODULES:
        digest.update((here / module).read_bytes())
    return digest.hexdigest()[:16]


#: Changes with the rules and the lists: stored rows are re-scrubbed once when it does.
VERSION = _version()
