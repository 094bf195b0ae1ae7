"""Things a person tells about themself that are not shaped like an id.

Each only when the person says it about themself (or someone they
name), so that a general question keeps its words ("¿las personas con VIH
pueden pedir refugio?" stays as it is):

- **their health**: a diagnosis after "tengo", "I am", "m gen"
  ("tengo <HEALTH>, me discriminan?"). Health is special-category data, and an
  HIV or tuberculosis status is what a person most fears others will learn.
- **an official's badge number** ("badge <ID>"), which names the agent a person
  is reporting as surely as a name;
- **a secret**: a password or PIN they paste in ("the password is <SECRET>"),
  and the code printed on a card after its number;
- **a vehicle's own number**: the taxi a person drives ("maneja un taxi, el <PLATE>
  del sitio …") or the patrol car they report ("la patrulla era la <PLATE>") finds the
  driver as surely as the plate does.

Patterns only: :data:`bot.privacy.patterns.RULES` says where each runs and what
replaces its group 1.
"""

from __future__ import annotations

import re

_CONDITIONS = (
    r"(?:vih|hiv|sida|aids|tuberculosis|tuberculose|tib[eè]kiloz|hepatitis\s+[bc]|hepatit\s+[bc]|"
    r"s[ií]filis|syphilis|sifilis|c[aá]ncer|cancer|kans[eè]|lepra|leprosy|lèp)"
)
#: "tengo VIH", "soy VIH positivo", "I am HIV positive", "m gen VIH", "m se yon moun ki gen VIH".
HEALTH = re.compile(
    r"(?i:\b(?:tengo|tiene|tenemos|tienen|vivo\s+con|vive\s+con|soy|es|padezco|padece|"
    r"i\s+have|i'?ve\s+got|i\s+am|i'?m|i\s+live\s+with|he\s+has|she\s+has|diagnosed\s+with|"
    r"diagnosticad[oa]\s+con|(?:m|mwen|li|pitit\s+mwen)\s+(?:gen|genyen|fè|fe)|ki\s+gen)"
    r"\s+(?:(?:el|la|un|una|a|the)\s+)?)"
    rf"((?i:{_CONDITIONS}(?:\s+(?:positiv[oa]|positive|pozitif))?))\b"
)
_DISABILITIES = (
    r"deaf|mute|dumb|blind|sord[oa]|mud[oa]|sordomud[oa]|cieg[oa]|soud|b[eè]b[eè]|av[eè]g|"
    r"paralyzed|paralysed|paralizad[oa]|paralize"
)
#: A disability told of someone ("my cousin Ousmane is deaf and mute", "pitit mwen an soud"):
#: with a name or a description, it finds one person; "¿una persona que es sorda …?" stays.
DISABILITY = re.compile(
    r"(?i:(?<!\bwho\s)(?<!\bque\s)(?<!\bki\s)(?<!\bk\s)"
    r"\b(?:is|es|est[aá]|he'?s|she'?s|i'?m|i\s+am|soy|li|l|an|la|mwen|m)\s+(?:(?:completely|totalmente|born|"
    r"de\s+nacimiento|nan)\s+)?)"
    rf"((?i:{_DISABILITIES})(?:\s+(?:and|y|e|ak)\s+(?i:{_DISABILITIES}))?)\b"
)
#: A password or PIN given in full: "the password is Xk92!mTq", "mi clave es 4821".
SECRET = re.compile(
    r"(?i:\b(?:password|passcode|contrase[nñ]a|clave|modpas|kontras[eè]ny[eè]|mo\s+de\s+pas|mot\s+de\s+passe|pin|nip)"
    r"\b[^.?!\n]{0,40}?\b(?:is|es|se|era|was|:)\s*)"
    r"(?=\S*[\d!@#$%^&*])([^\s,;]{4,})"
)
#: An address read out word by word before its provider: "correo: marvin punto aguilar tres dos
#: <EMAIL>", "imel la se djo pyè <EMAIL>": the words between the cue and the rest are its name.
EMAIL_LEAD = re.compile(
    r"(?i:\b(?:correo|e-?mail|imel|im[eè]l|mail)\b(?:\s+(?:electr[oó]nico|mwen|m|la|le|mi))*"
    r"(?:\s*:|\s+(?:es|is|se)\b:?))\s+((?:[\w.'’-]+\s+){1,6}?<EMAIL>)"
)
#: An official's badge: "Officer Méndez, badge 4471", "número de placa 2231" (a vehicle plate
#: has letters: :mod:`bot.privacy.patterns`).
BADGE = re.compile(
    r"(?i:\b(?:badge|badge\s+number|gafete|n[uú]mero\s+de\s+(?:placa|gafete)|credencial|matr[ií]cula|"
    r"badj|nimewo\s+badj)\s*(?:n[uú]mero|number|no\.?|#|nimewo)?\s*:?\s*"
    # "en su gafete decía 4417", "his badge said 2231"
    r"(?:(?:dec[ií]a|dice|dec[ií]an|says|said|read|reads|was|era|is|es|se|te\s+ekri)\s+)?)(\d{2,8})\b"
)
#: The security code that follows a card number: "<CARD> ak kòd 412", "<CARD> cvv 123".
CARD_CODE = re.compile(
    r"(?:(?<=<CARD>)|(?<=<ID>))\s*(?:,|y|e|and|ak|et)?\s*(?:el\s+|the\s+)?"
    r"(?i:k[oò]d|c[oó]digo|code|cvv|cvc|ccv|security\s+code|c[oó]digo\s+de\s+seguridad)"
    r"\s*:?\s*(\d{3,4})\b"
)
#: The number of the taxi or bus a person drives: "maneja un taxi en Tuxtla, el 0452 del sitio …"
#: (not the bus someone takes: "tomé el camión número 12").
TAXI_NUMBER = re.compile(
    r"(?i:\b(?:manej\w*|conduc\w*|chofer|driver|drives?|driving|kondi\w*|taxista)\b[^.?!\n]{0,20}?"
    r"\b(?:taxi|unidad|combi|colectivo|microb[uú]s|cami[oó]n|tap[\s-]?tap|moto\s*taxi)\b"
    r"[^.?!\n]{0,30}?\b(?:el|la|n[uú]mero|no\.?|#|nimewo|number)\s*)(\d{2,5})\b(?!\s*(?:pesos|d[oó]lares|dollars|goud|mil|km|horas|hours|minutos|min))"
)
#: The number of a patrol car or official vehicle: "la patrulla era la 08-547", "patrol car 1132".
PATROL = re.compile(
    r"(?i:\b(?:patrulla|patrol(?:\s+car)?|squad\s+car|machin\s+polis|camioneta\s+de\s+migraci[oó]n)\b"
    r"(?:[^.?!\n]{0,15}?\b(?:era\s+la|es\s+la|la|el|n[uú]mero|no\.?|#|number|was|is|nimewo|se))?\s*)"
    r"([A-Z]{0,3}-?\d[\d-]{1,8}\d)\b"
)
