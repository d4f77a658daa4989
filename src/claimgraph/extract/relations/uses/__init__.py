"""Patterns of the ``uses`` relation (Method -> Model/Method/Dataset), over sentence views.

Used by :func:`claimgraph.extract.relations.pairs.uses`, which turns what these
functions find into relations and documents their confidences:

- :func:`use_cues`: cue words ("fine-tune", "built on", "based on", "applied
  to", "using", "leverages", "experiments on") with a base confidence;
- :func:`cue_tails`: the entity after a cue and the entities listed with it,
  stopping at a comparison ("than", "outperforms", "compared") or a purpose
  ("to improve");
- :func:`tail_shapes`: tails named by their own shape ("X-based", "our
  quantized X", "X trained with our method", "enables X to", "a novel X
  method, NAME"), the parts of the method a numbered list names ("introduces
  two innovations: (1) X ...; (2) Y") and a technique the authors coin later
  ("we further introduce Candidate Prior Normalization (CPN)");
- :func:`uses_head`: the entity that uses (see its docstring; never a description
  only, :func:`described_only`);
- :func:`coordinated`: a tail listed with the head ("trained with X and Y") or the head's own
  name spelled out ("TactAlign: ... via Tactile Alignment");
- :func:`name_fragment`: a tail that is a piece of a longer name ("Efficient
  Channel Attention", "2D Gaussian Splatting", "REason-guided ...", one conjunct of
  "via Layout and Appearance Alignment", "an Image-to-Response Guided loss") or a cut one
  ("SigLIP-So400" of "SigLIP-So400m") is no tail;
- :func:`evaluator`: a tail that scores or probes the outputs ("GPT-4 as the judge",
  "a GPT-based scoring method", "we use LIME heatmaps to compare ...") is no tail;
- :func:`unstated_use`: a cue that states no use of the paper's own ("without
  requiring X", "the prevailing practice that ... rely on X"); nor does an opening
  concession about others ("While transformers provide ... through self-attention, ...");
- :func:`uses_head` also gives no head for a background sentence before the abstract speaks of
  the authors' work, nor for "our <other named system> integrates X"; :func:`use_cues` skips hopes
  and plans ("We hope ... integrating X") and the authors' tools in an opening phrase ("Utilizing
  Grad-CAM, we pinpoint ...");
- :func:`not_own_method`: heads that are no method name of the paper's own (a lexicon
  technique, also abbreviated or capitalised unless the paper coins it: "TTA", "CNN"; a task, a
  description ending in a kind noun, a benchmark, a cut name);
- :func:`uses_head` gives no head inside a question ("Can we adopt the DiT-based model for
  Real-ISR?"), nor the paper's entity that an opening phrase names for what the main clause
  introduces ("Building on SGDF, we further present GDCN": GDCN uses SGDF, not the reverse);
  :func:`coordinated` drops a tail inside the phrase that spells the head out ("UPRE: ... via
  Unified Prompt and Representation Enhancement"); a class with its named instance in apposition
  ("a preference optimization strategy, SKA-DPO") and the alternatives a method supports
  ("supports both Transformer-based and Mamba-based decoders") are no tails;
- :func:`uses_head` gives no head in the "that"/"how" clause of an observing verb that names
  neither the authors nor their method ("We observe that DETR-based detectors degrade ...",
  :func:`_observed_finding`), and gives the use of "its <part>" after an opening phrase to the
  paper's method ("Built on DINOv3, its HFM module ...", :func:`_possessor`);
  :func:`unstated_use` refuses what follows "instead of" / "rather than" ("instead of the vanilla
  Transformer"); :func:`coordinated` drops the head's own model at one size or in one variant
  ("our fine-tuned LeaP-T-7B", :func:`_own_size`);
- :func:`served`: a tail after "<backbone/infrastructure/foundation> for" is what the head serves
  ("well suited as a backbone for retrieval-augmented generation"), no tail; :func:`name_fragment`
  also drops a tail opening with "and" and a tail a capitalised hyphenated modifier opens
  ("Information-consistency-based Plan Selection", :func:`_coined_modifier`);
  :func:`uses_head` gives no head to a cue in the appositive of a later name ("..., and WRITER, a
  model combining X", :func:`_apposed_other`) nor to Models listed together as the subject
  ("Qwen3-4B, Qwen3-8B and Olmo-3-7B achieve ...", :func:`_listed_models`);
- :func:`cue_tails` and :func:`_context_use` drop a technique that names a kind of data ("a
  supervised fine-tuning (SFT) dataset", :func:`_kind_of_data`); :func:`uses_head` gives no head
  to an experiment whose finding is about another system ("evaluations on Qwen3-8B show that
  KV-Reuse improves ...", :func:`_experiment_on_others`); :func:`modifier_cut` also reads a name
  cut before a capitalised noun ("Label Shift Aware Adaptation");
- :func:`name_fragment` also drops a Model cut before its size or variant ("OctoThinker" of "OctoThinker
  Hybrid-8B-Base"); :func:`coordinated` drops the head's own long form blended at any capital
  ("CLIPer" and "Classifier-Guided Inference-Time Personalization"); :func:`uses_head` gives the use
  to a Model named as the paper's name plus a suffix ("QREAM-FT employs X", :func:`_own_variant`) and
  no head to what another Model was trained on ("BERT trained on MNLI", :func:`_other_model_trained`),
  and gives a cue far after a proposed name to it when the cue stands in the relative clause describing
  the name the sentence introduces or the name opens the sentence ("we present GSM++, a model that ...
  and then employs X", :func:`_described_proposed`); :func:`sibling_items`: two names opening items of one
  counted list ("comprises two components: the X ..., and the Y ...") are siblings, not a use.

**Modules**, in the order they import each other: :mod:`.cues` (the word sets and what all share),
:mod:`.rivals` and :mod:`.cue_reading` (the cue words, and cues about others or stating no use),
:mod:`.fragments` (pieces of longer names), :mod:`.classes` and :mod:`.refusals` (tails refused),
:mod:`.tails` (the tails after a cue), :mod:`.context` (uses read from context), :mod:`.own_method`
(what the whole paper says of its own method), :mod:`.parts` (the parts of the method),
:mod:`.openings` (opening phrases and the subject of a cue), :mod:`.shapes` (tails named by their
shape), :mod:`.heads` (the entity that uses), :mod:`.siblings` (items of one list) and
:mod:`.coordinated` (tails listed with the head, "we apply <ours> to Y").
"""

