"""People's names, found by context and by the name lists, replaced by ``<NAME>``.

A name is judged by what stands around it (:mod:`bot.privacy.cues`) and by
the lists in :mod:`bot.privacy.lexicon`:

- after an introduction ("me llamo", "se llama", "mwen rele", "named", "alias"),
  any following capitalised word, and lower-case words that are names or that
  the bot's vocabulary does not know ("mi nombre es wendy xiomara");
- after a softer cue ("soy", "I'm", "this is", "habla", "m se", "se"), a family
  word ("mi hermano", "madanm mwen", "my wife") or a title ("Dr.", "doña",
  "Pastè", "Mr"), a word that is a name or is capitalised and no ordinary word;
- before "here", "aquí", "ki la", "k ap ekri"; on a signature line (after a
  dash, "Atte.", "Saludos,", "Regards,", "Mèsi," or alone on the last line);
- with no cue at all, a capitalised word that only the name lists know
  ("Mackenson", "Okonkwo"), or a run of capitalised words with one of those.

Ordinary words that are also names ("Rosa", "Paz", "Luz", "Jesús", "Grace")
are names only after a cue, and places ("El Salvador", "San Pedro Sula") never
without one. A name found once is removed wherever it recurs in the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.privacy import cards, cue_words, cues, name_places, signatures
from bot.privacy.lexicon import (
    AMBIGUOUS,
    COMMON_WORDS,
    EVERYDAY,
    FIRST_NAMES,
    NAMES,
    PROTECTED,
    fold,
)

_TOKEN = re.compile(r"<[A-Z_]+>|[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*|[\w.]*[\d_][\w.]*\w")
_SPACE = re.compile(r"[ \t]+")
_POSSESSIVE = re.compile(r"'s$")


@dataclass
class Token:
    start: int
    end: int
    raw: str
    word: str  # folded
    cap: bool
    initial: bool  # first word of a sentence or line
    placeholder: bool
    handle: bool  # has digits, dots or underscores: "kwame.b22"
    place: bool = False
    named: bool = False  # in a place's name told after its kind: never a name ("metro Pino Suárez")

    @property
    def name(self) -> bool:
        return self.word in NAMES or (
            "-" in self.word and any(part in NAMES for part in self.word.split("-"))
        )

    @property
    def common(self) -> bool:
        return self.word in COMMON_WORDS

    @property
    def strong(self) -> bool:
        """A name that is no ordinary word: a name wherever it stands."""
        return self.name and not self.common and self.word not in AMBIGUOUS


class Text:
    """The message as tokens, with what lies between them."""

    def __init__(self, text: str) -> None:
        self.text = text
        letters = [ch for ch in re.sub(r"<[A-Z_]+>", "", text) if ch.isalpha()]
        shouting = len(letters) >= 8 and sum(ch.isupper() for ch in letters) > 0.7 * len(letters)
        self.shouting = shouting
        self.tokens: list[Token] = []
        for match in _TOKEN.finditer(text):
            raw = match.group(0)
            before = text[: match.start()].rstrip(" \t\"'“«‘(¿¡")
            is_upper = raw.isupper() and len(raw) > 1
            self.tokens.append(
                Token(
                    start=match.start(),
                    end=match.end(),
                    raw=raw,
                    word=_word(raw),
                    # an all-capitals word in a sentence is an acronym, unless everything shouts
                    cap=raw[:1].isupper() and (not is_upper or shouting),
                    initial=not before or before[-1] in ".!?\n:;",
                    placeholder=raw.startswith("<"),
                    handle=not raw.startswith("<") and any(ch in raw for ch in "._0123456789"),
                )
            )
        name_places.mark(self.tokens, self.text)
        # "What Are the Risks of Traveling": in Title Case, a capital is no sign of a name.
        # Judged line by line (a signature "Regards / Peace Achieng / Tijuana" is no heading),
        # and only capital-then-lower words count: "JEAN CLAUDE BEAUVAIS" shouts a name.
        self.title_case = title_case(text)

    def gap(self, index: int) -> str:
        """What lies between token ``index`` and the next one."""
        if index + 1 >= len(self.tokens):
            return self.text[self.tokens[index].end :]
        return self.text[self.tokens[index].end : self.tokens[index + 1].start]


def _word(raw: str) -> str:
    """The folded word, without an English possessive on a name or a place: "my cousin nasrin's
    name", "Mexico's refugee law"."""
    word = fold(raw)
    bare = _POSSESSIVE.sub("", word)
    return bare if bare != word and (bare not in COMMON_WORDS or bare in PROTECTED) else word


