"""Component ``claimgraph_claims``: sentences asserting the paper's own results.

Every sentence is scanned once (as hyphen-joined words, see
:mod:`claimgraph.extract.pipeline.sentence_view`); the cue lists are data in
``data/claims.json``. A sentence is a claim when its strongest evidence
reaches :data:`THRESHOLD` and no gate rejects it.

Evidence and confidence (the one place where confidence is defined)
-------------------------------------------------------------------
==========================  =====  =============================================
evidence                    base   fires when
==========================  =====  =============================================
finding                     0.85   "we show/find/prove/identify ...", "results/experiments
                                   ... demonstrate/indicate ...", "this paper shows",
                                   "X is found to ...", "we analyze X and find",
                                   "..., demonstrating", "we provide evidence that",
                                   "we argue/posit that" (after the propose sentence)
adverb                      0.70   "Interestingly, / surprisingly ..." among the first
                                   words, with the authors speaking or after sentence 2
state_of_the_art            0.80   "achieves/sets (new) state-of-the-art",
                                   "first place" after an achieve verb
comparison                  0.75   "outperforms/surpasses/beats", "better than",
                                   "competitive with", "matches" (own or after
                                   the propose sentence)
number                      0.70   a quantity with a direction ("by 4.3 points",
                                   "2x faster", "reduces ... by 50%")
result verb                 0.60   achieve/improve/reduce/speed-up words with the
                                   paper's own subject ("our method", "it", the
                                   proposed name, "we")
title                       0.60   a title that asserts ("X Can Self-correct")
==========================  =====  =============================================

Then: +0.05 when the subject is named in the sentence (not resolved),
+0.05 when a dataset, metric or baseline is linked, +0.05 when a quantity is
linked, +0.05 when two or more kinds of evidence fired, -0.15 when hedged;
clipped to [0.05, 0.99].

An enumerated item ("1) ...", "(2) ...") right after a finding claim speaks
for the authors like that claim and is typed finding. A gain stated over a
baseline ("improvements ... over BERT", "over the baseline") is a comparison.
Lowering a harm ("reduces hallucinations") is an improvement. A title asserts a
finding unless it says who beats ("X Outperforms Y") or improves what; its
colon-separated parts are read one by one. Theory words that name an object
("convergence", "bounds") give way to comparison, improvement or efficiency
evidence; words of proof ("prove", "theorem") do not. A sentence that first
says whom the subject beats stays a comparison when it also reports savings.

Not evidence: words that only name a comparison ("compared", "versus") without
an outcome word, cue words inside an aim ("to further enhance", "to reduce X
and enhance Y", "the key idea is to ..."), "establish" without a result noun
before it or "that" after it ("we establish a benchmark"), weak finding verbs
merely coordinated with the authors' first verb ("... and highlight key
applications"), and nouns that look like cues ("this report", "a set of").
After the propose sentence, background words count only before the finding
verb ("This suggests a notable gap in current LLMs" is a claim).

Gates (a sentence failing one is not a claim): availability ("code is
available", URLs, "we release"), plans ("we will", "future work"), method
descriptions ("we propose X, which ...", "it consists of ...") and research
questions ("we investigate whether ...") unless they also carry finding,
comparison, state-of-the-art or number evidence, and background (no author or
proposed-entity reference, and before the propose sentence or with
background words such as "recent", "existing", "however").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import ClaimCues, claim_cues
from claimgraph.extract.claims.numbers import ComparisonMatch, comparisons, moves
from claimgraph.extract.claims.subjects import (
    PaperContext,
    baselines_of,
    clause_start,
    compared_against,
    entity_mask,
    is_background,
    is_purpose,
    opening_end,
    own_reference,
    paper_context,
    resolve_subject,
)
from claimgraph.extract.entities.name_shapes import is_coined
from claimgraph.extract.pipeline.sentence_view import (
    Located,
    SentenceView,
    sentence_views,
)

THRESHOLD = 0.6
#: Background words of a sentence opened by a finding adverb count only among its first words.
OPENING = 6
STRENGTH = {
    "finding": 0.85,
    "sota": 0.80,
    "comparison": 0.75,
    "number": 0.70,
    "result": 0.60,
    "title": 0.60,
    "adverb": 0.70,
}


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """One claim sentence with its type, links and confidence."""

    sentence: Span
    type: str
    subject: Span | None
    baselines: tuple[Span, ...]
    datasets: tuple[Span, ...]
    metrics: tuple[Span, ...]
    quantities: tuple[Span, ...]
    hedged: bool
    confidence: float
    comparisons: tuple[ComparisonMatch, ...] = ()


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
    #: a beat verb comes before the first efficiency word ("outperforms X ... with lower costs")
    beats_first: bool = False
    #: the sentence reports a decline ("performance drops", "degrades"): its falling numbers are no gain
    decline: bool = False
    #: the efficiency evidence only concedes a small cost ("negligible overhead", "small memory footprints")
    concessive: bool = False


def _finding_index(
    view: SentenceView, cues: ClaimCues, masked: frozenset[int], own_ends: frozenset[int] = frozenset()
) -> int:
    """Index of the word that reports a finding of the authors, or -1.

    A finding verb counts after a result noun ("results show"), an author word
    ("we find"), "this/these/which", "this paper/our study", the paper's own
    proposed name (``own_ends``: last word indices; "LLM-KICK unveils ..."), a passive
    auxiliary before "to" ("is found to"), or "and"/"," in a sentence whose
    subject is the authors ("we analyze X and find ...", "..., demonstrating
    ..."). Reporting verbs and nouns ("argue", "evidence") count only before
    "that" and after an author word ("we argue that", "we provide evidence that").
    """
    words = view.words
    present = view.present
    if (
        present.isdisjoint(cues.finding_verbs)
        and present.isdisjoint(cues.reporting_verbs)
        and present.isdisjoint(cues.finding_nouns)
    ):
        return -1
    seen_result_noun = False
    for i, word in enumerate(words):
        if word == ";":
            seen_result_noun = False  # a new clause: "... and experiments; and (ii) rigorously validated tasks"
        result_before = seen_result_noun
        if word in cues.result_nouns and i not in masked:
            seen_result_noun = True
        if i in masked:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in cues.reporting_verbs or word in cues.finding_nouns:
            if following == "that" and any(w in cues.author_words for w in words[max(0, i - 4) : i]):
                return i
            if word in cues.finding_nouns and following in ("for", "of") and result_before:
                return i  # "our findings provide further evidence for ..."
            continue
        if word not in cues.finding_verbs or is_purpose(words, i):
            continue
        if word in cues.author_nouns and i and words[i - 1] in ("this", "our", "the", "a", "an"):
            continue  # "in this report, we explore ...": the noun, not the verb
        if following in cues.how_words and (following not in ("how", "why") or "to" in words[i + 2 : i + 4]):
            continue  # "we show how to ...": a description; "we show how this can be overcome" reports
        before = words[max(0, i - 3) : i]
        if (
            word in cues.result_only_verbs
            and following != "that"
            and not any(w in cues.result_nouns for w in words[max(0, i - 4) : i])
        ):
            continue  # "we establish a benchmark": a description; "our results establish X as ..."
        if (
            seen_result_noun
            or any(w in cues.author_words for w in before)
            or (i and words[i - 1] in ("this", "these", "which"))
            or (i > 1 and words[i - 2] in ("this", "these") and words[i - 1] in cues.own_result_heads)
            or (i - 1) in own_ends
            or _paper_noun(words, i, cues)
            or (i and words[i - 1] in cues.passive_aux and following == "to")
        ):
            return i
        if (
            i > 1
            and words[i - 1] in ("and", ",")
            and word not in cues.uncoordinated_finding_verbs
            and any(w in cues.author_words for w in words[max(0, i - 24) : i - 1])
        ):
            return i  # "we analyze X and find ...", "We leverage X, demonstrating ..."
    return -1


def _paper_noun(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "this paper shows", "our study reveals": the paper itself reports."""
    return i > 1 and words[i - 1] in cues.author_nouns and words[i - 2] in ("this", "our")


def _adverb_opening(view: SentenceView, cues: ClaimCues) -> bool:
    """ "Interestingly, ...", "In addition, X is surprisingly ...": a sentence adverb of finding."""
    if view.words and view.words[0] in cues.opening_adverbs and view.words[1:2] == (",",):
        return True  # "Empirically, X improves ..."
    if view.present.isdisjoint(cues.finding_adverbs):
        return False
    return any(w in cues.finding_adverbs for w in view.words[:8])


def _sota_index(view: SentenceView, cues: ClaimCues) -> int:
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


def _comparison_index(view: SentenceView, cues: ClaimCues, masked: frozenset[int], start: int = 0) -> int:
    words = view.words
    if view.present.isdisjoint(cues.comparison_cues):
        return -1
    for i in range(start, len(words)):
        word = words[i]
        if word not in cues.comparison_cues or i in masked or is_purpose(words, i):
            continue
        if (
            word in ("better", "worse", "stronger")
            and "than" not in words[i + 1 : i + 6]
            and not _performs(words, i, cues)
        ):
            continue  # "better understanding": no comparison; "performs significantly better" is one
        if word in ("better", "worse", "stronger") and _than_chance(words, i, cues):
            continue  # "significantly better than chance": how far from chance, not whom it beats
        if word in cues.weak_comparison_cues and not _weighed(view, cues):
            continue  # "our method was compared with ...": a comparison without its outcome
        if word in cues.match_verbs and i and ("-" in words[i - 1] or words[i - 1].endswith(("al", "ic", "ive"))):
            continue  # "cross-modal matching", "semantic matching": a noun, not "matches X"
        if word in cues.match_verbs and (i + 1 >= len(words) or words[i + 1] in (",", ".", ";", ":", ")")):
            continue  # "relying on superficial keyword matching.", "reduce wrong point matching, ...": no object
        if word in cues.match_verbs and any(e.label == "Metric" and e.first <= i <= e.last for e in view.entities):
            continue  # "scored by exact match": a metric's name
        if word in cues.matching_verbs and not _matched_rival(view, cues, i):
            continue  # "sounds that match the scene", "a matching cost volume": no rival
        if _idiom_noun(words, i, cues):
            continue  # "by taking advantage of ..."
        return i
    return -1


def _matched_rival(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """Whether a form of "match" at ``i`` compares with a rival: within four words after it stand "or"
    ("matches or outperforms"), a Model, Method or Metric name, or a word of ``match_objects`` ("matches
    the performance of", "matches strong baselines"); not "sounds that match the scene", "a matching cost
    volume"."""
    last = min(len(view.words), i + 5)
    if any(w in cues.match_objects for w in view.words[i + 1 : last]):
        return True
    return any(i < e.first < last and e.label in ("Model", "Method", "Metric") for e in view.entities)


def _performs(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether a comparative follows a verb of performing within three words ("perform
    significantly better", "generalizes better to unseen domains"): an outcome against
    others even without "than"; not after "to" ("to perform better")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if words[j] in cues.perform_verbs:
            return not (j and words[j - 1] == "to")
    return False


def _than_chance(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether the comparative at ``i`` compares with chance ("better than chance", "than random")."""
    than = next((j for j in range(i + 1, min(len(words), i + 6)) if words[j] == "than"), -1)
    return than >= 0 and any(w in cues.chance_words for w in words[than + 1 : than + 3])


def _refers_back(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """ "our algorithm achieves this using ...": an achieve verb whose object refers back to an aim."""
    return (
        words[i] in cues.achieve_cues
        and i + 1 < len(words)
        and words[i + 1] in cues.reference_verbs_objects
        and (i + 2 >= len(words) or words[i + 2] in (".", "by", "through", "using", "via", "with", "in", ","))
    )


def _idiom_noun(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether a cue word is a noun of an idiom or a noun phrase ("taking advantage of",
    "the benefits of text answers"), not a result."""
    if words[i] not in cues.idiom_nouns or i + 1 >= len(words) or words[i + 1] != "of":
        return False
    return i > 0 and (words[i - 1] in ("the", "its", "their") or words[i - 1] in cues.take_words)


def _weighed(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether a sentence says how a comparison came out: a comparison cue other than
    the weak ones, a comparative or a result word."""
    present = view.present
    return (
        not present.isdisjoint(cues.comparison_cues - cues.weak_comparison_cues)
        or not present.isdisjoint(cues.comparatives)
        or not present.isdisjoint(cues.result_words)
    )


def _efficiency(view: SentenceView, cues: ClaimCues, masked: frozenset[int]) -> tuple[int, bool]:
    """Index of the first word that states a saving of time, memory, compute or cost (or -1),
    and whether it only concedes a small cost ("negligible overhead", "small memory
    footprints"; see ``concessive_qualifiers``). A decrease verb may stand up to six words
    before its object ("reduce the number of retrieval calls")."""
    words = view.words
    if view.present.isdisjoint(cues.efficiency_words):
        return -1, False
    conceded = -1  # the first concessive saving, kept while a real one may follow
    for i, word in enumerate(words):
        if i in masked or is_purpose(words, i):
            continue
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


def signals(
    view: SentenceView, cues: ClaimCues, masked: frozenset[int], own_ends: frozenset[int] = frozenset()
) -> Signals:
    """Scan one sentence for every kind of evidence (pure); ``own_ends`` as in :func:`_finding_index`."""
    words = view.words
    present = view.present
    result = improvement = -1
    for i, word in enumerate(words if not present.isdisjoint(cues.result_words) else ()):
        if word not in cues.result_words or i in masked or is_purpose(words, i) or _idiom_noun(words, i, cues):
            continue
        if _refers_back(words, i, cues):
            continue
        if (
            word in cues.achieve_cues
            and i + 1 < len(words)
            and words[i + 1] == "of"
            and i
            and words[i - 1] in ("a", "the")
        ):
            continue  # "a set of numbers", "the score of": a noun, not a result verb
        if word == "better" and _than_chance(words, i, cues):
            continue  # "significantly better than chance": no gain over anything
        if (word in cues.improvement_cues or word == "better" or _lowers_a_harm(view, cues, i)) and not (
            _negated(words, i, cues) or _raises_a_harm(view, cues, i)
        ):
            improvement = i if improvement < 0 else improvement
        if result < 0 and (
            word in cues.achieve_cues
            or word in cues.improvement_cues
            or word in cues.decrease_cues
            or word in cues.efficiency_strong
        ):
            result = i
    efficiency, concessive = _efficiency(view, cues, masked)
    sig_comparison = _comparison_index(view, cues, masked)
    return Signals(
        finding=_finding_index(view, cues, masked, own_ends),
        sota=_sota_index(view, cues),
        comparison=sig_comparison,
        result=result,
        theory=not present.isdisjoint(cues.theory_strong),
        theory_pair=len(present & cues.theory_strong) >= 2,
        proof=not present.isdisjoint(cues.theory_strong - cues.theory_weak) or _theoretical_result(words, cues),
        efficiency=efficiency >= 0,
        concessive=concessive,
        decline=not present.isdisjoint(cues.decline_words) and improvement < 0,
        beats_first=sig_comparison >= 0 and words[sig_comparison] in cues.beat_verbs and sig_comparison < efficiency,
        improvement=improvement >= 0,
        hedged=not present.isdisjoint(cues.hedges),
        adverb=_adverb_opening(view, cues),
    )


def _theoretical_result(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """ "Theoretical analysis shows ...", "our theoretical results": a theoretical result noun
    counts as a word of proof."""
    if "theoretical" not in words:
        return False
    return any(
        w == "theoretical" and words[i + 1 : i + 2] and words[i + 1] in cues.result_nouns for i, w in enumerate(words)
    )


def _negated(words: tuple[str, ...], i: int, cues: ClaimCues) -> bool:
    """Whether a negation stands within four words before ``words[i]`` in its clause ("does not
    improve", "does not necessarily translate to better performance", "no gains"); "not only
    improves" is no negation."""
    for j in range(i - 1, max(-1, i - 5), -1):
        if words[j] in (",", ";", ":", "but", "and", "while", "whereas"):
            return False
        if words[j] in cues.negations:
            return not (words[j] == "not" and j + 1 < len(words) and words[j + 1] in cues.not_only_words)
    return False


def _raises_a_harm(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """ "increases the likelihood of hallucinations", "higher error": an increase word before a
    lower-is-better noun or metric reports a harm, not a gain (the converse of :func:`_lowers_a_harm`)."""
    words = view.words
    if words[i] not in cues.rise_words:
        return False
    end = min(len(words), i + 5)
    # "gains with minimal degradation": the harm belongs to another phrase
    end = next((j for j in range(i + 1, end) if words[j] in cues.harm_phrase_breaks), end)
    return _names_a_harm(view, cues, range(i + 1, end))


def _lowers_a_harm(view: SentenceView, cues: ClaimCues, i: int) -> bool:
    """ "reduces hallucinations", "a drastic reduction in false negative rate": a decrease
    word before a lower-is-better noun or metric is an improvement ("performance drops" is not)."""
    if view.words[i] not in cues.decrease_cues:
        return False
    return _names_a_harm(view, cues, range(i + 1, min(len(view.words), i + 5)))


def _names_a_harm(view: SentenceView, cues: ClaimCues, window: range) -> bool:
    """Whether a lower-is-better noun ("hallucinations") or metric ("false negative rate") stands in ``window``."""
    if any(view.words[j] in cues.lower_better_nouns for j in window):
        return True
    for e in view.entities:
        if e.label == "Metric" and e.first in window:
            info = cues.metric_table.get(e.key)
            if info is not None and info.higher_is_better is False:
                return True
    return False


def _gated(view: SentenceView, cues: ClaimCues, strong: bool) -> bool:
    """Whether availability, plans or a method description rule the sentence out."""
    words, present = view.words, view.present
    if not present.isdisjoint(cues.availability_strong):
        return True
    if present.isdisjoint(cues.author_words) and present.isdisjoint(cues.author_nouns):
        return False
    authored = [i for i, w in enumerate(words) if w in cues.author_words or w in cues.author_nouns]
    if not present.isdisjoint(cues.release_words) and authored and not strong:
        return True
    if not present.isdisjoint(cues.plan_words) and authored:
        return True
    for i in authored:
        # "our model also generalizes ...": the word after "our" is its noun, not a verb
        after = words[i + 2 : i + 4] if words[i] == "our" else words[i + 1 : i + 4]
        if words[i] == "our":  # "our FooNet model improves ...": "model" is the noun, not a verb
            after = tuple(w for w in after if w not in cues.self_heads)
        if any(w in cues.description_verbs for w in after) and not strong:
            return True
    return False


def _described_only(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether the sentence only describes what the authors do: its main clause opens with "we"
    and a description verb ("To address this, we propose X, which enhances ...", "We validate
    ... on Y" is a finding verb and stays), and no result word follows (an achieve, beat or
    finding verb that is not a purpose's "to achieve": "we propose X, which achieves ...",
    "we present a method that outperforms ..." stay claims; so does "we posit that ...").
    The guide: "descriptions of what the method does ('we propose X, which segments
    sentences...')" are no claims."""
    words = view.words
    if "we" not in view.present:
        return False
    first = words.index("we")
    openers = cues.description_openers
    if first and words[first - 1] not in (",", ")") and not all(w in openers for w in words[:first]):
        return False
    if any(w in cues.finding_verbs for w in words[:first]):
        return False
    verb = first + 1
    if verb < len(words) and words[verb] in openers:
        verb += 1
    if verb >= len(words) or words[verb] not in cues.description_verbs:
        return False
    results = cues.described_results
    rest = words[verb + 1 :]
    if "that" in rest[:3]:
        return False  # "we posit that ...", "we provide evidence that ...": a reported finding
    return not any(w in results and (k == 0 or rest[k - 1] != "to") for k, w in enumerate(rest))


def _title_claim(view: SentenceView, cues: ClaimCues) -> bool:
    """Whether a title asserts: one of its colon-separated parts opens with no question or
    topic word and has a title verb after its first word ("The Butterfly Effect of Model
    Editing: Few Edits Can Trigger ...", not "Compressing LLMs: The Truth is ...")."""
    words = view.words
    if not words or words[-1] == "?":
        return False
    start = 0
    for end in [i for i, w in enumerate(words) if w == ":"] + [len(words)]:
        part = words[start:end]
        start = end + 1
        if part and part[0] not in cues.title_question_words and any(w in cues.title_verbs for w in part[1:]):
            return True
    return False


def detect(view: SentenceView, ctx: PaperContext, cues: ClaimCues, listed: bool = False) -> ClaimMatch | None:
    """Return the claim of one sentence, or None (pure).

    ``listed``: the sentence is an enumerated item ("2) The finer ...") right
    after a finding claim ("we identify two phenomena."); it speaks for the
    authors like that claim.
    """
    if view.present.isdisjoint(cues.any_cue) and not view.quantities and not listed:
        return None  # nothing that could fire: skip the rest of the scan
    masked = entity_mask(view)
    own_ends = frozenset(e.last for e in view.entities if ctx.is_proposed(e)) if ctx.keys else frozenset()
    sig = signals(view, cues, masked, own_ends)
    own = listed or own_reference(view, ctx, cues)
    after = ctx.propose_index is not None and view.index >= ctx.propose_index
    moving = bool(view.quantities) and moves(view, cues)
    fired: dict[str, float] = {}
    if view.index == 0 and ctx.has_title:
        if _title_claim(view, cues):
            fired["title"] = STRENGTH["title"]
    else:
        if sig.finding >= 0 and (
            view.words[sig.finding] not in cues.reporting_verbs
            or ctx.propose_index is not None
            and view.index > ctx.propose_index
        ):
            fired["finding"] = STRENGTH["finding"]
        elif sig.adverb and (own or after or view.index >= 2):
            fired["finding"] = STRENGTH["adverb"]
        if sig.sota >= 0 and (own or after):
            fired["sota"] = STRENGTH["sota"]
        if sig.comparison >= 0 and (own or after or sig.finding >= 0):
            fired["comparison"] = STRENGTH["comparison"]
        if moving and (own or after or sig.finding >= 0):
            fired["number"] = STRENGTH["number"]
        if sig.result >= 0 and (own or after and _benchmark_score(view, ctx, view.words[sig.result])):
            fired["result"] = STRENGTH["result"]
    if listed and not fired:
        fired["finding"] = STRENGTH["adverb"]  # "(b) ... a BERT-based model can master ...": an item of the finding
    if not fired:
        return None
    strong = any(k in fired for k in ("finding", "sota", "comparison", "number"))
    if view.index or not ctx.has_title:
        if _gated(view, cues, strong) or (
            "number" not in fired and "sota" not in fired and not listed and _described_only(view, cues)
        ):
            return None
        adverb = sig.finding < 0 and "finding" in fired
        # after the proposal, what a finding verb reports may be about current methods
        # ("This suggests a notable gap in current LLMs"): only words before it are background
        within = OPENING if adverb else (sig.finding if after and "finding" in fired and sig.finding >= 0 else None)
        if not own and (is_background(view, cues, within) or not after and sig.finding < 0 and not adverb):
            return None
        if not after and not own and not strong:
            return None
        if not strong and (_describes_mechanism(view, cues, sig.result) or _states_aim(view, cues, sig.result)):
            return None
    base = max(fired.values())
    if base < THRESHOLD:
        return None
    match = _build(view, ctx, cues, sig, fired, base, after, listed)
    if "title" in fired and match.type != "finding":
        # a title asserts a finding unless it says who beats ("X Outperforms Y") or improves what
        if sig.comparison >= 0 and view.words[sig.comparison] in cues.beat_verbs:
            match = replace(match, type="comparison")
        elif view.present.isdisjoint(cues.improve_verbs):
            match = replace(match, type="finding")
    return replace(match, type="finding") if listed and match.type in ("improvement", "comparison") else match


def _benchmark_score(view: SentenceView, ctx: PaperContext, sig_word: str) -> bool:
    """Whether a sentence of a benchmark paper (it proposes a Dataset and no Method or Model)
    reports a score: a percentage or a metric with a number ("The best system achieves only
    61.43% accuracy", "GPT-4o reaches 0.41 F1 on FooBench"). Such scores are the paper's results."""
    if ctx.dataset is None or ctx.actor is not None or not view.quantities:
        return False
    if sig_word.endswith("ly"):
        return False  # "Notably, 84% of samples require audio": an adverb, not a score verb
    if any(e.label == "Metric" for e in view.entities):
        return True
    return any(q.span.text.rstrip().endswith("%") for q in view.quantities)


def _describes_mechanism(view: SentenceView, cues: ClaimCues, cue: int) -> bool:
    words = view.words
    if view.present.isdisjoint(cues.mechanism_verbs):
        return False
    stop = cue if cue >= 0 else len(words)
    return any(w in cues.mechanism_verbs for w in words[:stop])


def _states_aim(view: SentenceView, cues: ClaimCues, cue: int) -> bool:
    """ "The key idea of X is to reduce ...", "our goal is to ...": an aim stated before the cue."""
    words = view.words
    stop = cue if cue >= 0 else len(words)
    return any(words[i] in cues.passive_aux and words[i + 1] == "to" for i in range(min(stop, len(words) - 1)))


def _result_index(view: SentenceView, cues: ClaimCues, masked: frozenset[int], start: int) -> int:
    """Index of the first result word at or after ``start`` (as :func:`signals` reads them), or -1."""
    words = view.words
    for i in range(start, len(words)):
        word = words[i]
        if word not in cues.result_words or i in masked or is_purpose(words, i) or _idiom_noun(words, i, cues):
            continue
        if _refers_back(words, i, cues):
            continue
        if word in cues.achieve_cues and i + 1 < len(words) and words[i + 1] == "of" and words[i - 1] in ("a", "the"):
            continue
        if word in cues.achieve_cues or word in cues.improvement_cues or word in cues.decrease_cues:
            return i
        if word in cues.efficiency_strong:
            return i
    return -1


def _clause_cue(view: SentenceView, cues: ClaimCues, sig: Signals, lo: int) -> int:
    """The first comparison, state-of-the-art or result word of the reported clause (at or
    after ``lo``); a cue word before it ("..., and experiments on X show that it improves
    Y") does not hide the clause's own."""
    cue = min((i for i in (sig.comparison, sig.sota, sig.result) if i >= lo), default=-1)
    if lo == 0 and cue > 0:
        start = opening_end(view.words)
        if start is not None and cue < start:
            lo = start  # "By mitigating X and improving Y, DCC strengthens ...": the main clause's cue
            cue = -1
    if cue >= 0 or lo == 0 or (sig.comparison < 0 and sig.result < 0):
        return cue
    masked = entity_mask(view)
    later = [i for i in (_comparison_index(view, cues, masked, lo), _result_index(view, cues, masked, lo)) if i >= 0]
    return min(later, default=-1)


def _build(view, ctx, cues, sig: Signals, fired, base, after, listed: bool = False) -> ClaimMatch:
    lo = clause_start(view, sig.finding)
    cue = _clause_cue(view, cues, sig, lo)
    subject, explicit = resolve_subject(view, ctx, cues, cue, lo, after)
    if listed and not explicit and subject is not None and not own_reference(view, ctx, cues):
        # an item of a listed finding ("2) While smaller models ... show promise, they still lag
        # behind ...") is about what its own clause names, not the paper's proposal
        subject = None
    if not explicit and subject is not None and compared_against(view, cues, subject):
        subject = None  # "our best model achieved 0.85, outperforming the baseline EVA-02 model": not EVA-02
    baselines = baselines_of(view, ctx, cues, subject)
    found = comparisons(view, baselines, cues, subject=subject) if view.quantities else ()
    baseline_spans = tuple(b.span for b in baselines)
    datasets = tuple(e.span for e in view.entities if e.label == "Dataset" and e.span is not subject)
    metrics = tuple(e.span for e in view.entities if e.label == "Metric")
    quantities = tuple(q.span for q in view.quantities)
    confidence = base
    confidence += 0.05 if explicit else 0.0
    confidence += 0.05 if (datasets or metrics or baseline_spans) else 0.0
    confidence += 0.05 if quantities else 0.0
    confidence += 0.05 if len(fired) >= 2 else 0.0
    confidence -= 0.15 if sig.hedged else 0.0
    ctype = claim_type(sig, found, bool(baselines), over=_over_baseline(view.words, baselines))
    if ctype != "theoretical" and _about_evaluated_models(view, ctx, cues, subject):
        ctype = "finding"  # a benchmark paper's results about the models it evaluates are findings
    return ClaimMatch(
        sentence=view.sentence,
        type=ctype,
        subject=subject,
        baselines=baseline_spans + _owners_to_link(view, ctx, found, subject, baseline_spans),
        datasets=datasets,
        metrics=metrics,
        quantities=quantities,
        hedged=sig.hedged,
        confidence=round(min(0.99, max(0.05, confidence)), 3),
        comparisons=found,
    )


def _owners_to_link(
    view: SentenceView,
    ctx: PaperContext,
    found: tuple[ComparisonMatch, ...],
    subject: Span | None,
    linked: tuple[Span, ...],
) -> tuple[Span, ...]:
    """The named Models and Methods the sentence ties a number to ("with Gemini-Pro-1.5 leading with 40%
    accuracy", "Proprietary models like GPT-4o achieve only 13% pass@1") that are neither the claim's
    subject nor already among its baselines: linked to the claim beside its baselines, so that the number
    is shown with its own model (a number whose model is not linked would be shown with no subject). Names
    are compared by their words, not their place: the subject named again ("Baselines achieve 70.2% while
    FooNet reaches 80.1%" in a paper proposing FooNet, whose subject may be its name in another sentence)
    and an entity the paper proposes are never linked as baselines (as :func:`baselines_of` skips them).
    A Method is linked only when named like a system (:func:`_system_name`), not a technique ("SSL
    (accuracy = 0.88)", "trained with Focal Loss achieves 99.25%": the number is not the technique's)."""
    actors = {e.span for e in view.entities if e.label == "Model" or (e.label == "Method" and _system_name(e.span))}
    skipped = {span.text.lower() for span in linked}
    if subject is not None:
        skipped.add(subject.text.lower())
    extra: list[Span] = []
    for c in found:
        model = c.model
        if model is None or model not in actors or c.role not in ("score", "baseline"):
            continue
        if model.text.lower() in skipped or ctx.is_proposed(model):
            continue
        skipped.add(model.text.lower())
        extra.append(model)
    return tuple(extra)


def _system_name(span: Span) -> bool:
    """Whether a name is shaped like a system's: a coined word (:func:`is_coined`: a capital inside it or a
    capital and a digit: "SD-Feedback", "CognitiveDrone-R1", "YOLOv11-DIoU") or one capitalised word
    ("Mamba"), not a technique's words ("Focal Loss", "semi-supervised learning")."""
    words = span.text.split()
    return any(is_coined(w) for w in words) or (len(words) == 1 and words[0][:1].isupper())


def _about_evaluated_models(view: SentenceView, ctx: PaperContext, cues: ClaimCues, subject: Span | None) -> bool:
    """Whether a claim of a benchmark paper (it proposes a Dataset and no Method or Model)
    is about the models it evaluates ("GPT-4 is the only model to do better than chance",
    "most LLMs dip dramatically after 20K tokens"), not about the paper's own work: no
    "our"/"proposed", no proposed name, no training on the data ("models trained on X
    improve ...", "our workflow improves ...")."""
    if ctx.dataset is None or ctx.actor is not None or subject is not None and ctx.is_proposed(subject):
        return False
    present = view.present
    if "our" in present or "proposed" in present or not present.isdisjoint(cues.training_words):
        return False
    return present.isdisjoint(ctx.keys) and not any(ctx.is_proposed(e) for e in view.entities)


#: Words right before a baseline that measure a gain against it ("over BERT", "more robust than X").
_AGAINST = frozenset({"over", "than"})


def _over_baseline(words: tuple[str, ...], baselines: tuple[Located, ...]) -> bool:
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


def find_claims(doc: Doc, cues: ClaimCues | None = None, views: list[SentenceView] | None = None) -> list[ClaimMatch]:
    """Return the claims of a processed doc, in text order (pure)."""
    cues = cues or claim_cues()
    views = views if views is not None else sentence_views(doc)
    ctx = paper_context(doc, views, cues)
    claims: list[ClaimMatch] = []
    previous: ClaimMatch | None = None
    for view in views:
        listed = previous is not None and previous.type == "finding" and _enumerated(view.words)
        match = detect(view, ctx, cues, listed)
        if match is not None:
            claims.append(match)
        if match is not None or not listed:
            previous = match
    return claims


def _enumerated(words: tuple[str, ...]) -> bool:
    """Whether a sentence opens with an item number: "1) ...", "(2) ...", "ii) ..."."""
    head = words[:3]
    if len(head) < 2:
        return False
    if head[0] == "(":
        head = head[1:]
    return (
        len(head) > 1
        and head[1] == ")"
        and (head[0].isdigit() or head[0] in ("i", "ii", "iii", "iv", "v", "a", "b", "c", "d", "e"))
    )


@Language.factory("claimgraph_claims")
def make_claims(nlp: Language, name: str):
    """Build the claims component (sets ``doc._.claims``)."""
    cues = claim_cues()

    def set_claims(doc: Doc) -> Doc:
        doc._.claims = find_claims(doc, cues)
        return doc

    return set_claims


__all__ = ["ClaimMatch", "ComparisonMatch", "Located", "find_claims", "claim_type", "detect", "signals"]
