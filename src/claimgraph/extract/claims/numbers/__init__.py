"""The meaning of a number inside a claim: role, metric, dataset, model, direction, scale.

**Role.** Every number of a claim sentence gets one:

- ``size``: a size or count ("7B parameters", "1.4B scale", "67M", "500 images");
- ``cost``: time, memory, compute or price ("12 GB", "3 hours", "$5");
- ``change``: a change, absolute or relative ("by 4.3 points", "a 2.6% increase",
  "+1.2", "3x speed-ups", "within 1%");
- ``baseline``: a baseline's score ("vs. 80.2", "RFT (53.6%)", the "61%" of
  "from 61% to 75%");
- ``score``: an absolute score ("reaching 27.2 PQ", "accuracy of 90.1%", the
  "75%" of "from 61% to 75%");
- None when unknown (a year, a bare integer, "3.9% of the data") or when the
  number is no score: a bound ("over 80%", "no model reaches 60%"), a share
  ("retains 99% of accuracy"), a statistic or confidence level ("P<0.001",
  "OR 3.14", "95% CI", "+- 0.24") or an operating point ("at 5% FPR").

**Metric.** A number is bound to a metric only when the sentence ties them:

- directly after it, across gap words only ("27.2 PQ", "a 2.6% increase in
  7-class accuracy": ``gap_after`` of ``cues/numbers.json``), or directly before
  it ("ACC: 0.9452", "an F1 score of 0.89", "accuracy improves by 2.6%":
  ``gap_before``), the nearer one winning;
- else across a list of numbers joined by commas and "and" ("85.2% and 80.1%
  accuracy", "accuracy of 85.2% and 80.1%"), in the direction the metric is
  already bound in: a metric that follows its own number ("7.33~8.26 BLEU") is
  never given to a later number ("and 1.66~3.36 CometScore");
- else none. A size is never bound to a metric; a cost or an "x" change only
  directly. A metric qualified by a content word ("bitwise accuracy",
  "Patho-FID", "LPIPS-Full", "mAP at 50") binds no number; lists of metrics and
  numbers pair by position only when they match ("accuracy and F1 of 85% and
  0.81, respectively", "a / b precision / recall").

**Dataset and model.** The dataset is the one named right after the number
("on GSM8K"), by "respectively" order, or the sentence's only dataset; the
model is a baseline or name right before the number ("GPT-4 (35.6%)",
"vs. GPT-4's 80%"), the name a clause ties it to ("Y, the current SOTA, which
achieves 0.84"; :func:`_owner`; also an unnamed baseline, "the baseline model which achieved 98.6%",
and a name no entity covers, "VibrantVS (2.71 m MAE)") or, for a baseline's score, the nearest baseline.
A list of names pairs with the list of numbers by position, as datasets do
(:func:`_by_position`: "A, B and C achieve 61%, 70% and 75%"); when the counts
differ ("even A and B achieve only 38%") the number has no model.

**Direction** (for every number): the one or two words right after the number
first ("2x speedup", "30% fewer parameters"), then the words before it,
nearest first ("reduces latency by 2x", "within 1% of X"); a leading "+"
means an increase. ``relative`` is True for x/times/fold changes and for "%"
changes of a metric that is not itself a percentage, False for points and
for "%" changes of a percentage metric, and False for a bare level.
``higher_is_better`` comes from the metric table (``lexicons/metrics.jsonl``).

**Modules.** The reading (:mod:`.reading`) calls, per number: :mod:`.metrics`, :mod:`.metric_binding` and
:mod:`.metric_lists` (which metric); :mod:`.non_scores`, :mod:`.changes`, :mod:`.ranges` and
:mod:`.baselines` (which role); :mod:`.owners`, :mod:`.owner_roles`, :mod:`.name_lists`,
:mod:`.unnamed_owners` and :mod:`.qualifiers` (whose number); :mod:`.datasets` (on which dataset);
:mod:`.number_lists` (lists of numbers); :mod:`.direction` (which way); :mod:`.match` holds the result and
:mod:`.words` the words they share.
"""

from __future__ import annotations

from claimgraph.extract.claims.numbers.direction import moves
from claimgraph.extract.claims.numbers.match import ComparisonMatch
from claimgraph.extract.claims.numbers.reading import comparisons

__all__ = ["ComparisonMatch", "comparisons", "moves"]
