"""Efficiency evidence: the first word that states a saving of time, memory, compute or cost, and whether it
only concedes a small cost ("negligible overhead", "small memory footprints")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.subjects import is_purpose, purpose_gerund
from claimgraph.extract.pipeline.sentence_view import SentenceView


def efficiency_evidence(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> tuple[int, bool]:
    """Index of the first word that states a saving of time, memory, compute or cost (or -1),
    and whether it only concedes a small cost ("negligible overhead", "small memory
    footprints"; see ``concessive_qualifiers``). A decrease verb may stand up to six words
    before its object ("reduce the number of retrieval calls")."""
    words = view.words
    if view.present.isdisjoint(cues.efficiency_words):
        return -1, False
    conceded = -1  # the first concessive saving, kept while a real one may follow
    for i, word in enumerate(words):
        if i in masked or is_purpose(words, i) or purpose_gerund(words, i):
            continue  # "a pathway for accelerating development": an aim
        if word in cues.efficiency_strong:
            return (conceded, False) if conceded >= 0 else (i, False)
        if word not in cues.efficiency_objects:
            continue
        near = [w for w in words[max(0, i - 3) : i + 3] if w in cues.efficiency_qualifiers]
        if near and all(w in cues.concessive_qualifiers for w in near):
            conceded = max(0, i - 3) if conceded < 0 else conceded
            continue
        if near:
            return (conceded, False) if conceded >= 0 else (max(0, i - 3), False)
        for j in range(i - 4, max(-1, i - 7), -1):
            if words[j] in (",", ";", ":", ".") or j in masked:
                break
            if words[j] in cues.decrease_cues and words[j] in cues.efficiency_qualifiers and not is_purpose(words, j):
                return (conceded, False) if conceded >= 0 else (j, False)  # "reduce the number of retrieval calls"
    return conceded, conceded >= 0
