"""Whose asylum system a question is about: Mexico's, the United States', or another's.

The classifier reads what a question asks (a deadline, a work permit, how to
apply) but a bag of character n-grams barely notices *where*: "how long after
arriving in the U.S. do I have to apply?" looks like the Mexican deadline
question. The bot answers Mexican law, so where matters most. This module
finds an asylum (or applying, working, arriving) phrase attached to a place —
"asylum in Canada", "apply to the United States", "mande azil o Kanada" — and
re-routes: the United States to ``usa_asylum``, any other named country to
``out_of_scope``. A question that names Mexico, a danger answer, and the
conversation topics are never re-routed. Countries named as where someone fled
from ("in Honduras the gang threatened me, can I get asylum?") are not
attached to an asylum phrase and do not count.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from bot.nlu.classifier import OUT_OF_SCOPE, Classification

USA_TOPIC = "usa_asylum"
#: Topics whose answer does not depend on the country (or must never be re-routed).
KEEP = {
    "emergency",
    "greet",
    "goodbye",
    "thanks",
    "help_menu",
    "bot_challenge",
    "change_language",
}

_MEXICO = r"mexico|mejico|meksik|meksiko|comar|tapachula|cdmx|tijuana|monterrey"
_USA = (
    r"(?:the\s+)?(?:u\.?\s?s\.?a?\.?|united\s+states|america|estados\s+unidos|"
    r"ee\.?\s?uu\.?|etazini|ozetazini|lezetazini)"
)
_ELSEWHERE = (
    r"espana|spain|espay|canada|kanada|costa\s+rica|republica\s+dominicana|"
    r"dominican\s+republic|repiblik\s+dominiken|sen\s+domeng|aruba|curazao|curacao|kiraso|"
    r"trinidad(?:\s+(?:y|and|ak)\s+tobago)?|reino\s+unido|united\s+kingdom|the\s+uk|"
    r"inglaterra|england|angle?te|francia|france|lafrans|brasil|brazil|brezil|alemania|"
    r"germany|almay|italia|italy|itali|suecia|sweden|panama|chile|chili|argentina|"
    r"ajantin|belgica|belgium|holanda|netherlands|suiza|switzerland|irlanda|ireland|"
    r"australia|uruguay|guyana|suriname|surinam|bahamas|jamaica"
)
#: Words that make a place the place of a procedure, not of a past event.
_ACT = (
    r"asilo|asylum|azil|refugio|refuge|refugee|refugiad[oa]s?|refij\w*|proteccion|"
    r"protection|pwoteksyon|apply|applying|aplicar|aplike|solicitar|solicito|pedir|pido|"
    r"mande|work\w*|trabaj\w*|travay|permiso|permit|visa|residen\w*|lawyer|abogad[oa]|"
    r"avoka|arriv\w*|llegar|llegue|rive|cross\w*|cruzar|familia|family|fanmi|court|corte|"
    r"tribunal|green\s+card|i-589|uscis|cbp|get|getting|got|file|filing|enter\w*|reach\w*|entrar"
)
_PLACE_PREP = r"(?:en|in|into|to|a|al|hacia|para|o|an|nan|pou|ale|within|inside)"


def _pattern(places: str) -> re.Pattern[str]:
    attached = (
        rf"\b(?:{_ACT})\b(?:\W+\w+){{0,5}}?\W+{_PLACE_PREP}\s+(?:{places})\b"
        rf"|\b(?:{places})(?:'s)?\s+(?:asylum|refugee|immigration)\b"
        rf"|\b(?:asilo|refugio)\s+(?:en|a)\s+(?:{places})\b"
        rf"|\b(?:ir|irme|irnos|go|going|ale)\s+(?:a\s+|to\s+|nan\s+)?(?:{places})\b"
    )
    return re.compile(attached)


_TO_USA = _pattern(_USA)
_TO_ELSEWHERE = _pattern(_ELSEWHERE)
#: Procedures only the United States has: credible fear interviews, its forms and agencies.
_US_ONLY_TERMS = re.compile(
    r"\b(?:uscis|i-589|eoir|cbp one|credible fear|(?:temor|miedo) creible|laperez kredib|"
    r"lape kredib|mpp|remain in mexico|quedate en mexico|permanecer en mexico|"
    r"protocolos? de proteccion (?:a|de) migrantes|migrant protection protocols?)\b"
)
#: Documents and offices of other countries' systems: Spain's "tarjeta roja", the UK Home Office.
_ELSEWHERE_TERMS = re.compile(r"\b(?:tarjeta roja|home office)\b")
#: US immigration that is not asylum (Temporary Protected Status, DACA, humanitarian parole
#: and its sponsors, the Haitian family reunification parole, ICE enforcement): not this
#: bot's topic. A question that also says asylum stays with the asylum answer.
_US_NOT_ASYLUM = re.compile(
    r"\b(?:tps|daca|chnv|hfrp|parole|(?:pwogram\s+)?lib[eè]te\s+kondisyon[eè]l|esponns?[oò]|"
    r"sponsor\w*|patrocinador\w*|haitian\s+family\s+reunification|ice|"
    r"reyinifikasyon\s+fanmi\s+ayisyen)\b"
)
_ASYLUM = re.compile(r"\b(?:asilo|asylum|azil|refugi\w*|refuge\w*|refij\w*)\b")
_NAMES_MEXICO = re.compile(rf"\b(?:{_MEXICO})\b")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def place_of(text: str) -> str | None:
    """``"usa"``, ``"elsewhere"`` or None (Mexico, or no procedure tied to a place).

    ``"elsewhere"`` also covers US immigration that is not asylum (TPS, DACA,
    parole): the bot answers neither, and says what it can help with.
    """
    folded = _fold(text)
    if _US_ONLY_TERMS.search(folded):
        return "usa"  # "Remain in Mexico" names Mexico and is a US programme
    if _ELSEWHERE_TERMS.search(folded):
        return "elsewhere"
    if _NAMES_MEXICO.search(folded):
        return None
    if _US_NOT_ASYLUM.search(folded) and not _ASYLUM.search(folded):
        return "elsewhere"
    if _TO_USA.search(folded):
        return "usa"
    if _TO_ELSEWHERE.search(folded):
        return "elsewhere"
    return None


def route(text: str, result: Classification) -> Classification:
    """The classifier's decision, re-routed when the question is about another country."""
    if result.topic in KEEP:
        return result
    place = place_of(text)
    if place == "usa":
        if result.topic == USA_TOPIC:
            return result
        confidence = dict(result.ranking).get(USA_TOPIC, 0.0)
        return replace(result, topic=USA_TOPIC, confidence=max(confidence, 0.5), alternatives=())
    if place == "elsewhere" and result.topic != OUT_OF_SCOPE:
        confidence = dict(result.ranking).get(OUT_OF_SCOPE, 0.0)
        return replace(result, topic=OUT_OF_SCOPE, confidence=confidence, alternatives=())
    return result
