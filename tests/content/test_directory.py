"""Help near you: cities named in text, nearest offices with honest distances."""

from __future__ import annotations

from bot.content.directory import distance_km


def test_city_names_as_people_type_them(library) -> None:  # type: ignore[no-untyped-def]
    directory = library.directory
    assert directory.find_city("estoy en tapachula, ayuda").name == "Tapachula"
    assert directory.find_city("m nan Tijuana kounye a").name == "Tijuana"
    assert directory.find_city("I am in CDMX").name == "Ciudad de México"
    assert directory.find_city("vivo en ciudad juarez").name == "Ciudad Juárez"
    assert directory.find_city("necesito un abogado") is None


def test_nearest_is_sorted_and_local_first(library) -> None:  # type: ignore[no-untyped-def]
    directory = library.directory
    tapachula = directory.find_city("tapachula")
    found = directory.nearest(tapachula.lat, tapachula.lon, limit=5)
    assert len(found) == 5
    assert [item.km for item in found] == sorted(item.km for item in found)
    assert found[0].km < 20 and found[0].place.city.startswith("Tapachula")
    assert all(item.place.kind != "emergency" for item in found)


def test_distance() -> None:
    # Mexico City to Tijuana is about 2,300 km in a straight line
    assert 2200 < distance_km(19.4326, -99.1332, 32.5149, -117.0382) < 2400
    assert distance_km(14.9, -92.26, 14.9, -92.26) == 0


def test_every_directory_contact_is_sourced(library) -> None:  # type: ignore[no-untyped-def]
    for place in library.directory.places:
        assert place.source
        if place.phone or place.address:
            assert place.confidence in ("high", "medium"), place.id
