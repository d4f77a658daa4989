"""The type of a claim (:func:`claim_type`): theoretical, state_of_the_art, efficiency, comparison,
improvement or finding, from its signals and numbers, and whether a gain is measured over a baseline
(:func:`over_baseline`)."""

from __future__ import annotations

from claimgraph.extract.claims.detection.signals import Signals
from claimgraph.extract.claims.numbers import ComparisonMatch
from claimgraph.extract.pipeline.sentence_view import Located

#: Words right before a baseline that measure a gain against it ("over BERT", "more robust than X").
_AGAINST = frozenset({"over", "than"})


def over_baseline(words: tuple[str, ...], baselines: tuple[Located, ...]) -> bool:
    """ "... over BERT", "more robust than X", "over the (strong) baseline(s)": a gain measured
    against a baseline."""
    if _AGAINST.isdisjoint(words):
        return False
    if any(not _AGAINST.isdisjoint(words[max(0, b.first - 3) : b.first]) for b in baselines):
        return True
    return any(
        w in _AGAINST and any(x.startswith("baseline") for x in words[i + 1 : i + 5]) for i, w in enumerate(words)
    )


def claim_type(sig: Signals, found: tuple[ComparisonMatch, ...], has_baseline: bool, *, over: bool = False) -> str:
    """Type a claim: theoretical, state_of_the_art, efficiency, comparison, improvement, finding.

    A gain stated over a baseline (``over``: "improvements ... over BERT",
    "over the baseline") is a comparison; a gain of a named model ("boosts the
    performance of FLAN-T5") stays an improvement.
    """
    # words that only name a theoretical object ("the rankings converge", "after convergence") make a
    # theoretical claim with a word of proof or a second theory word ("convergence guarantee"), and give
    # way to comparison, improvement or efficiency evidence
    weak_theory = not sig.proof and (sig.comparison >= 0 or sig.efficiency or sig.improvement or not sig.theory_pair)
    if sig.theory and not found and sig.sota < 0 and not weak_theory:
        return "theoretical"
    if sig.sota >= 0:
        return "state_of_the_art"
    if sig.efficiency and not sig.beats_first and not (sig.concessive and sig.improvement):
        # "negligible compute cost ..., but improve perplexity": the cost is conceded, the claim is the gain
        return "efficiency"  # unless the sentence first says who it beats ("X outperforms Y, ... at lower cost")
    if sig.comparison >= 0:
        return "comparison"
    moved = {c.direction for c in found} & {"increase", "decrease"}
    if sig.decline and moved == {"decrease"}:
        moved = set()  # "performance drops on X across models (-16.49%)": a finding, not a gain
    if sig.improvement or moved:
        return "comparison" if over else "improvement"
    if has_baseline:
        return "comparison"
    return "finding"
