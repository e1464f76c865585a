"""Who a séance names in its header facts, and the fullest form it prints of a name."""
from __future__ import annotations

from corpus.models import Document, Person
from corpus.names import person_key


def people_of(document: Document) -> list[Person]:
    """Everyone named in a séance's header facts: present, absent, excused, proxies, roles, and
    the arrivals and departures."""
    seance = document.seance
    found: list[Person] = []
    attendance = seance.attendance
    if attendance is not None:
        found += attendance.present + attendance.absent + attendance.excused
        for proxy in attendance.proxies:
            found.append(proxy.giver)
            if proxy.holder is not None:
                found.append(proxy.holder)
    found += [p for p in (seance.president, seance.secretary) if p is not None]
    # who arrived or left during the séance sat for part of it ("Nelly arrivée à 18H45")
    found += [m.person for m in seance.movements if m.person is not None]
    return found


def fuller_form(document: Document, person: Person) -> Person | None:
    """The same person printed in full elsewhere in the séance ("REBSAMEN" as president, "M.
    François REBSAMEN" in the list of members), when exactly one member's name holds all of
    theirs: answers give the name as the text prints it best."""
    tokens = set(person_key(person.name).split())
    if not tokens:
        return None
    fuller = {person_key(p.name): p for p in people_of(document)
              if tokens < set(person_key(p.name).split())}
    return next(iter(fuller.values())) if len(fuller) == 1 else None
