"""Efficiency evidence: the first word that states a saving of time, memory, compute or cost (also a gain of
speed or efficiency: "enhances inference speed"; "compression" only after a quantity: "8x compression"), and
whether it only concedes a small cost ("negligible overhead", "small memory footprints")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.detection.comparison_words import rival_follows
from claimgraph.extract.claims.subjects import is_purpose, purpose_gerund
from claimgraph.extract.pipeline.sentence_view import SentenceView


def efficiency_evidence(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> tuple[int, bool]:
    """Index of the first word that states a saving of time, memory, compute or cost (or -1),
    and whether it only concedes a small cost ("negligible overhead", "small memory
    footprints"; see ``concessive_qualifiers``). A decrease verb may stand up to six words
    before its object ("reduce the number of retrieval calls"). A gain of speed or efficiency
    (:func:`gained_efficiency`) counts when no other saving is stated."""
    saving, conceded_only = _stated_saving(view, cues, masked)
    if saving < 0 or conceded_only:
        gained = gained_efficiency(view, cues, masked)
        if gained >= 0:
            return gained, False
    return saving, conceded_only


def gained_efficiency(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> int:
    """Index of the sentence's first gain verb when its object, within four words and before any other
    measure, ends in a noun of speed or efficiency (``gained_efficiency_heads``: "enhances inference speed",
    "improves job completion time", "improving inference efficiency"), or -1; not "improves accuracy and
    efficiency", "improves accuracy ... while improving efficiency" (the first gain is another measure's), nor an
    aim ("to improve training efficiency")."""
    words = view.words
    if view.present.isdisjoint(cues.gained_efficiency_heads):
        return -1
    verb = next((i for i, w in enumerate(words) if w in cues.improve_verbs and i not in masked), -1)
    if verb < 0 or is_purpose(words, verb) or purpose_gerund(words, verb) or _topic_gerund(words, verb, cues):
        return -1
    for j in range(verb + 1, min(len(words), verb + 5)):
        if words[j] in cues.gain_object_breaks or j in masked:
            return -1
        if words[j] in cues.gained_efficiency_heads:
            # "improved parameter efficiency and rotation handling over standard CNNs": a comparison
            against_rival = rival_follows(words, j, cues, cues.gain_rival_words)
            return -1 if against_rival or not _ends_a_phrase(words, j, cues) else verb
    return -1


def _ends_a_phrase(words: tuple[str, ...], head: int, cues: ClaimCues) -> bool:
    """Whether the speed or efficiency noun ends its noun phrase ("improves inference speed by ...",
    "improving efficiency."), not "improves transfection efficiency prediction"."""
    after = words[head + 1] if head + 1 < len(words) else "."
    return after in cues.gain_object_breaks or not after.isalpha()


def _topic_gerund(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "focuses on improving the reasoning efficiency", "the decision of improving travel time": a gain in
    "-ing" after a preposition (``topic_gerund_preps``) names a topic or aim, not a result."""
    return words[i].endswith("ing") and i > 0 and words[i - 1] in cues.topic_gerund_preps


def _stated_saving(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> tuple[int, bool]:
    """The first saving word and whether it only concedes a cost, as :func:`efficiency_evidence` reads
    them without the gains of speed or efficiency."""
    words = view.words
    if view.present.isdisjoint(cues.efficiency_words):
        return -1, False
    conceded = -1  # the first concessive saving, kept while a real one may follow
    for i, word in enumerate(words):
        if i in masked or is_purpose(words, i) or purpose_gerund(words, i):
            continue  # "a pathway for accelerating development": an aim
        if word in cues.efficiency_strong or measured_saving(view, cues, i):
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


#: How many words may stand between a quantity and the saving noun it measures ("52.5% average length compression").
_MEASURE_GAP = 3


def measured_saving(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """Whether word ``i`` is a ``measured_savings`` noun with a quantity ending at most :data:`_MEASURE_GAP` words
    before it ("8x compression", "a 4.71% compression ratio"): a saving, not a technique ("learned compression
    methods")."""
    if view.words[i] not in cues.measured_savings:
        return False
    return any(q.last < i <= q.last + _MEASURE_GAP + 1 for q in view.quantities)
