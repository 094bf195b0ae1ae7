"""Choose the transport: long polling by default, webhook with a public URL.

Mode selection sits above both transports, so neither imports the other.
"""

from __future__ import annotations

import asyncio

from bot.services import Services


def run_bot(services: Services, webhook_url: str | None, listen: str, port: int) -> None:
    """Entry point for ``rightsbot run``."""
    if webhook_url:
        from bot.edges.webhook import run_webhook

        run_webhook(services, webhook_url, listen, port)
        return
    from bot.edges.polling import serve

    asyncio.run(serve(services))
