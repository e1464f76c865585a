"""Attendance in every member-list layout of the real corpus, each list checked against the text."""
from __future__ import annotations

import pytest

from corpus.models import Attendance, Seance, Span
from corpus.parse import parse_file
from corpus.parse.checks import check_seance
from corpus.parse.members import parse_attendance, parse_item_attendance
from corpus.parse.movements import parse_movements
from tests.conftest import parsed, pdf_of

pytestmark = pytest.mark.usefixtures("real_corpus")

DIJON = "dijon-metropole_2020-09-17_pacte-de-solidarite.txt"


def attendance(name: str) -> Attendance:
    return parsed(name).seance.attendance


def pairs(att: Attendance) -> list[tuple[str, str | None]]:
    return [(p.giver.name, p.holder.name if p.holder else None) for p in att.proxies]


def names(people) -> list[str]:
    return [p.name for p in people]


def test_dijon_three_columns_and_two_column_absents() -> None:
    att = attendance(DIJON)
    assert len(att.present) == 77
    assert names(att.present)[:3] == ["François REBSAMEN", "Denis HAMEAU", "Léo LACHAMBRE"]
    assert names(att.present)[-1] == "Stéphane WOYNAROSKI"
    assert names(att.absent) == ["Marie-Claire TERRIER", "Gaston FOUCHERES", "Jacques CARRELET DE LOISY"]
    assert pairs(att) == [
        ("Jean-François COURGEY", "Christine MARTIN"), ("Stéphane CHEVALIER", "Caroline JACQUEMARD"),
        ("Stéphanie MODDE", "Patrice CHATEAU"), ("Lionel SANCHEZ", "Nicolas SCHOUTITH"),
        ("Cyril GAUCHER", "Philippe BELLEVILLE"), ("Stéphanie GRAYOT-DIRX", "Adrien GUENE")]
    assert len(att.absent) + len(att.proxies) == 9
    assert (att.in_office.value, att.present_count.value, att.proxy_count.value) == (86, 77, 6)


