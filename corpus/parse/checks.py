"""Consistency checks: reported on the record as `Issue`s, never silently fixed."""
from __future__ import annotations

from corpus.models import Count, Deliberation, Issue, Seance, Vote
from corpus.names import person_key


def check_deliberation(deliberation: Deliberation) -> tuple[Issue, ...]:
    """Vote totals that differ from the votants stated, and a person recorded in two positions.

    The votants are those printed with the vote, else those of the item's attendance; positions
    not printed count as zero, and unanimity votes are not checked (no figures to add up).
    """
    issues: list[Issue] = []
    item_voters = deliberation.attendance.voters if deliberation.attendance else None
    for vote in deliberation.votes:
        issues += _vote_total_issue(vote, vote.voters or item_voters)
        issues += _double_position_issues(vote)
        issues += _unanimous_against_issues(vote)
    issues += _unanimity_issues(deliberation)
    return tuple(issues)


def _unanimity_issues(deliberation: Deliberation) -> list[Issue]:
    """A decision taken "à l'unanimité" while a vote recorded outside it has votes against or
    abstentions (Pierrefonds 2024: "après en avoir délibéré, à l'unanimité", then "Abstentions :
    2"). A unanimous procedural vote ("voter à main levée : à l'unanimité") is not the decision."""
    decision = deliberation.decision
    if decision is None:
        return []
    inside = decision.span.contains
    unanimous = [v for v in deliberation.votes if v.unanimity is not None and inside(v.span)
                 and v.contre is None and v.abstention is None]
    dissent = [v for v in deliberation.votes if v.unanimity is None and v.subject is None and not inside(v.span)
               and any(c is not None and c.value > 0 for c in (v.contre, v.abstention))]
    if not unanimous or not dissent:
        return []
    counts = ", ".join(f"{c.value} {label}" for v in dissent[:1]
                       for c, label in ((v.contre, "contre"), (v.abstention, "abstention(s)")) if c and c.value)
    return [Issue("unanimity_with_dissent",
                  f"le texte dit « {unanimous[0].unanimity.value} » mais un vote consigne {counts}", dissent[0].span)]


def _unanimous_against_issues(vote: Vote) -> list[Issue]:
    """One vote printed as unanimous while it counts votes against ("Pour : 46 / Contre : 7 (UMP-NI)
    / Adopté à l'unanimité"): both are kept as printed, the contradiction is reported."""
    if vote.unanimity is None or vote.contre is None or vote.contre.value == 0:
        return []
    return [Issue("unanimity_with_votes_against",
                  f"le vote est dit « {vote.unanimity.value} » mais compte {vote.contre.value} voix contre", vote.span)]


def _vote_total_issue(vote: Vote, voters: Count | None) -> list[Issue]:
    counts = [c.value for c in (vote.pour, vote.contre, vote.abstention, vote.nspp) if c is not None]
    if voters is None or vote.pour is None or not counts or sum(counts) == voters.value:
        return []
    return [Issue("vote_total_mismatch",
                  f"le total des voix ({sum(counts)}) ne correspond pas aux {voters.value} votants", vote.span)]


def _double_position_issues(vote: Vote) -> list[Issue]:
    positions: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for named in vote.named:
        key = person_key(named.person.name)
        positions.setdefault(key, set()).add(named.position)
        names.setdefault(key, named.person.name)
    return [Issue("named_in_two_positions",
                  f"{names[key]} figure dans deux positions de vote ({', '.join(sorted(found))})", vote.span)
            for key, found in positions.items() if len(found) > 1]


def check_seance(seance: Seance) -> tuple[Issue, ...]:
    """Attendance that contradicts itself: the list of présents against the count announced (and
    the same for procurations), a member both present and absent, a proxy held by a member who is
    not there, more than one proxy in the same hands (the law allows one). Names are compared as
    full names, word order aside ("CASTEL Catherine" = "Catherine CASTEL")."""
    attendance = seance.attendance
    if attendance is None:
        return ()

    def key(name: str) -> str:
        return " ".join(sorted(person_key(name).split()))

    issues: list[Issue] = []
    # a member listed present but noted as arriving later ("X (1)" … "(1) arrivé au point III") is
    # not in the count announced at the opening
    arrived = {key(m.person.name) for m in seance.movements if m.kind == "arrivée" and m.person is not None}
    late = sum(key(p.name) in arrived for p in attendance.present)
    for listed, announced, what, uncounted in ((attendance.present, attendance.present_count, "présents", late),
                                               (attendance.proxies, attendance.proxy_count, "procurations", 0)):
        if listed and announced is not None and announced.value not in (len(listed), len(listed) - uncounted):
            issues.append(Issue(f"{'present' if what == 'présents' else 'proxy'}_count_mismatch",
                                f"{len(listed)} {what} listés mais {announced.value} annoncés", announced.span))
    away = {key(p.name): p for p in (*attendance.absent, *attendance.excused,
                                     *(proxy.giver for proxy in attendance.proxies))}
    issues += [Issue("present_and_absent", f"{p.name} est noté à la fois présent et absent", p.span)
               for p in attendance.present if key(p.name) in away]
    held: dict[str, list] = {}
    for proxy in attendance.proxies:
        if proxy.holder is not None:
            held.setdefault(key(proxy.holder.name), []).append(proxy)
            if key(proxy.holder.name) in away:
                issues.append(Issue("proxy_holder_absent", f"{proxy.holder.name} détient la procuration de "
                                    f"{proxy.giver.name} mais est lui-même absent", proxy.span))
    issues += [Issue("proxy_holder_multiple", f"{proxies[0].holder.name} détient {len(proxies)} procurations",
                     proxies[1].span) for proxies in held.values() if len(proxies) > 1]
    return tuple(issues)
