"""Load, ceiling and soak: the real ``rightsbot run`` process against the fake Bot API.

Simulated people arrive at a set rate (Poisson), in Spanish, Kreyòl and English,
and behave like people: they type questions in their own words (lines of
``nlu/``), tap a button of the last message they got, send commands, a voice
note or a location, and a few send three messages at once. Every so often a
crowd arrives together (a shelter putting up the QR code). Each person waits
for the answer and a few seconds of reading before writing again, so every
reply can be matched to the message it answers.

Latency is measured from the moment an update is available to ``getUpdates``
to the moment the reply reaches the fake server, both clocks in this process.
The bot runs as its own process, exactly as deployed, and its memory is read
from ``/proc``.

    .venv/bin/python -m bench.load                  # ceiling search + 10-minute soak
    .venv/bin/python -m bench.load --soak-minutes 1 # quicker
"""

from __future__ import annotations

import argparse
import heapq
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import percentile
from bot.nlu.data import iter_examples
from bot.settings import project_root
from bot.testing.fake_bot_api import FakeTelegram, buttons, message, tap

ROOT = project_root()
RIGHTSBOT = Path(sys.executable).with_name("rightsbot")
#: Telegram's documented ceiling for one bot is about 30 messages per second.
TELEGRAM_CEILING = 30.0
TARGET_P95_MS = 300.0
LANGUAGE_MIX = (("es", 0.5), ("ht", 0.3), ("en", 0.2))
PLACES = ((32.52, -117.03), (14.91, -92.26), (19.43, -99.13), (25.68, -100.31))
COMMANDS = ("/menu", "/help", "/language", "/privacy", "/about")


@dataclass
class Person:
    chat: int
    language: str
    owed: int = 0  # replies the person is waiting for: at least one per update


@dataclass
class StageResult:
    name: str
    seconds: float
    updates: int
    replies: int
    latencies_ms: list[float]
    missing: int
    people: int
    cpu_seconds: float
    rss_mib: list[float] = field(default_factory=list)

    @property
    def offered(self) -> float:
        return self.updates / self.seconds

    @property
    def achieved(self) -> float:
        return self.replies / self.seconds

    def line(self) -> str:
        lat = self.latencies_ms
        return (
            f"{self.name:<22} offered {self.offered:5.1f} updates/s -> {self.achieved:5.1f} replies/s"
            f"   latency p50 {percentile(lat, 0.5):5.0f}  p95 {percentile(lat, 0.95):5.0f}"
            f"  p99 {percentile(lat, 0.99):5.0f} ms   unanswered {self.missing}"
            f"   bot CPU {1000 * self.cpu_seconds / max(1, self.updates):4.1f} ms/update"
        )

    @property
    def kept_up(self) -> bool:
        """Every update answered, replies keeping pace, no queue building up (p50 < 1 s)."""
        return (
            self.missing == 0
            and self.achieved >= 0.95 * self.offered
            and percentile(self.latencies_ms, 0.5) < 1000
        )

    @property
    def healthy(self) -> bool:
        return (
            self.missing == 0
            and percentile(self.latencies_ms, 0.95) <= TARGET_P95_MS
            and self.achieved >= 0.95 * self.offered
        )


