"""Votes and ballots read on short layouts typical of French minutes.

Each excerpt is inline, so the suite needs no corpus beside it. Some layouts come from the texts the
readers were developed on (Montpellier 2011 vote blocks, Couthenans count lines, Putanges
non-participation); the others (counts in words, "UNANIMITE des votants (31 voix)", "Vote : 13 voix",
names in parentheses, an announced non-participation, a bulletin line of a secret ballot, a
result reported from another body) were written from the forms of the issue, not from a file.
"""
from __future__ import annotations

from corpus.models import ABSTENTION, ADJOURNED, ADOPTED, CONTRE, NOTED, NPPV, POUR, REJECTED, Span
from corpus.parse import parse_text
from corpus.parse.elections import parse_elections
from corpus.parse.vote_subjects import with_subjects
from corpus.parse.votes import parse_decision, parse_votes


def votes_of(text: str):
    return parse_votes(text, Span(0, len(text)))


def value(count):
    return None if count is None else count.value


def named(vote, position):
    return sorted(n.person.name for n in vote.named if n.position == position)


def test_block_of_labels_with_groups_in_parentheses():
    text = ("Philippe SAUREL   14.   ZAC Port Marianne - Commande d'œuvres\n"
            "                        Pour : 48\n"
            "                        Contre : 8 (UMP + M. Viguié)\n"
            "                        Abstention : 4 (Verts)\n"
            "                        Adopté à la majorité\n")
    (vote,) = votes_of(text)
    assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == (48, 8, 4)
    assert vote.outcome.value == ADOPTED
    assert text[vote.pour.span.start:vote.pour.span.end] == "48"


def test_count_lines_in_any_order():
    for line, expected in (("5 pour, 6 contre, 0 abstention", (5, 6, 0)),
                           ("13 votes pour et 1 abstention", (13, None, 1)),
                           ("Vote : 14 pour / 0 contre / 0 abstention  adopté", (14, 0, 0)),
                           ("2 contre 3 absentions 6 votes pour", (6, 2, 3))):
        (vote,) = votes_of("Travaux forestiers.\n" + line + "\n")
        assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == expected, line


def test_unanimity_of_voters_with_its_figure_and_abstentions():
    (vote,) = votes_of("Après en avoir délibéré, le Conseil adopte à l'UNANIMITE des votants (31 voix), 8 abstentions.\n")
    assert vote.unanimity.value == "à l'UNANIMITE des votants"
    assert (value(vote.pour), value(vote.abstention)) == (31, 8)
    assert vote.outcome.value == ADOPTED


def test_counts_in_words():
    text = "Le conseil municipal, après en avoir délibéré, adopte la délibération par vingt voix pour et trois contre.\n"
    (vote,) = votes_of(text)
    assert (value(vote.pour), value(vote.contre)) == (20, 3)
    assert text[vote.pour.span.start:vote.pour.span.end] == "vingt"


def test_vote_label_with_a_number_of_voices():
    (vote,) = votes_of("Vote : 13 voix\n")
    assert value(vote.pour) == 13


def test_names_in_parentheses_after_each_count():
    text = "Adopté par 20 voix pour, 2 contre (M. Martin, Mme Durand) et 1 abstention (M. Petit).\n"
    (vote,) = votes_of(text)
    assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == (20, 2, 1)
    assert named(vote, CONTRE) == ["Durand", "Martin"]
    assert named(vote, ABSTENTION) == ["Petit"]
    assert vote.outcome.value == ADOPTED
    person = next(n.person for n in vote.named if n.position == ABSTENTION)
    assert text[person.span.start:person.span.end] == "Petit"


def test_rejected_with_named_voters_against():
    (vote,) = votes_of("Vote : Pour : 12 - Contre : 2 (Mme ROUX, M. BLANC) - Abstention : 0\nLa proposition est rejetée.\n")
    assert vote.outcome.value == REJECTED
    assert named(vote, CONTRE) == ["BLANC", "ROUX"]


