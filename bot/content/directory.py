"""Where to get help: the organisations of ``content/directory.yml`` and a city gazetteer.

"Help near you" works from a shared location or from a city named in the
text ("estoy en Tapachula", "m nan Tijuana"). Coordinates are city centres,
so distances are honest to a few kilometres and are shown rounded.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.content.problems import Problem, relative, yaml_line, yaml_reason

KINDS = ("legal_aid", "government", "human_rights", "shelter", "un_agency", "emergency")
REQUIRED_FIELDS = ("id", "name", "kind", "services", "source", "confidence", "verified_on")
CONFIDENCES = ("high", "medium", "low")


@dataclass(frozen=True)
class Place:
    """One office of one organisation."""

    id: str
    name: str
    kind: str
    city: str | None
    state: str | None
    lat: float | None
    lon: float | None
    address: str | None
    phone: str | None
    website: str | None
    services: dict[str, str]
    source: str
    confidence: str
    line: int
    #: When someone last confirmed this entry against its source.
    verified_on: dt.date | None = None


@dataclass(frozen=True)
class City:
    name: str
    state: str
    lat: float
    lon: float
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Nearby:
    place: Place
    km: float


def fold(text: str) -> str:
    """Lower-case without accents or punctuation, for matching what people type."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    radius = 6371.0
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))


class Directory:
    """Organisations and cities, with lookups by position and by name."""

    def __init__(self, places: list[Place], cities: list[City]) -> None:
        self.places = places
        self.cities = cities
        self._aliases: list[tuple[str, City]] = sorted(
            ((fold(alias), city) for city in cities for alias in (city.name, *city.aliases)),
            key=lambda pair: -len(pair[0]),
        )

    def find_city(self, text: str) -> City | None:
        """The city named in ``text``, longest alias first ("ciudad juarez" before "juarez")."""
        folded = f" {fold(text)} "
        for alias, city in self._aliases:
            if alias and f" {alias} " in folded:
                return city
        return None

    def nearest(self, lat: float, lon: float, limit: int = 5) -> list[Nearby]:
        """Offices with a city, nearest first (nationwide services such as 911 have no city)."""
        located = [
            Nearby(place, distance_km(lat, lon, place.lat, place.lon))
            for place in self.places
            if place.lat is not None and place.lon is not None and place.kind != "emergency"
        ]
        located.sort(key=lambda item: (item.km, item.place.kind != "legal_aid", item.place.name))
        return located[:limit]


def load_directory(
    directory_path: Path, cities_path: Path, problems: list[Problem], root: Path
) -> Directory:
    """Load both files, recording a Problem for each entry that cannot be used."""
    places: list[Place] = []
    raw_places = _load_list(directory_path, problems, root)
    seen: set[str] = set()
    where = relative(directory_path, root)
    for item, line in raw_places:
        missing = [key for key in REQUIRED_FIELDS if not item.get(key)]
        if missing:
            problems.append(Problem(where, line, f"entry is missing {', '.join(missing)}"))
            continue
        if item["kind"] not in KINDS:
            problems.append(
                Problem(where, line, f"kind is {item['kind']!r}; use one of {', '.join(KINDS)}")
            )
            continue
        if item["confidence"] not in CONFIDENCES:
            problems.append(Problem(where, line, "confidence must be high, medium or low"))
        if item["id"] in seen:
            problems.append(Problem(where, line, f"id {item['id']!r} is used twice"))
            continue
        seen.add(item["id"])
        services = item.get("services")
        if not isinstance(services, dict) or any(
            not services.get(lang) for lang in ("es", "en", "ht")
        ):
            problems.append(Problem(where, line, "services needs es, en and ht text"))
            continue
        verified = _as_date(item["verified_on"])
        if verified is None:
            problems.append(
                Problem(
                    where,
                    line,
                    f"verified_on is {item['verified_on']!r}; write the date you checked "
                    "this entry, like 2026-11-28",
                )
            )
            continue
        lat, lon = item.get("lat"), item.get("lon")
        if item.get("city") and (not _is_number(lat) or not _is_number(lon)):
            problems.append(Problem(where, line, "an entry with a city needs lat and lon numbers"))
            continue
        places.append(
            Place(
                id=str(item["id"]),
                name=str(item["name"]),
                kind=str(item["kind"]),
                city=item.get("city"),
                state=item.get("state"),
                lat=float(lat) if _is_number(lat) else None,
                lon=float(lon) if _is_number(lon) else None,
                address=item.get("address"),
                phone=str(item["phone"]) if item.get("phone") else None,
                website=item.get("website"),
                services={str(k): str(v) for k, v in services.items()},
                source=str(item["source"]),
                confidence=str(item["confidence"]),
                line=line,
                verified_on=verified,
            )
        )
    cities: list[City] = []
    where = relative(cities_path, root)
    for item, line in _load_list(cities_path, problems, root):
        if (
            not item.get("name")
            or not _is_number(item.get("lat"))
            or not _is_number(item.get("lon"))
        ):
            problems.append(Problem(where, line, "a city needs name, lat and lon"))
            continue
        cities.append(
            City(
                name=str(item["name"]),
                state=str(item.get("state") or ""),
                lat=float(item["lat"]),
                lon=float(item["lon"]),
                aliases=tuple(str(a) for a in item.get("aliases") or ()),
            )
        )
    return Directory(places, cities)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _load_list(path: Path, problems: list[Problem], root: Path) -> list[tuple[dict[str, Any], int]]:
    """A YAML list of mappings, each with the line it starts on."""
    where = relative(path, root)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(where, 1, "file is missing"))
        return []
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        problems.append(Problem(where, yaml_line(error, 0), f"broken YAML: {yaml_reason(error)}"))
        return []
    if not isinstance(data, list) or node is None:
        problems.append(Problem(where, 1, "the file must be a list of entries ('- name: ...')"))
        return []
    result = []
    for item, item_node in zip(data, node.value, strict=False):
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            problems.append(Problem(where, line, "each entry must be 'key: value' lines"))
            continue
        result.append((item, line))
    return result


def _as_date(value: object) -> dt.date | None:
    """YAML reads 2026-11-28 as a date; accept the same written as a string."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None
