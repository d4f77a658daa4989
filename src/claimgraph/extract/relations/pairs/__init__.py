"""Component ``claimgraph_relations``: evaluated_on, outperforms and uses.

Token patterns over each sentence's words and the entities already found (no
parser); cue lists are data in ``data/relations.json``. Sentences that are
background (no author or proposed-entity reference, before the propose
sentence, not a claim) give no relations. The head of a relation is the claim's
subject when the sentence is a claim, else the entity in subject position, and
"our method", "it", "we" resolve to the proposed entity (``doc._.proposes``).
``proposes`` itself is emitted by ``claimgraph_proposes``.

==============  ==========================================================  ====
relation        pattern                                                     conf
==============  ==========================================================  ====
evaluated_on    Dataset in a sentence with an evaluation verb ("evaluate    0.75
                X on D", "tested on D")
evaluated_on    Dataset in a claim or in a sentence with result words       0.60
                ("experiments on D", "results on D", "achieves 84% on D")
outperforms     "outperforms/surpasses/beats/exceeds Y"                     0.80
outperforms     "better/higher/faster ... than Y", "gain of 2% over Y"      0.65
uses            "fine-tune Y", "built on/based on Y", "trained on D",       0.70
                "applied to Y", "initialized from Y", "on top of Y"
uses            "our quantized Y", "Y trained with <ours>", "we apply <ours>    0.65
                to Y (and Z)", "Y as the backbone/teacher/encoder"
uses            "Y-based", "a novel Y method, NAME", "experiments on Y"     0.60
uses            "using/leverages/integrates/employs/via Y", "<method>       0.55
                improves (the robustness of) Y", "enables Y to ..."
==============  ==========================================================  ====

+0.05 when the head is named in the sentence (not resolved from "our method",
"it" or "we"), -0.15 when the sentence is hedged; clipped to [0.05, 0.99].
A Dataset after a training cue is a ``uses`` tail, never ``evaluated_on``.
``uses`` patterns live in :mod:`claimgraph.extract.relations.uses`; its tails
exclude entities after a comparison marker ("outperforms Y", "than Y") and
stop at a purpose ("to improve Y"). Per-sentence facts shared by the three
relations (comparison markers, compared entities) are computed once.

Readings that look like a relation and are not (issue #17; cue words in
``cues/relation_reading.json``): possibility and parity wins (:func:`_possible`),
a win of "X with Y" or a head outside the clause's subject (:func:`_winner`),
rivals that are classes or settings (:func:`_plural_name`, :func:`_linked_to_class`,
:func:`_quantified_class`, :func:`_kind_before_name`, :func:`_setting_between`),
others evaluated or tools of the setup (:func:`_others_evaluated`,
:func:`_instrument`), datasets introduced rather than evaluated on
(:func:`_apposed_data`); models listed as examples of the evaluated systems
(:func:`_listed_models`) are heads when the paper proposes no method or model.
Rivals named as examples of a beaten class are rivals (:func:`_class_example`), and the
rivals a comparison set-up names (:func:`compared_set`) are beaten by the next sentence's
"outperforms all baselines/them" (:func:`_anaphoric_rivals`; the fact shows both sentences).
A benchmark paper's models evaluated on its benchmark in a sentence that does not name it are
shown with the passage from the sentence naming it (:func:`_benchmark_passage`). Not evaluated_on:
metrics typed as datasets (:func:`_metric_like`), acronyms of tasks (:func:`_acronyms_of_tasks`),
others' systems evaluated (:func:`_evaluation_of_others`), benchmarks built for a setting
(:func:`_own_purpose_object`); not outperforms: models a method enhances (:func:`_after_verb`),
properties (:func:`_liability_than`), resource limits (:func:`_beyond_limit`), lists of kinds
(:func:`_kind_list`), the models of a data-making method (:func:`_models_of_data_maker`,
:func:`_data_maker_stand_in`, for evaluated_on too), what a plain thing can do
(:func:`_possible_for_thing`), a plain subject of a reported clause (:func:`_plain_clause_subject`),
a backbone glossed in parentheses after the rival (:func:`_glossed_backbone`), the model the winner
runs with (:func:`_own_setting`), a head the sentence sets against another comparison word
(:func:`_compared_head`: "matching GPT-5.2 and surpassing GPT-4o"), a win its clause denies
(:func:`_negated_win`: "no significant gain over X"); not evaluated_on:
data compared against or used as an instrument (:func:`_compared_data`), a dataset others' systems are
reported on (:func:`_others_reported`), names that set up an evaluation of "our approach"
(:func:`_own_subject_after`), hardware (:func:`_hardware`), models (:func:`_names_models`), models apposed
to a tool class ("using four off-the-shelf models, X, Y": :func:`_instrument_class`). A rival with a
result verb of its own opens a new clause (:func:`_subject_of_own_verb`), whose subject wins there
(:func:`_conjoined_subject`);
a name joined by "+" or followed by a data noun, or configured by "with" another name, is no rival
(:func:`_in_combination`, :func:`_names_data`, :func:`_qualified_rival`), nor a technique after a
variant modifier (:func:`_variant_of_technique`), nor a name modifying plain nouns after it
(:func:`_noun_modifier`: "the IASLC grading system"); an unnamed part as the clause's subject wins
nothing for the paper's method (:func:`_unnamed_part_subject`: "the learned reranker");
a win word whose object is only costs is no win (:func:`_cost_object`); a rival beaten by a named winner is
not also beaten by an unnamed one (:func:`_named_winners_first`), a variant glued to the paper's name or an
unfound sized name as subject wins nothing for the paper (:func:`_glued_variant`), a rival with a size glued
after it is cut (:func:`_sized_cut`); a benchmark passage starts at a
sentence naming that benchmark, not another dataset the paper builds (:func:`_names_dataset`).
"Our method", "the framework", "This" do not stand for an established technique the paper only builds
with (:func:`_unnamed_own`); a name opening its sentence that the paper writes capitalised inside
sentences is that clause's winner (:func:`_capitalised_inside`); a Method rival after a model size is a
trained model (:func:`_sized_method`); a base model the authors trained does not win as such
(:func:`_trained_by_authors`), nor a model glued after "<name>-trained" as head, rival or evaluated
(:func:`_made_with_prefix`); not evaluated_on: a "dataset" scored in parallel with a model
(:func:`_model_peer`), a name listed among models (:func:`_model_listed`), a judge model glued to
"-judged" (:func:`_judge_model`).


**Modules.** The entry point (:mod:`.component`) reads each sentence and calls the three readings:
:mod:`.evaluations` (evaluated_on: tails from :mod:`.eval_cues` and :mod:`.non_datasets`, heads from
:mod:`.eval_subjects` and :mod:`.others`), :mod:`.comparisons` (outperforms: winner from :mod:`.winner` and
:mod:`.clauses`, rivals from :mod:`.rivals` and :mod:`.rival_names`, win, cost and parity readings from
:mod:`.wins` and :mod:`.costs`) and :mod:`.used` (uses); :mod:`.benchmarks` reads benchmark papers and their
passages, :mod:`.pointed` the paper's own benchmark a result sentence points to or follows, :mod:`.heads`
the heads evaluated_on and outperforms share, and :mod:`.sentences` holds the result, the sentence record
and the word tests they all share.
"""

from __future__ import annotations

from claimgraph.extract.pipeline.sentence_view import Located
from claimgraph.extract.pipeline.sentence_view import sentence_views as sentence_views
from claimgraph.extract.relations.pairs.benchmarks import _points_to_benchmark as _points_to_benchmark
from claimgraph.extract.relations.pairs.component import find_relations
from claimgraph.extract.relations.pairs.component import make_relations as make_relations
from claimgraph.extract.relations.pairs.costs import _glued_to_verb as _glued_to_verb
from claimgraph.extract.relations.pairs.costs import _window_back as _window_back
from claimgraph.extract.relations.pairs.others import _others_evaluated as _others_evaluated
from claimgraph.extract.relations.pairs.rival_names import _plural_name as _plural_name
from claimgraph.extract.relations.pairs.sentences import RelationMatch
from claimgraph.extract.relations.pairs.used import uses as uses

__all__ = ["Located", "RelationMatch", "find_relations"]