from __future__ import annotations

from claimgraph.extract.relations.uses.classes import _listed_as_data as listed_as_data
from claimgraph.extract.relations.uses.classes import application_example, class_apposition
from claimgraph.extract.relations.uses.coordinated import applied_to, coordinated
from claimgraph.extract.relations.uses.cue_reading import use_cues
from claimgraph.extract.relations.uses.cues import UsesCues, same, uses_cues
from claimgraph.extract.relations.uses.fragments import _cut_name, _product_of, clause_like
from claimgraph.extract.relations.uses.heads import uses_head
from claimgraph.extract.relations.uses.own_method import _coined_at, not_own_method
from claimgraph.extract.relations.uses.parts import _name_goes_on
from claimgraph.extract.relations.uses.refusals import evaluator
from claimgraph.extract.relations.uses.rivals import _rival_relative, inspired_tail
from claimgraph.extract.relations.uses.shapes import tail_shapes
from claimgraph.extract.relations.uses.siblings import sibling_items
from claimgraph.extract.relations.uses.tails import cue_tails

__all__ = [
    "UsesCues",
    "application_example",
    "_coined_at",
    "_cut_name",
    "_name_goes_on",
    "_product_of",
    "_rival_relative",
    "applied_to",
    "class_apposition",
    "clause_like",
    "coordinated",
    "cue_tails",
    "evaluator",
    "inspired_tail",
    "listed_as_data",
    "not_own_method",
    "same",
    "sibling_items",
    "tail_shapes",
    "use_cues",
    "uses_cues",
    "uses_head",
]
