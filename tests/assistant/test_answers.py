"""Answers on a real index: each kind of question, citations that quote the document exactly,
follow-ups, and declining when the archive does not hold the answer.

Expected values were read in the texts by hand (tests/assistant/conftest.py lists the files).
"""
from __future__ import annotations

import unicodedata

import pytest

from assistant.errors import EmptyQuestion, QuestionTooLong
from assistant.models import Answer
from assistant.service import Assistant


def plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def assert_cited(assistant: Assistant, answer: Answer) -> None:
    """Every citation quotes the stored text exactly at its offsets."""
    assert answer.citations, answer
    for citation in answer.citations:
        document_id = citation.id.split("@")[0]
        text = assistant.document_text(document_id).text
        assert text[citation.start:citation.end] == citation.quote


@pytest.mark.parametrize("question, kind, expected", [
    ("Qui était secrétaire de séance à Putanges-le-Lac le 9 septembre 2019 ?", "secretary", ["ROCHER"]),
    ("Qui présidait le conseil de Putanges-le-Lac du 9 septembre 2019 ?", "president", ["PERRAY"]),
    ("Qui a donné pouvoir à Christine Martin au conseil de Dijon Métropole du 17 septembre 2020 ?", "proxy",
     ["COURGEY"]),
    ("À qui Roland Lefoyer a-t-il donné procuration le 9 septembre 2019 ?", "proxy", ["DRUGEON"]),
    ("Mme Tonot était-elle présente au conseil métropolitain de Dijon le 17 septembre 2020 ?", "presence",
     ["présente"]),
    ("Françoise Duarte était-elle présente à la séance de Putanges-le-Lac du 9 septembre 2019 ?", "presence",
     ["excusé"]),
    ("Combien d'abstentions sur le Pacte de solidarité à Dijon le 17 septembre 2020 ?", "vote_count",
     ["8 abstention"]),
    ("Résultat du vote sur la taxe d'aménagement à Couthenans le 24 février 2023 ?", "vote_count",
     ["10 pour", "2 abstention"]),
    ("Qui a été élu 3e adjoint à Couthenans en novembre 2021 ?", "election", ["Anne-Marie", "11"]),
    ("Combien de procurations au conseil de Dijon Métropole du 17 septembre 2020 ?", "attendance_count",
     ["6 procurations"]),
    ("Quel est le tarif du passage du nouveau prestataire de déneigement à Couthenans en novembre 2021 ?",
     "amount", ["67"]),
    ("Quand le conseil de Putanges-le-Lac du 9 septembre 2019 a-t-il été convoqué ?", "date", ["30 août 2019"]),
    ("Quand Couthenans a-t-elle voté la vente des tables de la salle des fêtes ?", "date", ["26 novembre 2021"]),
    ("Qui a voté contre le pacte de solidarité à Dijon le 17 septembre 2020 ?", "vote_named",
     ["Personne", "0 contre"]),
])
def test_answers_each_kind(assistant: Assistant, question: str, kind: str, expected: list[str]) -> None:
    answer = assistant.ask(question)
    assert answer.answered, answer.answer
    assert answer.kind == kind
    for fragment in expected:
        assert plain(fragment) in plain(answer.answer), answer.answer
    assert_cited(assistant, answer)


def test_follow_up_keeps_the_seance(assistant: Assistant) -> None:
    first = assistant.ask("Qui était secrétaire de séance à Putanges-le-Lac le 9 septembre 2019 ?",
                          session_id="s1")
    follow = assistant.ask("et qui présidait ?", session_id="s1")
    assert "ROCHER" in first.answer
    assert follow.answered and "PERRAY" in follow.answer
    assert_cited(assistant, follow)


def test_follow_up_without_session_does_not_guess(assistant: Assistant) -> None:
    answer = assistant.ask("et qui présidait ?")
    assert not answer.answered


def test_declines_what_the_text_does_not_say(assistant: Assistant) -> None:
    answer = assistant.ask("Qui était secrétaire de séance à Couthenans le 26 novembre 2021 ?")
    assert not answer.answered
    assert "ne trouve pas" in answer.answer or "Aucun" in answer.answer


