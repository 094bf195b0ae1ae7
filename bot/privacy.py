"""Pseudonyms instead of Telegram ids: a keyed HMAC nobody can reverse without the secret.

The store never sees a Telegram user id, chat id, name, username or phone
number: edges call :func:`pseudonym` first. Rotating ``RIGHTSBOT_SECRET``
makes every old pseudonym unlinkable to new ones.
"""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(user_id: int | str, secret: bytes) -> str:
    """A stable 32-hex-character pseudonym for one user under one secret."""
    digest = hmac.new(secret, str(user_id).encode("utf-8"), hashlib.sha256).hexdigest()
    return digest[:32]