class Crowd:
    """People and what they send; one instance per bot process."""

    def __init__(self, fake: FakeTelegram, seed: int = 2026) -> None:
        self.fake = fake
        self.rng = random.Random(seed)
        self.texts: dict[str, list[str]] = {"es": [], "en": [], "ht": []}
        for example in iter_examples(ROOT / "nlu"):
            self.texts[example.language].append(example.text)
        self.next_chat = 500_000
        self.idle: list[Person] = []
        self.waiting: dict[int, Person] = {}
        self.reading: list[tuple[float, int, Person]] = []
        self.pushes: list[tuple[int, float, int]] = []  # chat, pushed at, index of its reply
        self.updates = 0

    def received(self, chat: int) -> int:
        return len(self.fake.reply_times.get(chat, ()))

    def tick(self, now: float) -> None:
        """Move people along: answered → reading → ready to write again."""
        for chat, person in list(self.waiting.items()):
            if self.received(chat) >= person.owed:
                del self.waiting[chat]
                heapq.heappush(self.reading, (now + self.rng.uniform(2.0, 8.0), chat, person))
        while self.reading and self.reading[0][0] <= now:
            self.idle.append(heapq.heappop(self.reading)[2])

    def arrive(self, now: float) -> None:
        """One person writes: someone ready to write again, else a newcomer."""
        if self.idle:
            person = self.idle.pop(self.rng.randrange(len(self.idle)))
            updates = self._returning(person)
        else:
            person = self._newcomer()
            updates = [self._first_message(person)]
        already = self.received(person.chat)
        self.pushes.append((person.chat, now, already))
        for update in updates:
            self.fake.push(update)
        self.updates += len(updates)
        person.owed = already + len(updates)
        self.waiting[person.chat] = person

    def _newcomer(self) -> Person:
        self.next_chat += 1
        roll, language = self.rng.random(), "es"
        for code, share in LANGUAGE_MIX:
            if roll < share:
                language = code
                break
            roll -= share
        return Person(self.next_chat, language)

    def _first_message(self, person: Person) -> dict[str, Any]:
        if self.rng.random() < 0.4:
            return message(person.chat, "/start", language=person.language)
        return self._text(person)

    def _text(self, person: Person) -> dict[str, Any]:
        text = self.rng.choice(self.texts[person.language])
        return message(person.chat, text, language=person.language)

    def _returning(self, person: Person) -> list[dict[str, Any]]:
        roll = self.rng.random()
        chat, language = person.chat, person.language
        if roll < 0.55:
            return [self._text(person)]
        if roll < 0.80:
            choices = buttons({"reply_markup": self.fake.last_markup.get(chat)}) or ["menu"]
            return [tap(chat, self.rng.choice(choices), language=language)]
        if roll < 0.88:
            return [message(chat, self.rng.choice(COMMANDS), language=language)]
        if roll < 0.93:
            latitude, longitude = self.rng.choice(PLACES)
            location = {"latitude": latitude, "longitude": longitude}
            return [message(chat, None, language=language, location=location)]
        if roll < 0.97:
            voice = {"file_id": "v", "file_unique_id": "v", "duration": 4}
            return [message(chat, None, language=language, voice=voice)]
        return [self._text(person) for _ in range(3)]  # three messages at once

    def latencies(self, since: int) -> tuple[list[float], int]:
        """Latencies (ms) of pushes[since:], and how many got no reply at all."""
        found, missing = [], 0
        for chat, pushed_at, index in self.pushes[since:]:
            times = self.fake.reply_times.get(chat, [])
            if len(times) > index:
                found.append((times[index] - pushed_at) * 1000)
            else:
                missing += 1
        return found, missing


