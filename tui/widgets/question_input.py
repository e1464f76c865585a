"""The question box: an Input that remembers what was asked, like a shell (up / down)."""
from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class QuestionInput(Input):
    """Up recalls older questions, down newer ones and finally the draft being typed."""

    BINDINGS = [
        Binding("up", "history(-1)", "Question précédente", show=False),
        Binding("down", "history(1)", "Question suivante", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.history: list[str] = []
        self._position = 0
        self._draft = ""

    def remember(self, question: str) -> None:
        """Record a submitted question (consecutive repeats kept once) and reset browsing."""
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._position = len(self.history)
        self._draft = ""

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._position == len(self.history):
            self._draft = self.value
        self._position = max(0, min(len(self.history), self._position + step))
        self.value = self.history[self._position] if self._position < len(self.history) else self._draft
        self.cursor_position = len(self.value)
