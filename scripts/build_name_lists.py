"""Regenerate data/names/: the name lists and the vocabulary the scrubber uses.

    python -m pip download --no-deps -d /tmp/faker faker==40.54.0
    (cd /tmp/faker && unzip -q -o faker-*.whl -d x)
    python3.10 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1 pyyaml
    PYTHONPATH=/tmp/faker/x /tmp/wf/bin/python scripts/build_name_lists.py

Sources (see data/names/README.md):
- first names and surnames: the person providers of Faker (MIT licence) for the
  locales of the countries people come from or pass through, plus
  data/names/curated.txt (written for this project: Haitian, Central American,
  Venezuelan, Cuban and West African names that Faker lacks);
- the vocabulary: every word written in lower case in the bot's own texts
  (nlu/, content/, locales/), so that "rosa", "paz", "luz", "esperanza" or
  "grace" are known as ordinary words and a name only in context;
- the places: data/names/places.txt (kept by hand, one place per line) plus content/cities.yml;
- everyday words: Spanish and English words of wordfreq (Zipf 3 or more) that are no
  listed name: the no-cue rule never takes "Constitución" for a name, and the learned tagger
  needs more confidence for "hacked" or "bandera" in lower case.

Faker and wordfreq (its word frequencies in Spanish, English, French and
Portuguese keep the names of the further locales that are everyday words
there, such as Turkish "Verde" or Hindi "Brinda", out of the lists) are needed
only to run this script, never by the bot (everyday.txt ships its words, no frequencies).
"""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "names"
LOCALES = re.findall(
    r"\S+",
    "es_MX es_CO es_CL es_AR es_ES fr_FR fr_CA fr_BE en_US en_GB en_NG ha_NG ig_NG yo_NG tw_GH pt_BR",
)
#: Countries people also come from (South Asia, East and Central Africa, Algeria, Turkey,
#: Central Asia, China in pinyin, Russia and Ukraine transliterated): only their names of three
#: letters or more, which collide less with short words of es/en/ht ("an", "li", "na").
MORE_LOCALES = re.findall(
    r"\S+", "en_IN en_PK en_KE sw zu_ZA fr_DZ tr_TR uz_UZ az_AZ zh_CN ru_RU uk_UA"
)
#: Cyrillic to Latin as names are usually written in passports and chats ("Дмитрий" → "dmitrii").
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "i",
            "i",
            "ie",
            "g",
        ],
        strict=True,
    )
)


def latin(name: str) -> str | None:
    """The name in Latin letters, or None for a script we do not transliterate."""
    lowered = name.lower()
    if any("\u0400" <= ch <= "\u04ff" for ch in lowered):
        lowered = "".join(_CYRILLIC.get(ch, ch) for ch in lowered).replace("-", "")
    if any(ch.isalpha() and ord(ch) >= 0x250 for ch in lowered):
        return None
    return lowered


#: Particles inside names ("de la Cruz", "van Dyk"): never names alone.
PARTICLES = set(
    re.findall(r"\S+", "de del la las los el van von da di do dos das du le y e san santa st ti")
)
_LINK = re.compile(r"\S*(?:@|://|www\.)\S*")
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def everyday_word(name: str) -> bool:
    """A word common in Spanish, English, French or Portuguese text (Zipf 3: once per million words)."""
    from wordfreq import zipf_frequency

    return max(zipf_frequency(name, lang) for lang in ("es", "en", "fr", "pt")) >= 3.0


