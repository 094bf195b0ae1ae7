"""The hand-off's person side: open a staff topic, copy the person's messages into it.

The desk (:mod:`bot.conversation.handoff`) decides; this module does the Bot
API calls and keeps the mapping (:mod:`bot.privacy.handoffs`). Staff messages
coming back are :mod:`bot.edges.staff_relay`'s job. Messages are copied with
``copyMessage``, never forwarded: a forward shows who sent it, a copy does
not. Nothing a person writes during a hand-off is written to the database.

Logs name a hand-off only by its short pseudonym (``K4TXA``): requested,
connected, first staff reply (and the wait), closed and by whom.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from dataclasses import dataclass

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.content.handoff import HandoffFile
from bot.conversation.events import Event, Outcome, Reply, UserState
from bot.conversation.handoff import Decision, Desk, Step
from bot.edges.runtime import guarded
from bot.edges.sending import send, with_retries
from bot.privacy.handoffs import Handoff, Handoffs
from bot.privacy.store import Store
from bot.services import Services

log = logging.getLogger("rightsbot.handoff")
#: The card lists the topics asked about in this long a stretch before asking.
CONVERSATION_SECONDS = 6 * 3600


@dataclass
class Handover:
    """What the hand-off needs at run time, built once when a staff group is configured."""

    bot: Bot
    staff_chat_id: int
    desk: Desk
    handoffs: Handoffs
    store: Store

    @classmethod
    def build(cls, bot: Bot, services: Services, store: Store, secret: bytes) -> Handover:
        settings = services.settings
        assert settings.staff_chat_id is not None
        config = HandoffFile(settings.content_dir / "handoff.yml")
        config.config  # noqa: B018 -- fail at start, not at the first request, if the file is broken
        desk = Desk(
            services.conversation,
            lambda: services.content.library,
            services.catalogs,
            lambda: config.config,
        )
        return cls(bot, settings.staff_chat_id, desk, Handoffs(store, secret), store)

    def active(self, who: str) -> Handoff | None:
        return guarded(lambda: self.handoffs.active_for(who), None)

    # -- a person's update -----------------------------------------------------------------

    async def person_update(
        self, update: Update, event: Event, who: str, state: UserState, chat_id: int
    ) -> bool:
        """Handle the update when it is the hand-off's business; False lets the dialogue answer."""
        handoff = self.active(who)
        decision = self.desk.decide(event, state, handoff is not None)
        if decision is None:
            return False
        if decision.step is Step.CONSENT:
            requested = guarded(lambda: self.handoffs.request(who, decision.language), None)
            log.info("handoff %s requested lang=%s", requested, decision.language)
        if decision.step is Step.DECLINE:
            declined = guarded(lambda: self.handoffs.decline(who), None)
            if declined:
                log.info("handoff %s closed by declined", declined)
        if decision.step is Step.CONNECT:
            await self._connect(who, chat_id, decision)
            return True
        if decision.step is Step.RELAY and handoff is not None:
            await self._relay(handoff, update, chat_id, decision)
            return True
        if decision.step is Step.STOP and handoff is not None:
            await self.close(handoff, "person")
            return True
        await self._tell(chat_id, decision.replies)
        return True

    def after_answer(self, event: Event, outcome: Outcome) -> Outcome:
        """The dialogue's answer, with "Talk to a person" where legal help is offered."""
        return self.desk.after_answer(event, outcome)

    async def _tell(self, chat_id: int, replies: tuple[Reply, ...]) -> None:
        for reply in replies:
            if not await send(self.bot, chat_id, reply):
                break

    async def _connect(self, who: str, chat_id: int, decision: Decision) -> None:
        """Open the person's topic, post the card, keep the mapping, then tell the person."""
        language = decision.language
        texts = self.desk.texts
        config = self.desk.config
        pending = guarded(lambda: self.handoffs.pending(who), None)
        handoff_id = pending.id if pending else self.handoffs.new_id()
        asked = dt.datetime.fromtimestamp(
            pending.requested_at if pending else time.time(), dt.timezone.utc
        )
        try:
            topic = await with_retries(
                lambda: self.bot.create_forum_topic(
                    self.staff_chat_id, texts.topic_name(handoff_id, language)
                )
            )
        except TelegramError as error:
            log.error("handoff %s: cannot open a staff topic (%s)", handoff_id, error)
            await self._tell(chat_id, (texts.unavailable(language),))
            return
        thread = topic.message_thread_id
        if (
            guarded(lambda: self.handoffs.open(handoff_id, who, chat_id, language, thread), None)
            is None
        ):
            # without the mapping no reply could reach the person: do not pretend
            with contextlib.suppress(TelegramError):
                await self.bot.delete_forum_topic(self.staff_chat_id, thread)
            await self._tell(chat_id, (texts.unavailable(language),))
            return
        topics = guarded(
            lambda: self.handoffs.recent_topics(who, time.time() - CONVERSATION_SECONDS), []
        )
        card = texts.card(config, handoff_id, language, topics, asked)
        await self.post_in_topic(thread, card)
        log.info("handoff %s connected lang=%s", handoff_id, language)
        await self._tell(chat_id, decision.replies)

    async def _relay(
        self, handoff: Handoff, update: Update, chat_id: int, decision: Decision
    ) -> None:
        """Danger first (911 at once), then copy the message into the person's topic.

        The only replies a relayed message gets are the emergency answer and,
        for a shared location, the help nearby; everything else waits for staff.
        """
        if decision.replies:
            await self._tell(chat_id, decision.replies)
        message = update.effective_message
        assert message is not None
        guarded(
            lambda: self.handoffs.touch(handoff.id, staff=False), False
        )  # before: see staff_relay
        try:
            await with_retries(
                lambda: self.bot.copy_message(
                    chat_id=self.staff_chat_id,
                    from_chat_id=chat_id,
                    message_id=message.message_id,
                    message_thread_id=handoff.topic,
                )
            )
        except (BadRequest, Forbidden) as error:
            # the topic was deleted or closed by hand, or the bot lost the group
            log.error("handoff %s: relay refused (%s); closing", handoff.id, error)
            await self.close(handoff, "staff", note=False)
            return
        if decision.danger:
            await self._mark_danger(handoff)

    async def _mark_danger(self, handoff: Handoff) -> None:
        if guarded(lambda: self.handoffs.mark_danger(handoff.id), False):
            name = self.desk.texts.topic_name(handoff.id, handoff.language, danger=True)
            with contextlib.suppress(TelegramError):
                await with_retries(
                    lambda: self.bot.edit_forum_topic(self.staff_chat_id, handoff.topic, name=name)
                )
        await self.post_in_topic(
            handoff.topic, self.desk.texts.staff_note(self.desk.config, "danger")
        )
        log.info("handoff %s danger", handoff.id)

    async def post_in_topic(self, thread_id: int, html: str) -> bool:
        """Post a note of the bot's own in a staff topic."""
        try:
            await with_retries(
                lambda: self.bot.send_message(
                    self.staff_chat_id,
                    html,
                    parse_mode=ParseMode.HTML,
                    message_thread_id=thread_id,
                    disable_web_page_preview=True,
                )
            )
            return True
        except TelegramError as error:
            log.error("could not post in a staff topic: %s", type(error).__name__)
            return False

    # -- ending -------------------------------------------------------------------------------

    async def close(self, handoff: Handoff, by: str, note: bool = True) -> None:
        """End a hand-off: the person is told, the topic gets a line and is closed."""
        if not guarded(lambda: self.handoffs.close(handoff.id, by), False):
            return  # already closed (a repeated /close, a race with the chores)
        log.info("handoff %s closed by %s", handoff.id, by)
        if handoff.chat_id is not None:
            await self._tell(handoff.chat_id, (self.desk.texts.closed(handoff.language, by),))
        if note:
            await self.post_in_topic(
                handoff.topic, self.desk.texts.staff_note(self.desk.config, by)
            )
        with contextlib.suppress(TelegramError):
            await with_retries(
                lambda: self.bot.close_forum_topic(self.staff_chat_id, handoff.topic)
            )

    async def forget(self, who: str) -> None:
        """``/forget``: end any hand-off and delete its topic; the store erases the rows."""
        for handoff in guarded(lambda: self.handoffs.of_person(who), []):
            if handoff.is_open:
                guarded(lambda handoff=handoff: self.handoffs.close(handoff.id, "forget"), False)
                log.info("handoff %s closed by forget", handoff.id)
            if handoff.thread_id is None:
                continue  # a request: no topic was opened
            with contextlib.suppress(TelegramError):
                await with_retries(
                    lambda handoff=handoff: self.bot.delete_forum_topic(
                        self.staff_chat_id, handoff.topic
                    )
                )
        guarded(lambda: self.handoffs.delete_person(who), None)

    # -- what the chores run --------------------------------------------------------------------

    async def sweep(self, now: float | None = None) -> None:
        """Tell people still waiting where else to get help; close topics idle too long."""
        now = now or time.time()
        config = self.desk.config
        texts = self.desk.texts
        for handoff in self.handoffs.waiting_since(now - config.remind_after_minutes * 60):
            self.handoffs.mark_reminded(handoff.id, now)  # first: never remind twice
            if handoff.chat_id is not None:
                await self._tell(handoff.chat_id, (texts.still_waiting(handoff.language, config),))
            log.info("handoff %s reminded", handoff.id)
        for handoff in self.handoffs.idle_since(now - config.close_idle_hours * 3600):
            await self.close(handoff, "timeout")
        self.handoffs.expire_requests(now)
