"""Cue words that are no evidence where they stand: a comparative measured against chance ("better than
chance"), an achieve verb whose object refers back to an aim ("our algorithm achieves this using ..."), and
a cue word that is the noun of an idiom or a noun phrase ("taking advantage of", "the benefits of")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues


def than_chance(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether the comparative at ``i`` compares with chance ("better than chance", "than random")."""
    than = next((j for j in range(i + 1, min(len(words), i + 6)) if words[j] == "than"), -1)
    return than >= 0 and any(w in cues.chance_words for w in words[than + 1 : than + 3])


def refers_back(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "our algorithm achieves this using ...": an achieve verb whose object refers back to an aim."""
    return (
        words[i] in cues.achieve_cues
        and i + 1 < len(words)
        and words[i + 1] in cues.reference_verbs_objects
        and (i + 2 >= len(words) or words[i + 2] in (".", "by", "through", "using", "via", "with", "in", ","))
    )


def idiom_noun(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether a cue word is a noun of an idiom or a noun phrase ("taking advantage of",
    "the benefits of text answers"), not a result."""
    if words[i] not in cues.idiom_nouns or i + 1 >= len(words) or words[i + 1] != "of":
        return False
    return i > 0 and (words[i - 1] in ("the", "its", "their") or words[i - 1] in cues.take_words)