def faker_names(own_words: set[str]) -> tuple[set[str], set[str]]:
    """Faker's first names and surnames; a further locale's name that is a word of the bot's
    own texts ("comar", "verde") is left out."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in LOCALES + MORE_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in dir(provider):
            value = getattr(provider, attribute)
            if not isinstance(value, list | tuple | dict | set | frozenset):
                continue
            names = list(value)
            if locale in MORE_LOCALES:
                names = [n for n in map(latin, names) if n and len(n.replace("-", "")) >= 3]
                names = [n for n in names if n not in own_words and not everyday_word(n)]
            if attribute.startswith("first_names") or attribute.startswith("first_romanized"):
                first.update(names)
            elif attribute.startswith("last_names") or attribute.startswith("last_romanized"):
                last.update(names)
    return first, last


def curated() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    target = first
    for line in (OUT / "curated.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line == "[first]":
            target = first
        elif line == "[surnames]":
            target = last
        elif line:
            target.update(line.split())
    return first, last


def split_names(names: set[str]) -> set[str]:
    """Single folded words: "José Luis" gives "jose" and "luis"; "Jean-Baptiste" stays whole too."""
    words = set()
    for name in names:
        for part in fold(name).split():
            part = part.strip(".,'’")
            if part in PARTICLES:
                continue
            if len(part) >= 2 and part.replace("-", "").replace("'", "").isalpha():
                words.add(part)
                words.update(p for p in part.split("-") if len(p) >= 2)
    return words


def vocabulary() -> set[str]:
    """Words the bot's own texts write in lower case (names in them are capitalised).

    The city list is left out (its lower-case aliases are places, not words), and so
    are links and e-mail addresses."""
    counts: dict[str, int] = {}
    files = [*ROOT.glob("nlu/**/*.yml"), *ROOT.glob("content/**/*.md")]
    files += [ROOT / "content" / "topics.yml", *ROOT.glob("locales/*/LC_MESSAGES/*.po")]
    for path in files:
        text = _LINK.sub(" ", path.read_text(encoding="utf-8"))
        for word in _WORD.findall(text):
            if word.islower():
                counts[fold(word)] = counts.get(fold(word), 0) + 1
    return {word for word, count in counts.items() if count >= 2 and len(word) >= 2}


def places() -> set[str]:
    """Places are kept by hand in places.txt, one per line ("san pedro sula" whole), plus the city list.

    They once came from a space-separated list here, which wrote "ana", "rosa" and
    "san" as places of their own and stopped those names from being judged as names.
    """
    found = {
        fold(line.split("#", 1)[0].strip())
        for line in (OUT / "places.txt").read_text(encoding="utf-8").splitlines()
    }
    for city in yaml.safe_load((ROOT / "content" / "cities.yml").read_text(encoding="utf-8")):
        found.add(fold(city["name"]))
        found.add(fold(city.get("state", "")))
        found.update(fold(alias) for alias in city.get("aliases", []))
    return {p for p in found if p}


def everyday(names: set[str]) -> set[str]:
    """Everyday Spanish and English words (Zipf 3 or more), folded, that are no listed name.

    The bot's vocabulary is the words of its own texts; people write many more ordinary
    words ("hacked", "fountain", "bandera", "cicatriz"), which the name rules and the
    learned tagger must not readily take for names. Names stay out ("hope", "rosa"): the
    rules judge them by context.
    """
    from wordfreq import top_n_list, zipf_frequency

    words: set[str] = set()
    for lang in ("es", "en"):
        for word in top_n_list(lang, 100_000):
            if zipf_frequency(word, lang) < 3.0:
                break
            folded = fold(word)
            if len(folded) >= 3 and folded.isalpha() and folded.isascii():
                words.add(folded)
    return words - names


def write(name: str, words: set[str], header: str) -> None:
    path = OUT / name
    path.write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(words)}")


def main() -> None:
    try:
        fake_first, fake_last = faker_names(own_words=vocabulary())
    except ModuleNotFoundError:
        sys.exit("needs Faker 40.54.0 and wordfreq (see this script's docstring)")
    own_first, own_last = curated()
    first = split_names(fake_first | own_first)
    last = split_names(fake_last | own_last)
    source = "# generated by scripts/build_name_lists.py; see README.md in this folder\n"
    write("first_names.txt", first, source)
    write("surnames.txt", last, source)
    where = places()
    # "san pedro sula", "tuxtla gutierrez" typed in lower case make no word of a name
    in_places = {w for place in where for w in place.split() if len(w) >= 4} & (first | last)
    write("vocabulary.txt", vocabulary() - in_places, source)
    write("places.txt", where, source)
    licence = (
        "# generated by scripts/build_name_lists.py from wordfreq 3.1.1 (word frequencies\n"
        "# by Robyn Speer et al., data CC BY-SA 4.0); see README.md in this folder\n"
    )
    write("everyday.txt", everyday(first | last), licence)


if __name__ == "__main__":
    main()
