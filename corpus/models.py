"""Records of a council document, every value tied to the characters it was read from.

These frozen dataclasses are what the corpus package hands to the index and the assistant. A value
is never stored without its `Span` (offsets into `Document.text`, the text as read), so that any
answer built on it can cite the exact passage. Nothing here is guessed: a field the text does not
state stays `None` or empty.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Text:
    """A string value as printed (whitespace runs may be collapsed), with its span."""

    value: str
    span: Span


@dataclass(frozen=True)
class Count:
    """A number stated in the text ("77", "quarante"), with its span."""

    value: int
    span: Span


@dataclass(frozen=True)
class Date:
    """A calendar date stated in the text, with its span."""

    value: dt.date
    span: Span


@dataclass(frozen=True)
class Person:
    """A person as printed, civility removed: "Christine MARTIN", "Anne-Marie", "MARTIN".

    `span` covers the name as printed (it may cross a line break). `role` keeps a qualifier printed
    with the name when there is one ("Maire", "doyen d'âge", "1er adjoint").
    """

    name: str
    span: Span
    role: str | None = None


@dataclass(frozen=True)
class Proxy:
    """A procuration: `giver` (absent) gave their vote to `holder` (None when not named).

    `limit` keeps a limit in time printed with it ("jusqu'à la question n°5", "à partir du point
    2"), as printed: the proxy holds only for those items.
    """

    giver: Person
    holder: Person | None
    span: Span
    limit: Text | None = None


@dataclass(frozen=True)
class Attendance:
    """Who sat, who did not, and the announced counts, for a séance or one deliberation."""

    span: Span
    present: tuple[Person, ...] = ()
    absent: tuple[Person, ...] = ()  # absent, reason not stated, or "non excusé"
    excused: tuple[Person, ...] = ()  # "excusé(e)" without proxy
    proxies: tuple[Proxy, ...] = ()
    in_office: Count | None = None  # membres en exercice
    present_count: Count | None = None
    voters: Count | None = None  # votants
    proxy_count: Count | None = None
    absent_count: Count | None = None
    quorum: Text | None = None  # "Le quorum est atteint"


@dataclass(frozen=True)
class Movement:
    """An arrival or departure during the séance ("Arrivée de M. X à 19h06 au point 3")."""

    kind: str  # "arrivée" | "départ"
    span: Span
    person: Person | None = None
    time: Text | None = None  # "19h06"
    where: Text | None = None  # the point/question it happened at, as printed
    proxy_to: Person | None = None  # proxy left on departure
    counts: Attendance | None = None  # counts announced with it


POUR = "pour"
CONTRE = "contre"
ABSTENTION = "abstention"
NSPP = "ne se prononce pas"
NPPV = "ne prend pas part au vote"
POSITIONS = (POUR, CONTRE, ABSTENTION, NSPP, NPPV)

ADOPTED = "adopté"
REJECTED = "rejeté"
NOTED = "pris acte"
ADJOURNED = "ajourné"  # the vote is put off ("point ajourné", "le vote est reporté")


@dataclass(frozen=True)
class NamedVote:
    """One person's recorded position on a vote (one of POSITIONS)."""

    position: str
    person: Person


@dataclass(frozen=True)
class GroupVote:
    """A political group's recorded position ("Contre : 7 (UMP)", "le groupe X s'abstient").

    Kept apart from `NamedVote` because a group is never a member: it must not join the
    archive's people, and the number of its voters is not one."""

    position: str
    group: Text


@dataclass(frozen=True)
class Vote:
    """The result of one vote.

    `subject` is set when a deliberation holds several votes (a table voted line by line, an
    amendment); `outcome` is ADOPTED / REJECTED / NOTED / ADJOURNED or None when the text does not say.
    `unanimity` keeps the printed scope ("à l'unanimité des membres présents").
    """

    span: Span
    outcome: Text | None = None
    unanimity: Text | None = None
    pour: Count | None = None
    contre: Count | None = None
    abstention: Count | None = None
    nspp: Count | None = None
    nppv: Count | None = None
    procurations: Count | None = None  # "DONT 6 PROCURATION(S)"
    voters: Count | None = None  # votants announced with the vote
    named: tuple[NamedVote, ...] = ()
    subject: Text | None = None
    groups: tuple[GroupVote, ...] = ()


@dataclass(frozen=True)
class Candidate:
    person: Person
    votes: Count | None = None
    elected: bool = False


@dataclass(frozen=True)
class Election:
    """A ballot electing someone (maire, adjoint, délégué, secrétaire…)."""

    span: Span
    office: Text | None = None
    votants: Count | None = None
    blancs: Count | None = None
    nuls: Count | None = None
    exprimes: Count | None = None
    majorite: Count | None = None
    candidates: tuple[Candidate, ...] = ()
    elected: tuple[Person, ...] = ()


@dataclass(frozen=True)
class Amount:
    """A sum of money printed in the text ("148.786,64 € HT"), `value` in euros when parseable."""

    text: Text
    value: float | None = None


@dataclass(frozen=True)
class Issue:
    """A consistency problem found in the text, reported, never silently fixed."""

    code: str  # e.g. "vote_total_mismatch", "present_count_mismatch", "present_and_absent"
    message: str  # one French sentence
    span: Span


@dataclass(frozen=True)
class Deliberation:
    """One deliberation (or agenda item) of a séance, `span` covering its whole text."""

    id: str  # f"{document_id}:{ordinal}", stable for a given text
    ordinal: int  # 1-based position in the document
    span: Span
    number: Text | None = None  # "2019-07-01", "2014 / 184", "DEL2025-02", "1"
    title: Text | None = None
    rapporteur: Person | None = None
    president: Person | None = None  # président de séance for this item when not the séance's
    attendance: Attendance | None = None  # counts or lists stated for this item
    votes: tuple[Vote, ...] = ()
    elections: tuple[Election, ...] = ()
    amounts: tuple[Amount, ...] = ()
    decision: Text | None = None  # "DÉCIDE …" / the operative part, when found
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class Seance:
    """One sitting of a council, with the facts stated in its header."""

    span: Span
    date: Date | None = None
    collectivity: Text | None = None
    # the collectivity when it is not read from this text: given by the user at ingest
    # (`--collectivity`, which wins over the text) or, when the text prints none, inferred by the
    # archive from the members this séance shares with séances that do print it; no span, as it
    # is not printed here
    collectivity_given: str | None = None
    body: Text | None = None  # "Conseil Municipal", "Conseil Métropolitain", "Conseil Communautaire"
    convocation: Date | None = None
    opened_at: Text | None = None  # "19h00"
    closed_at: Text | None = None
    president: Person | None = None
    secretary: Person | None = None
    # every secretary named ("Secrétaires de séance : Mme X et M. Y"), the first being `secretary`
    secretaries: tuple[Person, ...] = ()
    attendance: Attendance | None = None
    movements: tuple[Movement, ...] = ()
    deliberations: tuple[Deliberation, ...] = ()
    issues: tuple[Issue, ...] = ()


@dataclass(frozen=True)
class Document:
    """A source file as read: its verbatim text and what was parsed from it."""

    id: str  # stable id derived from the file name
    name: str  # the source file's name, as cited
    text: str
    sha256: str
    format: str  # "txt", "pdf", "docx", "md", "html"
    seance: Seance = field(default_factory=lambda: Seance(span=Span(0, 0)))
