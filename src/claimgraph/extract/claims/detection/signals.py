"""What fired in one sentence: :class:`Signals`, and :func:`signals`, which scans a sentence once for every
kind of evidence (finding, state of the art, comparison, result, theory, efficiency, improvement, hedging)
with the functions of the evidence modules."""

from __future__ import annotations

from dataclasses import dataclass

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.detection.comparison_words import comparison_index, wins_before, without_rival
from claimgraph.extract.claims.detection.efficiency import efficiency_evidence
from claimgraph.extract.claims.detection.findings import adverb_opening, finding_index
from claimgraph.extract.claims.detection.results import result_and_improvement
from claimgraph.extract.claims.detection.state_of_the_art import sota_index
from claimgraph.extract.pipeline.sentence_view import SentenceView


@dataclass(frozen=True, slots=True)
class Signals:
    """What fired in one sentence (word indices, -1 when absent)."""

    finding: int
    sota: int
    comparison: int
    result: int
    theory: bool
    efficiency: bool
    improvement: bool
    hedged: bool
    adverb: bool = False
    #: a word of proof ("prove", "theorem", "provably"), not only of theory ("convergence", "bounds")
    proof: bool = False
    #: two different theory words ("convergence guarantee", "theoretical bounds")
    theory_pair: bool = False
    #: a beat verb or a winning comparative with a rival comes before the first efficiency word ("outperforms
    #: X ... with lower costs", "superior performance over baselines while maintaining minimal latency")
    beats_first: bool = False
    #: the sentence reports a decline ("performance drops", "degrades"): its falling numbers are no gain
    decline: bool = False
    #: the efficiency evidence only concedes a small cost ("negligible overhead", "small memory footprints")
    concessive: bool = False
    #: the comparison evidence names no rival ("achieves competitive results"): a claim, but no comparison
    no_rival: bool = False


def signals(
    view: SentenceView, cues: ClaimCues, masked: frozenset[int], own_ends: frozenset[int] = frozenset()
) -> Signals:
    """Scan one sentence for every kind of evidence (pure); ``own_ends`` as in :func:`~.findings.finding_index`."""
    words = view.words
    present = view.present
    result, improvement = result_and_improvement(view, cues, masked)
    efficiency, concessive = efficiency_evidence(view, cues, masked)
    sig_comparison = comparison_index(view, cues, masked)
    theory = _theory_words(words, present, cues)
    return Signals(
        finding=finding_index(view, cues, masked, own_ends),
        sota=sota_index(view, cues),
        comparison=sig_comparison,
        result=result,
        theory=bool(theory),
        theory_pair=len(theory) >= 2,
        proof=not theory.isdisjoint(cues.theory_strong - cues.theory_weak) or _theoretical_result(words, cues),
        efficiency=efficiency >= 0,
        concessive=concessive,
        decline=not present.isdisjoint(cues.decline_words) and improvement < 0,
        beats_first=sig_comparison >= 0 and efficiency >= 0 and wins_before(view, cues, masked, efficiency),
        improvement=improvement >= 0,
        hedged=not present.isdisjoint(cues.hedges),
        adverb=adverb_opening(view, cues),
        no_rival=without_rival(view, cues, masked, sig_comparison),
    )


def _theoretical_result(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """ "Theoretical analysis shows ...", "our theoretical results": a theoretical result noun
    counts as a word of proof."""
    if "theoretical" not in words:
        return False
    return any(
        w == "theoretical" and words[i + 1 : i + 2] and words[i + 1] in cues.result_nouns for i, w in enumerate(words)
    )


def _theory_words(words: tuple[str, ...], present: frozenset[str], cues: ClaimCues) -> frozenset[str]:
    """The theory words of a sentence (``theory_strong``), without a verb of proving (``prove_verbs``) that
    only says something turned out so: one after a result noun within four words ("Experiments prove the
    strong capability of X", "our findings prove that ..."), or with neither an author word within three
    words before ("we prove", "we then prove") nor "that" after it ("this paper proves that ..."; not "X
    proves adaptable to ...")."""
    found = present & cues.theory_strong
    for verb in found & cues.prove_verbs:
        if not any(_proves(words, i, cues) for i, w in enumerate(words) if w == verb):
            found -= {verb}
    return found


def _proves(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether the verb of proving at ``i`` states a proof (see :func:`_theory_words`)."""
    if any(w in cues.result_nouns for w in words[max(0, i - 4) : i]):
        return False  # "experiments prove ...", "our findings prove that ..."
    return any(w in cues.author_words for w in words[max(0, i - 3) : i]) or words[i + 1 : i + 2] == ("that",)
