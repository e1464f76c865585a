"""The conversation: ask in French, read the cited answer, open its sources, follow up.

Questions are answered one at a time, in the order asked: a question typed while another is being
answered (or while the index is still opening) waits in a queue, its turn already on screen. Each
conversation has its own session id so the assistant can resolve follow-ups ("et qui présidait ?");
ctrl+n starts a new one, and answers still on their way for the old one are dropped.
"""
from __future__ import annotations

import uuid
from collections import deque

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from assistant.errors import AssistantError
from assistant.models import Answer
from tui.screens.citing import CitingScreen
from tui.widgets.answer_view import AnswerView
from tui.widgets.citation_list import CitationList
from tui.widgets.question_input import QuestionInput

WELCOME = """\
Posez une question sur les délibérations, par exemple :
  Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020 ?
  Combien d'abstentions sur le Pacte de solidarité ?
Entrée envoie · ↑/↓ historique · ctrl+o sources · F1 aide"""


class ChatScreen(CitingScreen):
    BINDINGS = [
        Binding("ctrl+n", "new_conversation", "Nouvelle"),
        Binding("ctrl+o", "sources", "Sources"),
        Binding("ctrl+y", "copy_answer", "Copier"),
        Binding("escape", "focus_question", "Question", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.session_id = uuid.uuid4().hex
        self.pending: deque[tuple[AnswerView, str]] = deque()
        self.busy = False

    def compose_main(self) -> ComposeResult:
        with Vertical(id="chat"):
            with VerticalScroll(id="conversation", can_focus=False):
                yield Static(WELCOME, id="welcome")
            yield QuestionInput(placeholder="Votre question…", id="question")

    def on_mount(self) -> None:
        self.sub_title = "Conversation"
        self.query_one(QuestionInput).focus()

    @property
    def turns(self) -> list[AnswerView]:
        return list(self.query(AnswerView))

    @on(Input.Submitted, "#question")
    def _submitted(self, event: Input.Submitted) -> None:
        question = event.value.strip()
        if not question:
            return
        box = self.query_one(QuestionInput)
        box.remember(question)
        box.value = ""
        turn = AnswerView(question, waiting=not self.delib.backend.ready)
        conversation = self.query_one("#conversation", VerticalScroll)
        conversation.mount(turn)
        conversation.scroll_end(animate=False)
        self.pending.append((turn, self.session_id))
        self._next()

    def _next(self) -> None:
        """Start answering the oldest waiting question, unless one is being answered."""
        if not self.busy and self.pending:
            self.busy = True
            self.answer(*self.pending.popleft())

    @work(thread=True, exclusive=True, group="ask", exit_on_error=False)
    def answer(self, turn: AnswerView, session_id: str) -> None:
        """Ask the service; any failure ends up in the turn, so the queue never stalls."""
        try:
            service = self.service()
            self.app.call_from_thread(turn.started)
            result: Answer | BaseException = service.ask(turn.question, session_id=session_id)
        except Exception as exc:  # noqa: BLE001 - shown in the turn, reported by the app
            result = exc
        self.app.call_from_thread(self._answered, turn, session_id, result)

    def _answered(self, turn: AnswerView, session_id: str, result: Answer | BaseException) -> None:
        self.busy = False
        if session_id == self.session_id and turn.is_attached:
            if isinstance(result, Answer):
                turn.show_answer(result)
            else:
                turn.show_error(result.message if isinstance(result, AssistantError) else repr(result))
                self.delib.report_error(result, shown=True)
            self.call_after_refresh(turn.scroll_visible, top=True, animate=False)
        self._next()

    def action_new_conversation(self) -> None:
        self.session_id = uuid.uuid4().hex
        self.pending.clear()
        self.query(AnswerView).remove()
        self.query_one(QuestionInput).focus()
        self.notify("Nouvelle conversation.")

    def _current_turn(self) -> AnswerView | None:
        """The turn holding the focus, else the latest answered one."""
        focused = self.focused
        for turn in reversed(self.turns):
            if focused is not None and turn in focused.ancestors:
                return turn
        answered = [turn for turn in self.turns if turn.answer is not None]
        return answered[-1] if answered else None

    def action_sources(self) -> None:
        turn = self._current_turn()
        lists = turn.query(CitationList) if turn else None
        if lists:
            lists.first().focus()
        else:
            self.notify("Pas de source à ouvrir.", severity="warning")

    def action_copy_answer(self) -> None:
        turn = self._current_turn()
        if turn is None or turn.answer is None:
            self.notify("Pas encore de réponse à copier.", severity="warning")
            return
        sources = [f"[{n}] « {c.quote} » — {c.document}" for n, c in enumerate(turn.answer.citations, start=1)]
        self.app.copy_to_clipboard("\n".join([turn.answer.answer, *sources]))
        self.notify("Réponse copiée dans le presse-papiers.")

    def action_focus_question(self) -> None:
        self.query_one(QuestionInput).focus()
