"""The type of a claim (:func:`claim_type`): theoretical, state_of_the_art, efficiency, comparison,
improvement or finding, from its signals and numbers, whether a gain is measured over a baseline
(:func:`over_baseline`), whether a gain is only an effect that a finding reports (:func:`reported_effect`),
whether an analysis or ablation reports it (:func:`analysis_report`) and whether a merit of the work is measured
against a rival (:func:`merit_over_rival`)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.detection.signals import Signals
from claimgraph.extract.claims.numbers import ComparisonMatch
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.claims.subjects.cues import subject_cues
from claimgraph.extract.claims.subjects.self_references import is_self_reference
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView

#: Words right before a baseline that measure a gain against it ("over BERT", "more robust than X").
_AGAINST = frozenset({"over", "than"})


def over_baseline(words: tuple[str, ...], baselines: tuple[Located, ...], cues: ClaimCues) -> bool:
    """ "... over BERT", "more robust than X", "over the (strong) baseline(s)", "over state-of-the-art methods"
    (``gain_rival_heads``): a gain measured against a baseline or others' work."""
    if _AGAINST.isdisjoint(words):
        return False
    if any(not _AGAINST.isdisjoint(words[max(0, b.first - 3) : b.first]) for b in baselines):
        return True
    return any(
        w in _AGAINST and any(x.startswith("baseline") or x in cues.gain_rival_heads for x in words[i + 1 : i + 5])
        for i, w in enumerate(words)
    )


#: How many words may stand between a merit noun and the word that measures it against a rival.
_MERIT_REACH = 12


def merit_over_rival(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether a merit of the work (subjects.json ``merit_nouns``: "the robustness of X", "its effectiveness") is
    measured against a rival after it in the same clause: a word of ``gain_rival_words`` or
    ``weak_comparison_cues`` ("over", "compared to", "relative to") within twelve words, no clause end
    (``rival_clause_ends``) between, and within four words after it a Method or Model name, "baseline(s)" or a
    rival head (``gain_rival_heads``), not a number ("demonstrate the robustness of ARASFSR over existing
    state-of-the-art methods", "demonstrate its effectiveness compared to semantic entropy"; not "the
    effectiveness of our approach, achieving over 97% recall", "the robustness of our model against noise
    schedulers"). Such a sentence claims the work beats the rival: a comparison."""
    words = view.words
    merits = subject_cues().merit_nouns
    if view.present.isdisjoint(merits):
        return False
    markers = cues.gain_rival_words | cues.weak_comparison_cues
    for i, word in enumerate(words):
        if word not in merits:
            continue
        for j in range(i + 1, min(len(words), i + 1 + _MERIT_REACH)):
            if words[j] in cues.rival_clause_ends:
                break
            if words[j] not in markers:
                continue
            k = j + 1 + (j + 1 < len(words) and words[j + 1] in ("to", "with"))
            if k < len(words) and words[k][:1].isdigit():
                break
            if any(k <= e.first < k + 4 and e.label in ACTORS for e in view.entities):
                return True
            if any(x.startswith("baseline") or x in cues.gain_rival_heads for x in words[k : k + 4]):
                return True
            break
    return False


def reported_effect(view: SentenceView, ctx: PaperContext, cues: ClaimCues, finding: int) -> bool:
    """Whether the gain of a sentence is an effect that a finding reports, not a gain of the paper's work:
    a finding verb followed by "that" (``finding``: its index), and a gain word in the reported clause
    before which stand neither a self-reference ("our method", "our pretraining", "we", "it") nor a proposed name
    ("Experiments demonstrate that action locality is essential for boosting sample efficiency", "we
    observe that neural networks ... better remember samples near class centers"); not "results show
    that our method improves ..." nor "experiments show consistent improvements" (no reported clause).
    The caller checks that the claim has no subject and no numbers."""
    words = view.words
    if finding < 0:
        return False
    that = next((i for i in range(finding + 1, min(len(words), finding + 3)) if words[i] == "that"), None)
    if that is None:
        return False
    gain = next(
        (i for i in range(that + 2, len(words)) if words[i] in cues.improvement_cues or words[i] == "better"), None
    )
    if gain is None:
        return False
    # not "our method", "our pretraining", "the proposed module": the paper's own gain
    return not _names_own_work(view, ctx, cues, that + 1, gain)


#: How many words may open a sentence before its finding verb for an analysis noun to report the finding.
_REPORT_OPENING = 12


def analysis_report(view: SentenceView, ctx: PaperContext, cues: ClaimCues, finding: int) -> bool:
    """Whether an analysis or ablation reports the finding of a sentence about what is not the paper's own work
    (``finding``: the index of its finding verb, within its first words): an analysis noun (``analysis_nouns``),
    or a result noun heading one ("ablation studies"), is the verb's subject, with at most adverbs
    (``description_openers``) between them and no other result noun before ("Ablation studies confirm that these
    gains stem from ...", "Our analysis further shows that both generation and understanding improve
    editing"), and the words after the verb name no work of the paper's own (as :func:`reported_effect` reads
    it). Such a sentence explains how the work behaves; it is a finding whatever gain or comparison it names.
    Not "Through ablation studies, we demonstrate ..." (the authors report), "Experiments and ablations show
    that X outperforms Y" (the experiments report the result), "Ablation studies show that our method
    improves ..." (the paper's own gain)."""
    words = view.words
    if not 0 < finding <= _REPORT_OPENING:
        return False
    subject = finding - 1
    while subject > 0 and words[subject] in cues.description_openers:
        subject -= 1
    head = words[subject]
    if head not in cues.analysis_nouns and not (
        head in cues.result_nouns and subject and words[subject - 1] in cues.analysis_nouns
    ):
        return False
    before = words[:subject]
    if any(w in cues.result_nouns and w not in cues.analysis_nouns for w in before):
        return False
    return not _names_own_work(view, ctx, cues, finding + 1, len(words))


def _names_own_work(view: SentenceView, ctx: PaperContext, cues: ClaimCues, start: int, end: int) -> bool:
    """Whether words ``start`` to ``end`` name the paper's own work: "our", "proposed", a self-reference
    ("our method", "it") or a proposed name."""
    words = view.words
    if any(words[i] in ("our", "proposed") or is_self_reference(words, i, cues) for i in range(start, end)):
        return True
    return any(start <= e.first < end and ctx.is_proposed(e) for e in view.entities)


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
    if sig.comparison >= 0 and not sig.no_rival:
        return "comparison"  # not "achieves competitive results": no rival
    moved = {c.direction for c in found} & {"increase", "decrease"}
    if sig.decline and moved == {"decrease"}:
        moved = set()  # "performance drops on X across models (-16.49%)": a finding, not a gain
    if sig.improvement or moved:
        return "comparison" if over else "improvement"
    if has_baseline:
        return "comparison"
    return "finding"
