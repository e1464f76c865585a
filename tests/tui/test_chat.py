"""The conversation on the real sample index: answer, sources, follow-ups, copy, whole document."""
from __future__ import annotations

import pytest
from textual.widgets import Markdown, TextArea

from tests.tui.conftest import QUESTION, Recorder, settle
from tui.app import make_app
from tui.screens.document import DocumentScreen
from tui.widgets.answer_view import AnswerView
from tui.widgets.citation_list import CitationList
from tui.widgets.citation_panel import CitationPanel
from tui.widgets.question_input import QuestionInput

pytestmark = pytest.mark.anyio


async def ask(app, pilot, question: str) -> AnswerView:
    app.screen.query_one(QuestionInput).value = question
    await pilot.press("enter")
    await settle(app, pilot)
    return app.screen.query(AnswerView).last()


async def test_answer_is_rendered_as_returned_with_its_sources(recorder: Recorder, sample_assistant) -> None:
    expected = sample_assistant.ask(QUESTION)
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        turn = await ask(app, pilot, QUESTION)
        assert turn.answer is not None
        assert turn.query_one(Markdown).source == expected.answer == turn.answer.answer
        sources = turn.query_one(CitationList)
        assert sources.option_count == len(expected.citations) > 0
        assert str(sources.get_option_at_index(0).prompt).startswith("[1] ")

        await pilot.press("ctrl+o", "1")
        await settle(app, pilot)
        panel = app.screen.query_one(CitationPanel)
        assert panel.display and panel.has_focus
        assert panel.view is not None and panel.view.quote == expected.citations[0].quote
        assert expected.citations[0].quote in str(panel.query_one("#citation-context").render())

        await pilot.press("c")
        assert expected.citations[0].quote in app.clipboard
        await pilot.press("escape")
        assert not panel.display and sources.has_focus


async def test_follow_up_shares_the_session_and_ctrl_n_starts_another(recorder: Recorder) -> None:
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        await ask(app, pilot, QUESTION)
        follow_up = await ask(app, pilot, "et combien d'abstentions ?")
        assert follow_up.answer is not None and follow_up.answer.answer
        (_, first), (_, second) = recorder.asked()
        assert first and first == second
        assert len(app.screen.query(AnswerView)) == 2

        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not app.screen.query(AnswerView)
        await ask(app, pilot, QUESTION)
        assert recorder.asked()[-1][1] not in (None, first)


async def test_question_history_and_copying_the_answer(recorder: Recorder) -> None:
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        turn = await ask(app, pilot, QUESTION)
        box = app.screen.query_one(QuestionInput)
        await pilot.press("up")
        assert box.value == QUESTION
        await pilot.press("down")
        assert box.value == ""
        await pilot.press("ctrl+y")
        assert app.clipboard.startswith(turn.answer.answer)


async def test_whole_document_opens_on_the_cited_span(recorder: Recorder) -> None:
    app = make_app(assistant=recorder)
    async with app.run_test(size=(80, 24)) as pilot:
        turn = await ask(app, pilot, QUESTION)
        await pilot.press("ctrl+o", "enter")
        await settle(app, pilot)
        await pilot.press("d")
        await settle(app, pilot)
        assert isinstance(app.screen, DocumentScreen)
        assert app.screen.query_one(TextArea).selected_text == turn.answer.citations[0].quote
        await pilot.press("escape")
        assert app.screen.query_one(CitationPanel).display


async def test_a_question_typed_while_opening_waits_its_turn(sample_assistant) -> None:
    """The app is usable at once: questions sent before the service is open are answered after."""
    import threading

    gate = threading.Event()

    def slow_open():
        gate.wait(5)
        return sample_assistant

    from tui.app import DelibApp
    from tui.backend import Backend

    app = DelibApp(Backend(slow_open, "index de test", owned=False))
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.screen.query_one(QuestionInput)
        assert box.has_focus
        box.value = QUESTION
        await pilot.press("enter")
        await pilot.pause()
        turn = app.screen.query_one(AnswerView)
        assert turn.query(".waiting") and turn.answer is None
        gate.set()
        await settle(app, pilot)
        assert turn.answer is not None
