"""The words of :mod:`bot.privacy.cues`: introductions, family words, titles, closers (es/en/ht).

Data only, kept apart from the rules that read it so that volunteers who know a
language can add a family word or a title without reading the rules.
"""

from __future__ import annotations

import re

_CUES = {
    "strong": """me llamo|mi nombre es|mi nombre|nombre completo|nombre:|mi nombre:|my name is|my names|
        my name's|name is|my name:|name:|se llama|se llaman|se llamaba|llamado|llamada|de nombre|named|
        called|is called|call me|called him|called her|le decian|le decían|lo llaman|la llaman|llamame|llámame|mwen rele|m rele|moin rele|mwen rele:|li rele|l rele|
        ki rele|rele|rele m|rele mwen|they call me|people call me|called himself|called herself|calls himself|calls herself|se hacía llamar|se hacia llamar|se hace llamar|me dicen|me apodan|non mwen se|non m se|non mwen|non m|non mwen:|non:|non li se|non l se|alias|
        apodo|un tal|una tal|le dicen|aka|a k a|real name|nombre real|je m'appelle|je suis|nom:|
        sign:|signed:|signature:|firma:|firmado:|siyen:|siyati:|mis datos:|my details:|my data:|
        datos:|done mwen:|enfòmasyon mwen:|name|nombre|a nombre de|al nombre de|a nombre del|
        in the name of|under the name|under the name of|on behalf of|de parte de|de part de|sou non|
        sou non de|o nome de|em nome de|calls himself|calls herself|call himself|call herself|
        known as|conocido como|conocida como|se hace llamar|goes by|yo rele l|yo rele li|they call|
        they call him|they call her|we call|we call him|we call her|le decimos|le llamamos|
        nou rele l|nou rele li|people call him|people call her|que le dicen|al que le dicen|
        writing as|i'm writing as|escribo como|les escribo como|m ap ekri kòm|m ekri kòm|
        know me as|knows me as|know him as|know her as|konnen m kòm|konnen m tankou|
        de apellido|apellido:|su apellido es|mi apellido es|last name is|last name:|surname is|surname:""",
    "weak": """soy|yo soy|i'm|im|i am|it's|its|it is|this is|here is|habla|le habla|les habla|
        te habla|le escribe|les escribe|te escribe|escribe|aqui|aquí|m se|mwen se|moin se|mwen menm se|
        se mwen|se|c'est|yo soy el|yo soy la|soy el|soy la|ici|its me|it's me|it is me|soy yo|
        se mwen menm|c'est moi|yo ekri|they wrote|escribieron|pusieron""",
    "family": """mama|mamá|madre|papa|papá|hermano|hermana|hijo|hija|esposo|esposa|marido|suegro|
        suegra|primo|prima|tio|tía|tia|tío|abuelo|abuela|sobrino|sobrina|nieto|nieta|cuñado|cuñada|
        compa|compañero|compañera|amigo|amiga|vecino|vecina|novio|novia|niño|niña|nene|nena|bebé|
        hijastro|hijastra|comadre|compadre|familia|mother|mom|mum|father|dad|brother|sister|son|
        daughter|wife|husband|cousin|uncle|aunt|auntie|friend|neighbour|neighbor|kid|baby|child|girl|
        boy|nephew|niece|grandmother|grandma|grandfather|grandpa|partner|boyfriend|girlfriend|family|
        manman|frè|fre|sè|se m|pitit|pitit fi|pitit gason|madanm|mari|kouzen|kouzin|tonton|matant|
        grann|zanmi|vwazen|vwazin|bebe|neve|nyès|fanmi|mennaj|bòpè|bope|bèlmè|belme|bòfrè|bofre|
        bèlsè|belse|bèlfi|parenn|marenn|padrastro|madrastra|padrino|madrina|stepfather|stepmother|
        stepdad|stepmom|stepson|stepdaughter|godfather|godmother|mija|mijo|pareja|konpayon|fiance|
        fiancé|prometido|prometida|hermanito|hermanita|hijito|hijita|primito|primita|sobrinito|
        sobrinita|nietecito|nietecita|abuelito|abuelita|mamita|papito|tiito|tiita|bebito|bebita|
        chamaco|chamaca|chavo|chava|morro|morra|cipote|cipota|bichito|bichita|pelado|pelada|
        sister in law|brother in law|mother in law|father in law|son in law|daughter in law|
        sister-in-law|brother-in-law|mother-in-law|father-in-law|son-in-law|daughter-in-law""",
    "title": """señor|señora|sr|sra|srita|señorita|don|doña|dr|dra|doctor|doctora|doc|lic|licenciado|
        licenciada|abogado|abogada|lawyer|attorney|pastor|pastora|pastè|padre|father|fr|mr|mrs|ms|
        miss|madam|madame|madan|mesye|msye|dòk|doktè|profesor|profesora|profe|maestra|maestro|
        teacher|hermana|hermano|sister|brother|sè|rev|reverend|imam|officer|oficial|agente|tant|ti|
        mister|sir|sœur|soeur|sòr|sor|frère|monsieur|ingeniero|ingeniera|ing|arquitecto|contador|jefe|patron|
        patrón|encargado|encargada|supervisor|supervisora|manager|boss|sipèvizè|bòs|patwon|
        capataz|mayordomo|caporal|contratista|foreman|contractor|kontremèt|coordinador|
        coordinadora|coordinator|kowòdonatè|seño|
        pregunte por|pregunten por|preguntar por|pregunta por|preguntas por|ask for|asking for|
        mande pou|mande|metrès|mèt|md|mohd""",
    "social": """face|facebook|fb|insta|instagram|ig|tiktok|twitter|snapchat|snap|linkedin|youtube|
        twitch|threads|kwai|whatsapp|wasap|watsap|
        perfil|profile""",
    "closer": """atte|atentamente|saludos|regards|sincerely|mesi|mèsi|gracias|thanks|bendiciones|
        cordialmente|respectfully|blessings|bless|kenbe|ak respe|dios les bendiga""",
    "verb": """dile a|digale a|dígale a|dile|le dije a|les dije a|le dije|preguntale a|pregúntale a|
        pregunten a|pregunta a|vine con|vino con|llegue con|llegué con|llego con|llegó con|ando con|
        vivo con|vive con|me quedo con|se fue con|anda con|hable con|hablé con|m te pale ak|te pale ak|
        pale ak|m te ak|m vin ak|mwen vin ak|m rete ak|m ap viv ak|m ap rete ak|came with|i came with|
        live with|i live with|living with|staying with|stay with|ask|told|tell|i told|asked|talked to|
        spoke to|spoke with|talked with|went with""",
    "post": """here|aqui|aquí|ki la|k ap ekri|ki ekri|k ap pale|ki ap pale|ki te ekri|ki ap ekri|
        reportándose|reportandose|and i|and me|y yo|ak mwen|avè m|et moi""",
}
#: Words that follow "rele m" (call me) or "call me" in a request, never a name: "rele m pou randevou a".
NOT_AFTER_STRONG = frozenset(
    ["pou", "nan", "le", "si", "ak", "sou", "demen", "jodi", "kounye", "apre", "avan", "anko"]
    + ["tanpri", "souple", "for", "to", "back", "now", "later", "please", "para", "por", "al"]
)
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
    "title": frozenset(["is", "es"]),
    "strong": frozenset(["el", "la"]),
    "weak": frozenset(),
    "verb": frozenset(),
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
            "kòm",
            "kom",
            "al",
            "yo",
            "konnen",
            "know",
            "known",
            "conocen",
            "conoce",
        ]
    ),
}
#: Titles written before first names and nicknames, in lower case as often as not.
_FAMILIAR = frozenset(
    ["don", "dona", "sena", "seno", "madan", "mesye", "msye", "tia", "tio", "senora", "senorita"]
    + ["sra", "srita", "miss", "mrs", "ms", "madam", "madame", "mister", "mr"]
)
#: Professional titles: a name in the lists may follow in lower case ("la lic. paz encinas").
_PROFESSIONAL = frozenset(
    ["lic", "licenciado", "licenciada", "dr", "dra", "doctor", "doctora", "abogado", "abogada"]
    + ["lawyer", "avoka", "ing", "ingeniero", "ingeniera", "profe", "maestro", "maestra"]
    + ["pastor", "paste"]
)
#: Ambiguous names that are verbs or months after a family word: "my son will come".
_NOT_AFTER_FAMILY = frozenset(
    ["will", "may", "june", "april", "bill", "sol", "mar", "fe", "san", "pastor", "pastora"]
)
_CONNECTORS = frozenset(["de", "del", "la", "las", "los", "ti", "van"])
#: Words before a Spanish reflexive "se" ("no se desea", "como se pide"), never a Kreyòl "se".
_BEFORE_REFLEXIVE = frozenset(
    ["no", "si", "que", "como", "donde", "cuando", "ya", "nunca", "tambien", "lo", "la", "le"]
)
#: Spanish first names in two parts, one of them a word or a place: "María de los Ángeles",
#: "María del Carmen" (after María or José), "Luz María", "Paz Elena" (before a first name).
COMPOUND_NAMES = {
    "second": "de los angeles|de la luz|del carmen|de jesus|de la paz|del rosario|de lourdes|"
    "de guadalupe|del pilar|de la cruz|del socorro|de fatima|de la concepcion|del mar",
    "first": "luz|paz|rosa|flor|reina|sol|mar|fe|cruz|blanca|perla|estrella|alba|gloria|rocio|"
    "consuelo|dulce|esperanza|milagros|pilar|dolores|mercedes|amparo|rosario|carmen|cielo|angel",
}

