"""Public offices' addresses are no personal data: "la oficina de COMAR está en la 1a Av. Norte".

People ask where the office is, or say where they must sign ("firmar cada jueves
en la oficina de la 4a Av Sur"); staff need that street to know which office is
meant, and it identifies nobody. Such an address is set aside before the rules
run and put back afterwards (:func:`shield`, :func:`restore`), so no address
rule, and not the learned tagger, can take it. Only an office named as a
public one (COMAR, INM, ACNUR…, or "la oficina de la <street>") and never
"mi oficina" or an office where the person works.
"""

from __future__ import annotations

import re

_INSTITUTION = (
    r"(?:COMAR|INM|ACNUR|UNHCR|HCR|OIM|IOM|HIAS|DIF|SAT|RENAPO|CNDH|Migraci[oó]n|"
    r"Registro\s+Civil|Relaciones\s+Exteriores|SRE|Fiscal[ií]a|Defensor[ií]a)"
)
_OFFICE = (
    r"(?<!\bmi\s)(?<!\bmy\s)(?<!\bnuestra\s)(?<!\bour\s)"
    r"\b(?:oficinas?|offices?|biwo|sede|delegaci[oó]n)\s+(?:(?:de|del|of|the|la|nan)\s+){0,2}"
)
#: The office, then (through a town and a verb) the street: a short run with a number or
#: a street word, up to the end of the clause.
OFFICE_ADDRESS = re.compile(
    rf"(?i:{_OFFICE}(?:{_INSTITUTION}(?:\s+(?:en|in|de|nan|of)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    r"\s*,?\s*(?:que\s+|which\s+|ki\s+)?(?:est[aá]|queda|se\s+encuentra|is|se|ye)?\s*,?\s*"
    r"(?:en|on|at|in|nan|sou)\s+(?:la\s+|el\s+|the\s+)?|(?=\d|(?:av|calle|avenida)\b)))"
    r"((?=[^,?.!;\n]{0,40}?(?:\d|\b(?i:av|calle|avenida|street|avenue|ri)\b))"
    r"[^,?!;\n]{3,40}?)(?=\s*(?:[,?!;\n]|\.(?:\s|$)|$|\s+(?:y|and|e|ak|pero|but|men)\b))"
)
_WORK = re.compile(r"(?i)\b(?:trabaj\w*|work\w*|travay|empleo|job)\b")


def _slot(index: int) -> str:
    """The placeholder-shaped stand-in for the ``index``-th address set aside: "<OFFICEA>"."""
    return f"<OFFICE{chr(ord('A') + index)}>"


def shield(text: str) -> tuple[str, list[str]]:
    """Text with public offices' addresses replaced by slots, and the addresses in order."""
    kept: list[str] = []

    def hide(match: re.Match[str]) -> str:
        before = match.string[max(0, match.start() - 60) : match.start()]
        if _WORK.search(before):  # "trabajo en la oficina de la calle 5": their workplace
            return match.group(0)
        kept.append(match.group(1))
        start = match.start(1) - match.start(0)
        return match.group(0)[:start] + _slot(len(kept) - 1)

    return OFFICE_ADDRESS.sub(hide, text), kept


def restore(text: str, kept: list[str]) -> str:
    """Put the set-aside addresses back where their slots are."""
    for index, address in enumerate(kept):
        text = text.replace(_slot(index), address)
    return text