def test_non_participation_announced_by_the_maire():
    text = ("Monsieur le Maire indique que M. Jean DUPONT, président de l'association, ne prend pas part au vote.\n\n"
            "Adopté à l'unanimité des votants.\n")
    (vote,) = votes_of(text)
    assert named(vote, NPPV) == ["Jean DUPONT"]
    assert vote.unanimity is not None


def test_non_participation_of_a_list_before_and_after_the_phrase():
    before = ("Madame Andrée Noël, messieurs David, Grandsire et Grandin ne prennent pas part au vote.\n"
              "Après en avoir délibéré, le Conseil Municipal, à l'unanimité des Membres présents :\n")
    (vote,) = votes_of(before)
    assert named(vote, NPPV) == ["Andrée Noël", "David", "Grandin", "Grandsire"]
    after = ("Pour : 38\nAdopté à l'unanimité.\n\n"
             "Les administrateurs de la SERM présents ne prennent pas part au vote : M. Lévita, S. Fleurence, J-L Gély\n")
    (vote,) = votes_of(after)
    assert named(vote, NPPV) == ["J-L Gély", "Lévita", "S. Fleurence"]


def test_a_rule_about_presidents_names_nobody():
    text = ("Vote :\n   − Pour : 16\n   − Abstentions : 3, Monsieur GOSSOT, Madame DANAN, Madame HUDO\n\n"
            "Madame le maire rappelle que les présidents d'associations ne prennent pas part au vote des subventions.\n")
    (vote,) = votes_of(text)
    assert named(vote, NPPV) == []


def test_statement_glued_above_a_heading_belongs_to_that_item():
    text = ("40   Immeuble du Jeu de Paume\n      Pour : 49\n      Adopté à l'unanimité.\n\n\n"
            "      Les administrateurs de la SERM ne prennent pas part au vote : M. Lévita, M. Passet\n"
            "41   Acquisition à la SERM\n      Pour : 38\n      Adopté à l'unanimité.\n")
    second = text.index("41   ")
    (first_vote,) = parse_votes(text, Span(0, second - 1))
    (second_vote,) = parse_votes(text, Span(second, len(text)))
    assert named(first_vote, NPPV) == []
    assert named(second_vote, NPPV) == ["Lévita", "Passet"]


def test_noted_and_adjourned_are_outcomes_without_figures():
    (noted,) = votes_of("Le Conseil municipal prend acte de la présentation du rapport d'activité.\n")
    assert noted.outcome.value == NOTED and noted.pour is None and noted.unanimity is None
    (adjourned,) = votes_of("Faute d'éléments, le point est ajourné.\n")
    assert adjourned.outcome.value == ADJOURNED


def test_unanimity_reported_from_another_body_is_not_a_vote():
    text = ("Après en avoir délibéré, le Conseil municipal :\n"
            "- Emet un avis favorable sur ces statuts, tels qu'approuvés par le Comité Syndical du 23 septembre 2025 "
            "à l'unanimité ;\n")
    assert votes_of(text) == ()


def test_decision_and_its_restatement_are_one_vote():
    text = ("Après en avoir délibéré, le Conseil municipal, à l'unanimité\nDÉCIDE :\n"
            "Article 1 : D'approuver le programme.\nAdopté à l'unanimité des membres présents.\n")
    (vote,) = votes_of(text)
    assert vote.outcome.value == ADOPTED
    assert vote.unanimity.value.startswith("à l'unanimité")


def test_secret_ballot_figures_and_candidates_on_one_line():
    text = ("Election du premier adjoint\n"
            "Nombre de bulletins : 29, blancs : 2, nuls : 1, exprimés : 26, majorité absolue : 14; "
            "M. André ALBERT : 20 voix, Mme Béatrice BRUN : 6 voix\n")
    (ballot,) = parse_elections(text, Span(0, len(text)))
    assert (value(ballot.votants), value(ballot.blancs), value(ballot.nuls), value(ballot.exprimes),
            value(ballot.majorite)) == (29, 2, 1, 26, 14)
    assert [(c.person.name, value(c.votes)) for c in ballot.candidates] == [("André ALBERT", 20), ("Béatrice BRUN", 6)]


