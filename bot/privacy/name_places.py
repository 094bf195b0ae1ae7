"""Words inside a place's or a shelter's name, which the name rules leave alone.

"San Pedro Sula", "Pope Francis" and "Casa del Migrante" are protected phrases
(:data:`bot.privacy.lexicon.PROTECTED`); a capital after a camp or shelter word is its
name ("kan Renacimiento", "albergue Belén"); and "Buenavista station" is a station. Kept
apart from :mod:`bot.privacy.names` so that each stays small.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.privacy import cue_words
from bot.privacy.lexicon import INSTITUTIONS, PLACE_LENGTH, PROTECTED, WORLD_TOWNS

#: How a place is named after its kind: "albergue ki rele …", "un refugio llamado …".
_CALLED = frozenset(
    ["ki rele", "rele", "llamado", "llamada", "called", "named", "que se llama", "se llama"]
    + ["q se llama", "ki gen non", "de nombre"]
)
STATION = frozenset(["metro", "estacion", "station", "estasyon", "metrobus", "tren"])
#: Where the person works or sells, a station is part of their workplace: "vendo dulces en el
#: metro Pino Suárez", "m ap travay nan salon … bò metro Lagunilla".
BUSY = frozenset(
    ["vendo", "vendemos", "vende", "trabajo", "trabajamos", "trabaja", "travay", "vann", "work"]
    + ["working", "works", "sell", "selling", "sells", "chambeo", "negocio", "puesto"]
    + ["jefe", "jefa", "boss", "patron", "patwon", "bos"]
)
_CHURCH_KINDS = frozenset(
    ["iglesia", "parroquia", "templo", "capilla", "legliz", "pawas", "paroisse", "eglise"]
    + ["church", "chapel", "parish"]
)
_SAINTS = frozenset(["san", "santa", "santo", "saint", "st", "sen", "sent", "sainte", "virgen"])
_CHURCH = frozenset(["legliz", "pawas", "paroisse", "eglise", "katolik", "catholique"])
_JOINING = frozenset(["la", "el", "de", "del", "para", "por", "y", "of", "the", "for", "and"])
#: Where someone comes from: the town after these is a town (:data:`WORLD_TOWNS`).
_FROM = frozenset(["de", "from", "soti", "desde", "depuis", "nan", "vengo", "originario"])
_BORN = frozenset(["born", "naci", "nacio", "nacida", "nacido", "nacimos", "fet"])


class _Token(Protocol):
    start: int
    end: int
    raw: str
    word: str
    cap: bool
    place: bool
    named: bool

    @property
    def strong(self) -> bool: ...


_POSSESSIVE = frozenset(
    ["mi", "my", "su", "tu", "his", "her", "your", "our", "nuestro", "m", "mwen"]
)


def _figure(tokens: Sequence[_Token], index: int) -> bool:
    """Whether the phrase at ``index`` names a figure, not "mi papa Francisco"."""
    first = tokens[index]
    if index and tokens[index - 1].word in _POSSESSIVE:
        return False
    return first.raw[:1].isupper() or first.word in _SAINTS


def mark(tokens: Sequence[_Token], text: str) -> None:
    """Set ``place`` on the tokens that belong to a place's or a shelter's name."""
    index = 0
    while index < len(tokens):
        for length in range(min(PLACE_LENGTH, len(tokens) - index), 0, -1):
            words = " ".join(t.word for t in tokens[index : index + length])
            if words in PROTECTED and (length > 1 or tokens[index].raw[:1].isupper()):
                for token in tokens[index : index + length]:
                    token.place = True
                # "El Papa Francisco dijo …", "gracias a san Martín de Porres": a public figure's
                # or a saint's name is no one's, even a first name in it; "mi papa Francisco" is
                if length > 1 and words in INSTITUTIONS and _figure(tokens, index):
                    for token in tokens[index + 1 : index + length]:
                        token.named = True
                index += length - 1
                break
        index += 1
    # "un albergue ki rele 'La Esperanza'", "a shelter called Esperanza para Todos"
    for index, token in enumerate(tokens):
        if token.word not in cue_words.NAMING_WORDS:
            continue
        # "la trabajadora social del albergue se llama Soledad": someone of the shelter is called
        if index and tokens[index - 1].word in ("del", "de", "of", "nan"):
            continue
        rest = tokens[index + 1 : index + 4]
        for length in (3, 2, 1):
            if " ".join(t.word for t in rest[:length]) in _CALLED:
                for later in tokens[index + 1 + length : index + 5 + length]:
                    if not (later.raw[:1].isupper() or later.word in _JOINING):
                        break
                    later.place = later.named = True
                break
    # a saint in a church's name is part of the church, which goes unless asked about as a
    # service (bot.privacy.public_services): "nan paroisse Saint Jude Monterrey"
    for index, token in enumerate(tokens[:-1]):
        if token.word in _CHURCH_KINDS:
            after = [t for t in tokens[index + 1 : index + 3] if t.word not in _JOINING]
            if after and after[0].word in _SAINTS:
                for later in tokens[index + 1 : index + 5]:
                    later.place = False
    for index, (before, token) in enumerate(zip(tokens, tokens[1:], strict=False)):
        joined = not text[before.end : token.start].strip()
        named = (token.cap and not token.strong) or token.word in INSTITUTIONS
        busy = any(t.word in BUSY for t in tokens[max(0, index - 8) : index])
        workplace = before.word in STATION and busy  # "bòs mwen … bò estasyon metro Tasqueña"
        if joined and before.word in cue_words.NAMING_WORDS and named and not workplace:
            token.place = True
        # Kreyòl "Sen" is a saint: "Sen Michèl pwoteje nou", "Kantin Sen Vensan de Pòl"
        # (not a church's name: "legliz katolik Sen Jid" is the person's parish)
        church = any(t.word in _CHURCH for t in tokens[max(0, index - 2) : index])
        if joined and before.raw in ("Sen", "Sent") and token.cap and not church:
            token.place = True
        # "el metro Pino Suárez", "la estación Balderas": a station's name after its kind
        if joined and before.word in STATION and token.cap and not busy:
            for later in tokens[index + 1 : index + 5]:
                if not (later.raw[:1].isupper() or later.word in _JOINING):
                    break
                later.place = later.named = True
        # "the Tasqueña metro", "Buenavista station"
        if joined and token.word in ("metro", "station") and before.cap and not before.strong:
            before.place = True
    _home_towns(tokens)


def _home_towns(tokens: Sequence[_Token]) -> None:
    """A town someone comes from: "soy de Tumaco", "from Chinandega", "m soti Lestè"."""
    for index in range(1, len(tokens)):
        if not tokens[index].raw[:1].isupper():
            continue
        # "born 14.11.1985 in Yekaterinburg", "nací en Chinandega": where one was born
        born = tokens[index - 1].word in ("in", "en", "a", "nan") and any(
            token.word in _BORN for token in tokens[max(0, index - 4) : index - 1]
        )
        if tokens[index - 1].word not in _FROM and not born:
            continue
        if index > 1 and tokens[index - 2].word in ("travay", "work", "trabajo"):
            continue  # "m travay nan Chapecó" is where one works
        for length in range(min(3, len(tokens) - index), 0, -1):
            words = " ".join(t.word for t in tokens[index : index + length])
            if words in WORLD_TOWNS:
                for token in tokens[index : index + length]:
                    token.place = True
                break
