"""segment.split on each layout of the real corpus: counts, numbers and titles read by hand."""
from __future__ import annotations

import pytest

from tests.corpus._real import item, layout_of, text_of

COUNTS = {
    "dijon-metropole_2020-09-17_pacte-de-solidarite.txt": 1,
    "montpellier_2014-05-22_subventions-2014.txt": 1,
    "montpellier_2014-04-24_election-adjoint.txt": 1,
    # a "QUESTIONS DIVERSES" heading with nothing under it is no item
    "putanges-le-lac_2016-01-05_installation-election-maire.txt": 9,
    "putanges-le-lac_2017-10-06_compte-rendu-registre.txt": 7,
    "putanges-le-lac_2019-03-11_deliberations.txt": 29,
    "putanges-le-lac_2019-07-29_deliberations.txt": 16,
    "putanges-le-lac_2019-09-09_deliberations.txt": 5,
    "putanges-le-lac_2022-12-05_registre-pv.txt": 17,
    "pierrefonds_2016-04-04_compte-rendu.txt": 9,
    "pierrefonds_2018-04-10_compte-rendu.txt": 5,
    "pierrefonds_2020-06-11_commissions-et-delegues.txt": 23,
    "pierrefonds_2022-12-13_retrait-delegation-adjoint.txt": 5,
    "pierrefonds_2024-04-10_cfu-et-subventions.txt": 8,
    "pierrefonds_2025-04-03_proces-verbal.txt": 8,
    "cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt": 15,
    "couthenans_2021-11-26_compte-rendu.txt": 5,
    # the last "13/ Questions diverses" closes the text with nothing under it: no item
    "couthenans_2023-02-24_compte-rendu.txt": 14,
    "lannion_2020-05-25_installation-election-maire.txt": 4,
    "lannion_2020-06-08_proces-verbal.txt": 25,
    "lannion_2021-07-05_proces-verbal.txt": 20,
}


@pytest.mark.parametrize("name,count", sorted(COUNTS.items()))
def test_item_count(name: str, count: int) -> None:
    assert len(layout_of(name).items) == count


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_items_are_ordered_disjoint_and_after_the_header(name: str) -> None:
    layout = layout_of(name)
    ends = [layout.header.end]
    for it in layout.items:
        assert it.span.start >= ends[-1]
        assert it.span.end <= len(text_of(name))
        ends.append(it.span.end)


@pytest.mark.parametrize("name,number,title", [
    ("putanges-le-lac_2019-07-29_deliberations.txt", "2019-07-01",
     "TRANSFERT DE PROPRIETE : VENTE D’UNE MAISON D’HABITATION– CADASTREE AB N° 87 ET 90 - COMMUNE DELEGUEE DE "
     "RABODANGES"),
    ("putanges-le-lac_2019-03-11_deliberations.txt", "2019-03-25C", "SOUTIEN AUX ACTIONS MENEES PAR LA FONDATION du "
     "PATRIMOINE"),
    ("putanges-le-lac_2022-12-05_registre-pv.txt", "20221205 2",
     "Modification des statuts et du siège social de la Communauté de communes du Val d’Orne"),
    ("putanges-le-lac_2017-10-06_compte-rendu-registre.txt", "4-2", "ELECTION D’UN PREMIER ADJOINT"),
    ("montpellier_2014-05-22_subventions-2014.txt", "2014 / 184", "Attributions de subventions - Exercice 2014"),
    ("pierrefonds_2016-04-04_compte-rendu.txt", "4", "Admission en non-valeur d’une créance irrécouvrable"),
    ("pierrefonds_2024-04-10_cfu-et-subventions.txt", "D2024-15", "Compte Financier Unique 2023"),
    ("pierrefonds_2025-04-03_proces-verbal.txt", "D2025-008", "Élection du président de séance"),
    ("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt", "DEL2025-07", "Cession – Remorque SARIS – AA-140-YM"),
    ("couthenans_2023-02-24_compte-rendu.txt", "4", "Délibération emploi non permanent accroissement temporaire "
     "d’activité"),
    ("lannion_2020-06-08_proces-verbal.txt", "3", "DELEGATION AU MAIRE POUR LA RÉALISATION DES LIGNES DE TRÉSORERIE"),
    ("lannion_2020-05-25_installation-election-maire.txt", "1", "Election du Maire"),
])
def test_number_and_title(name: str, number: str, title: str) -> None:
    found = item(name, number)
    assert found.title is not None and found.title.value == title
    text = text_of(name)
    assert " ".join(text[found.number.span.start:found.number.span.end].split()) == number


def test_single_extrait_title_and_header() -> None:
    name = "dijon-metropole_2020-09-17_pacte-de-solidarite.txt"
    (only,) = layout_of(name).items
    assert only.title.value.endswith("Elaboration d'un Pacte de Solidarité avec l'Etat")
    assert "Membres présents" in text_of(name)[:layout_of(name).header.end]


def test_agenda_list_is_not_taken_for_items() -> None:
    name = "pierrefonds_2016-04-04_compte-rendu.txt"
    text = text_of(name)
    first = layout_of(name).items[0]
    assert first.span.start > text.index("ORDRE DU JOUR")
    assert "Approbation du compte de gestion 2015" in text[first.span.start:first.span.end]


def test_page_headers_and_recap_lists_stay_out_of_item_boundaries() -> None:
    name = "putanges-le-lac_2019-07-29_deliberations.txt"
    text = text_of(name)
    items = layout_of(name).items
    assert any("Putanges-Le-Lac, séance du 29 juillet 2019" in text[i.span.start:i.span.end] for i in items)
    assert "DELIBERATIONS" not in text[items[-1].span.start:items[-1].span.end]


def test_unnumbered_capital_headings() -> None:
    name = "putanges-le-lac_2016-01-05_installation-election-maire.txt"
    titles = [i.title.value for i in layout_of(name).items]
    assert titles[0] == "ELECTION DU MAIRE"
    assert "CREATION DES CONSEILS COMMUNAUX" in titles


@pytest.mark.parametrize("stem", ["couthenans_2021-11-26_compte-rendu", "montpellier_2014-05-22_subventions-2014",
                                  "pierrefonds_2022-12-13_retrait-delegation-adjoint"])
def test_pdf_layout_mode_gives_the_same_items(stem: str) -> None:
    from corpus.parse import segment
    from corpus.readers import read_text
    from tests.conftest import pdf_of

    pdf = pdf_of(stem)
    from_pdf = segment.split(read_text(pdf)).items
    from_txt = layout_of(f"{stem}.txt").items
    def key(items: tuple) -> list[tuple[str, str]]:  # pypdf may space a word differently ("3 ème")
        return [(i.number.value, "".join(i.title.value.split())) for i in items]

    assert key(from_pdf) == key(from_txt)