def test_bulletins_and_nuls_read_with_the_exprimes():
    text = ("Résultat, pour le vote du 21ème adjoint. Nombre de bulletins, 65, suffrages exprimés 54, nuls 11.\n\n"
            "   A été élue :\n   - Brigitte Roussel-Galiana.\n")
    (ballot,) = parse_elections(text, Span(0, len(text)))
    assert (value(ballot.votants), value(ballot.exprimes), value(ballot.nuls)) == (65, 54, 11)
    assert [p.name for p in ballot.elected] == ["Brigitte Roussel-Galiana"]


def test_a_count_whose_words_a_line_break_splits() -> None:
    """pdftotext wraps "une voix contre" at the page's width."""
    (vote,) = votes_of("Après avoir délibéré, les Membres du Conseil ont, à 34 voix pour et une voix\ncontre :\n"
                       "- Approuvé la signature de la convention")
    assert (vote.pour.value, vote.contre.value) == (34, 1)


def test_a_count_line_printed_label_first_on_one_line() -> None:
    (vote,) = votes_of("Pour : 3 Contre : 0 Abstentions : 2")
    assert (vote.pour.value, vote.contre.value, vote.abstention.value) == (3, 0, 2)


def test_a_statement_ending_the_item_after_blank_lines_stays_with_its_item() -> None:
    """Its full stop is not the next heading: only a statement glued to the next heading moves."""
    text = ("Serge        76.   SERM - ZAC Port Marianne - Garantie d'emprunt\n"
            "                   Pour : 47\n                   Adopté à l’unanimité\n\n"
            "                   Mme le Maire, Messieurs Bouillé, Gély, Dufour, Passet,\n"
            "                   Lévita, Touchon administrateurs de la SERM ne prennent pas part au vote.")
    (vote,) = votes_of(text)
    assert value(vote.pour) == 47
    assert named(vote, NPPV) == sorted(["Mme le Maire", "Bouillé", "Gély", "Dufour", "Passet", "Lévita", "Touchon"])


def test_a_count_in_words_wrapped_before_its_voix() -> None:
    (vote,) = votes_of("après en avoir délibéré, par onze\nvoix pour et une abstention (M. Hervé COLLIN), approuve le compte.")
    assert (vote.pour.value, vote.abstention.value) == (11, 1)


def test_candidates_after_dot_leaders_and_vote_lines_are_not_candidates() -> None:
    """"Ont obtenu :   M. H. COLLIN ........ 9 voix (neuf)": a leader of dots is a column gap; a
    "Vote : 13 voix pour" line of the next item names no candidate."""
    text = ("SYNDICAT DES EAUX DU LIZON\nRéunion du comité syndical du 12/04/2021\n\n"
            "1°) ÉLECTION DU SECOND VICE-PRÉSIDENT\n\n"
            "   Nombre de votants                          15\n   Bulletins blancs                            1\n"
            "   Suffrages exprimés                         14\n\n"
            "   Ont obtenu :    M. H. COLLIN ............................ 9 voix (neuf)\n"
            "                   M. P. ÉON ............................... 5 voix (cinq)\n\n"
            "2°) BUDGET PRIMITIF 2021\n\nVote : 13 voix pour, 1 abstention.\n")
    first, second = parse_text("s.txt", text).seance.deliberations
    (ballot,) = first.elections
    assert [(c.person.name, value(c.votes)) for c in ballot.candidates] == [("H. COLLIN", 9), ("P. ÉON", 5)]
    assert not any(e.candidates for e in second.elections)


