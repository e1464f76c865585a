"""F1: what delib does and every key, in French, for someone opening it for the first time."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# delib — aide

Posez vos questions en français sur les délibérations indexées ; chaque réponse cite ses sources.

- **F1** cette aide · **F2** conversation · **F3** délibérations · **F4** membres
- **ctrl+p** palette de commandes · **ctrl+t** thème clair / sombre · **ctrl+q** quitter

**Conversation** — Entrée envoie la question, ↑/↓ rappellent les précédentes. Une question de suite
(« et qui présidait ? ») reprend le sujet de la précédente ; ctrl+n ouvre une nouvelle conversation.
ctrl+o passe aux sources de la réponse : Entrée, un clic ou le chiffre 1–9 ouvre une source.
ctrl+y copie la réponse et ses sources.

**Source** (panneau de droite) — le passage cité est surligné dans son contexte.
c copie le passage, d ouvre le document entier à cet endroit, Échap ferme.

**Délibérations, membres** — tapez pour filtrer, ↓ ou Entrée passe à la liste, Entrée ouvre.
Chaque fait (vote, présence, procuration) ouvre le passage d'où il vient. Échap revient.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,q", "dismiss", "Fermer")]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Markdown(HELP)
