"""State-of-the-art evidence: a state-of-the-art phrase that records the subject's result ("achieves new
state-of-the-art", "demonstrate state-of-the-art performance", "surpasses the state-of-the-art accuracy"), not
one that describes others' work ("baselines for nine state-of-the-art MedVLP methods")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.pipeline.sentence_view import SentenceView


def sota_index(view: SentenceView, cues: ClaimCues) -> int:
    """Index of the first state-of-the-art phrase that records the subject's result, or -1."""
    words = view.words
    if view.present.isdisjoint(cues.sota_first):
        return -1
    for i, word in enumerate(words):
        if word not in cues.sota_first:
            continue
        for width in (1, 2, 4):
            if " ".join(words[i : i + width]) not in cues.sota_set:
                continue
            if i + width < len(words) and words[i + width] in cues.sota_other_heads:
                break  # "baselines for nine state-of-the-art MedVLP methods": others' work, no record
            if (
                i + width + 1 < len(words)
                and words[i + width + 1] in cues.sota_other_heads
                and words[i + width] != "on"
            ):
                break  # "state-of-the-art diffusion models"
            if i and words[i - 1] == "new":
                return i
            # "demonstrate state-of-the-art performance": a reporting verb needs a result noun after the phrase
            reported = any(w in cues.sota_result_heads for w in words[i + width : i + width + 3])
            for j in range(i - 1, max(-1, i - 11), -1):
                if words[j] in cues.beat_verbs or words[j] in ("than", "over"):
                    if words[j] in cues.beat_verbs and j >= i - 4 and _record_beaten(words, j, i + width, cues):
                        return i  # "surpassing prior state-of-the-art results", "outperforms state-of-the-art."
                    break
                if words[j] in ("with", "to", "against"):
                    break
                if words[j] in cues.sota_verbs or reported and words[j] in cues.sota_report_verbs:
                    return i
    return -1


def _record_beaten(words: tuple[str, ...], verb: int, end: int, cues: ClaimCues) -> bool:
    """Whether the beat verb at ``verb`` beats the record itself, the state-of-the-art phrase a few words after it
    (its last word before ``end``): a result noun right after the phrase ("surpasses the state-of-the-art
    accuracy", "surpassing prior state-of-the-art results") or the end of its clause ("outperforming the latest
    state of the art."); not others' work ("outperforms state-of-the-art methods"), nor drawing level ("matches or
    surpasses state-of-the-art performance")."""
    if verb and words[verb - 1] == "or":
        return False
    if words[end : end + 1] == ("(",) and ")" in words[end : end + 5]:
        end = words.index(")", end) + 1  # "state-of-the-art (SOTA) methods"
    after = words[end] if end < len(words) else "."
    return after in cues.sota_result_heads or after in _CLAUSE_ENDS


#: Words that end a clause after a state-of-the-art phrase ("surpassing the current state-of-the-art.").
_CLAUSE_ENDS = frozenset({",", ".", ";", ":"})
