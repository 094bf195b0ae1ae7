"""The catalogs are current: every string in the code is in messages.pot and translated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from bot.settings import project_root

ROOT = project_root()


def ids(path: Path) -> set[str]:
    with path.open("rb") as handle:
        return {str(m.id) for m in read_po(handle) if m.id}


def test_template_matches_the_code(tmp_path: Path) -> None:
    pybabel = Path(sys.executable).with_name("pybabel")
    out = tmp_path / "fresh.pot"
    subprocess.run(
        [
            str(pybabel),
            "extract",
            "--no-location",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "-o",
            str(out),
            "bot",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert ids(out) == ids(ROOT / "locales" / "messages.pot"), "run `make locales` and translate"


def test_every_string_is_translated_in_spanish_and_creole() -> None:
    template = ids(ROOT / "locales" / "messages.pot")
    for language in ("es", "ht"):
        with (ROOT / "locales" / language / "LC_MESSAGES" / "messages.po").open("rb") as handle:
            catalog = read_po(handle)
        translated = {str(m.id) for m in catalog if m.id and m.string and not m.fuzzy}
        assert template <= translated, (language, sorted(template - translated)[:3])
