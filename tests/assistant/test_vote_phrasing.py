"""Votes said as a reader says them: plurals agreed, "prend acte" never taken for a vote."""
from __future__ import annotations

from assistant.answering.votes import describe
from assistant.facts import deliberation_facts, named_text, vote_summary
from corpus.parse import parse_text

MINUTES = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du conseil municipal du 12 mars 2022
Présents : Mme Odile FERRAND, M. Luc BARRAULT, M. Henri CAMUS, Mme Jeanne DORMOY, M. Paul ESNAULT.

1. Budget primitif
Le conseil adopte le budget primitif.
Pour : 3 Contre : 0 Abstentions : 2 (M. Luc BARRAULT, M. Henri CAMUS)

2. Rapport d'activité du syndicat des eaux
Le conseil municipal prend acte du rapport d'activité.

3. Tarifs communaux
Le conseil fixe les tarifs.
Pour : 4 Abstention : 1
"""


def test_counts_agree_in_number_and_noted_reports_are_no_vote() -> None:
    deliberations = parse_text("v.txt", MINUTES).seance.deliberations
    budget, report, tariffs = (d.votes[0] for d in deliberations)
    assert "2 abstentions" in vote_summary(budget)
    assert "1 abstention" in vote_summary(tariffs) and "abstentions" not in vote_summary(tariffs)
    assert "prend acte (pas de vote)" in vote_summary(report)
    assert named_text(budget).count("abstention") == 1  # one group, its names listed
    assert "Luc BARRAULT" in named_text(budget) and "Henri CAMUS" in named_text(budget)


STEPS = """COMMUNE DE SAINT-ARNOULT-DES-BOIS
Séance du conseil municipal du 9 avril 2021

1/ Présentation du budget
Le maire présente les comptes.

Vote des comptes de gestion 2020 :

15 pour.

Vote du budget primitif 2021 :

14 pour

2/ Travaux
Le conseil approuve les travaux à 15 voix pour.
"""


def test_a_bare_count_line_is_said_and_cited_with_the_label_above_it() -> None:
    document = parse_text("s.txt", STEPS)
    budget, works = document.seance.deliberations
    described = describe(document, budget, budget.votes[-1])
    assert "(Vote du budget primitif 2021)" in described.text
    assert [c.quote for c in described.citations] == ["Vote du budget primitif 2021 :", "14 pour"]
    in_sentence = describe(document, works, works.votes[0])
    assert len(in_sentence.citations) == 1  # the sentence holding the count says what it is on


def test_a_group_is_said_as_a_group_beside_the_members() -> None:
    text = MINUTES.replace("Pour : 4 Abstention : 1", "Pour : 2\nContre : 3 (Les Verts + M. Paul ESNAULT)")
    document = parse_text("v.txt", text)
    tariffs = document.seance.deliberations[2].votes[0]
    assert named_text(tariffs) == "contre : groupe Les Verts, Paul ESNAULT"
    facts = deliberation_facts(document, document.seance.deliberations[2])
    assert [(f.label, f.quote) for f in facts if f.kind == "group_vote"] == [("contre", "Les Verts")]


def test_a_short_vote_line_is_also_quoted_as_printed(assistant) -> None:
    """The summary says the counts in one way; the text's own words ("Pour la décision
    modificative : 13 votes") follow, when the vote line is short; a long vote block is not
    repeated."""
    answer = assistant.ask("Combien de votes pour la DM à Couthenans ?")
    assert "13 pour (« Pour la décision modificative : 13 votes »)" in answer.answer
    pacte = assistant.ask("Combien d'abstentions sur le pacte de solidarité ?")
    assert "8 abstentions" in pacte.answer and "« SCRUTIN" not in pacte.answer


def test_the_subject_of_a_vote_leaves_out_how_the_question_asks() -> None:
    """"… : combien de voix pour et qui était contre ?": "contre" and "voix" are printed by every
    vote line and must not pick one."""
    from assistant.answering.items import subject_stems
    from assistant.answering.scope import Scope
    from assistant.understanding import Understanding

    stems = subject_stems(Understanding.of("Subvention au festival des forêts : combien de voix pour et qui était contre ?"),
                          Scope([]))
    assert {"festiv", "foret", "subven"} <= stems and not stems & {"contre", "voix", "pour"}


def test_whether_a_member_voted_an_item_asks_whether_they_sat() -> None:
    from assistant.answering import TOOK_PART
    from assistant.understanding import fold

    assert TOOK_PART.search(fold("Ronan Tanguy a-t-il voté le budget primitif 2021 ?"))
    assert not TOOK_PART.search(fold("M. Moreau a-t-il voté pour le jumelage ?"))


def test_a_count_question_is_answered_by_a_vote_that_gives_counts() -> None:
    """An item holding an "adopté" said in the debate and the printed "Pour : 60 / Contre : 5":
    "combien de voix pour et contre ?" takes the printed tally, whatever comes first."""
    from assistant.answering.items import vote_asked
    from assistant.answering.scope import Scope
    from assistant.understanding import Understanding
    from corpus.models import Count, Deliberation, Document, Seance, Span, Text, Vote

    text = "Création d'une salle. Le maire : c'est adopté, merci. Pour : 60 Contre : 5 Adopté à la majorité."
    said = Vote(span=Span(33, 39), outcome=Text("adopté", Span(33, 39)))
    printed = Vote(span=Span(53, 73), pour=Count(60, Span(59, 61)), contre=Count(5, Span(72, 73)))
    item = Deliberation("d:1", 1, Span(0, len(text)), title=Text("Création d'une salle", Span(0, 20)),
                        votes=(said, printed))
    document = Document(id="d", name="d.txt", text=text, sha256="", format="txt", seance=Seance(Span(0, len(text))))
    asked = Understanding.of("Création d'une salle : combien de voix pour et contre ?")
    assert vote_asked(document, item, asked, Scope([document])) is printed
