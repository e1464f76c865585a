"""Ballot results of the real corpus, as printed."""
from __future__ import annotations

from corpus.models import Election
from corpus.parse.elections import parse_elections
from tests.corpus._real import item, item_titled, text_of


def elections_of(name: str, number: str | None = None, title: str | None = None) -> tuple[Election, ...]:
    found = item(name, number) if number else item_titled(name, title)
    return parse_elections(text_of(name), found.span)


def figures(election: Election) -> tuple:
    return tuple(c.value if c else None for c in (election.votants, election.blancs, election.nuls,
                                                   election.exprimes, election.majorite))


def test_mayor_with_candidate_table_in_figures_and_words() -> None:
    name = "putanges-le-lac_2016-01-05_installation-election-maire.txt"
    mayor = elections_of(name, title="ELECTION DU MAIRE")[0]
    assert figures(mayor) == (47, None, 7, 40, 21)
    votes = {c.person.name: c.votes.value for c in mayor.candidates}
    assert votes == {"GRANDSIRE Gérard": 4, "LEROUX Sébastien": 34, "PICHONNIER Sylvie": 1, "RUBAN Yvette": 1}
    assert [p.name for p in mayor.elected] == ["LEROUX Sébastien"]
    assert mayor.office.value == "maire"


def test_one_ballot_per_table_row_with_wrapped_name() -> None:
    name = "putanges-le-lac_2016-01-05_installation-election-maire.txt"
    rows = elections_of(name, title="ADJOINTS DELEGUES")
    grandin = next(e for e in rows if e.elected[0].name == "GRANDIN Philippe")
    assert figures(grandin) == (45, None, 5, 40, None)
    assert grandin.candidates[0].votes.value == 40


def test_mayor_with_labelled_figures() -> None:
    (mayor,) = elections_of("lannion_2020-05-25_installation-election-maire.txt", "1")
    assert figures(mayor) == (33, 5, 1, 27, 14)
    assert [(c.person.name, c.votes.value, c.elected) for c in mayor.candidates] == [("Paul LE BIHAN", 27, True)]
    assert mayor.office.value == "Maire de LANNION"


def test_list_ballot() -> None:
    (adjoints,) = elections_of("lannion_2020-05-25_installation-election-maire.txt", "3")
    assert adjoints.candidates[0].person.name == "Paul LE BIHAN" and adjoints.candidates[0].votes.value == 27
    (commission,) = elections_of("lannion_2020-06-08_proces-verbal.txt", "10")
    assert commission.candidates[0].person.name == "liste A" and commission.votants.value == 33


def test_list_ballot_installs_its_members() -> None:
    (adjoints,) = elections_of("lannion_2020-05-25_installation-election-maire.txt", "3")
    names = [p.name for p in adjoints.elected]  # "Premier adjoint   Eric ROBERT   Administration…"
    assert names[:2] == ["Eric ROBERT", "Françoise LE MEN"] and len(names) == 9
    assert not adjoints.candidates[0].elected  # the list's head is not one of them
    (ccas,) = elections_of("lannion_2020-06-08_proces-verbal.txt", "11")
    assert [p.name for p in ccas.elected][0] == "Bernadette CORVISIER" and len(ccas.elected) == 6
    name = "pierrefonds_2020-06-11_commissions-et-delegues.txt"
    (ccas,) = elections_of(name, "3")
    assert [(c.person.name, c.votes.value) for c in ccas.candidates] == [("LISTE 1", 4), ("LISTE 2", 14)]
    assert [p.name for p in ccas.elected][-1] == "Marie Alice DEBUISSER" and len(ccas.elected) == 5


def test_first_names_and_blank_votes() -> None:
    (adjoint,) = elections_of("couthenans_2021-11-26_compte-rendu.txt", "1")
    assert [(c.person.name, c.votes.value) for c in adjoint.candidates] == [("Anne-Marie", 11), ("Agnès", 1)]
    assert [p.name for p in adjoint.elected] == ["Anne-Marie"] and adjoint.blancs.value == 1
    assert adjoint.office.value == "3ème adjoint"


def test_blank_ballots_and_designation() -> None:
    (adjoint,) = elections_of("pierrefonds_2022-12-13_retrait-delegation-adjoint.txt", "2")
    assert figures(adjoint) == (18, 5, None, 13, 7)
    assert adjoint.candidates[0].votes.value == 13 and adjoint.elected[0].name == "Romain RIBEIRO"
    assert adjoint.office.value == "4éme adjoint au maire"


def test_election_without_figures() -> None:
    (adjoint,) = elections_of("montpellier_2014-04-24_election-adjoint.txt", "2014 / 144")
    assert [p.name for p in adjoint.elected] == ["Brigitte ROUSSEL-GALIANA"] and adjoint.votants is None


def test_figures_behind_dot_leaders() -> None:
    (adjoint,) = elections_of("putanges-le-lac_2017-10-06_compte-rendu-registre.txt", "4-2")
    assert figures(adjoint) == (38, None, None, 38, 20)
    assert adjoint.elected[0].name == "Roger PERRAY"
