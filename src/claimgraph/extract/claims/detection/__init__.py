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
baseline or others' work ("improvements ... over BERT", "over the baseline", "gains over
state-of-the-art methods") is a comparison, and so is a merit of the work measured against a rival
("demonstrate the robustness of X over existing state-of-the-art methods").
Lowering a harm ("reduces hallucinations") is an improvement. A gain that a
finding verb reports in a "that" clause naming no work of the paper's own, in a
claim with no subject and no numbers ("experiments demonstrate that action
locality is essential for boosting sample efficiency"), is a finding.
So is a gain or comparison that an analysis or ablation, the subject of the finding
verb, reports about no work of the paper's own and over no baseline ("ablation
studies confirm that these gains stem from ...").
"Competitive" with no rival after it ("achieves competitive results") makes a
claim, but no comparison. A gain of speed or efficiency ("enhances inference speed")
is a saving; advancing a field ("advances drug discovery") measures no gain; advancing
or beating the state-of-the-art record itself ("advances the state of the art",
"surpasses the state-of-the-art accuracy") is a record. A title asserts a
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

**Modules**, in the order they import each other: :mod:`.non_evidence` (cue words that are no evidence where
they stand: "better than chance", "achieves this using", "taking advantage of"), :mod:`.findings` (finding
verbs, finding adverbs and asserting titles), :mod:`.state_of_the_art` (state-of-the-art phrases),
:mod:`.comparison_words` (comparison words with a rival), :mod:`.efficiency` (savings and conceded costs),
:mod:`.results` (result and gain words, negated gains, harms raised or lowered), :mod:`.signals` (what fired
in one sentence: :class:`~.signals.Signals`, :func:`signals`), :mod:`.gates` (availability, plans, method
descriptions, mechanisms and aims), :mod:`.benchmark_papers` (scores and evaluated models of a benchmark
paper), :mod:`.claim_types` (:func:`claim_type`), :mod:`.linked_owners` (the models a claim's numbers belong
to), :mod:`.claim_match` (:class:`ClaimMatch`, subject, links and confidence of one claim) and
:mod:`.component` (:func:`detect`, which weighs one sentence's evidence and applies the gates,
:func:`find_claims`, which runs it over a doc, and :func:`make_claims`, the factory of the component).
"""

from __future__ import annotations

from claimgraph.extract.claims.detection.claim_match import ClaimMatch
from claimgraph.extract.claims.detection.claim_types import claim_type
from claimgraph.extract.claims.detection.component import detect, find_claims, make_claims
from claimgraph.extract.claims.detection.signals import signals
from claimgraph.extract.claims.numbers import ComparisonMatch
from claimgraph.extract.pipeline.sentence_view import Located

__all__ = ["ClaimMatch", "ComparisonMatch", "Located", "claim_type", "detect", "find_claims", "make_claims", "signals"]
