"""The words around a name: introductions, family words, titles, signatures (es, en, ht).

Each cue has a mode that says how freely the words after it are taken as a name:

- ``strong``: an introduction ("me llamo", "se llama", "mwen rele", "named",
  "alias"): capitalised words, names, and a first word the vocabulary lacks;
- ``weak``: "soy", "I'm", "this is", "habla", "m se", "se": a name or a
  capitalised word that is no ordinary word ("soy Luz", not "soy hondureño");
- ``family`` / ``title``: "mi hermano", "madanm mwen", "my wife", "Dr.", "doña",
  "Pastè": as ``weak``, after possessives ("frè m", "madanm mwen");
- ``social``: "facebook", "fb", "en face como": the profile name that follows;
- ``closer``: "Atte.", "Atentamente", "Saludos,", "Regards,", "Mèsi,": the
  name on the next line;
- ``post``: "here", "aquí", "ki la", "k ap ekri": the name before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.privacy.lexicon import AMBIGUOUS, CITY_WORDS, fold

if TYPE_CHECKING:
    from bot.privacy.names import Text, Token

_CUES = {
    "strong": """me llamo|mi nombre es|mi nombre|nombre completo|nombre:|mi nombre:|my name is|my names|
        my name's|name is|my name:|name:|se llama|se llaman|se llamaba|llamado|llamada|de nombre|named|
        called|is called|call me|called him|called her|le decian|le decían|lo llaman|la llaman|llamame|llámame|mwen rele|m rele|moin rele|mwen rele:|li rele|l rele|
        ki rele|rele|rele m|rele mwen|they call me|people call me|me dicen|me apodan|non mwen se|non m se|non mwen|non m|non mwen:|non:|non li se|non l se|alias|
        apodo|un tal|una tal|le dicen|aka|a k a|real name|nombre real|je m'appelle|je suis|nom:|
        sign:|signed:|signature:|firma:|firmado:|siyen:|siyati:""",
    "weak": """soy|yo soy|i'm|im|i am|it's|its|it is|this is|here is|habla|le habla|les habla|
        te habla|le escribe|les escribe|te escribe|escribe|aqui|aquí|m se|mwen se|moin se|mwen menm se|
        se mwen|se|c'est|yo soy el|yo soy la|soy el|soy la|ici""",
    "family": """mama|mamá|madre|papa|papá|hermano|hermana|hijo|hija|esposo|esposa|marido|suegro|
        suegra|primo|prima|tio|tía|tia|tío|abuelo|abuela|sobrino|sobrina|nieto|nieta|cuñado|cuñada|
        compa|compañero|compañera|amigo|amiga|vecino|vecina|novio|novia|niño|niña|nene|nena|bebé|
        hijastro|hijastra|comadre|compadre|familia|mother|mom|mum|father|dad|brother|sister|son|
        daughter|wife|husband|cousin|uncle|aunt|auntie|friend|neighbour|neighbor|kid|baby|child|girl|
        boy|nephew|niece|grandmother|grandma|grandfather|grandpa|partner|boyfriend|girlfriend|family|
        manman|frè|fre|sè|se m|pitit|pitit fi|pitit gason|madanm|mari|kouzen|kouzin|tonton|matant|
        grann|zanmi|vwazen|vwazin|bebe|neve|nyès|fanmi|mennaj|bòpè|bope|bèlmè|belme|bòfrè|bofre|
        bèlsè|belse|bèlfi|parenn|marenn|padrastro|madrastra|padrino|madrina|stepfather|stepmother|
        stepdad|stepmom|stepson|stepdaughter|godfather|godmother|mija|mijo""",
    "title": """señor|señora|sr|sra|srita|señorita|don|doña|dr|dra|doctor|doctora|doc|lic|licenciado|
        licenciada|abogado|abogada|lawyer|attorney|pastor|pastora|pastè|padre|father|fr|mr|mrs|ms|
        miss|madam|madame|madan|mesye|msye|dòk|doktè|profesor|profesora|profe|maestra|maestro|
        teacher|hermana|hermano|sister|brother|sè|rev|reverend|imam|officer|oficial|agente|tant|ti|
        mister|sir|sœur|frère|monsieur|ingeniero|ingeniera|ing|arquitecto|contador|jefe|patron|
        patrón|encargado|encargada|supervisor|supervisora|manager|boss|sipèvizè|bòs|patwon|
        pregunte por|pregunten por|preguntar por|pregunta por|preguntas por|ask for|asking for|
        mande pou|mande|metrès|mèt""",
    "social": """face|facebook|fb|insta|instagram|ig|tiktok|twitter|snapchat|snap|linkedin|youtube|
        twitch|threads|kwai|
        perfil|profile""",
    "closer": """atte|atentamente|saludos|regards|sincerely|mesi|mèsi|gracias|thanks|bendiciones|
        cordialmente|respectfully|blessings|bless|kenbe|ak respe|dios les bendiga""",
    "post": """here|aqui|aquí|ki la|k ap ekri|ki ekri|k ap pale|ki ap pale|ki te ekri|ki ap ekri|
        reportándose|reportandose""",
}
#: Words skipped between a cue and the name ("madanm mwen Nadège", "my wife is Abigail").
_SKIP = {
    "family": frozenset(
        [
            "mwen",
            "m",
            "li",
            "l",
            "nou",
            "yo",
            "an",
            "mi",
            "my",
            "our",
            "su",
            "is",
            "es",
            "se",
            "name",
            "nombre",
            "called",
        ]
    ),
    "title": frozenset(),
    "strong": frozenset(["el", "la"]),
    "weak": frozenset(),
    "closer": frozenset(),
    "social": frozenset(
        [
            "mwen",
            "m",
            "mio",
            "mia",
            "es",
            "is",
            "se",
            "como",
            "as",
            "me",
            "salgo",
            "aparezco",
            "cheche",
            "chèche",
            "busca",
            "buscar",
            "buscarme",
            "find",
            "search",
            "under",
            "the",
            "name",
            "account",
            "cuenta",
            "page",
            "pagina",
            "paj",
            "sou",
            "on",
            "en",
            "a",
            "la",
            "el",
            "my",
            "mi",
            "nan",
            "is:",
            "con",
            "with",
        ]
    ),
}
#: Titles written before first names and nicknames, in lower case as often as not.
_FAMILIAR = frozenset(["don", "dona", "sena", "seno", "madan", "mesye", "msye", "tia", "tio"])
#: Ambiguous names that are verbs or months after a family word: "my son will come".
_NOT_AFTER_FAMILY = frozenset(["will", "may", "june", "april", "bill", "sol", "mar", "fe", "san"])
_CONNECTORS = frozenset(["de", "del", "la", "las", "los", "ti", "van"])


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
        if any(text.gap(index + k).strip(" \t'’") for k in range(len(words) - 1)):
            continue
        if colon and ":" not in text.gap(end - 1):
            continue
        if mode == "title" and tokens[index].word == "ti" and not tokens[index].cap:
            continue
        found.append((mode, len(words)))
    return found


