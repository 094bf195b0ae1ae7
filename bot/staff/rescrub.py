"""`rightsbot review rescrub`: stored messages scrubbed again by the current scrubber.

The store already does this once by itself when it opens a database written
under another scrubber version (:mod:`bot.privacy.rescrub`); staff run it by
hand after changing the rules, or to be sure.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.privacy.rescrub import rescrub
from bot.privacy.store import Store


@dataclass(frozen=True)
class Report:
    rows: int
    changed: int
    version: str

    def summary(self) -> str:
        return (
            f"re-scrubbed {self.rows} stored message(s) with scrubber {self.version}: "
            f"{self.changed} changed; free pages and the WAL wiped"
        )


def run(store: Store) -> Report:
    """Re-scrub every row (counting any done when the store opened), then wipe the file."""
    on_open = store.rescrubbed
    done = rescrub(store)
    changed = done.changed + (on_open.changed if on_open else 0)
    return Report(done.rows, changed, done.version)