# file: #present, some present, #absent, excused, proxies (giver, holder)
LISTS = {
    "montpellier_2014-05-22_subventions-2014.txt": (
        59, ["Fabien ABERT", "Chantal LEVY-RAMEAU", "Rabii YOUSSOUS"], ["Patrick VIGNAL"], [],
        [("Valérie BARTHAS-ORSAL", None), ("Perla DANAN", None), ("Henri DE VERBIZIER", None),
         ("Sonia KERANGUEVEN", None), ("Gérard LANNELONGUE", None)]),
    "montpellier_2014-04-24_election-adjoint.txt": (
        62, ["Fabien ABERT", "Anne-Louise HOPITAL-KNAPNOUGEL", "Rabii YOUSSOUS"], [], [],
        [("Stéphanie JANNIN", None), ("Bernard TRAVIER", None), ("Dominique MARTIN-PRIVAT", None)]),
    "putanges-le-lac_2016-01-05_installation-election-maire.txt": (
        46, ["DRUGEON Serge", "PICHONNIER Jean-Paul", "GREUSARD Nelly"],
        ["PICHONNIER Sylvain", "MARTINEAU Jacques", "LEVEQUE Franck", "DUBU Paulette"], [],
        [("CASTEL Catherine", "DUARTE Françoise")]),
    "putanges-le-lac_2017-10-06_compte-rendu-registre.txt": (
        35, ["Serge DRUGEON", "Ludovic BAECHLER", "Monique GUIBOUT"],
        ["Charlène LHEUREUX", "Laëtitia LAPRUNE", "Séverine MONTEBRAN", "Catherine CASTEL", "Isbelle DEBONS",
         "Pierre FERRIER", "Franck LEVEQUE", "Françoise DUARTE", "Monique FOUREY-BECHET"],
        ["Christian COUPRY", "Thierry CHAUVIN", "Jacques MARTINEAU", "Nelly GREUSARD"],
        [("Florence HEE", "Serge DRUGEON"), ("Sébastien BEAUFRERE", "Sébastien LEROUX"),
         ("Laurence CHAUVIN", "Michel SOISNARD")]),
    "putanges-le-lac_2019-07-29_deliberations.txt": (
        30, ["Serge DRUGEON", "Monique GUIBOUT"], None, ["Yvette RUBAN", "Nelly GREUSARD"],
        [("Laurence CHAUVIN", "Michel SOISNARD")]),
    "putanges-le-lac_2022-12-05_registre-pv.txt": (
        24, ["Sébastien LEROUX", "Véronique DELAUNAY"], [], ["Stéphane AUVRAY", "Stéphane GACOIN", "Héloïse LONGUET"],
        [("Monique Fourey-Béchet", "Jeanne Guillouet"), ("Kévin Legentil", "Sébastien Beaufrère"),
         ("Ludovic Baechler", "Sébastien Leroux"), ("Jean-Louis Pitel", "Sylvain Gaudin"),
         ("Gérard Grandsire", "Stéphane David"), ("Annick Macé", "Philippe Mallard")]),
    "lannion_2020-05-25_installation-election-maire.txt": (
        31, ["Paul LE BIHAN", "Marie Christine BARAC’H", "Anne LE GUEN"], [], [],
        [("Patrice KERVAON", "Paul LE BIHAN"), ("Myriam DUBOURG", "Eric ROBERT")]),
    "lannion_2021-07-05_proces-verbal.txt": (
        29, ["Paul LE BIHAN", "Louison NOËL"], ["Jean-Yves CALLAC"], [],
        [("Yves NEDELLEC", "Marie-Annick GUILLOU"), ("Fabien CANEVET", "Patrice KERVAON"),
         ("Catherine BRIDET", "Danielle MAREC")]),
    "pierrefonds_2016-04-04_compte-rendu.txt": (
        15, ["Michèle BOURBIER", "Emmanuelle DANAN"], [], [],
        [("Antonio MENDES", "Florence DEMOUY"), ("Marie-Alice DEBUISSER", "Aurélie LAMBRE"),
         ("Françoise SMESSAERT", "Jacqueline HEURTAULT"), ("Dolorès HUDO", "Jean-Marc GOSSOT")]),
    "pierrefonds_2025-04-03_proces-verbal.txt": (
        15, ["Florence DEMOUY", "Gilles PAPIN", "Ronan TANGUY"], ["Elsa CARRIER"], [],
        [("Joachim LÜDER", "Philippe TOLEDANO"), ("Hélène DEFOSSEZ", "Karine DUTEIL"),
         ("Jean-Claude THUILLIER", "Michel LEBLANC")]),  # the last line lacks its "à"
    "pierrefonds_2024-04-10_cfu-et-subventions.txt": (
        14, ["Gérard LANNIER"], ["Gilles PAPIN", "Marie-Alice DEBUISSER", "Ronan TANGUY"], [],
        [("Elsa CARRIER", "Laetitia PIERRON"), ("Jean-Claude THUILLIER", "Michel LEBLANC")]),
    "cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt": (
        25, ["Agnès BACHELART", "Sylvie VALENTE-LE HIR"],
        ["Michelle BEAUDEQUIN", "Maryse CHAMPEAU", "Michel KMIEC", "Michel LEBLANC"], [], None),
    "couthenans_2021-11-26_compte-rendu.txt": (
        9, ["Jean-Pierre", "Anne-Marie", "Adeline"], ["Mathieu"], [],
        [("David", "Jean-Pierre"), ("Marielle", "Agnès"), ("Marc", "Mario")]),
    "couthenans_2023-02-24_compte-rendu.txt": (
        8, ["Jean-Pierre", "Nelly"], ["Maryline"], [],
        [("Anne-Marie", "Yves"), ("Marielle", "Agnès"), ("Marc", "Patrick"), ("Mathieu", "Nelly")]),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_lists(name: str) -> None:
    count, some, absent, excused, proxies = LISTS[name]
    att = attendance(name)
    assert len(att.present) == count
    assert set(some) <= set(names(att.present))
    if absent is not None:
        assert names(att.absent) == absent
    assert names(att.excused) == excused
    if proxies is not None:
        assert pairs(att) == proxies


def test_proxy_givers_are_not_listed_as_absent() -> None:
    att = attendance(DIJON)
    assert not {p.giver.name for p in att.proxies} & set(names(att.absent))


@pytest.mark.parametrize("name, counts", [
    ("cc-lisieres-de-l-oise_2025-03-13_compte-rendu-cfu-2024.txt", (None, 25, None, 9, 4)),
    ("lannion_2020-05-25_installation-election-maire.txt", (None, 31, 33, 2, None)),
    ("lannion_2020-06-08_proces-verbal.txt", (None, 32, 33, 1, 0)),
    ("putanges-le-lac_2022-12-05_registre-pv.txt", (33, 24, None, None, None)),
])
def test_counts(name: str, counts: tuple) -> None:
    att = attendance(name)
    got = (att.in_office, att.present_count, att.voters, att.proxy_count, att.absent_count)
    assert tuple(c.value if c else None for c in got) == counts


def test_quorum() -> None:
    assert attendance("putanges-le-lac_2019-09-09_deliberations.txt").quorum.value == "Le quorum étant atteint"


def test_item_counts_after_an_arrival() -> None:
    doc = parsed("putanges-le-lac_2019-07-29_deliberations.txt")
    start = doc.text.index("Arrivée de Monsieur Stéphane GACOIN")
    att = parse_item_attendance(doc.text, Span(start, start + 200))
    assert (att.present_count.value, att.proxy_count.value, att.voters.value) == (31, 1, 32)


def test_label_number_in_a_margin_is_not_a_count() -> None:
    """Montpellier prints "n° 2014 / 253" in the margin right before "Présents :"."""
    att = attendance("montpellier_2014-05-22_voeu-intermittents.txt")
    assert att.present_count is None


def test_no_attendance() -> None:
    text = "Le conseil municipal approuve le budget primitif.\n"
    assert parse_attendance(text, Span(0, len(text))) is None


@pytest.mark.parametrize("stem", ["montpellier_2014-05-22_subventions-2014", "couthenans_2023-02-24_compte-rendu"])
def test_same_people_from_the_pdf(stem: str) -> None:
    """pypdf layout mode widens spaces, shifts the margin and prints no-break spaces: same facts."""
    path = pdf_of(stem)
    from_pdf, from_txt = parse_file(path).seance.attendance, attendance(f"{stem}.txt")
    assert names(from_pdf.present) == names(from_txt.present)
    assert pairs(from_pdf) == pairs(from_txt)
    assert names(from_pdf.absent) == names(from_txt.absent)


def test_hyphen_pushed_away_by_pdf_layout() -> None:
    text = ("Étaient présents :\n\nMme Agnès BACHELART, M. Jean                  -Marie BOUCHEZ, M. Renaud\n"
            "BOURGEOIS (3)\n")
    att = parse_attendance(text, Span(0, len(text)))
    assert names(att.present) == ["Agnès BACHELART", "Jean-Marie BOUCHEZ", "Renaud BOURGEOIS"]
    assert att.present_count.value == 3


def test_attendance_checks_report_contradictions() -> None:
    text = ("Nombre de présents : 3\nPrésents : Anne DURAND, Paul MARTIN\n"
            "Pouvoirs : Marc PETIT à Luc BLANC, Eve ROUX à Paul MARTIN, Jean NOIR à Paul MARTIN\n"
            "Absents : Luc BLANC, Anne DURAND\n")
    seance = Seance(span=Span(0, len(text)), attendance=parse_attendance(text, Span(0, len(text))))
    codes = sorted(issue.code for issue in check_seance(seance))
    assert codes == ["present_and_absent", "present_count_mismatch", "proxy_holder_absent", "proxy_holder_multiple"]


@pytest.mark.parametrize("name", sorted(LISTS) + [DIJON])
def test_real_attendance_is_consistent(name: str) -> None:
    assert parsed(name).seance.issues == ()


def test_a_member_listed_present_who_arrived_later_is_not_in_the_opening_count() -> None:
    text = ("Présents : 2 (3 à partir de la question 4)\n"
            "Présents : Anne DURAND, Paul MARTIN, Eve ROUX (arrivée à la question 4)\n")
    attendance = parse_attendance(text, Span(0, len(text)))
    late = Seance(span=Span(0, len(text)), attendance=attendance, movements=parse_movements(text, Span(0, len(text))))
    assert check_seance(late) == ()
    assert [i.code for i in check_seance(Seance(span=Span(0, len(text)), attendance=attendance))] == ["present_count_mismatch"]
