"""Street nicknames with their article: "el Negro", "la flaca", "el güero Ramírez".

In Mexican and Central American Spanish a person is often named only by a
nickname that is an ordinary adjective: "mi cuñado el negro ramirez maneja un
taxi", "la Flaca me quitó el lugar". No name list can hold these (they are
everyday words, and the measure of what is ordinary says so), but the article
before the adjective makes it a person: "el negro" alone, standing for someone.
The nickname and the surname or name after it become ``<NAME>``.

Only adjectives that are used this way, so "el carro negro" or "la ropa" stay;
"la China" in capitals is the country.
"""

from __future__ import annotations

import re

from bot.privacy.lexicon import (
    AMBIGUOUS,
    COMMON_WORDS,
    FIRST_NAMES,
    NAMES,
    PLACES,
    fold,
)
from bot.privacy.spans import replace_group

_NICKNAMES = (
    "negro|negra|negrito|negrita|chino|china|flaco|flaca|flaquito|flaquita|gordo|gorda|gordito|"
    "gordita|g[uü]ero|g[uü]era|g[uü]erito|g[uü]erita|chele|chelito|chaparro|chaparra|chapo|"
    "pel[oó]n|pelona|morenito|morenita|prieto|prieta|chato|chata|tuerto|cojo|mocho|zurdo|"
    "colocho|colocha|canche|chuky|chucky|cabez[oó]n|pelirrojo|pelirroja|flako|chamo|chama|"
    # a demonym for the one from there: "les escribe el Chapín, el de la carpa naranja"
    "chap[ií]n|chapina|catrach[oa]|guanac[oa]|veneco|veneca|cubiche"
)
NICKNAME = re.compile(
    rf"\b(?:el|la|El|La|EL|LA)\s+(?!China\b)((?i:{_NICKNAMES})\b(?:\s+[\w'-]+)?)",
)
#: Kreyòl spellings of French first names that the lists may lack: "Ti Pyè", "Ti Jak".
_KREYOL_FIRST = frozenset(
    ["pye", "jak", "jan", "pol", "lwi", "jozef", "mari", "jo", "sonson", "rene"]
)
#: After these the adjective describes a thing or a group, not a person: "es el negro" is fine.
_NOT_AFTER = frozenset(["color", "de", "en", "es", "el", "la", "del", "todo", "pelo", "cabello"])


def _nickname(match: re.Match[str]) -> str:
    before = match.string[: match.start()].split()
    if before and fold(before[-1]) in _NOT_AFTER:
        return match.group(0)
    words = match.group(1).split()
    taken = 1
    if len(words) > 1:
        follower = fold(words[1])
        if follower in NAMES and follower not in AMBIGUOUS:
            taken = 2  # "el negro ramirez"
    start = match.start(1) - match.start(0)
    name = re.match(rf"\S+(?:\s+\S+){{{taken - 1}}}", match.group(1))
    return match.group(0)[:start] + "<NAME>" + match.group(1)[name.end() :]


#: A nickname's first word stays when the rules took only the name after it: "Ti <NAME>".
_LEAD = re.compile(r"\b(?:Ti|TI|ti|Gwo|GWO|gwo|Big|BIG|big|Lil|lil)\s+<NAME>")
#: Kreyòl "Ti" before a first name is a nickname: "zanmi m Sonson ak Ti Pyè".
_TI = re.compile(r"\b(?:Ti|TI)\s+([A-ZÀ-Ý][\w'’-]*)")


_TI_NAMES = FIRST_NAMES | _KREYOL_FIRST


def _ti(match: re.Match[str]) -> str:
    if fold(match.group(1)) in _TI_NAMES:
        return "<NAME>"
    # set off by commas, "Ti" and a capital stand for someone: "ak granmoun nan, Ti Pa, tou de";
    # "nou soti, Ti Goave, …" is a place
    before = match.string[: match.start()].rstrip(" ")
    after = match.string[match.end() :].lstrip(" ")
    aside = before.endswith(",") and after[:1] in (",", ")", "")
    if fold(match.group(0)) in PLACES:
        return match.group(0)
    # mid-sentence, "Ti" and a capital is what people call someone: "patnè m Ti Chal", "kòlèg
    # mwen Ti Blan"; at a sentence's start it may be an ordinary "Ti" ("Ti Moun yo…")
    initial = not before or before[-1] in ".!?\n:;"
    return "<NAME>" if aside or not initial else match.group(0)


