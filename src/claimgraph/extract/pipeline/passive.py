"""The verb of a passive clause after its subject ("a ... strategy is introduced", "a X (XA) module is then
designed to ..."): "is/are", perhaps an adverb, and a past participle in -ed.

Four readers ask of such clauses, each its own question with its own cue words, tuned apart: the entity stage
takes a lower-case description as a proposed name (``name_patterns.proposed.passive_phrase``), the proposes
relation takes a coined name or that description as proposed (``relations.proposes.parts._passive_proposals``),
the uses relation takes a name as a part of the paper's method (``relations.uses.parts._proposed_in_passive``),
and claim detection takes a sentence that only introduces such a part as no claim
(``claims.detection.gates._passive_description``). They share this reading of the verb; each checks the
participle against its own verbs."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def passive_participle(
    words: Sequence[str], at: int, skips: Collection[str], *, most: int | None = 1, ly_adverbs: bool = False
) -> int:
    """The index of the past participle of a passive verb whose "is/are" is word ``at`` of the lower-case
    ``words``, past at most ``most`` words of ``skips`` (any number with ``most`` None), and past adverbs in -ly
    too with ``ly_adverbs`` ("is then proposed", "are effectively employed"): a word in -ed; -1 without one."""
    if at >= len(words) or words[at] not in ("is", "are"):
        return -1
    j = at + 1
    skipped = 0
    while j < len(words) and (most is None or skipped < most):
        if not (words[j] in skips or (ly_adverbs and words[j].endswith("ly"))):
            break
        j += 1
        skipped += 1
    return j if j < len(words) and words[j].endswith("ed") else -1