def test_declines_an_unknown_seance(assistant: Assistant) -> None:
    answer = assistant.ask("Qui présidait le conseil de Dijon Métropole le 3 mars 2011 ?")
    assert not answer.answered


def test_bad_questions_are_named_errors(assistant: Assistant) -> None:
    with pytest.raises(EmptyQuestion):
        assistant.ask("   ")
    with pytest.raises(QuestionTooLong):
        assistant.ask("x" * 10_000_000)


def test_citation_resolves_to_its_passage(assistant: Assistant) -> None:
    answer = assistant.ask("Combien d'abstentions sur le Pacte de solidarité à Dijon le 17 septembre 2020 ?")
    view = assistant.citation(answer.citations[0].id)
    assert view.quote == answer.citations[0].quote
    assert view.document == "dijon-metropole_2020-09-17_pacte-de-solidarite.txt"


def test_member_record_across_seances(assistant: Assistant) -> None:
    """No séance named: every séance where the member appears is listed, each cited."""
    answer = assistant.ask("À qui Marielle a-t-elle donné pouvoir ?")
    assert answer.answered and answer.kind == "proxy"
    assert answer.answer.count("Agnès") == 2, answer.answer
    assert "26 novembre 2021" in answer.answer and "24 février 2023" in answer.answer
    assert_cited(assistant, answer)


def test_quotes_stay_in_their_column(assistant: Assistant) -> None:
    """Dijon prints absents in two columns: the quote of a proxy must not lend it its neighbour."""
    answer = assistant.ask("Qui a donné pouvoir à Christine Martin au conseil de Dijon Métropole du 17 septembre 2020 ?")
    assert any("COURGEY pouvoir à Mme Christine MARTIN" in c.quote for c in answer.citations)
    assert not any("TERRIER" in c.quote for c in answer.citations)


def test_a_vote_question_without_date_shows_the_other_seances(assistant: Assistant) -> None:
    """Couthenans and Putanges both voted a décision modificative du budget; undated and unplaced,
    the answer names its pick and the alternative (not an item that merely shares a word)."""
    answer = assistant.ask("Combien de votes pour sur la décision modificative du budget ?")
    assert answer.answered and answer.kind == "vote_count"
    assert "Autres délibérations proches" in answer.answer and "DECISION MODIFICATIVE" in answer.answer.upper()
    assert "heures hebdomadaires" not in answer.answer


def test_follow_up_keeps_the_deliberation(assistant: Assistant) -> None:
    first = assistant.ask("Combien de votes pour sur la taxe d'aménagement à Couthenans le 24 février 2023 ?",
                          session_id="s2")
    follow = assistant.ask("et combien d'abstentions ?", session_id="s2")
    assert "10 pour" in first.answer
    assert follow.answered and follow.deliberations == first.deliberations
    assert "2 abstention" in follow.answer


# -- questions worded as staff write them: lists, two clauses, figures that must be about the thing named

def test_a_list_is_quoted_with_the_sentence_that_announces_it(assistant: Assistant) -> None:
    answer = assistant.ask("Quels sont les tarifs du nouveau prestataire de déneigement à Couthenans en novembre 2021 ?")
    assert answer.answered, answer
    assert "160" in answer.answer and "67" in answer.answer
    assert_cited(assistant, answer)
    answer = assistant.ask("Quelles sont les trois grandes orientations du pacte de solidarité de Dijon Métropole "
                           "du 17 septembre 2020 ?")
    assert "logement" in answer.answer and "distribution alimentaire" in answer.answer


def test_each_clause_of_a_two_part_question_is_answered(assistant: Assistant) -> None:
    answer = assistant.ask("Qui présidait le conseil métropolitain de Dijon du 17 septembre 2020, et quand les "
                           "conseillers avaient-ils été convoqués ?")
    assert answer.answered and answer.kind == "president"
    assert "REBSAMEN" in answer.answer and "11 septembre 2020" in answer.answer
    assert len(answer.citations) >= 2
    assert_cited(assistant, answer)
    answer = assistant.ask("Qui remplace la société Schori pour le déneigement à Couthenans en novembre 2021, "
                           "et à quels tarifs ?")
    assert "HORY" in answer.answer and "160" in answer.answer