#: A nickname in quotes after "known as", whatever its words: "tout moun konnen m kòm 'madan dan
#: lò'", "me conocen como "la güera de Tecún"".
QUOTED = re.compile(
    r"\b(?i:known\s+as|knows?\s+(?:me|him|her|them)\s+as|call(?:s|ed)?\s+(?:me|him|her)|conocid[oa]\s+como|(?:me|le|la|lo)\s+"
    r"(?:conocen\s+como|dicen|apodan)|konnen\s+(?:m|mwen|li|l)\s+(?:kòm|kom|tankou)|"
    r"(?:rele|relem)\s+(?:m|mwen|li|l)|"
    # "my nickname on the street is 'Doctor'", "mi apodo en el barrio era "el Profe""
    r"(?:nickname|apodo|sobrenombre|ti\s+non|tinon|surnom)(?:\s+[^\W\d_]+){0,4}?\s+(?:is|es|era|was|se))"
    r"\s+([\"“'‘«])[^\"”'’»\n]{2,40}[\"”'’»]"
)


def _quoted(match: re.Match[str]) -> str:
    start = match.start(1) - match.start(0)
    return match.group(0)[:start] + "'<NAME>'"


#: A capitalised word between two names is one of them: "<NAME> Lindo <NAME>" (Paz Aurora
#: Lindo Reyes), though "lindo" alone is an everyday word.
BETWEEN = re.compile(
    r"<NAME>[ \t]+(?:[A-ZÁÉÍÓÚÑ][\w'’-]*|['\"“‘][^'\"”’\n]{1,25}['\"”’])[ \t]+<NAME>"
)  # and a nickname in quotes: "Hector 'El Gato' Salinas"


#: A listed name in lower case between two names is one of them: "soy <NAME> paz <NAME>"
#: (yesenia paz mejia), though "paz" alone is an everyday word.
BETWEEN_LOWER = re.compile(r"<NAME>[ \t]+([a-záéíóúñ]{3,})[ \t]+<NAME>")


def _between_lower(match: re.Match[str]) -> str:
    word = fold(match.group(1))
    listed = word in NAMES and (word not in COMMON_WORDS or word in AMBIGUOUS)  # not "pou"
    return "<NAME>" if listed else match.group(0)


#: A second name after a name: "a man called <NAME> or 'Big K'", "<NAME> alias "el Flaco"".
ALIAS = re.compile(
    r"(?<=<NAME>)(\s+(?i:or|o|ou|aka|a\.k\.a\.?|alias)\s+)[\"“'‘«][^\"”'’»\n]{1,30}[\"”'’»]"
)
#: The rest of a profile's name, even a place: "kont facebook, youn se <NAME> Mode" (Guerdy
#: Joseph Mode), "sou fesbouk mwen se <NAME> Ayiti" (a display name may end with a country).
PROFILE_NAME = re.compile(
    r"((?i:facebook|fesbouk|fb|instagram|insta|tiktok|whatsapp|wasap|watsap|perfil|profile|kont|"
    r"cuenta|account)\b[^.?!\n]{0,30}?<NAME>)"
    # "my whatsapp name is <NAME> 🙏 Blessed": an emoji may stand between the words
    r"(?:(?:\s+(?:[^\w\s<>.,;:!?'\"]{1,4}\s+)?[A-ZÀ-Ý][\w'’-]*){1,2}(?:[ \t]+\d{2,4})?|[ \t]+\d{2,4})\b"
)  # and the digits that end it: "un perfil q se llama <NAME> 504" (Chepe Ceibeño 504)


#: A profile's name in quotes: "a guy on Facebook, 'Papi Chulo Tapachula', offers papers",
#: "menas nan men yon kont 'Haitiano Malo 509'".
QUOTED_PROFILE = re.compile(
    r"(?i:facebook|fesbouk|fb|instagram|insta|tiktok|whats|whatsapp|wasap|kont|cuenta|account|"
    r"perfil|profile)\b[^.?!\n\"“'‘«]{0,25}?(?<![\w])[\"“'‘«]([^\"”'’»\n]{2,40})[\"”'’»](?![\w])"
)
#: How one shows in an app: "en whatsapp sale como Mami Yoli 🙏", "sou WhatsApp m parèt kòm Manman
#: Bèbè 💕": the display name (and the emoji in it) is the person's.
SHOWN_AS = re.compile(
    r"(?i:whats\w*|wasap|watsap|telegram|facebook|fb|insta\w*|tiktok|signal)\b[^.?!\n]{0,20}?"
    r"\b(?i:sale|salgo|aparece|aparezco|par[eè]t|appears?|show|shows|shows\s+up|i'?m\s+saved)\s+"
    r"(?i:como|k[oò]m|as)\s+((?:[A-ZÀ-Ý][\w'’-]*\s*){1,3}(?:[^\w\s,.;!?]{1,4})?)"
)
#: A widow's name after hers: "Ana Lucía Perdomo Vda. de Cruz", "Hortensia Lemus viuda de Paz".
WIDOW = re.compile(r"<NAME>\s+(?i:vda\.?|viuda)\s+(?i:de\s+)(?:(?i:la|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+")