def test_a_note_in_parentheses_inside_the_list_of_voters() -> None:
    """"(… M. Patrice VIDAL (pouvoir), M. Julien PASQUIER)": the note closes no list."""
    (vote,) = votes_of("Adopté : 26 pour, 3 contre (M. Arnaud GIRAUD, M. Patrice VIDAL (pouvoir),\nM. Julien PASQUIER).")
    assert named(vote, CONTRE) == ["Arnaud GIRAUD", "Julien PASQUIER", "Patrice VIDAL"]


def test_not_taking_part_in_the_debate_nor_the_vote() -> None:
    (vote,) = votes_of("M. Yannick PRIGENT, président du Comité des fêtes, ne prend part ni au débat ni au vote.\n"
                       "Le Conseil, à l'unanimité des votants (12 voix), attribue les subventions.")
    assert named(vote, NPPV) == ["Yannick PRIGENT"] and vote.pour.value == 12


def test_a_vote_between_options_counts_each_option_as_its_subject() -> None:
    text = ("Vote :\n\n− Pour le maintien de la semaine de 4 jours et demi : 0\n"
            "− Pour le retour à la semaine de 4 jours : 14\n− Abstentions : 5, Monsieur BARATTE, Monsieur LEBLANC")
    votes = with_subjects(text, Span(0, len(text)), list(votes_of(text)))
    assert [(v.subject.value, value(v.pour)) for v in votes] == [
        ("le maintien de la semaine de 4 jours et demi", 0), ("le retour à la semaine de 4 jours", 14)]
    assert value(votes[1].abstention) == 5


def test_the_decision_after_a_lead_in_and_blank_lines() -> None:
    """"Après avoir délibéré, … ont, à l'unanimité :" then two blank lines, then what they decided."""
    text = ("Considérant l'intérêt de mutualiser l'achat des corbeilles,\n\n"
            "Après avoir délibéré, les Membres du Conseil Communautaire ont, à l'unanimité :\n\n\n"
            "- Autorisé Monsieur le Président à procéder à l'achat groupé de corbeilles,\n"
            "- Approuvé le plan de financement des corbeilles.\n\n\n5. SERVICES A LA POPULATION\n")
    decision = parse_decision(text, Span(0, len(text)))
    assert decision is not None and "Approuvé le plan de financement" in decision.value
    assert "SERVICES" not in decision.value


def test_terse_result_line_with_abbreviated_abstention_and_names():
    text = "Délibération adoptée : 19 pour / 2 abst. (Mme Léa ROUX, M. Yann PERON)\n"
    (vote,) = votes_of(text)
    assert (value(vote.pour), value(vote.abstention)) == (19, 2)
    assert vote.outcome.value == ADOPTED
    assert named(vote, ABSTENTION) == ["Léa ROUX", "Yann PERON"]


def test_outcome_then_a_dash_then_the_unanimity_and_its_count():
    (vote,) = votes_of("Adoptée – unanimité (17)\n")
    assert vote.outcome.value == ADOPTED
    assert vote.unanimity is not None and value(vote.pour) == 17


def test_non_participation_label_with_its_count():
    (vote,) = votes_of("Pour : 40 – Contre : 3 – Ne prend pas part au vote : 5 (liste Ensemble)\n")
    assert (value(vote.pour), value(vote.contre), value(vote.nppv)) == (40, 3, 5)


def test_a_name_ends_at_its_surname_before_the_next_sentence():
    (vote,) = votes_of("Pour : 14 – Contre : 1, M. Olivier BRIAND\nDélibération adoptée à la majorité.\n")
    assert named(vote, CONTRE) == ["Olivier BRIAND"]


def test_a_group_followed_by_its_members_names_them():
    """ "(liste « Ensemble pour Vernay » : M. Paul ROUX, Mme Léa GIRAUD …)": the group and its members."""
    text = ("Vote : 19 pour, 3 contre (liste « Ensemble pour Vernay » : M. Paul ROUX, Mme Léa GIRAUD,\n"
            "M. Yves COSTE)\nAdopté à la majorité.\n")
    (vote,) = votes_of(text)
    assert named(vote, CONTRE) == ["Léa GIRAUD", "Paul ROUX", "Yves COSTE"]
    assert [g.group.value for g in vote.groups] == ["Ensemble pour Vernay"]


