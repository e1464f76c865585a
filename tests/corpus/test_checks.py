"""check_deliberation reports inconsistencies in French, on the vote's span, without fixing them."""
from __future__ import annotations

from corpus.models import (ABSTENTION, CONTRE, Attendance, Count, Deliberation, NamedVote, Person, Span, Text,
                           Vote)
from corpus.parse.checks import check_deliberation


def count(value: int) -> Count:
    return Count(value, Span(0, 1))


def deliberation(*votes: Vote, voters: int | None = None) -> Deliberation:
    attendance = Attendance(Span(0, 1), voters=count(voters)) if voters is not None else None
    return Deliberation(id="d:1", ordinal=1, span=Span(0, 100), votes=votes, attendance=attendance)


def test_total_against_the_votants_of_the_item() -> None:
    vote = Vote(Span(10, 20), pour=count(19), contre=count(17), abstention=count(2))
    (issue,) = check_deliberation(deliberation(vote, voters=39))
    assert issue.code == "vote_total_mismatch" and issue.span == Span(10, 20)
    assert issue.message == "le total des voix (38) ne correspond pas aux 39 votants"
    assert check_deliberation(deliberation(vote, voters=38)) == ()


def test_votants_printed_with_the_vote_win() -> None:
    vote = Vote(Span(10, 20), pour=count(30), voters=count(30))
    assert check_deliberation(deliberation(vote, voters=33)) == ()


def test_one_person_in_two_positions() -> None:
    martin = Person("MARTIN", Span(0, 6))
    vote = Vote(Span(0, 50), named=(NamedVote(CONTRE, martin), NamedVote(ABSTENTION, Person("Mme Martin", Span(9, 15)))))
    (issue,) = check_deliberation(deliberation(vote))
    assert issue.code == "named_in_two_positions" and "MARTIN" in issue.message


def test_a_unanimous_decision_with_a_dissenting_vote_beside_it() -> None:
    unanimous = Vote(Span(10, 23), unanimity=Text("à l’unanimité", Span(10, 23)))
    dissent = Vote(Span(60, 70), abstention=count(2))
    decided = Deliberation(id="d:1", ordinal=1, span=Span(0, 100), votes=(unanimous, dissent),
                           decision=Text("après en avoir délibéré, à l’unanimité", Span(0, 50)))
    (issue,) = check_deliberation(decided)
    assert issue.code == "unanimity_with_dissent" and issue.span == Span(60, 70)
    assert "2 abstention" in issue.message
    # a unanimous procedural vote ("voter à main levée") before a decision taken with an abstention
    procedural = Deliberation(id="d:2", ordinal=2, span=Span(0, 100),
                              votes=(Vote(Span(5, 8), unanimity=Text("à l’unanimité", Span(5, 8))),
                                     Vote(Span(60, 70), abstention=count(1))),
                              decision=Text("après en avoir délibéré, à 18 voix pour et 1 abstention", Span(55, 99)))
    assert check_deliberation(procedural) == ()
