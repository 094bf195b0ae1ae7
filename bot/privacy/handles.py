"""Social-media handles and spelled-out e-mails by their shape: "@kwame.b22", "gabo_en_mx", "keyla.hn.mom", "$joyce_ama23".

People give the account where they can be found (or where someone threatens
them) with or without the "@", before or after the network's name. A handle's
shape says it is one wherever it stands: an underscore between letters, dots
between three parts that make no web address, dots with digits.
:mod:`bot.privacy.patterns` applies these in its rule order.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

HANDLE = re.compile(r"(?<![\w.@<])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")
#: A Cash App "cashtag": "$joyce_ama23" (an amount starts with a digit: "$300").
CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z0-9_]{2,}")
#: A handle written after its network: "my insta is kwame.b22".
HANDLE_AFTER = re.compile(
    r"\b(?:insta(?:gram)?|ig|tiktok|telegram|twitter|snap(?:chat)?|youtube|yt|twitch|threads|kwai|"
    r"usuario|user(?:name)?|itilizatè|canal|channel|chanèl|discord|face(?:book)?|fb)"
    r"(?:\s+(?:mwen|mio|is|es|se|soy|sou|i'm|im|am|as|como|:))*\s*:?\s+"
    r"([A-Za-z0-9_]*[._\d][A-Za-z0-9_.]*[A-Za-z0-9_](?:#\d{4})?)(?!\w)",
    _I,
)
#: A profile name with spaces, told after the network: "m sou Facebook kòm Lovenie Bèl Fanm
#: Jakmèl", "en Face salgo como Yeni Flores Catracha" (capitalised words up to the clause's end).
HANDLE_SPACED = re.compile(
    r"\b(?i:face(?:book)?|fb|insta(?:gram)?|ig|tiktok|messenger|kwai|perfil|profile)"
    r"(?i:\s+(?:\w+\s+){0,2}?(?:como|kòm|kom|as|comme|under(?:\s+the\s+name)?|sous\s+le\s+nom))"
    r"\s+[\"“']?((?:[A-ZÁÉÍÓÚÑÈÒÀ][\w'’-]*)(?:\s+[A-ZÁÉÍÓÚÑÈÒÀ][\w'’-]*){0,5})[\"”']?"
)
#: A handle with an underscore between letters, wherever it stands: "gabo_en_mx" (no prose
#: word has one).
HANDLE_SNAKE = re.compile(
    r"(?<![\w.@/<$#])[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@])"
)
#: A handle of three or more dotted parts without digits: "keyla.hn.mom" (no web domain).
HANDLE_PARTS = re.compile(
    r"(?<![\w.@/<])[A-Za-z][A-Za-z_]+(?:\.[A-Za-z_]{2,}){2,}\b(?![.@/]\w)"
    r"(?<!\.com)(?<!\.net)(?<!\.org)(?<!\.mx)(?<!\.gob)(?<!\.edu)(?<!\.html)(?<!\.pdf)(?<!\.gov)"
    r"(?<!\.int)(?<!\.info)(?<!\.ht)(?<!\.us)"
)
#: A handle with dots and digits, wherever it stands: "ramon.echeverria77", "ama.k.7" (no domain).
HANDLE_DOTTED = re.compile(
    r"(?<![\w.@/<])[A-Za-z][A-Za-z0-9_]{2,}(?:\.[A-Za-z0-9_]+)+(?<!\.com)(?<!\.net)(?<!\.org)"
    r"(?<!\.mx)(?<!\.gob)(?<!\.edu)(?<!\.html)(?<!\.pdf)(?<!\.jpg)(?<!\.png)\b(?![.@/]\w)"
    r"(?<=\d)"
)
#: An e-mail spelled letter by letter: "l-i-s-b-e-t-h-2-0-0-1 a-r-r-o-b-a yahoo.com".
SPELLED_EMAIL = re.compile(
    r"(?<![\w-])(?:\w-){3,}\w(?:[ \t]+\d(?:[ \t]+\d)*)?[ \t]+"
    r"(?:a-r-r-o-b-a|a-r-o-b-a|a-t|arroba|aroba|arobas|at|@)[ \t]+[\w-]+(?:[ \t]*\.[ \t]*\w+)*",
    _I,
)
#: An e-mail typed with a space between letters: "k a t h y 2 0 0 1 @ g m a i l . c o m".
SPACED_EMAIL = re.compile(
    r"(?<![\w@])(?:[A-Za-z0-9.][ \t]){4,}[ \t]*(?:@|arroba|arobaz|arobas|aroba)[ \t]*"
    r"(?:[A-Za-z0-9][ \t]?){2,}(?:[ \t]*\.[ \t]*(?:[A-Za-z][ \t]?){2,3})+",
    _I,
)
#: A profile name in quotes after the network, whatever its case: "Facebook mwen se 'Ti Poupette
#: Lakay'", "facebook msye a se 'Blood Papito Ht'".
HANDLE_QUOTED = re.compile(
    r"\b(?i:face(?:book)?|fb|insta(?:gram)?|ig|tiktok|messenger|kwai|perfil|profile|pa[gj]e?|"
    r"whatsapp|wasap|watsap|telegram)\b"
    r"[^\n\"“'‘.?!]{0,40}?\b(?i:se|is|es|como|kòm|kom|as|called|named|rele|llamad[oa]|name|nombre|non|"
    r"dice|says|di)"
    r"\s*:?\s*[\"“'‘]([^\"”'’\n]{2,40})[\"”'’]"
)