_IS = frozenset(["is", "es", "se"])
#: Family words for a group, not a person: "their family unit", "la familia entera".
GROUPS = frozenset(["family", "familia", "fanmi", "familias", "families"])
#: Words that end a self-introduction without a comma: "soy yusleidy y …", "m se wilda ki …".
_BOUNDARY = frozenset(["from", "de", "and", "y", "ak", "soti", "here", "aqui", "ki", "who", "que"])
#: Endings of adjectives and participles, not of names: "i'm tired", "soy ondureño".
_ADJECTIVE = re.compile(
    r"(?:ed|ous|ful|ing|ive|able|ible|less|ish|ado|ada|ido|ida|oso|osa|eno|ena|ense|ante|iente|ico|ica)$"
)
#: English introductions: "this is gift kabongo" needs two words, one of them a name.
_ENGLISH = frozenset(["i'm", "im", "i", "it's", "its", "it", "this", "here"])
#: Words after which a capitalised word names a place, not a person: "albergue Belén", "metro Insurgentes".
NAMING_WORDS = frozenset(
    [
        "albergue",
        "refugio",
        "refij",
        "kan",
        "camp",
        "campamento",
        "abri",
        "shelter",
        "albeg",
        "metro",
    ]
)
#: First words of an organisation's name: "I called Casa Monarca", "una que se llama Centro Prodh".
ORG_HEADS = frozenset(
    ["casa", "albergue", "hogar", "centro", "fundacion", "asociacion", "comite", "colectivo"]
    + ["clinica", "iglesia", "proyecto", "programa", "red", "kay", "legliz", "center", "project"]
    + ["bar", "club", "hotel", "restaurante", "restaurant", "tienda", "taller", "farmacia"]
)
#: A person named just before a naming cue: "mi niño se llama Santiago" (a child, not the town).
PEOPLE = frozenset(
    ["hijo", "hija", "nino", "nina", "bebe", "esposo", "esposa", "hermano", "hermana", "amigo"]
    + ["amiga", "son", "daughter", "baby", "wife", "husband", "brother", "sister", "friend"]
    + ["pitit", "madanm", "mari", "fre", "zanmi", "boy", "girl", "child", "kid"]
    + ["compadre", "comadre", "padrino", "madrina", "vecino", "vecina", "primo", "prima", "tio"]
    + ["tia", "abuelo", "abuela", "sobrino", "sobrina", "cunado", "cunada", "novio", "novia"]
    + ["pareja", "jefe", "jefa", "patron", "patrona", "companero", "companera", "senor", "senora"]
    + ["cousin", "uncle", "aunt", "neighbor", "neighbour", "boss", "partner", "man", "guy", "lady"]
    + ["woman", "kouzen", "kouzin", "tonton", "matant", "vwazen", "bos", "patwon", "mesye", "neg"]
)