def title_case(text: str) -> bool:
    """Whether a line of ``text`` is in Title Case ("What Are the Risks of Traveling")."""
    return any(_title_line(line) for line in re.sub(r"<[A-Z_]+>", "", text).split("\n"))


def _title_line(line: str) -> bool:
    long = re.findall(r"[^\W\d_]{4,}", line)
    titled = sum(word[0].isupper() and not word.isupper() for word in long)
    return len(long) >= 3 and titled >= 0.75 * len(long)


_joined = cards.joined
#: Kreyòl "what is": "Kisa TPS se ye?" asks what something is; its "se" introduces no one.
_WHAT = frozenset(["kisa", "kiyes", "kiles", "kisak"])


def _defining(tokens: list[Token], index: int) -> bool:
    return any(t.word in _WHAT for t in tokens[max(0, index - 4) : index])


def find(text: Text) -> set[int]:
    """Indexes of the tokens that are (part of) names."""
    found: set[int] = set()
    tokens = text.tokens
    for index in range(len(tokens)):
        for mode, length in cues.cues_at(text, index):
            if tokens[index].word == "se" and _defining(tokens, index):
                continue
            if mode == "post":
                found.update(cues.run_before(text, index))
            else:
                run = cues.run_after(text, index + length, mode)
                if not run and (
                    (
                        mode == "family"
                        and (length > 1 or _possessive(tokens, index))
                        and tokens[index].word not in cues.GROUPS
                    )
                    or (mode == "weak" and (length > 1 or tokens[index].word != "se"))
                ):
                    run = cues.lower_run(text, index + length, tokens[index].word)
                found.update(run)
    found.update(signatures.signature(text))
    found.update(cards.found(text))
    found.update(_without_cue(text))
    found.update(cards.listed(text, found))
    found.update(_compound(text, found))
    for _ in range(3):  # "md. shahidul islam": a list name after a name is part of it
        found.update(
            i + 1
            for i in list(found)
            if i + 1 < len(tokens)
            and tokens[i + 1].name
            and tokens[i + 1].word not in AMBIGUOUS
            and not tokens[i + 1].place
            and tokens[i + 1].raw[:1].isupper() == tokens[i].raw[:1].isupper()
            and _joined(text.gap(i))
        )
    # a name found once goes wherever it recurs
    words = {
        tokens[i].word
        for i in found
        if len(tokens[i].word) >= 3 and not tokens[i].common and tokens[i].word not in AMBIGUOUS
    }
    found.update(
        i for i, t in enumerate(tokens) if t.word in words and not t.placeholder and not t.place
    )
    # an everyday word found as a name ("Grace and I") recurs as one where capitalised mid-sentence
    words = {tokens[i].word for i in found if tokens[i].raw[:1].isupper() and not tokens[i].strong}
    found.update(i for i, t in enumerate(tokens) if t.word in words and t.cap and not t.initial)
    return {i for i in found if not tokens[i].named}


#: Kin words that, capitalised before a name, are part of what the person is called.
_KIN_TITLES = frozenset(
    ["tio", "tia", "abuela", "abuelo", "abuelita", "abuelito", "mami", "papi", "grann", "granpe"]
    + ["tonton", "tant", "matant", "uncle", "aunt", "auntie", "grandma", "grandpa", "granny"]
    + ["nana"]
)
#: Spanish first names in two parts, one a word or a place ("María de los Ángeles", "Luz María").
_SECOND_HALVES = [half.split() for half in cue_words.COMPOUND_NAMES["second"].split("|")]
_FIRST_HALVES = frozenset(cue_words.COMPOUND_NAMES["first"].split("|"))


def _compound(text: Text, found: set[int]) -> set[int]:
    tokens, more = text.tokens, set()
    for i in found:
        if tokens[i].word in ("maria", "ma", "jose"):
            for half in _SECOND_HALVES:
                after = range(i + 1, min(i + 1 + len(half), len(tokens)))
                if [tokens[j].word for j in after] == half:
                    more.update(after)
        nick = i + 1 < len(tokens) and tokens[i].word in ("ti", "big", "el", "la")
        if nick and tokens[i + 1].raw[:1].isupper() and _joined(text.gap(i)):
            more.add(i + 1)  # "manman m Ti Sò", "Big Joe": the rest of a nickname
        # a capitalised kin word is part of what the person is called: "Abuela Carmen", "Grann Tida"
        if i > 0 and tokens[i - 1].word in _KIN_TITLES and tokens[i - 1].raw[:1].isupper():
            more.update([i - 1] if _joined(text.gap(i - 1)) else [])
        birth = i > 1 and tokens[i - 2].word == "a" and tokens[i - 1].word == "luz"  # gave birth
        if i > 0 and tokens[i - 1].word in _FIRST_HALVES and tokens[i].word in FIRST_NAMES:
            more.update([i - 1] if _joined(text.gap(i - 1)) and not birth else [])
    return more


