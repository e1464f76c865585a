"""Conversation memory: what the previous turn was about, so "et qui présidait ?" works.

Kept in memory per session id, bounded, oldest sessions forgotten first: a server restart loses
follow-up context, never data.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from assistant.answering.scope import Scope

MAX_SESSIONS = 1000


class Conversations:
    def __init__(self) -> None:
        self._scopes: OrderedDict[str, Scope] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session_id: str | None) -> Scope | None:
        if not session_id:
            return None
        with self._lock:
            return self._scopes.get(session_id)

    def remember(self, session_id: str, scope: Scope | None) -> None:
        if scope is None:
            return
        with self._lock:
            self._scopes[session_id] = scope
            self._scopes.move_to_end(session_id)
            while len(self._scopes) > MAX_SESSIONS:
                self._scopes.popitem(last=False)

    def forget(self, session_id: str) -> None:
        with self._lock:
            self._scopes.pop(session_id, None)
