"""One turn of the conversation: the question, a busy indicator, then the answer and its sources.

The turn exists as soon as the question is sent, so the user sees it was taken (and that it waits
for the index when the app is still starting); the answer replaces the indicator when it arrives.
The answer text is rendered as Markdown exactly as the assistant wrote it; its citations follow as
a numbered list ([1], [2]…) that opens each source.
"""
from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import LoadingIndicator, Markdown, Static

from assistant.models import Answer, Citation
from tui.widgets.citation_list import CitationList

QUOTE_CHARS = 110


def citation_prompt(number: int, citation: Citation) -> Text:
    """ "[1] « SCRUTIN : POUR : 75 … » — dijon-metropole_….txt" on as few lines as possible."""
    quote = " ".join(citation.quote.split())
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    return Text.assemble((f"[{number}] ", "bold"), f"« {quote} » ", (f"— {citation.document}", "dim"))


class AnswerView(Vertical):
    def __init__(self, question: str, waiting: bool = False, **kwargs) -> None:
        """`waiting`: the service is not open yet, so say why the answer will take a moment."""
        super().__init__(**kwargs)
        self.question = question
        self.waiting = waiting
        self.answer: Answer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Text.assemble(("› ", "bold"), self.question), classes="question")
        yield LoadingIndicator()
        if self.waiting:
            yield Static("chargement de l'index…", classes="waiting")

    def started(self) -> None:
        """The service is open and working on this question: drop the 'loading the index' line."""
        self.query(".waiting").remove()

    def show_answer(self, answer: Answer) -> None:
        self.answer = answer
        self.set_class(not answer.answered, "-declined")
        self._replace_indicator(Markdown(answer.answer, classes="answer-text"))
        if answer.citations:
            self.mount(CitationList(
                [(citation_prompt(n, c), c.id) for n, c in enumerate(answer.citations, start=1)],
                classes="citations"))

    def show_error(self, message: str) -> None:
        self.add_class("-error")
        self._replace_indicator(Static(f"Erreur : {message}", classes="answer-text"))

    def _replace_indicator(self, widget: Markdown | Static) -> None:
        self.query("LoadingIndicator, .waiting").remove()
        self.mount(widget)