def test_labels_then_counts_in_a_line_of_counts():
    """ "Vote : Pour 26 – Contre 1 (M. X) – Abstention 2 (…)", "POUR 14 | CONTRE 0 | …", never prose."""
    (vote,) = votes_of("Vote : Pour 26 – Contre 1 (M. Jean RIVES) – Abstention 2 (Mme Lise BRUN, M. Yves PONS)\n")
    assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == (26, 1, 2)
    assert named(vote, CONTRE) == ["Jean RIVES"]
    (vote,) = votes_of("  Vote :   POUR 14  |  CONTRE 0  |  ABSTENTIONS 2 (M. Luc VERNE, Mme Anne CAMBO)\n")
    assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == (14, 0, 2)
    prose = votes_of("Une aide pour 26 logements est votée à l'unanimité.\n")
    assert all(vote.pour is None for vote in prose)


def test_counts_printed_under_their_labels_go_to_the_nearest_label() -> None:
    """A grid of labels over figures, in another order than usual and left-aligned, after prose that
    announces a vote: the figures are the vote; a labels line with no figures under it is none."""
    text = ("Mme ROCHE annonce qu'elle votera contre.\n\n"
            "   CONTRE      POUR      NE PREND PAS PART AU VOTE      ABSTENTIONS      VOTANTS\n"
            "   3           12        1                              2                17\n\n"
            "La délibération est adoptée.\n\n"
            "   Pour        Contre\n   Le conseil en débattra.\n")
    vote = votes_of(text)[-1]
    assert (value(vote.pour), value(vote.contre), value(vote.abstention), value(vote.nppv), value(vote.voters)) == \
        (12, 3, 2, 1, 17)
    assert vote.outcome is not None and vote.outcome.value == ADOPTED


def test_a_list_of_groups_each_with_its_position_and_the_members_it_names() -> None:
    """"Scrutin :" then one line per group, "groupe X : position (n voix : names)"."""
    text = ("Scrutin :\n"
            "  * groupe « Union des territoires » : contre (2 voix : Mme Iris MOREL, M. Paul RICHARD) ;\n"
            "  * groupe « Avenir commun » : pour (19 voix) ;\n"
            "  * groupe « Écologie solidaire » : abstentions (4 voix).\n"
            "Adopté par 19 voix pour, 2 voix contre et 4 abstentions.\n")
    vote = votes_of(text)[-1]
    assert sorted((g.position, g.group.value) for g in vote.groups) == [
        (ABSTENTION, "Écologie solidaire"), (CONTRE, "Union des territoires"), (POUR, "Avenir commun")]
    assert named(vote, CONTRE) == ["Iris MOREL", "Paul RICHARD"]
    assert (value(vote.pour), value(vote.contre), value(vote.abstention)) == (19, 2, 4)


def test_the_majority_an_act_is_adopted_by_stays_with_its_outcome() -> None:
    text = "POUR : 12   CONTRE : 3\nLe rapport est adopté à la majorité relative des membres présents.\n"
    vote = votes_of(text)[-1]
    assert vote.outcome.value == ADOPTED
    assert text[vote.outcome.span.start:vote.outcome.span.end] == "adopté à la majorité relative des membres présents"


def test_a_unanimity_of_the_voters_counts_its_voters() -> None:
    """"17 voix pour, soit l'unanimité des votants": 17 voters; an unanimity of those present, or
    a vote with other positions, says nothing of the voters."""
    voted = votes_of("M. X ne prend pas part au vote. Adopté par 17 voix pour, soit l'unanimité des votants.\n")[-1]
    assert value(voted.voters) == 17
    present = votes_of("Adopté par 17 voix pour, à l'unanimité des membres présents.\n")[-1]
    assert present.voters is None


