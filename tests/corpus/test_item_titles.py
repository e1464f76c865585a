"""An item's title is the objet of the act: never a page header printed again above each act, nor
a role label beside the act's number ("Présentée par : Mme X"). Layouts written for these tests, not
taken from a corpus text."""
from __future__ import annotations

import textwrap

from corpus.models import Span
from corpus.parse import segment
from corpus.parse.headings import opens_point
from corpus.parse.seance import parse_item_roles

PAGE = """\
DÉLIBÉRATION 2022-{number}
MAIRIE DE VAL-D'ARLES                                   Registre des délibérations
Conseil municipal                                       Séance du 4 juillet 2022
Présents : MM. ROUX, BLANC, Mme NOIR.   Secrétaire : Mme NOIR.

OBJET :             Le conseil, sur le rapport du Maire, considérant
{margin}

                    Adopté à l'unanimité.
"""


def _page(number: str, margin: list[str]) -> str:
    """One act of the register: the objet printed in the left margin, the text beside it."""
    lines = [f"{cell:<20}{text}" for cell, text in zip(margin, ("que les crédits sont", "insuffisants au budget,",
                                                                "décide :", "de les modifier."))]
    return PAGE.format(number=number, margin="\n".join(lines))


def test_a_register_titles_each_act_with_the_objet_in_its_margin_not_the_page_header() -> None:
    text = "".join(_page(n, cells) for n, cells in (("15", ["Budget annexe", "de l'eau –", "Virement"]),
                                                    ("16", ["Tarifs de la", "cantine 2023"]),
                                                    ("17", ["Vente du", "chemin rural", "n° 4"])))
    items = segment.split(text).items
    assert [i.title.value for i in items] == ["Budget annexe de l'eau – Virement", "Tarifs de la cantine 2023",
                                              "Vente du chemin rural n° 4"]
    for item in items:
        assert text[item.title.span.start:item.title.span.end].startswith(item.title.value.split()[0])


BY_ROLE = textwrap.dedent("""\
    SIVOM DES TROIS VALLÉES — Comité du 9 mars 2021

    Présents : M. Yves LUCAS, Mme Rose BRUN, M. Paul GAY.

    A.1  INDEMNITÉS DU PRÉSIDENT
         N° 2021/12          Présentée par : Mme Rose BRUN

    Le comité fixe les indemnités. Adopté à l'unanimité.

    A.2  ADHÉSION AU CENTRE DE GESTION ET
         CONVENTION DE MÉDECINE PRÉVENTIVE
         N° 2021/13          Présentée par : M. Paul GAY

    Le comité adhère au service. Pour : 11, contre : 2.
    """)


def test_a_title_printed_above_the_number_beats_a_role_label_beside_it() -> None:
    items = segment.split(BY_ROLE).items
    assert [i.title.value for i in items] == ["INDEMNITÉS DU PRÉSIDENT",
                                              "ADHÉSION AU CENTRE DE GESTION ET CONVENTION DE MÉDECINE PRÉVENTIVE"]
    assert all(BY_ROLE[i.span.start:i.span.end].lstrip().startswith("A.") for i in items)  # the title opens it


def test_an_objet_under_the_number_beats_the_service_named_beside_it() -> None:
    text = textwrap.dedent("""\
        Présents : M. Yves LUCAS, Mme Rose BRUN.

        12.   Direction de l'urbanisme
        Objet : Modification simplifiée n° 2 du PLU

        Le conseil approuve la modification. Adopté à l'unanimité.

        13.   Direction de l'urbanisme
        Objet : Dénomination de la rue des Tilleuls

        Le conseil dénomme la voie. Adopté à l'unanimité.
        """)
    assert [i.title.value for i in segment.split(text).items] == ["Modification simplifiée n° 2 du PLU",
                                                                  "Dénomination de la rue des Tilleuls"]


def test_a_range_of_points_is_no_point() -> None:
    """"Questions n° 3 à 5 : 18 présents" in the header states counts for several points."""
    assert not opens_point("Questions n° 3 à 5 : 18 présents, 20 votants.")
    assert not opens_point("Points 7 au 9 – vote à bulletin secret")
    assert opens_point("Question n° 3 – Tarifs de la cantine")


def test_a_member_called_to_preside_an_item_presides_it() -> None:
    text = ("Le maire se retire et ne prend pas part au vote. Mme Lucie ARNAUD, doyenne d'âge,\n"
            "a été appelée pour présider le vote du compte administratif.\nAdopté à l'unanimité.\n")
    president = parse_item_roles(text, Span(0, len(text))).president
    assert president is not None and president.name == "Lucie ARNAUD"
