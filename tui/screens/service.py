"""The base of every screen that talks to the assistant: the service, and worker errors.

Screens call the service only from thread workers: `self.service()` blocks that worker until the
app has opened it, so a screen is usable before the index is. A worker that fails is reported
once, by the app (a notification, or the "server unreachable" screen), instead of crashing it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

if TYPE_CHECKING:
    from tui.app import DelibApp
    from tui.backend import Service


class ServiceScreen(Screen):
    @property
    def delib(self) -> "DelibApp":
        return cast("DelibApp", self.app)

    def service(self) -> "Service":
        """The assistant, from a worker thread (waits while the app is still opening it)."""
        return self.delib.backend.get()

    def still_wanted(self) -> bool:
        """Stale-result check for thread workers: False once a newer request replaced this one."""
        return not get_current_worker().is_cancelled

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.delib.report_error(event.worker.error)