def _gap_ok(gap: str, mode: str) -> bool:
    if mode == "closer":
        return "\n" in gap or "." in gap or "," in gap
    return not gap.strip(" \t:.'’\"“”")


def _takes(token: Token, mode: str, first: bool, text: Text, index: int) -> bool:
    if token.placeholder:
        return False
    if mode == "social":
        return token.cap or token.handle or token.name or token.raw.isupper()
    if token.handle:
        return False
    if token.cap or token.raw.isupper():
        if mode == "strong":
            return True
        if mode == "closer" and not token.raw[:1].isupper():
            return False
        # "MI SUEGRO Y MI CUÑADO": a lone letter is no name; "I Am Illegally": Title Case
        unknown = not token.common and len(token.word) >= 2 and not text.title_case
        return token.name or unknown
    if mode == "strong":
        # "m rele mercy kalala": after an introduction, words the vocabulary lacks
        return token.name or unknown_word(token)
    if mode == "title" and first and index > 0 and text.tokens[index - 1].word in _FAMILIAR:
        # "don chepe", "doña lupe", "madan pòl": a familiar title, then a nickname no list knows
        return token.name or (unknown_word(token) and not _ADJECTIVE.search(token.word))
    if token.strong:
        return True
    if not (first and token.name and token.word in AMBIGUOUS):
        return False
    if mode == "family" and token.word not in _NOT_AFTER_FAMILY:
        return True  # "mi hijo angel tiene fiebre", "mi esposa esperanza"
    # "im joy, nigerian": a lower-case name that ends the clause; "soy jesus alberto"
    after = text.tokens[index + 1] if index + 1 < len(text.tokens) else None
    ends = bool(text.gap(index).strip(" \t"))
    return (mode == "weak" and ends) or (not ends and after is not None and after.strong)


def unknown_word(token: Token) -> bool:
    """A lower-case word no list knows: no ordinary word, no place, no name."""
    return (
        not token.common
        and not token.place
        and token.word not in CITY_WORDS
        and len(token.word) >= 3
        and token.word.isalpha()
    )


#: Endings of adjectives and participles, not of names: "i'm tired", "soy ondureño".
_ADJECTIVE = re.compile(
    r"(?:ed|ous|ful|ing|ive|able|ible|less|ish|ado|ada|ido|ida|oso|osa|eno|ena|ense|ante|iente|ico|ica)$"
)
#: English introductions: "this is gift kabongo" needs two words, one of them a name.
_ENGLISH = frozenset(["i'm", "im", "i", "it's", "its", "it", "this", "here"])


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
    if cue in _ENGLISH and (len(run) < 2 or not any(t.name for t in tokens)):
        return []
    return run


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
            if following.cap and _takes(following, mode, False, text, index + 1):
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
        if gap.strip(" \t-") and not (mode == "social" and gap.strip(" \t") in {".", "_"}):
            break
        index += 1
    while run and tokens[run[-1]].word in _CONNECTORS and not tokens[run[-1]].cap:
        run.pop()
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
        elif not token.strong:
            break
        run.append(position)
        position -= 1
    return run


def signature(text: Text) -> list[int]:
    """A name signed on the last line, or after a dash at the end."""
    tokens = text.tokens
    if not tokens:
        return []
    body = text.text.rstrip(" \t\n.!")
    cut = max(body.rfind("\n"), body.rfind(" - "), body.rfind("—"), body.rfind("–"))
    if body.startswith("- ") and cut < 0:
        cut = 0
    if cut < 0:
        return []
    line = [i for i, t in enumerate(tokens) if t.start > cut]
    if not 1 <= len(line) <= 4:
        return []
    words = [tokens[i] for i in line]
    if any(not t.raw[:1].isupper() or t.handle or t.placeholder for t in words):
        return []
    if any(t.common and not t.name for t in words):
        return []
    return line if any(t.name or not t.common for t in words) else []