#: "mi primo osmin", "my cousin chidi": a family word someone's relative, not "son" (are).
_POSSESSIVES = frozenset(
    ["mi", "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "my", "our", "his", "her"]
    + ["their", "your"]
)


def _possessive(tokens: list[Token], index: int) -> bool:
    return index > 0 and tokens[index - 1].word in _POSSESSIVES


def _without_cue(text: Text) -> set[int]:
    """Capitalised runs with a word only the name lists know; lower-case first names."""
    tokens = text.tokens
    # "hablé con maria lopez": a first name no word list knows, in lower case too
    found = {
        i
        for i, t in enumerate(tokens)
        if not t.cap and len(t.word) >= 4 and t.word in FIRST_NAMES and t.strong and not t.place
    }
    for _ in range(3):  # "yeison andres perez ortiz": surnames after a first name, one by one
        found.update(
            i + 1
            for i in list(found)
            if i + 1 < len(tokens) and tokens[i + 1].strong and _joined(text.gap(i))
        )
    # "hablé con ana maría": a short first name before one that was found
    found.update(
        i - 1
        for i in list(found)
        if i > 0
        and not tokens[i - 1].cap
        and tokens[i - 1].word in FIRST_NAMES
        and not tokens[i - 1].common
        and not tokens[i - 1].place
        and _joined(text.gap(i - 1))
    )
    index = 0
    while index < len(tokens):
        run = []
        while index < len(tokens):
            token = tokens[index]
            # "Rosa Maria Pereira": a town that is a surname too, right after a first name
            last = tokens[run[-1]] if run else None
            surname = last is not None and last.word in FIRST_NAMES and not last.place
            surname = surname and token.name
            if not token.cap or (token.place and not surname) or token.placeholder or token.handle:
                break
            if token.common and not token.name:
                break
            run.append(index)
            if not _joined(text.gap(index)):
                break
            index += 1
        index += 1
        if not run:
            continue
        first = tokens[run[0]]
        strong = [i for i in run if tokens[i].strong]
        if len(run) == 1:
            if strong or _unknown(text, run[0]):
                found.update(run)
        elif strong or (
            not first.initial
            and sum(tokens[i].name for i in run) >= 2
            and any(not tokens[i].common for i in run)
        ):
            found.update(run)
    return {i for i in found if not tokens[i].named}


def _unknown(text: Text, index: int) -> bool:
    """A capitalised word mid-sentence that no list knows: more likely a name than not.

    Not in Title Case text ("Detèminasyon Sitiyasyon Refijye"): a neighbour must be lower case.
    """
    token = text.tokens[index]
    # only neighbours in the same phrase count: "Mirlande, Jodeline ak Frantz" is a list
    neighbours = [
        text.tokens[i]
        for i in (index - 1, index + 1)
        if 0 <= i < len(text.tokens) and _joined(text.gap(min(i, index)))
    ]
    quoted = token.start > 0 and text.text[token.start - 1] in "\"“«'‘"
    return (
        not text.title_case
        and not quoted  # "¿Qué es “Advicenow”?": a term being asked about
        and not any(t.cap for t in neighbours)
        and not token.initial
        and not token.common
        and not token.name
        and token.word not in EVERYDAY  # "la Constitución", "la Aduana"
        and token.word not in AMBIGUOUS  # "a la Virgen", "Bondye"
        and len(token.word) >= 3
        and token.raw[1:].islower()
    )


def replace(text: str) -> str:
    """Text with names replaced by ``<NAME>`` (runs of name words become one)."""
    parsed = Text(text)
    found = find(parsed)
    if not found:
        return text
    tokens = parsed.tokens
    out = []
    last = 0
    index = 0
    while index < len(tokens):
        if index not in found or tokens[index].placeholder:
            index += 1
            continue
        start = tokens[index].start
        while index + 1 in found and _joined(parsed.gap(index)) and index + 1 < len(tokens):
            index += 1
        out.append(text[last:start])
        out.append("<NAME>")
        last = tokens[index].end
        index += 1
    out.append(text[last:])
    return "".join(out)
