"""A fixed stand-in for the assistant, for snapshots only.

Snapshots pin the layout; they must not change when the answering core rewords an answer or the
parser finds one more fact, so they draw these fixed records. Behaviour is tested on the real index.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from assistant.client import ServerUnreachable
from assistant.models import (Answer, Citation, CitationView, DeliberationDetail, DeliberationPage,
                              DeliberationSummary, DocumentText, Fact, Health, IngestSummary, MemberDetail,
                              MemberPage, MemberSeance, MemberSummary)

DOC = "dijon-metropole_2020-09-17_pacte-de-solidarite"
TEXT = ("Séance du jeudi 17 septembre 2020\n\nPrésident : M. REBSAMEN\n\nSecrétaire de séance : "
        "Mme WALIDI-ALAOUI\n\nOBJET : Elaboration d'un Pacte de Solidarité avec l'Etat\n\nSCRUTIN : "
        "POUR : 75 CONTRE : 0 ABSTENTION : 8 DONT 6 PROCURATION(S)\n")
DATE = dt.date(2020, 9, 17)


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def citation(quote: str) -> Citation:
    start, end = span(quote)
    return Citation(id=f"{DOC}@{start}-{end}", document=f"{DOC}.txt", start=start, end=end, quote=quote)


CITATIONS = [citation("Président : M. REBSAMEN"), citation("SCRUTIN : POUR : 75 CONTRE : 0 ABSTENTION : 8")]
DELIBERATIONS = [DeliberationSummary(id=f"{DOC}:{n}", document=f"{DOC}.txt", document_id=DOC, number=f"2020-{n}",
                                     title=title, date=DATE, collectivity="Dijon Métropole",
                                     body="Conseil Métropolitain", result=result)
                 for n, title, result in ((1, "Elaboration d'un Pacte de Solidarité avec l'Etat",
                                           "75 pour, 0 contre, 8 abstentions"),
                                          (2, "Budget supplémentaire 2020", "adopté à l'unanimité"),
                                          (3, "Tarifs des transports publics", "60 pour, 17 contre"))]
STATUSES = ["présent", "présent", "absent (procuration)", "présent", "excusé", "absent", "présent"]


class CannedService:
    def __init__(self, documents: int = 1, reachable: bool = True) -> None:
        self.documents = documents
        self.reachable = reachable

    def ask(self, question: str, session_id: str | None = None, id: str | None = None) -> Answer:
        return Answer(question=question, answered=True, kind="president", session_id=session_id,
                      answer="Le **17 septembre 2020**, M. REBSAMEN présidait le conseil métropolitain "
                             "(Dijon Métropole) ; le Pacte a recueilli 75 voix pour.", citations=CITATIONS)

    def citation(self, citation_id: str) -> CitationView:
        cited = next(c for c in CITATIONS if c.id == citation_id)
        return CitationView(id=cited.id, document=cited.document, document_id=DOC, seance_date=DATE,
                            collectivity="Dijon Métropole", deliberation_title=DELIBERATIONS[0].title,
                            start=cited.start, end=cited.end, quote=cited.quote,
                            before=TEXT[:cited.start], after=TEXT[cited.end:])

    def document_text(self, document_id: str) -> DocumentText:
        return DocumentText(id=DOC, name=f"{DOC}.txt", text=TEXT)

    def deliberations(self, *, q: str | None = None, offset: int = 0, limit: int = 50) -> DeliberationPage:
        items = [d for d in DELIBERATIONS if not q or q.lower() in (d.title or "").lower()]
        return DeliberationPage(total=len(items), offset=offset, limit=limit, items=items)

    def deliberation(self, deliberation_id: str) -> DeliberationDetail:
        facts = [Fact(kind="vote", label="vote", value="75 pour, 0 contre, 8 abstentions",
                      start=span(CITATIONS[1].quote)[0], end=span(CITATIONS[1].quote)[1], quote=CITATIONS[1].quote)]
        return DeliberationDetail(**DELIBERATIONS[0].model_dump(), start=0, end=len(TEXT), facts=facts, text=TEXT)

    def members(self, *, q: str | None = None, offset: int = 0, limit: int = 50) -> MemberPage:
        items = [MemberSummary(id="tonot", name="Céline TONOT", collectivity="Dijon Métropole", seances=7)]
        return MemberPage(total=1, offset=offset, limit=limit, items=items)

    def member(self, member_id: str) -> MemberDetail:
        seances = [MemberSeance(date=DATE + dt.timedelta(days=30 * n), document=f"{DOC}.txt", document_id=DOC,
                                status=status, proxy_to="Mme Christine MARTIN" if "procuration" in status else None,
                                citation=CITATIONS[0]) for n, status in enumerate(STATUSES)]
        return MemberDetail(id="tonot", name="Céline TONOT", collectivity="Dijon Métropole", seances=7,
                            attendance=seances, votes=[])

    def health(self) -> Health:
        if not self.reachable:
            raise ServerUnreachable("serveur injoignable : http://127.0.0.1:1 ([Errno 111] Connection refused)")
        return Health(status="ok", documents=self.documents, deliberations=3, chunks=12, model="e5-small")

    def ingest(self, paths: list[Path], prune: bool = False, progress=None) -> IngestSummary:
        return IngestSummary()

    def close(self) -> None:
        pass