class BotProcess:
    """``rightsbot run`` as deployed, pointed at the fake server."""

    def __init__(
        self, fake: FakeTelegram, scratch: Path, rate_limit: bool, profile: Path | None = None
    ) -> None:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": fake.token,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "RIGHTSBOT_DB": str(scratch / "load.db"),
            "RIGHTSBOT_SECRET": "load-test-secret",
            "RIGHTSBOT_RATE_LIMIT": "telegram" if rate_limit else "off",
        }
        self.stderr = (scratch / "bot.err").open("wb")
        calls_before = fake.calls.count("setMyCommands")
        command = [str(RIGHTSBOT), "run"]
        if profile:  # cProfile sees the event loop's thread: Telegram, HTTP, database
            command = [sys.executable, "-m", "cProfile", "-o", str(profile), *command]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 240
        while fake.calls.count("setMyCommands") < calls_before + 4:
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the bot did not start; see {scratch / 'bot.err'}")
            time.sleep(0.1)

    def rss_mib(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        line = next(x for x in status.splitlines() if x.startswith("VmRSS:"))
        return int(line.split()[1]) / 1024

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(60)
        self.stderr.close()


def run_stage(
    name: str,
    crowd: Crowd,
    bot: BotProcess,
    rate: float,
    seconds: float,
    burst: int = 30,
    burst_every: float = 30.0,
    on_sample: Callable[[float, float], None] | None = None,
) -> StageResult:
    """Offer ``rate`` arrivals per second (plus a crowd every ``burst_every`` s)."""
    rng = crowd.rng
    first_push, updates_before = len(crowd.pushes), crowd.updates
    replies_before = len(crowd.fake.sent)
    cpu_before = bot.cpu_seconds()
    rss: list[float] = []
    start = time.monotonic()
    next_arrival = start + rng.expovariate(rate)
    next_burst = start + burst_every / 2
    next_sample = start
    while (now := time.monotonic()) < start + seconds:
        crowd.tick(now)
        if now >= next_burst:
            for _ in range(burst):
                crowd.arrive(now)
            next_burst += burst_every
        while next_arrival <= now:
            crowd.arrive(now)
            next_arrival += rng.expovariate(rate)
        if now >= next_sample:
            rss.append(bot.rss_mib())
            if on_sample:
                on_sample(now - start, rss[-1])
            next_sample += 10.0
        time.sleep(0.002)
    elapsed = time.monotonic() - start
    drain_until = time.monotonic() + 60
    while crowd.waiting and time.monotonic() < drain_until:
        crowd.tick(time.monotonic())
        time.sleep(0.01)
    latencies, missing = crowd.latencies(first_push)
    replies = len(crowd.fake.sent) - replies_before
    return StageResult(
        name,
        elapsed,
        crowd.updates - updates_before,
        replies,
        latencies,
        missing,
        crowd.next_chat - 500_000,
        bot.cpu_seconds() - cpu_before,
        rss,
    )


def ceiling(
    scratch: Path,
    rates: list[float],
    seconds: float,
    profile: Path | None = None,
    crowd_size: int = 30,
) -> list[StageResult]:
    """Without the client-side rate limit: how far one process goes on this machine."""
    results: list[StageResult] = []
    fake = FakeTelegram().start()
    bot = BotProcess(fake, scratch / "ceiling", rate_limit=False, profile=profile)
    crowd = Crowd(fake, seed=1)
    try:
        run_stage("warm-up", crowd, bot, 10, 10)
        for rate in rates:
            name = f"no limiter, {rate:.0f}/s" + ("" if crowd_size else ", no crowds")
            result = run_stage(name, crowd, bot, rate, seconds, burst=crowd_size)
            print("  " + result.line(), flush=True)
            results.append(result)
            if percentile(result.latencies_ms, 0.95) > 3000 or result.missing:
                break
    finally:
        bot.stop()
        fake.stop()
    return results


def production(
    scratch: Path, rate: float, seconds: float, name: str, crowd_size: int = 30
) -> StageResult:
    """As deployed (client-side limit of 30 messages/s on), at ``rate`` arrivals/s."""
    fake = FakeTelegram().start()
    bot = BotProcess(fake, scratch / name, rate_limit=True)
    crowd = Crowd(fake, seed=2)
    try:
        run_stage("warm-up", crowd, bot, 10, 10)

        def report(at: float, rss: float) -> None:
            if seconds > 120 and int(at) % 60 < 10:
                print(f"    {at / 60:4.1f} min  RSS {rss:6.1f} MiB", flush=True)

        result = run_stage(name, crowd, bot, rate, seconds, burst=crowd_size, on_sample=report)
    finally:
        bot.stop()
        fake.stop()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage-seconds", type=float, default=30)
    parser.add_argument("--rates", default="30,45,60,80,100,130")
    parser.add_argument("--soak-minutes", type=float, default=10)
    parser.add_argument("--soak-rate", type=float, default=23)
    parser.add_argument(
        "--crowd", type=int, default=30, help="people arriving at once every 30 s (0: none)"
    )
    parser.add_argument(
        "--profile", type=Path, help="write cProfile stats of the bot's event loop here"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        for sub in ("ceiling", "soak"):
            (scratch / sub).mkdir()
        print("Load: the real `rightsbot run` process against the fake Bot API server")
        print("  (people in es/ht/en: questions, button taps, commands, voice, locations,")
        print(f"   three-at-once messages, a crowd of {args.crowd} every 30 s; p95 target 300 ms)")
        rates = [float(r) for r in args.rates.split(",")]
        stages = ceiling(scratch, rates, args.stage_seconds, args.profile, args.crowd)
        if args.profile:
            print(f"  cProfile of the bot process: {args.profile}")
        kept_up = [s for s in stages if s.kept_up]
        healthy = [s for s in stages if s.healthy]
        for label, group in (
            ("kept up with the offered load", kept_up),
            ("p95 within 300 ms", healthy),
        ):
            if group:
                top = max(group, key=lambda s: s.achieved)
                print(
                    f"  highest stage {label}: {top.offered:.0f} updates/s, "
                    f"{top.achieved:.0f} replies/s, p95 {percentile(top.latencies_ms, 0.95):.0f} ms "
                    f"({top.achieved / TELEGRAM_CEILING:.1f}x Telegram's limit for one bot)"
                )
            else:
                print(f"  no stage {label}")
        if args.soak_minutes <= 0:
            return
        print(f"\nSoak: {args.soak_minutes:g} minutes as deployed (rate limiter on)")
        soak = production(scratch, args.soak_rate, args.soak_minutes * 60, "soak", args.crowd)
        print("  " + soak.line())
        rss = soak.rss_mib
        print(
            f"  bot RSS: {rss[0]:.0f} MiB at start, {max(rss):.0f} MiB peak, {rss[-1]:.0f} MiB at end"
            f" ({len(soak.latencies_ms) + soak.missing} conversations turns, "
            f"{soak.people} people, {soak.replies} replies)"
        )
        db = scratch / "soak" / "load.db"
        print(f"  database after the soak: {db.stat().st_size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