#: Who speaks in a pasted chat: a label that starts two lines or more ("Mami Chayito: si mija…",
#: "[10/04/24 9:12] Tio Nelson: …"); a form's fields ("Nombre:", "Domicilio:") start one each.
_STAMP = r"(?:\[[^\]\n]{3,25}\]\s*)?"  # "[10/04/24 9:12] "
_SPEAKER = re.compile(rf"(?m)^{_STAMP}([A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]*){{0,2}}):")
_ME = frozenset(["yo", "me", "mwen", "moi", "i", "bot", "rightsbot"])


def _speakers(text: str) -> str:
    labels = [match.group(1) for match in _SPEAKER.finditer(text)]
    for label in {label for label in labels if labels.count(label) >= 2}:
        # a person's name or nickname, not a form's field asked twice ("Name:", "DOB:")
        named = any(
            fold(w) in NAMES or (fold(w) not in COMMON_WORDS and not w.isupper() and len(w) > 2)
            for w in label.split()
        )
        if named and fold(label) not in _ME and not all(w in PLACES for w in fold(label).split()):
            text = re.sub(rf"(?m)^({_STAMP}){re.escape(label)}:", r"\1<NAME>:", text)
    return text


def _quoted_profile(match: re.Match[str]) -> str:
    words = fold(match.group(1)).split()
    if all(word in COMMON_WORDS or word in PLACES for word in words):
        return match.group(0)  # "the page 'Migrantes en Tijuana'"
    return replace_group(match, "<USERNAME>")


#: "soy el Chamo del albergue": after "soy el/la", a capital mid-sentence is a nickname.
SELF = re.compile(r"\b(?i:soy|I'?m)\s+(?:el|la|the)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b")
#: "Ti" and a capital listed with a name is one too: "<NAME> ak Ti Nèg", "Ti Nèg and <NAME>".
_TI_LISTED = re.compile(
    r"(?<=<NAME>)(\s+(?:ak|and|y|e|et)\s+)(?:Ti|TI)\s+[A-ZÀ-Ý][\w'’-]*"
    r"|(?:Ti|TI)\s+[A-ZÀ-Ý][\w'’-]*(?=\s+(?:ak|and|y|e|et)\s+<NAME>)"
)


#: A greeting, then a word and "here": "hey guys rocky here lol", "hola a todos, chepe aquí".
GREETED = re.compile(
    r"(?i:\b(?:hey|hi|hello|hola|buenas|buenos\s+d[ií]as|alo|allo|bonjou|bonswa|sak\s+pase)"
    r"(?:\s+(?:guys|all|everyone|everybody|people|fam|y'?all|a\s+todos|todos|amigos|tout\s+moun))?"
    # "yo, it's Chamo here lol": a nickname that is a word too, capitalised
    r"(?:\s*[,!.]?\s+(?P<its>it'?s|it\s+is|this\s+is))?|(?P<its2>\b(?:it'?s|this\s+is)))"
    r"\s*[,!.]?\s+([^\W\d_]{3,})\s+(?i:here|aqu[ií]|ki\s+la)\b"
)


def _greeted(match: re.Match[str]) -> str:
    raw = match.group(3)
    word = fold(raw)
    introduced = match.group("its") or match.group("its2")
    if word in PLACES:
        return match.group(0)  # "it's Tijuana here"
    # an everyday word is a nickname only capitalised after "it's": "it's Chamo here"
    nickname = introduced and raw[:1].isupper()
    if word in COMMON_WORDS and word not in FIRST_NAMES and not nickname:
        return match.group(0)  # "hey guys new here", "hola, nueva aquí", "it's hot here"
    return replace_group(match, "<NAME>", 3)


def _self(match: re.Match[str]) -> str:
    if fold(match.group(1)) in PLACES:
        return match.group(0)  # "soy el Salvador…" is no one
    return replace_group(match, "<NAME>")


def apply(text: str) -> str:
    """Text with nicknames (and the name after them) replaced by ``<NAME>``."""
    text = BETWEEN_LOWER.sub(_between_lower, text)
    text = BETWEEN.sub("<NAME>", QUOTED.sub(_quoted, SELF.sub(_self, GREETED.sub(_greeted, text))))
    text = _LEAD.sub("<NAME>", _TI.sub(_ti, NICKNAME.sub(_nickname, text)))
    text = _TI_LISTED.sub(lambda m: (m.group(1) or "") + "<NAME>", text)
    text = WIDOW.sub("<NAME>", QUOTED_PROFILE.sub(_quoted_profile, _speakers(text)))
    text = SHOWN_AS.sub(lambda m: replace_group(m, "<USERNAME> "), text)
    return PROFILE_NAME.sub(r"\1", ALIAS.sub(r"\1'<NAME>'", text))