def test_notes_in_brackets_after_listed_voters_do_not_end_the_list() -> None:
    """"Ont voté contre : Mme A (Bourg-Neuf, 3 voix), M. B (Les Prés-de-la-Saône,⏎2 voix) et M. C": where each
    member sits for and their weight are notes, wrapped or not, not the end of the list."""
    voted = votes_of("Adopté par 20 voix pour et 6 voix contre.\nOnt voté contre : Mme Lina ARMAND (Bourg-Neuf, 3 voix), "
                     "M. Paul BRESSON (Les Prés-de-la-Saône,\n2 voix) et M. Hugo CHARLET (1 voix).\n")[-1]
    assert [(n.position, n.person.name) for n in voted.named] == [
        (CONTRE, "Lina ARMAND"), (CONTRE, "Paul BRESSON"), (CONTRE, "Hugo CHARLET")]


RECAP = """COMMUNAUTÉ DE COMMUNES DU HAUT-VERDON
Conseil communautaire du 5 mars 2024

Présents : M. Jean ABEL, Mme Rose BLANC, M. Luc CAUVIN, Mme Inès DORIO, M. Marc ESTÈVE.

CC-2024-11 – Budget annexe des déchets
Le rapporteur présente le budget annexe. Les votes figurent au tableau final.

CC-2024-12 – Tarifs de la piscine
Le rapporteur présente les tarifs 2024.

CC-2024-13 – Motion sur l'hôpital
Adopté à l'unanimité : 5 voix pour.

                        RÉCAPITULATIF DES VOTES
 N°           Objet                       Abst.   Contre   Pour    Résultat    Observations
 CC-2024-11   Budget annexe                 1       1        3      Adopté      Contre : M. CAUVIN ;
                                                                                Abst. : Mme DORIO
 CC-2024-12   Tarifs piscine                0       0        5      Adopté
 CC-2024-13   Motion hôpital                0       0        4      Adopté
"""


def test_a_recap_table_gives_each_numbered_item_its_vote_when_its_text_counts_none() -> None:
    """Columns in any order, names in the observations wrapped under the row; an item whose own
    text counts its vote keeps it (the motion: 5 pour, not the table's 4)."""
    items = {d.number.value: d for d in parse_text("recap.txt", RECAP).seance.deliberations}
    budget = items["CC-2024-11"].votes[0]
    assert (value(budget.pour), value(budget.contre), value(budget.abstention)) == (3, 1, 1)
    assert [(n.position, n.person.name) for n in budget.named] == [(CONTRE, "CAUVIN"), (ABSTENTION, "DORIO")]
    assert value(items["CC-2024-12"].votes[0].pour) == 5 and items["CC-2024-12"].votes[0].outcome.value == ADOPTED
    assert value(items["CC-2024-13"].votes[0].pour) == 5


def test_abstainers_listed_after_the_verb_rather_than_the_noun():
    """ "S'abstiennent : …" heads a list of abstainers as "Abstentions :" does; their count is
    the names listed when none is printed."""
    text = ("Résultat du vote : 20 voix pour.\n"
            "S'abstiennent : Mme Rose MARIN, M. Hugo BLANC.\n")
    (vote,) = votes_of(text)
    assert named(vote, ABSTENTION) == ["Hugo BLANC", "Rose MARIN"]
    assert (value(vote.pour), value(vote.abstention)) == (20, 2)


def test_voters_named_after_a_count_of_votes():
    """ "Contre : 3 votes (…)": the word after the count does not hide the names."""
    text = "Pour : 16 votes\nContre : 3 votes (Mme Rose MARIN, M. Hugo BLANC, M. Paul DROUET)\n"
    (vote,) = votes_of(text)
    assert named(vote, CONTRE) == ["Hugo BLANC", "Paul DROUET", "Rose MARIN"]
    assert (value(vote.pour), value(vote.contre)) == (16, 3)
