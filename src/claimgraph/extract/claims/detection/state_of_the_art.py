"""State-of-the-art evidence: a state-of-the-art phrase that records the subject's result ("achieves new
state-of-the-art", "demonstrate state-of-the-art performance"), not one that describes others' work
("baselines for nine state-of-the-art MedVLP methods")."""

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
                if words[j] in cues.beat_verbs or words[j] in ("than", "over", "with", "to", "against"):
                    break
                if words[j] in cues.sota_verbs or reported and words[j] in cues.sota_report_verbs:
                    return i
    return -1