@pytest.mark.parametrize("question, said", [
    # the text says only "Le Conseil Adopte": no count to give
    ("Combien d'élus ont voté contre le voeu de soutien aux intermittents à Montpellier le 22 mai 2014 ?",
     "décompte"),
    # listed among the absents who voted by proxy, without the holder's name
    ("À qui Bernard Travier a-t-il donné procuration au conseil de Montpellier du 24 avril 2014 ?", "ne nomme pas"),
])
def test_what_the_text_leaves_out_is_declined_with_what_it_says(assistant: Assistant, question: str,
                                                                said: str) -> None:
    answer = assistant.ask(question)
    assert not answer.answered, answer
    assert said in answer.answer
    assert_cited(assistant, answer)


def test_a_figure_about_another_entity_does_not_answer(assistant: Assistant) -> None:
    answer = assistant.ask("Combien d'adhérents compte l'association Les Joyeux Marcheurs selon le conseil de "
                           "Couthenans du 26 novembre 2021 ?")
    assert not answer.answered, answer


@pytest.mark.parametrize("question", [
    # nobody of that name sits at that séance: listing everyone's proxies would answer another question
    "À qui Jean-Marc Le Roux a-t-il donné procuration au conseil de Dijon Métropole du 17 septembre 2020 ?",
    # a secret ballot counts the blank vote without naming who cast it
    "Couthenans, 26/11/2021 : quel conseiller a voté blanc à l'élection du 3e adjoint ?",
])
def test_a_person_the_text_does_not_name_is_not_guessed(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.answered, answer


@pytest.mark.parametrize("question, expected", [
    # an earlier decision the text recalls, not the day of the séance
    ("D'après le compte rendu de Couthenans de novembre 2021, à quelle date le conseil avait-il voté la "
     "dissolution du CCAS ?", "25/07/2021"),
    # a measure: the figure answers, whatever the noun
    ("Quelle longueur de voie publique Couthenans a-t-elle retenue en février 2023 ?", "8717"),
])
def test_dates_and_measures_come_from_the_sentence_that_gives_them(assistant: Assistant, question: str,
                                                                  expected: str) -> None:
    answer = assistant.ask(question)
    assert answer.answered, answer
    assert expected in answer.answer
    assert_cited(assistant, answer)


def test_a_yes_no_presence_question_gets_its_verdict_first_even_in_lower_case(assistant: Assistant) -> None:
    answer = assistant.ask("francoise duarte etait elle presente au conseil de putanges-le-lac le 9 septembre 2019 ?")
    assert answer.answered and answer.answer.startswith("Non")
    assert "DUARTE" in answer.answer and "excusé" in answer.answer
    assert_cited(assistant, answer)


def test_who_was_there_lists_the_members_present(assistant: Assistant) -> None:
    answer = assistant.ask("Qui était présent au conseil municipal de Couthenans du 24 février 2023 ?")
    assert answer.answered and answer.kind == "presence"
    assert "Nelly" in answer.answer and "Adeline" in answer.answer and "Maryline" not in answer.answer
    assert_cited(assistant, answer)


def test_items_listed_by_how_they_were_voted(assistant: Assistant) -> None:
    answer = assistant.ask("Quelles délibérations ont fait l'objet de votes contre à Couthenans le 24 février 2023 ?")
    assert answer.answered and "forêt communale" in answer.answer and "questions diverses" in answer.answer
    assert len(answer.citations) >= 3
    assert_cited(assistant, answer)


def test_agenda_and_latest_seance_come_from_the_records(assistant: Assistant) -> None:
    agenda = assistant.ask("Quel est l'ordre du jour du conseil de Couthenans du 24 février 2023 ?")
    assert agenda.answered and "forêt communale" in agenda.answer and len(agenda.citations) >= 10
    assert_cited(assistant, agenda)
    voted = assistant.ask("Quelles délibérations ont été votées au conseil de Couthenans du 24 février 2023 ?")
    assert voted.answered and voted.answer == agenda.answer
    listed = assistant.ask("liste des deliberations couthenans 24/02/2023 ?")
    assert listed.answered and listed.answer == agenda.answer
    latest = assistant.ask("Quand a eu lieu le dernier conseil de Couthenans ?")
    assert latest.answered and "24 février 2023" in latest.answer
    assert_cited(assistant, latest)


def test_a_question_of_two_parts_lists_each_part_with_its_basis(assistant) -> None:
    answer = assistant.ask("Qui présidait le conseil métropolitain de Dijon le 17 septembre 2020, et qui était secrétaire ?")
    assert answer.answered and answer.basis == "record"
    assert [part.answered for part in answer.parts] == [True, True]
    assert "REBSAMEN" in answer.parts[0].answer and "WALIDI" in answer.parts[1].answer
    assert all(part.citations for part in answer.parts)


def test_an_answer_read_from_the_text_says_so(assistant) -> None:
    answer = assistant.ask("Quelles sont les actions du Pacte de Solidarité de Dijon Métropole ?")
    assert answer.answered and answer.basis == "passage"
    assert "logement" in answer.answer and "distribution alimentaire" in answer.answer


def test_a_seance_is_designated_by_the_item_the_question_names(assistant: Assistant) -> None:
    """No date nor place, but the pacte de solidarité is an item of one séance: its president and
    secretary are those of that séance; "quand" inside the question is not asking for a date."""
    chair = assistant.ask("Qui a présidé la séance où le pacte de solidarité a été présenté ?")
    assert chair.answered and "REBSAMEN" in chair.answer and "17 septembre 2020" in chair.answer
    secretary = assistant.ask("Qui était secrétaire de séance lors de l'élaboration du pacte de solidarité ?")
    assert secretary.answered and "WALIDI-ALAOUI" in secretary.answer
    count = assistant.ask("Combien de membres étaient présents quand le pacte de solidarité a été examiné ?")
    assert count.kind == "attendance_count" and "77" in count.answer
    assert not assistant.ask("Qui présidait ?").answered  # nothing designates a séance


def test_what_a_plan_provides_for_a_subject_is_the_section_its_title_names(assistant: Assistant) -> None:
    """"Que prévoit le pacte pour le logement ?" asks no list, but the pacte's second section is
    titled on housing: its items answer, each cited, and nothing of the other sections."""
    answer = assistant.ask("Que prévoit le pacte de solidarité pour le logement ?")
    assert answer.answered and "Fortifier l'accompagnement autour du logement" in answer.answer
    assert "EMAS" in answer.answer and "distribution alimentaire" not in answer.answer
    assert len(answer.citations) >= 4


def test_no_alternative_is_offered_that_shares_nothing_with_the_subject(assistant: Assistant) -> None:
    """The pacte de solidarité is voted at one séance only: no other deliberation is offered."""
    answer = assistant.ask("Combien d'abstentions sur le pacte de solidarité ?")
    assert answer.answered and "8 abstentions" in answer.answer
    assert "Autres délibérations proches" not in answer.answer


def test_who_voted_against_is_asked_of_the_deliberation_the_tally_is_about(assistant: Assistant) -> None:
    """A tally does not say who voted against: the second clause is asked of the same
    deliberation (Couthenans' budget decision, whose text names no one), not of another item."""
    answer = assistant.ask("Combien de votes pour à Couthenans sur la décision modificative du budget, "
                           "et qui a voté contre ?")
    assert "13 pour" in answer.answer and len(answer.parts) == 2
    assert answer.parts[0].answered and not answer.parts[1].answered
    assert "Déneigement" not in answer.answer


def test_a_role_the_named_item_does_not_record_is_not_taken_from_another_item(assistant: Assistant) -> None:
    """The pacte names no rapporteur: the answer says so, citing its title, rather than giving
    the rapporteur of whatever item has one."""
    answer = assistant.ask("Qui était le rapporteur du pacte de solidarité ?")
    assert not answer.answered and "Pacte de Solidarité" in answer.answer
    assert answer.citations and answer.citations[0].document.startswith("dijon-metropole")


def test_an_acronym_the_archive_does_not_print_is_read_from_its_titles(assistant: Assistant) -> None:
    """No text of the fixture prints "DM": its titles spell it ("Budget – Décision modificative")."""
    answer = assistant.ask("Combien de votes pour la DM à Couthenans ?")
    assert answer.answered and answer.answer.startswith("Vote sur « Budget – Décision modificative »")
    assert answer.question == "Combien de votes pour la DM à Couthenans ?"  # asked as typed
