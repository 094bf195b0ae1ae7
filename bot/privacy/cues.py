"""The words around a name: introductions, family words, titles, signatures (es, en, ht).

Each cue has a mode that says how freely the words after it are taken as a name:

- ``strong``: "me llamo", "se llama", "mwen rele", "named": capitals, names, new words;
- ``weak``: "soy", "I'm", "m se": a name, or a capital no word list knows ("soy Luz");
- ``family`` / ``title``: "mi hermano", "my wife", "Dr.", "doña": as ``weak``, after possessives;
- ``social``: "facebook", "fb", "en face como": the profile name that follows;
- ``closer``: "Atte.", "Saludos,", "Regards,", "Mèsi,": the name on the next line;
- ``post``: "here", "aquí", "ki la", "k ap ekri": the name before it;
- ``verb``: "dile a", "vine con", "m te pale ak": a name, or a word no list knows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.privacy.cue_words import (
    _ADJECTIVE,
    _BEFORE_REFLEXIVE,
    _BOUNDARY,
    _CONNECTORS,
    _CUES,
    _ENGLISH,
    _FAMILIAR,
    _IS,
    _NOT_AFTER_FAMILY,
    _PROFESSIONAL,
    _SKIP,
    GROUPS,
    NOT_AFTER_STRONG,
    ORG_HEADS,
    PEOPLE,
)
from bot.privacy.lexicon import AMBIGUOUS, CITY_WORDS, EVERYDAY, fold

if TYPE_CHECKING:
    from bot.privacy.names import Text, Token


def _table() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    table: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for mode, phrases in _CUES.items():
        for phrase in phrases.split("|"):
            phrase = fold(phrase.strip())
            colon = phrase.endswith(":")
            words = tuple(phrase.rstrip(":").split())
            if words:
                table.setdefault(words[0], []).append((words, mode, colon))
    return table


_TABLE = _table()


def cues_at(text: Text, index: int) -> list[tuple[str, int]]:
    """The cues that start at token ``index``: (mode, number of words)."""
    tokens = text.tokens
    found = []
    for words, mode, colon in _TABLE.get(tokens[index].word, ()):
        end = index + len(words)
        if end > len(tokens) or any(tokens[index + k].word != word for k, word in enumerate(words)):
            continue
        if any(text.gap(index + k).strip(" \t'’\n") for k in range(len(words) - 1)):
            continue
        if colon and ":" not in text.gap(end - 1):
            continue
        if mode == "title" and tokens[index].word == "ti" and not tokens[index].cap:
            continue
        if mode == "title" and index and tokens[index - 1].word in _BEING:
            continue  # "soy maestro. Salí de Venezuela": a trade, no title before a name
        found.append((mode, len(words)))
    return found


#: "I am" in Spanish, English and French: a trade may follow, not a title.
_BEING = frozenset(["soy", "somos", "am", "im", "i'm", "suis", "sommes", "era", "was"])


def _gap_ok(gap: str, mode: str) -> bool:
    if mode == "closer":
        return "\n" in gap or "." in gap or "," in gap
    if mode == "strong":
        return not gap.strip(" \t:.'’\"“”\n")  # "mi nombre es\ndarwin"
    return not gap.strip(" \t:.'’\"“”")


#: Honorifics before a surname in English and Spanish ("Mr. Chen"), not Kreyòl "se" (sister).
_HONORIFIC = frozenset(["mr", "mrs", "ms", "miss", "mister", "officer", "sr", "sra", "srta"])


def _surname_like(token: Token) -> bool:
    """No everyday word, no title itself: "Chen" after "Mr.", not "Mr." after "officer"."""
    return token.word not in EVERYDAY and token.word not in _HONORIFIC and token.word not in _TABLE


def _takes(token: Token, mode: str, first: bool, text: Text, index: int) -> bool:
    # "… Perdomo Vda. de Cruz" (a widow's), "Nombre: Juan\nFecha: …" (the next field's label),
    # "… ak 4 pitit. Li rive" (an everyday word that starts a sentence)
    gap = text.gap(index - 1) if index else ""
    label = "\n" in gap and text.text[token.end : token.end + 1] == ":"
    starts = "." in gap and token.common and mode != "title"  # not "Mr. Chen"
    if token.placeholder or token.word in ("vda", "viuda") or label or starts:
        return False
    if token.place and not token.name and (first or mode not in ("strong", "social")):
        return False  # "nou rete Ti Goave", "whatsapp Ayiti a"; but "… se Bebe Lovely Haiti"
    if mode == "social":
        return token.cap or token.handle or token.name or token.raw.isupper()
    if token.handle:
        return False
    if mode == "verb":
        return _after_verb(token, text)
    if token.cap or token.raw.isupper():
        if mode == "strong":
            return True
        if mode == "closer" and not token.raw[:1].isupper():
            return False
        # "MI SUEGRO Y MI CUÑADO": a lone letter is no name; "I Am Illegally": Title Case
        unknown = not token.common and len(token.word) >= 2 and not text.title_case
        if text.title_case:
            # every word has a capital: "Bring Family Over", "Help My Family Come"
            return token.strong or (token.name and not token.common and mode != "weak")
        if text.shouting and first and _reflexive(text, index - 1):
            return token.name  # "NO SE DESEA LA CITA": Spanish "se", not Kreyòl "ALO SE ROSEMENE"
        if token.name or unknown or not (first and text.tokens[index - 1].word in _HONORIFIC):
            return token.name or unknown
        # "Mr. Chen", "Officer Ruiz": after an honorific, a capital that is no everyday word;
        # "Lic. Refugio Cruz": an everyday word is a first name when a surname follows it
        after = text.tokens[index + 1] if index + 1 < len(text.tokens) else None
        surname = after is not None and after.cap and after.name and not text.gap(index).strip()
        return _surname_like(token) or surname
    if mode == "strong":
        # "m rele mercy kalala": after an introduction, words the vocabulary lacks
        return token.word not in NOT_AFTER_STRONG and (token.name or unknown_word(token))
    if mode == "title" and first and _after_familiar(text, index):
        # "don chepe", "doña lupe", "madan pòl": a familiar title, then a nickname no list knows;
        # "la lic. paz encinas", "my lawyer is angel ramirez": a professional one, then a name
        nickname = text.tokens[index - 1].word in _FAMILIAR and unknown_word(token)
        listed = token.name and (not token.common or token.word in AMBIGUOUS)  # not "said"
        return listed or (nickname and not _ADJECTIVE.search(token.word))
    if token.strong:
        return True
    if not first and unknown_word(token) and not _ADJECTIVE.search(token.word):
        return token.word not in EVERYDAY  # "mohammad karim sadat", not "Fuentes yells at me"
    if (
        mode == "family"
        and first
        and text.tokens[index - 1].word not in GROUPS
        and _family_name(text, index)
        and _kin_before(text, index)
    ):
        return True  # "frè m widlet", "my husband idrissa is detained"
    if not (first and token.name and token.word in AMBIGUOUS):
        return False
    if mode == "family" and token.word not in _NOT_AFTER_FAMILY:
        return True  # "mi hijo angel tiene fiebre", "mi esposa esperanza"
    # "im joy, nigerian": a lower-case name that ends the clause; "soy jesus alberto"
    after = text.tokens[index + 1] if index + 1 < len(text.tokens) else None
    ends = bool(text.gap(index).strip(" \t"))
    return (mode == "weak" and ends) or (not ends and after is not None and after.strong)


def _reflexive(text: Text, index: int) -> bool:
    before = text.tokens[index - 1].word if index > 0 else ""
    return text.tokens[index].word == "se" and before in _BEFORE_REFLEXIVE


def _after_verb(token: Token, text: Text) -> bool:
    """After "dile a", "vine con", "m te pale ak", "ask": a name, or a word no list knows.

    Ordinary words that are names ("le dije a rosa", "vine con Dios") stay: the verb says a
    person follows, not which word is one.
    """
    if token.word in AMBIGUOUS:
        return False
    if token.cap or token.raw.isupper():
        return token.name or (not token.common and not token.place and not text.title_case)
    return token.strong or (unknown_word(token) and not _ADJECTIVE.search(token.word))


def _family_name(text: Text, index: int) -> bool:
    """A lower-case word no list knows, right after a family word, before an ordinary word."""
    token = text.tokens[index]
    after = text.tokens[index + 1] if index + 1 < len(text.tokens) else None
    joined = after is not None and not text.gap(index).strip(" \t")
    follows = after is None or not joined or after.common or after.name or unknown_word(after)
    everyday = token.word in EVERYDAY  # "they charged my friend double"
    return unknown_word(token) and not everyday and not _ADJECTIVE.search(token.word) and follows


def _kin_before(text: Text, index: int) -> bool:
    """The family word is one: not "se" (Spanish "se pierde") or "son" (Spanish "son necesarios")."""
    words = [t.word for t in text.tokens[max(0, index - 2) : index]]
    if words and words[-1] in ("se", "son"):
        return False
    return not (len(words) == 2 and words[0] in ("se", "son") and words[1] not in ("m", "mwen"))


def _after_familiar(text: Text, index: int) -> bool:
    """Right after a familiar or professional title, or after "my lawyer is"."""
    words = [t.word for t in text.tokens[max(0, index - 2) : index]]
    titles = _FAMILIAR | _PROFESSIONAL
    return bool(words) and (
        words[-1] in titles or (len(words) == 2 and words[0] in titles and words[1] in _IS)
    )


def unknown_word(token: Token) -> bool:
    """A lower-case word no list knows: no ordinary word, no place, no name."""
    return (
        not token.common
        and not token.place
        and token.word not in CITY_WORDS
        and len(token.word) >= 3
        and token.word.isalpha()
    )


def lower_run(text: Text, start: int, cue: str) -> list[int]:
    """A lower-case name ending a clause after "soy", "m se", "this is": "moin se wilda,".

    Each word is a name or unknown to every list, one at least unknown, and a
    comma, full stop or the end of the message follows. After an English cue
    the run needs two words and a name ("this is gift kabongo,", not "i'm tired,").
    """
    run = _lower_run(text, start)
    tokens = [text.tokens[i] for i in run]
    if not run or any(_ADJECTIVE.search(t.word) and not t.name for t in tokens):
        return []
    if all(t.word in EVERYDAY and not t.name for t in tokens):
        return []  # "soy maestro.", "soy mecanico,": a trade, and no listed name
    if cue in _ENGLISH and (len(run) < 2 or not any(t.name for t in tokens)):
        # "hi i'm hamid rahimi from herat": two or three words no list knows, before "from"
        unknown = len(run) >= 2 and all(unknown_word(t) for t in tokens)
        if not ((unknown or _from_place(text, run)) and _ends_before_boundary(text, run[-1])):
            return []
    return run


def _from_place(text: Text, run: list[int]) -> bool:
    """ "hi im andreina from caracas": one unknown word, then "from" and a place."""
    last = run[-1]
    if len(run) != 1 or not unknown_word(text.tokens[last]) or last + 2 >= len(text.tokens):
        return False
    after = text.tokens[last + 2]
    return text.tokens[last + 1].word == "from" and (after.place or after.word in CITY_WORDS)


def _ends_before_boundary(text: Text, index: int) -> bool:
    following = text.tokens[index + 1] if index + 1 < len(text.tokens) else None
    return following is not None and following.word in _BOUNDARY and not text.gap(index).strip()


def _lower_run(text: Text, start: int) -> list[int]:
    tokens = text.tokens
    run: list[int] = []
    index = start
    while index < len(tokens) and len(run) < 3:
        token = tokens[index]
        if token.cap or token.placeholder or token.handle:
            return []
        if not (token.name or unknown_word(token)):
            return []
        run.append(index)
        gap = text.gap(index)
        if gap.strip(" \t"):
            ends = bool(set(gap) & set(",.;!?\n")) or index + 1 == len(tokens)
            return run if ends and any(unknown_word(tokens[i]) for i in run) else []
        if index + 1 < len(tokens) and tokens[index + 1].word in _BOUNDARY:
            # "i'm hamid rahimi from herat", "soy yusleidy y …"
            return run if any(unknown_word(tokens[i]) for i in run) else []
        index += 1
    if index == len(tokens) and any(unknown_word(tokens[i]) for i in run):
        return run
    return []


def run_after(text: Text, start: int, mode: str) -> list[int]:
    """The name that follows a cue ending before token ``start``."""
    tokens = text.tokens
    if start >= len(tokens) or start == 0 or not _gap_ok(text.gap(start - 1), mode):
        return []
    index = start
    skip = _SKIP.get(mode, frozenset())
    while index < len(tokens) and tokens[index].word in skip and not tokens[index].cap:
        if text.gap(index).strip(" \t:"):
            return []
        index += 1
    run: list[int] = []
    limit = 6 if mode == "social" else 5
    while index < len(tokens) and len(run) < limit:
        token = tokens[index]
        if run and token.word in _CONNECTORS and not token.cap and index + 1 < len(tokens):
            following = tokens[index + 1]
            lower_ok = mode == "strong" and (following.name or unknown_word(following))
            if (following.cap or lower_ok) and _takes(following, mode, False, text, index + 1):
                run.append(index)
                index += 1
                continue
        if (
            token.word == "ti"
            and index + 1 < len(tokens)
            and (tokens[index + 1].cap or (mode == "strong" and tokens[index + 1].name))
        ):
            run.append(index)
            index += 1
            continue
        if not _takes(token, mode, not run, text, index):
            break
        run.append(index)
        gap = text.gap(index)
        # "mi nombre\nes\ndarwin\njosue\nchavez": after an introduction, one word per line
        stacked = mode == "strong" and not gap.strip(" \t\n") and "\n" in gap
        if (
            gap.strip(" \t-")
            and not stacked
            and not (mode == "social" and gap.strip(" \t") in {".", "_"})
        ):
            break
        index += 1
    while run and tokens[run[-1]].word in _CONNECTORS and not tokens[run[-1]].cap:
        run.pop()
    # "a page called 'Migration Help Mexico'", "one called Jardín de las Mariposas": no person
    words = [tokens[i] for i in run]
    if mode == "strong" and words and words[0].cap and words[0].word in ORG_HEADS:
        return []  # "I already called Casa Monarca"
    person = any(t.word in PEOPLE for t in tokens[max(0, start - 5) : start])
    if mode == "strong" and any(t.place for t in words) and all(t.place or t.common for t in words):
        return run if person and words[0].name else []  # "mi niño se llama Santiago"
    return run


def run_before(text: Text, index: int) -> list[int]:
    """The name before "here", "aquí", "ki la"."""
    tokens = text.tokens
    run: list[int] = []
    position = index - 1
    while position >= 0 and len(run) < 4:
        token = tokens[position]
        if text.gap(position).strip(" \t-,") or token.placeholder or token.place:
            break
        if token.cap and not token.raw.isupper():
            if token.common and not token.name:
                break
        elif not (token.strong or (run and token.name)):
            break  # "se merci auguste ki ekri": an ambiguous first name before a surname
        run.append(position)
        position -= 1
    return run
