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
  cut before a capitalised noun ("Label Shift Aware Adaptation").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, RelationCues, claim_cues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PROPOSE_VERBS, PaperContext, entity_mask, own_reference
from claimgraph.extract.cues import load_cues
from claimgraph.extract.pipeline.sentence_view import (
    PAPER_FACTS_CACHE,
    Located,
    SentenceView,
    cue_before,
    past_abbreviation,
    sentence_views,
)
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards import ReadingCues, reading_cues, title_like


@dataclass(frozen=True, slots=True)
class UsesCues:
    """Word sets of ``cues/uses.json``, read only by this module (see its ``_doc``)."""

    uses_train_verbs: frozenset[str]
    uses_eval_verbs: frozenset[str]
    uses_model_preps: frozenset[str]
    uses_object_verbs: frozenset[str]
    uses_opening_preps: frozenset[str]
    uses_part_nouns: frozenset[str]
    uses_part_modifiers: frozenset[str]
    uses_purpose_participles: frozenset[str]
    uses_purpose_words: frozenset[str]
    uses_purpose_infinitives: frozenset[str]
    uses_class_heads: frozenset[str]
    uses_own_nouns: frozenset[str]
    uses_subject_skips: frozenset[str]
    uses_part_verbs: frozenset[str]
    uses_into_verbs: frozenset[str]
    uses_core_nouns: frozenset[str]
    uses_core_links: frozenset[str]
    uses_adjective_cues: frozenset[str]
    uses_object_adjectives: frozenset[str]
    uses_extra_train_cues: frozenset[str]
    uses_train_noun_words: frozenset[str]
    uses_from_cues: frozenset[str]
    uses_method_cues: frozenset[str]
    uses_trained_vias: frozenset[str]
    uses_object_pronouns: frozenset[str]
    uses_others_nouns: frozenset[str]
    uses_rival_words: frozenset[str]
    uses_adverb_negators: frozenset[str]
    uses_inspired_words: frozenset[str]
    uses_by_kind_nouns: frozenset[str]
    uses_by_blockers: frozenset[str]
    uses_experiment_model_preps: frozenset[str]
    uses_experiment_skips: frozenset[str]
    uses_cue_noun_after: frozenset[str]
    uses_task_ends: frozenset[str]
    uses_component_nouns: frozenset[str]
    uses_head_task_ends: frozenset[str]
    uses_with_verbs: frozenset[str]
    uses_compat_words: frozenset[str]
    uses_compat_to_words: frozenset[str]
    uses_clause_openers: frozenset[str]
    uses_modifier_endings: frozenset[str]
    uses_name_closers: frozenset[str]
    uses_example_leads: frozenset[str]
    uses_version_words: frozenset[str]
    uses_generic_modifiers: frozenset[str]
    uses_rival_relative_words: frozenset[str]
    uses_model_class_ends: frozenset[str]
    uses_evaluation_nouns: frozenset[str]
    uses_phrase_stops: frozenset[str]
    uses_study_verbs: frozenset[str]
    uses_head_nonmethod_ends: frozenset[str]
    uses_than_words: frozenset[str]
    uses_result_preps: frozenset[str]
    uses_result_verbs: frozenset[str]
    uses_apply_object_verbs: frozenset[str]
    uses_naive_adverbs: frozenset[str]
    uses_list_markers: frozenset[str]
    uses_coined_nonpart_nouns: frozenset[str]
    uses_coined_study_words: frozenset[str]
    uses_ordinal_openers: frozenset[str]
    uses_hope_words: frozenset[str]
    uses_future_nouns: frozenset[str]
    uses_instance_leads: frozenset[str]
    uses_compat_with_verbs: frozenset[str]
    uses_opening_words: frozenset[str]
    uses_support_verbs: frozenset[str]
    uses_support_ranges: frozenset[str]
    uses_long_form_joiners: frozenset[str]
    uses_replace_verbs: frozenset[str]
    uses_replace_stops: frozenset[str]
    uses_result_finding_verbs: frozenset[str]
    uses_serving_nouns: frozenset[str]
    #: derived: cue words that open a pattern besides relations.json's ``use_any``
    extra_cues: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        extra = self.uses_extra_train_cues | self.uses_from_cues | self.uses_method_cues
        object.__setattr__(self, "extra_cues", extra)


def uses_cues() -> UsesCues:
    """The packaged ``cues/uses.json``."""
    return load_cues(UsesCues, "uses.json")


#: Labels of the names a ``uses`` tail can be (a Metric or Task between words is no rival tail).
TAIL_LABELS = frozenset(("Method", "Model", "Dataset"))

#: A word capitalised to build an acronym ("REason-guided Fact-checking with Latent
#: EXplanations" for REFLEX): a piece of a longer name when the acronym is in the sentence.
_ACRONYM_PIECE = re.compile(r"[A-Z]{2,}[a-z]{3,}")
#: "based" glued to a name without its hyphen ("CoTbased"): a cut of "CoT-based".
_GLUED_BASED = re.compile(r"[A-Z0-9]based$")
#: A model size before a name ("based on 4B Phi-3-Vision"): not a piece of the name.
_SIZE = re.compile(r"\d+(\.\d+)?[KMBT]")
#: A model size in billions after a name, past an optional short tag ("-7b", " 8b", "-t-7b"), or a
#: variant tag of one letter or a digit and a letter ("-s", "-2s"); lower case. Not "-1m", "-450k",
#: the sizes of data sets ("EditHF-1M"), nor a longer tag that may name another model ("-er").
_SIZE_AFTER = re.compile(r"[-\s]?(?:[a-z]{1,2}-)?\d+(\.\d+)?b|-\d?[a-jln-z]")


def same(head: Span, tail: Located, abbreviated: bool = True) -> bool:
    """Whether a head and a tail name the same entity (same text, same kb id, or, if
    ``abbreviated``, one abbreviates the other: "PreFM" and "Predictive Future Modeling")."""
    if head.text.lower() == tail.key or bool(head.kb_id_) and head.kb_id_ == tail.span.kb_id_:
        return True
    return abbreviated and (_abbreviates(head.text, tail.span.text) or _abbreviates(tail.span.text, head.text))


def _abbreviates(short: str, long: str) -> bool:
    """Whether the capitals of a one-word name are the initials of a longer name's words
    ("PreFM", "Predictive Future Modeling"; "GSM++" and "Graph Sequence Model" are not one name)."""
    if " " in short or " " not in long or not short.isalnum():
        return False
    letters = "".join(c for c in short if c.isupper())
    initials = "".join(w[0] for w in re.split(r"[\s-]+", long) if w).upper()
    return len(letters) > 1 and letters == initials


def use_cues(view: SentenceView, rc: RelationCues, pairs: dict[str, frozenset[str]]) -> list[tuple[int, float]]:
    """Cue words of ``uses`` as (word index, base confidence)."""
    words = view.words
    uc = uses_cues()
    extra = uc.extra_cues
    if view.present.isdisjoint(rc.use_any) and view.present.isdisjoint(extra):
        return []
    masked = entity_mask(view)
    opener = view.find(rc.comparison_openers) if not view.present.isdisjoint(rc.comparison_openers) else -1
    reading = reading_cues()
    cues = []
    for i, word in enumerate(words):
        if word not in rc.use_any and word not in extra or i in masked:
            continue
        if word in uc.uses_extra_train_cues and (
            i + 1 >= len(words) or words[i + 1] in uc.uses_train_noun_words or i and words[i - 1] in ("the", "a", "an")
        ):
            continue  # "the train split", "train and test sets": a noun, not the verb
        if word in uc.uses_from_cues and word not in rc.use_any and (i + 1 >= len(words) or words[i + 1] != "from"):
            continue  # "adapted from X", "derived from X"; not "an adapted model"
        if word in uc.uses_purpose_participles and i + 1 < len(words) and words[i + 1] in uc.uses_purpose_words:
            continue  # "images that can be used for data augmentation": a purpose, not a use
        if word in uc.uses_purpose_participles and i + 1 < len(words) and words[i + 1] == "by":
            continue  # "the SigLIP encoder that was also used by PaliGemma": the user, not what is used
        if word in uc.uses_purpose_participles and i + 1 < len(words) and words[i + 1] in uc.uses_purpose_infinitives:
            continue  # "spectral clustering is used to generate pseudo-labels": the product, not a use
        if _in_purpose_clause(view, i, uc):
            continue  # "VisCoR-55K, which is then used to boost various VLMs through SFT": their training
        if word in rc.train_cues and _others_trained(words, i, rc):
            continue  # "detectors trained with SAM degenerate": other models' training, not ours
        if _rivals_trained(view, i, rc, uc):
            continue  # "competitive with models trained on Objaverse": the rivals' training data
        if word in reading.adjectival_participles and i and words[i - 1] in reading.adjectival_adverbs:
            continue  # "widely used architectures, including VGG-16": an adjective, not a use
        if _other_clause(view, i, reading):
            continue  # "..., while the popular architectures are employed using X"
        if unstated_use(view, i, rc):
            continue  # "without requiring pre-trained X", "the common practice of using X"
        if _others_subject(words, i, rc):
            continue  # "Existing methods use a CLIP encoder, while FooNet ...": another subject uses it
        if _about_named_other(view, i):
            continue  # "surpasses Tongyi DeepResearch (trained via continual pre-training, SFT)"
        before = [w for w in words[max(0, i - 3) : i] if w not in ("the", "a", "an")]
        if before and (before[-1] in reading.comparison_preps or before[-1] in rc.not_after):
            continue  # "alignment over the fine-tuned Stable Diffusion": a baseline, not a use
        if word.endswith("ing") and i > 1 and words[i - 1] == "for" and words[i - 2] in rc.class_nouns:
            continue  # "data augmentation methods for combining images ... include CutMix": a class
        weak = word in rc.use_weak or word in uc.uses_method_cues
        if weak and any(w in rc.uses_analysis_words for w in words[max(0, i - 3) : i + 2]):
            continue  # "qualitative analyses using Grad-CAM", "through analysis of X": a tool of the study
        if weak and _analysis_object(view, i, rc):
            continue  # "Through theoretical gradient analysis of SCL, we identify ...": what is studied
        if weak and _analysis_clause(words, i, rc):
            continue  # "we conducted a comparative analysis between the two sets using a VGG16 model"
        if weak and _setup_cue(words, i, rc, reading):
            continue  # "we evaluate X via linear probing", "pairs generated manually and via GPT"
        if word in uc.uses_method_cues and view.has_any(uc.uses_rival_words, max(0, i - 4), i):
            continue  # "outperform models trained through DPO": the rivals' technique
        if _rival_aside(words, i, uc):
            continue  # "more accurate than int2 quantization (using techniques like QAT)": the rival's
        if _rivals_trained(view, i - 1, rc, uc):
            continue  # "competitive with models trained via reward model-guided RL": the rivals' technique
        if word in uc.uses_extra_train_cues and i == 1 and words[0] == "to":
            continue  # "To train the ColorBook, we construct X": a purpose, not a use
        if i + 1 < len(words) and words[i + 1] in uc.uses_cue_noun_after:
            continue  # "downstream use cases such as RAG": a noun, not a use
        if _rival_relative(words, i, uc):
            continue  # "surpassing the previous best score, which was obtained using SANA-1.5": the rival's
        if _inspired_clause(words, i, uc):
            continue  # "Inspired by DeepSeek-R1's success ... through rule-based RL, we ...": the other work
        if _hoped_for(words, i, uc):
            continue  # "We hope our study paves a new path for integrating CoT reasoning with X": a hope
        if weak and _study_opening(words, i, rc, uc):
            continue  # "Furthermore, utilizing the Grad-CAM, we pinpoint systematic failures": a tool of the study
        if i and words[i - 1] in rc.others_words:
            continue  # "prior uses often relied on ICA", "existing fine-tuned models": others' use
        if weak and _trains_another(view, i, uc):
            continue  # "where we train a humanoid robot via sim-to-real RL": how that thing is trained
        if weak and _evaluated_list(words, i, rc):
            continue  # "We evaluate our approach on three examples: ..., and Y via Gaussian splatting"
        if (
            word in pairs
            and (i + 1 >= len(words) or words[i + 1] not in pairs[word])
            and not _applies_method(view, i, uc)
        ):
            continue  # "applied to X", "based on X"; "we apply supervised fine-tuning (SFT)" takes its object
        if i and words[i - 1] in rc.not_after:
            continue  # "improving upon X", "compared with X": a comparison
        if opener >= 0 and opener < i and not any(w in ("our", "we") for w in words[opener:i]):
            continue  # "For comparison, X using Y ...": about a baseline
        if 0 <= opener <= 1 and opener < i and "our" not in words[opener:i]:
            continue  # "For comparison, we fine-tuned five other CNNs via transfer learning"
        if word in rc.experiment_nouns:
            if i + 1 < len(words) and words[i + 1] in rc.experiment_preps:
                cues.append((i + 1, 0.60))
            continue
        strong = word in rc.use_strong or word in uc.uses_extra_train_cues or word in uc.uses_from_cues
        cues.append((i, 0.70 if strong else 0.55))
    return cues


def _others_trained(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether the training cue at ``index`` follows, past an abbreviation in parentheses, a class
    noun that is not the paper's own ("detectors trained with SAM", "Convolutional Neural Networks
    (CNNs) trained on CIFAR-10"; not "our models (OMs) trained on X"): how those models are trained."""
    j = index - 1
    if j >= 3 and words[j] == ")" and words[j - 2] == "(":
        j -= 3
    return j >= 0 and words[j] in rc.class_nouns and not _own_clause(words, j + 1)


def _rival_relative(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue sits in a relative clause (", which/that/who") whose antecedent's phrase
    (back to a comma outside parentheses, ten words at most) holds a comparison word ("surpassing the previous best
    score of 0.80, which was obtained using a larger model", "competitive with larger models (e.g., OS-Atlas-7B),
    which are trained via SFT"): the clause describes the rival, not the paper's method."""
    for j in range(index - 1, 0, -1):
        if words[j] in (",", ";", ":"):
            return False  # "Unlike prior X pipelines, which struggle ..., our method leverages Y"
        if words[j] in ("which", "that", "who") and words[j - 1] == ",":
            lo = max(0, j - 11)
            chunk = _without_parentheses(words[lo : j - 1])  # "larger models (e.g., OS-Atlas-7B)"
            if "," in chunk:  # the antecedent's own phrase: back to a comma
                chunk = chunk[len(chunk) - chunk[::-1].index(",") :]
            return any(w in uc.uses_rival_relative_words for w in chunk)
    return False


def _hoped_for(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue follows a hope ("We hope our study ... paves a new path for integrating CoT
    reasoning with X", "we envision ...") or comes within eight words after "future" and a plan noun
    ("key future directions, such as integrating StyleGAN3"): a hope or a plan states no use."""
    if any(w in uc.uses_hope_words and j and words[j - 1] in ("we", "in") for j, w in enumerate(words[:index])):
        return True  # "we hope", "in hopes of"; not the name "Envision: ... via X"
    return any(
        words[j] == "future" and words[j + 1] in uc.uses_future_nouns for j in range(max(0, index - 9), index - 1)
    )


def _study_opening(words: tuple[str, ...], index: int, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether the cue opens the sentence (after at most a sentence adverb and its comma) with a
    phrase whose main clause is "we" and a study or analysis verb ("Furthermore, utilizing the
    Grad-CAM, we pinpoint systematic failures of AI-generated videos", "Using SHAP, we analyze ..."):
    the authors' tool for inspecting results, not a part of the method ("Using LoRA, we train ...")."""
    if index > 2 or index and words[index - 1] != ",":
        return False
    comma = next((j for j in range(index + 1, min(len(words), index + 16)) if words[j] == ","), None)
    if comma is None or comma + 2 >= len(words) or words[comma + 1] != "we":
        return False
    at = comma + 2
    while at < len(words) - 1 and (words[at].endswith("ly") or words[at] in uc.uses_subject_skips):
        at += 1
    return words[at] in uc.uses_study_verbs or words[at] in rc.uses_analysis_words


def _rival_based(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether an "X-based" tail follows a comparison word in its clause (eight words back at most,
    parentheses skipped; no comma, "we" or "our" between): "SATNet excels state-of-the-art (SOTA)
    CNN-based heavyweight models" describes the beaten rivals, not what the method is built on."""
    chunk = _without_parentheses(words[max(0, tail.first - 12) : tail.first])[-8:]
    for w in reversed(chunk):
        if w in (",", ";", ":", "we", "our"):
            return False
        if w in uc.uses_rival_relative_words:
            return True
    return False


def _without_parentheses(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words outside parentheses ("larger models ( e.g. , X )" -> "larger models"); an
    unclosed parenthesis keeps what follows it."""
    kept: list[str] = []
    depth = 0
    for w in words:
        if w == "(":
            depth += 1
        elif w == ")" and depth:
            depth -= 1
        elif not depth:
            kept.append(w)
    return tuple(kept) if not depth else words


def _inspired_clause(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue's clause (back to a comma, colon or semicolon) follows "inspired by",
    "following", "similar to" ...: it describes the work the paper follows, not the paper's method."""
    return cue_before(words, index, uc.uses_inspired_words, (",", ";", ":"))


def _analysis_object(view: SentenceView, index: int, rc: RelationCues) -> bool:
    """Whether an analysis word and "of" stand between a weak cue and the first name after it,
    within five words ("through theoretical gradient analysis of SCL"): the name is what is
    analysed (not "utilizing reachability analysis and employ LoRA")."""
    words = view.words
    end = min([len(words), index + 6] + [e.first for e in view.entities if e.first > index])
    return any(words[j] in rc.uses_analysis_words and words[j + 1] == "of" for j in range(index + 1, end - 1))


def _analysis_clause(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether an analysis word opens the object of the weak cue's clause, up to ten words back
    (no comma, semicolon or colon between): "we conducted a comparative analysis between the
    original dataset and its variant using a VGG16 model" — a tool of the study; not a cue verb
    after "and" ("a pipeline utilizing reachability analysis and employ X": a verb of its own)."""
    if index and words[index - 1] in ("and", "or"):
        return False
    return cue_before(words, index, rc.uses_analysis_words, (",", ";", ":"), reach=10)


def _in_purpose_clause(view: SentenceView, index: int, uc: UsesCues) -> bool:
    """Whether the cue at ``index`` follows "<data> ... used/employed to" in its clause (back to a
    comma, semicolon or colon; the data within six words before the participle): it says what
    others do with the paper's data ("a dataset, VisCoR-55K, which is then used to boost various
    VLMs through supervised finetuning"), not what the paper's method uses ("this uncertainty is
    then used to guide the student through knowledge distillation" stays)."""
    words = view.words
    for j in range(index - 1, 0, -1):
        if words[j] in (",", ";", ":"):
            return False
        if words[j] in uc.uses_purpose_infinitives and words[j - 1] in uc.uses_purpose_participles:
            lo = max(0, j - 7)
            data = reading_cues().data_nouns
            return any(w in data for w in words[lo : j - 1]) or any(
                e.label == "Dataset" and lo <= e.last < j - 1 for e in view.entities
            )
    return False


def _trains_another(view: SentenceView, index: int, uc: UsesCues) -> bool:
    """Whether the weak cue at ``index`` follows "we train <a thing>" in its clause, the thing
    being no name, no pronoun and no noun of the paper's own method ("we train a humanoid robot
    via sim-to-real RL" with the paper's data): the cue says how that thing is trained."""
    words = view.words
    for j in range(index - 1, max(0, index - 6), -1):
        if words[j] in (",", ";", ":", "(", ")"):
            return False
        if words[j] in uc.uses_train_verbs and words[j - 1] == "we":
            thing = [w for w in words[j + 1 : index] if w not in ("a", "an", "the")]
            return (
                bool(thing)
                and not any(j < e.last and e.first < index for e in view.entities)
                and all(w.isalpha() and w not in uc.uses_own_nouns and w not in uc.uses_object_pronouns for w in thing)
            )
    return False


def _evaluated_list(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether the cue sits in a list after a colon whose clause evaluates with "we" ("We evaluate
    our approach on three examples: A, B, and C via X"), or in parentheses after such a clause
    ("We tested multiple tuning regimes (zero-shot, full fine-tuning, and PEFT via LoRA)"): a
    setting of the evaluation."""
    colon = next((j for j in range(index - 1, -1, -1) if words[j] in (":", ";", "(", ")")), -1)
    if colon < 1 or words[colon] not in (":", "("):
        return False
    return "we" in words[:colon] and any(
        words[j] in rc.eval_verbs and (words[j] not in rc.eval_nounlike or j and words[j - 1] in rc.eval_verb_context)
        for j in range(colon)
    )


def _applies_method(view: SentenceView, index: int, uc: UsesCues) -> bool:
    """Whether the cue is an "apply" verb whose direct object is a Method (past an article): "we apply
    supervised fine-tuning (SFT) to establish ...", not only "applied to X"."""
    if view.words[index] not in uc.uses_apply_object_verbs or index and view.words[index - 1] in uc.uses_naive_adverbs:
        return False  # "directly applying PTQ to a merged model is unreliable": the naive baseline
    at = index + 1 + (index + 1 < len(view.words) and view.words[index + 1] in ("a", "an", "the"))
    return any(e.first == at and e.label == "Method" for e in view.entities)


def _rival_aside(words: tuple[str, ...], index: int, uc: UsesCues) -> bool:
    """Whether the cue opens a parenthetical aside (within two words after "(") on what follows
    "than" in its clause, eight words back at most ("more accurate than standard int2 quantization
    (using techniques like QAT or OmniQuant)"): how the rival works."""
    paren = next((j for j in range(index - 1, max(-1, index - 3), -1) if words[j] == "("), -1)
    return paren > 0 and cue_before(words, paren, uc.uses_than_words, (",", ";", ":", ")"), reach=8)


def _rivals_trained(view: SentenceView, at: int, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether word ``at`` is "trained" after "<class noun>" and a rival word ("competitive with
    models trained on Objaverse", "outperforms models fine-tuned with LoRA"): the cue itself or the
    word before the cue ("models trained via RL"), the rivals' training; or after a name that
    follows a rival word ("comparable to DeepSequence trained on MSAs and finetuned on DMS")."""
    words = view.words
    if at < 2 or words[at] not in rc.train_cues:
        return False
    if words[at - 1] in rc.class_nouns:
        return view.has_any(uc.uses_rival_words, max(0, at - 4), at - 1)
    if words[at - 1] in ("and", "or"):  # "... trained on MSAs and finetuned on DMS": the same rival's
        earlier = next((j for j in range(at - 2, max(0, at - 10), -1) if words[j] in rc.train_cues), -1)
        return earlier > 0 and "," not in words[earlier:at] and _rivals_trained(view, earlier, rc, uc)
    named = next((e for e in view.entities if e.last == at - 1 and e.label in ACTORS), None)
    return named is not None and view.has_any(uc.uses_rival_words, max(0, named.first - 4), named.first)


def _others_subject(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether the cue's clause opens with a class of other works as its subject ("Existing
    methods use X", "prior approaches rely on X", "prior uses often relied on X"): read back to
    the clause's start."""
    start = index - 1
    while start >= 0 and words[start] not in (",", ";", ":") and index - start <= 6:
        start -= 1
    subject = words[start + 1 : index]
    others_nouns = uses_cues().uses_others_nouns
    return (
        any(w in rc.others_words for w in subject)
        and any(w in rc.class_nouns or w in others_nouns for w in subject)
        and not any(w in ("we", "our") for w in subject)
    )


def _own_clause(words: tuple[str, ...], index: int) -> bool:
    """Whether the words before ``index`` speak of the paper's own work ("our models trained on
    X", "we present V, a family of models trained on X")."""
    before = words[:index]
    return "our" in before[-4:] or "we" in before and any(w in PROPOSE_VERBS for w in before)


def unstated_use(view: SentenceView, index: int, rc: RelationCues) -> bool:
    """Whether the cue (or shaped tail) at word ``index`` states no use of the paper's own:
    a negator within three words before it ("without requiring pre-trained X", "rather than
    fine-tuning X", "future research integrating X"; not "not only"), or a view the paper
    reports or argues against before it ("the prevailing practice that VLMs must rely on X",
    "the common practice of using X")."""
    words = view.words
    adverbs = uses_cues().uses_adverb_negators
    for j in range(max(0, index - 3), index):
        if words[j] in adverbs and words[j + 1] == ",":
            continue  # "Instead, we employ DPO": a sentence adverb, not "instead of using X"
        if words[j] in rc.uses_negators and not (words[j] == "not" and words[j + 1] == "only"):
            return True
    if _alternative_named(words, index, rc):
        return True  # "we propose SDT, instead of the vanilla Transformer, to ...": the alternative
    if view.present.isdisjoint(rc.uses_view_nouns):
        return False
    for j in range(index - 1, max(-1, index - 16), -1):
        if words[j] in (";", ":"):
            return False
        if words[j] in rc.uses_view_nouns and words[j + 1] in ("that", "of"):
            return True
    return False


def _alternative_named(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """Whether word ``index`` ends a short phrase after "instead of" or "rather than" (a negator of
    relations.json uses_negators and its preposition; at most three words between, no punctuation,
    no "we", "our" or "it"): the alternative the method is put in place of, not what it uses ("we
    propose a Sparse Differential Transformer (SDT), instead of the vanilla Transformer, to
    eliminate noise", "rather than being imposed via explicit instruction tuning"; not "instead of
    retraining we use LoRA")."""
    for j in range(max(0, index - 5), index - 1):
        if words[j] in rc.uses_negators and words[j + 1] in ("of", "than"):
            authors = claim_cues().author_words
            gap = words[j + 2 : index]
            return all((w.isalnum() or "-" in w) and w not in authors and w not in rc.own_words for w in gap)
    return False


def _about_named_other(view: SentenceView, index: int) -> bool:
    """Whether the cue at ``index`` sits in a parenthesis right after a Model/Method name
    ("outperforms Tongyi DeepResearch (trained via continual pre-training, SFT and RL)"):
    the parenthesis describes that name, not the paper's method; so it does after a capitalised
    word the entity stage did not tag when a rival word stands within twelve words before the
    parenthesis ("surpasses industrial competitors such as Tongyi DeepResearch (trained via ...)")."""
    words = view.words
    if "(" not in view.present:
        return False
    for j in range(index - 1, max(-1, index - 8), -1):
        if ")" in words[j]:
            return False  # "(SoT)-a novel framework that extends CoT": the parenthesis closed
        if words[j] == "(":
            if any(e.last == j - 1 and e.label in ACTORS for e in view.entities):
                return True
            return j > 1 and _cased(view, j - 1)[:1].isupper() and _rival_before(words, j)
    return False


def _rival_before(words: tuple[str, ...], at: int) -> bool:
    """Whether a rival word (uses_rival_relative_words) stands within twelve words before word
    ``at``, with no semicolon between ("... even surpasses competitors such as X (" )."""
    rivals = uses_cues().uses_rival_relative_words
    for j in range(at - 1, max(-1, at - 13), -1):
        if words[j] in (";", ":"):
            return False
        if words[j] in rivals:
            return True
    return False


def name_fragment(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether ``tail`` is a piece of a longer name, so not what the sentence says is used:
    a capitalised or digit-initial word right before it that is no cue or function word
    ("integrates Efficient Channel Attention", "via 2D Gaussian Splatting", "a dual-branch
    3D ResNet", "via Spatial Heterogeneous Mixture of Experts"), or a word capitalised to
    build an acronym ("REason-guided ... REFLEX"); or a Method that names a kind of data
    ("auxiliary MR images"). Not a lower-case modifier ("LoRA-enhanced
    DINOv2", "the pre-trained BERT") unless a lower-case technique is written capitalised after
    it ("Score-based Preference Optimization": a coined name), a title verb ("Harnessing RL")
    or a sentence's first word."""
    span = tail.span
    after = tail.last + 1
    if span.text.split(" ", 1)[0].lower() in uses_cues().uses_name_closers:
        return True  # "and Scalable Pipeline" of "an automated and scalable pipeline": no name opens so
    if _cut_name(span):
        return True  # "SigLIP-So400" of "SigLIP-So400m", "SSM(TB-SSM", "CoTbased": not the name written
    if tail.label == "Method" and after < len(view.words) and view.words[after] in rc.uses_modality_nouns:
        if doc_text(span.doc)[span.end_char : span.end_char + 1].isspace():
            return True  # "auxiliary MR images": a kind of data; not "MetaQuery-based modality"
    if _product_of(span):
        return True  # "teacher pseudo-labels" (linked to pseudo-labeling): what a technique makes
    if _abbreviated_part(view, tail):
        return True  # "a hybrid CNN-Visual State Space Model (VSSM)": the name is the part VSSM abbreviates
    if modifier_cut(span) or _coordinated_cut(view, tail) or clause_like(span.text):
        return True  # "a new Image-to-Response Guided loss", "via Layout and Appearance Alignment"
    piece = _ACRONYM_PIECE.fullmatch(span.text)
    if piece:  # "REason" and "REFLEX" in one sentence; not "SGLang"
        prefix = span.text[: len(span.text) - len(span.text.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))].lower()
        if any(e is not tail and e.key.startswith(prefix) for e in view.entities):
            return True
    k = tail.first - 1
    doc = span.doc
    if k < 1 or span.start_char == 0 or not doc_text(doc)[span.start_char - 1].isspace():
        return False  # the sentence's first word, or glued ("3D-GS", "CLIP/SigLIP"): the guards' part
    lower = view.words[k]
    if lower in rc.uses_free_words or lower in rc.use_any or lower in uses_cues().uses_opening_words:
        return False
    if span.kb_id_ and lower in span.kb_id_.lower().split():
        return False  # "3D Gaussian splatting": the name the tail stands for has the word
    word = doc[view.starts[k] : span.start].text.strip()
    if not word or not (word[0].isupper() or word[0].isdigit()) or not word[-1].isalnum() or _SIZE.fullmatch(word):
        return False
    last = word.rsplit("-", 1)[-1]
    if "-" in word and not (last[:1].isupper() or last[:1].isdigit()):
        # "LoRA-enhanced DINOv2", "Transformer-based UNet": a modifier; but a lower-case technique
        # written capitalised after one is part of a coined name ("via Score-based Preference
        # Optimization": not preference optimization; "via Docker-free SFT" stays: an acronym)
        return (
            span.text[:1].isupper()
            and span.text[1:2].islower()
            and span.kb_id_ == span.kb_id_.lower() != ""
            or _coined_modifier(view, k, tail)
        )
    return not ("-" not in word and lower.endswith("ing") and word[1:].islower())


def _coined_modifier(view: SentenceView, k: int, tail: Located) -> bool:
    """Whether word ``k``, a hyphenated modifier that opens with a capitalised plain word no entity
    covers ("Information-consistency-based", "Key-frame-guided", "Depth-aware"), opens the coined
    name of a tail of several capitalised words the lexicon does not know ("Information-consistency-based
    Plan Selection": not "Plan Selection"). Not "Mamba-based Low-Frequency Enhancement Block" (Mamba is a
    name of its own) nor "Flow-based Diffusion Transformer" (a lexicon name)."""
    words = tail.span.text.split()
    if tail.span.kb_id_ or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if any(e.first <= k <= e.last for e in view.entities):
        return False
    first = _cased(view, k).split("-", 1)[0]
    return first[:1].isupper() and first[1:].isalpha() and first[1:].islower()


def served(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail stands (past at most two words, no cue or preposition) after "for" and a
    noun of what the head serves as (``uses_serving_nouns``): "well suited as a backbone for
    retrieval-augmented generation", "fundamental infrastructure for RL-based model optimization".
    The head serves the tail, it is not built on it. Not "a ResNet-50 backbone for feature
    extraction" (the tail is named before the noun) nor "Visual Backbones for MLLMs via Gradual
    Feature Refinement" (the tail is after its own cue)."""
    uc = uses_cues()
    for k in range(tail.first - 1, max(0, tail.first - 4), -1):
        if words[k] == "for":
            return words[k - 1] in uc.uses_serving_nouns
        if not words[k].isalpha() or words[k] in rc.use_any or words[k] in uc.uses_phrase_stops:
            return False
    return False


def clause_like(text: str) -> bool:
    """Whether a name's text is a piece of a clause, not a name: it holds "we", or it opens in lower
    case and holds a comma ("challenge, we propose Compound Adverse Weather Mamba", "to
    multispectral inputs, as well as a Temporal Transformer model"); a coined name with commas
    ("Search More, Think Less") is capitalised."""
    return " we " in f" {text.lower()} " or text[:1].islower() and ", " in text


def modifier_cut(span: Span) -> bool:
    """Whether a name of several parts ends in a modifier (its last part ends in one of
    uses_modifier_endings: "Guided", "-shaped", "Aware") and a lower-case word follows it, past
    an abbreviation in parentheses ("a new Image-to-Response Guided loss", "\\emph{Gaussian-shaped
    convolution}", "an Adjacent-Frame Semantic-Aware (AFSA) module"), or a capitalised noun on the
    same line ("Label Shift Aware Adaptation", "Organ-Regional Information Driven Framework"): the
    noun it modifies belongs to the name, so the span is cut from a longer one. Not a versioned
    name ("DeepSeek-R1-Distilled models") nor one a comma or verb follows ("Starting from
    Qwen-Image-Layered, we ...")."""
    parts = re.split(r"[\s-]+", span.text)
    last = parts[-1]
    if len(parts) < 2 or any(c.isdigit() for c in span.text) or not last.isalpha() or not last[1:].islower():
        return False
    if not last.lower().endswith(tuple(uses_cues().uses_modifier_endings)):
        return False
    rest = doc_text(span.doc)[span.end_char :]
    rest = re.sub(r"^\s*\([^()\s]{1,12}\)", "", rest)  # "(AFSA)"
    following = re.match(r"[\s}]+([A-Za-z]+)\b", rest)
    if following is None:
        return False
    word = following.group(1)
    if word[:1].isupper() and word[1:].islower() and len(word) > 2 and "\n" not in following.group(0):
        return True  # "Label Shift Aware Adaptation", "CGSA: Class-Guided Slot-Aware Adaptation": the noun cut off
    if not word.islower():
        return False
    uc = uses_cues()
    return not (word in uc.uses_phrase_stops or word in uc.uses_subject_skips or word in ("and", "or", "to"))


def _coordinated_cut(view: SentenceView, tail: Located) -> bool:
    """Whether a tail of several words is one conjunct of a coordinated name whose other conjunct is
    a single bare capitalised word (no entity, no acronym): "via Layout and Appearance Alignment"
    (Layout shares Alignment), "via Graph Edge Addition and Contraction" (Contraction shares
    Graph Edge), "via State-Space and Weak Signal Attention Fusion"; the name is the whole phrase.
    Not "via Conditional Rectified Flow and Retinex Decomposition" (two names), "through
    Hybrid-Model Cascade and Dynamic Templating" (the word before "and" ends a longer phrase), "via
    Cross-Attention Visual Fusion and Normal-Aware 3D Encoder" (the word after "and" opens one) nor
    "via LoRA and Prompt Tuning" (LoRA is a name)."""
    words, closers = view.words, uses_cues().uses_name_closers
    if " " not in tail.span.text:
        return False  # "combines Top-k and Top-p": one-word names are whole
    if tail.span.kb_id_:
        return False  # "via Supervised and Reinforcement Learning": a lexicon name is whole on its own
    taken = {j for e in view.entities for j in range(e.first, e.last + 1)}
    before, after = tail.first - 2, tail.last + 2
    if before >= 0 and words[before + 1] in closers and before not in taken and _bare_capital(view, before):
        return before == 0 or not _cased(view, before - 1)[:1].isupper()  # "via Layout and ..."
    if after < len(words) and words[after - 1] in closers and after not in taken and _bare_capital(view, after):
        following = "" if after + 1 >= len(words) else _cased(view, after + 1)[:1]
        return not following.isalnum() or following.islower()  # not "and Normal-Aware 3D Encoder"
    return False


def _bare_capital(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` is written capitalised and otherwise lower case, each of its hyphenated
    pieces so ("Layout", "Contraction", "State-Space"; not "LoRA", "via", "Transformer-based")."""
    text = _cased(view, j)
    return all(p[:1].isupper() and p[1:].isalpha() and p[1:] == p[1:].lower() for p in text.split("-"))


def _cased(view: SentenceView, j: int) -> str:
    """Word ``j`` of the view as the text writes it."""
    doc = view.sentence.doc
    end = view.starts[j + 1] if j + 1 < len(view.starts) else view.sentence.end
    return doc[view.starts[j] : end].text


def _example_of_class(view: SentenceView, tail: Located) -> bool:
    """Whether a lower-case tail is a class whose named example follows: past an abbreviation in
    parentheses and a comma, one of uses_example_leads ("such as", "e.g.", "including") and right
    after it a Method/Model ("We further adopt prompt engineering, such as Chain-of-Thought (CoT)"):
    the example is what is used, the class is no tail."""
    if tail.span.text != tail.span.text.lower():
        return False
    words = view.words
    if _instance_apposed(view, tail):
        return True
    at = past_abbreviation(words, tail.last + 1)
    at += at < len(words) and words[at] in (",", "(")
    if at >= len(words) or words[at] not in uses_cues().uses_example_leads:
        return False
    at += 1 + (at + 1 < len(words) and words[at + 1] in ("as", ","))
    return any(e.first == at and e.label in ACTORS for e in view.entities)


def _instance_apposed(view: SentenceView, tail: Located) -> bool:
    """Whether a lower-case tail is the class of a named instance in apposition to it: the tail, one
    kind noun (uses_own_nouns, uses_class_heads or uses_component_nouns: "strategy", "mechanism";
    none after a tail that ends in one of uses_model_class_ends: "a pre-trained diffusion model,
    Stable Diffusion XL"), then a comma or a naming word ("called", "termed") and right after it a
    Method/Model the paper does not propose as its main system ("we employ a preference optimization
    strategy, SKA-DPO, guided by ...", "a multi-head attention mechanism called TriAtt-CoT"); or a
    tail ending in a model class word with the name right after it ("the state space model Mamba"):
    the named one is what is used; the class is no tail. "a discrete diffusion framework, MeDiM"
    with MeDiM the paper's own stays."""
    words, uc = view.words, uses_cues()
    at = past_abbreviation(words, tail.last + 1)
    kinds = uc.uses_own_nouns | uc.uses_class_heads | uc.uses_component_nouns
    classed = words[tail.last] in uc.uses_model_class_ends
    if at < len(words) and words[at] in kinds and not classed:
        at += 1
    elif not classed:
        return False
    linked = at < len(words) and (words[at] == "," or words[at] in reading_cues().naming_words)
    named = next((e for e in view.entities if e.first == at + linked and e.label in ACTORS), None)
    if named is None:
        return False
    after = past_abbreviation(words, named.last + 1)
    if (not linked or words[at] == ",") and after < len(words) and words[after] not in (",", ".", ";"):
        return False  # "Built on a discrete diffusion framework, MeDiM bridges ...": the clause's subject
    proposes = view.sentence.doc._.proposes or ()
    return not proposes or named.key != proposes[0].text.lower() and not same(proposes[0], named)


def _instance_follows(view: SentenceView, tail: Located) -> bool:
    """Whether a lower-case learning paradigm or architecture class (relation_reading.json
    paradigm_tails) is followed (past an abbreviation in parentheses) by one of
    uses_instance_leads and right after it (past an article) a capitalised Method ("optimize a local
    LLM via reinforcement learning using Group Relative Policy Optimization"), or one written in lower
    case with its abbreviation after it ("reinforcement learning via group relative policy optimization
    (GRPO)"): the named technique is what is used, the class before it is no tail ("combines SFT with
    DPO" keeps both)."""
    if tail.span.text != tail.span.text.lower():
        return False
    words = view.words
    at = past_abbreviation(words, tail.last + 1)
    if at >= len(words) or words[at] not in uses_cues().uses_instance_leads:
        return False
    if tail.span.text.replace("-", " ") not in reading_cues().paradigm_tails:
        return False  # "reinforcement learning with verifiable rewards (RLVR) using A2C": a named technique
    at += 1 + (at + 1 < len(words) and words[at + 1] in ("a", "an", "the"))
    named = next((e for e in view.entities if e.first == at and e.label == "Method"), None)
    if named is None:
        return False
    return _cased(view, at)[:1].isupper() or past_abbreviation(words, named.last + 1) > named.last + 1


def plural_class(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a Model tail of several words ends in a plural class noun of models (relations.json
    class_plurals: "Large Language Models"), or abbreviates such a long form ("a TSFM-based forecaster"
    after "Time Series Foundation Models (TSFMs)"): a class of models, not a named one."""
    text = tail.span.text
    if tail.label != "Model":
        return False  # "State Space Models (SSMs)", "diffusion models": architectures, Methods
    longs = [text] + [
        long.text for long, short in tail.span.doc._.abbreviations or () if short.text in (text, text + "s")
    ]
    return any(" " in t and t.split()[-1].lower() in rc.class_plurals for t in longs)


def _cut_name(span: Span) -> bool:
    """Whether a tail is not the name the text writes: cut before a letter or digit glued to it
    ("SigLIP-So400" of "SigLIP-So400m"), with unbalanced brackets ("SSM(TB-SSM"), or glued to a
    "based" written without its hyphen ("CoTbased")."""
    text = doc_text(span.doc)
    if span.end_char < len(text) and text[span.end_char].isalnum():
        return True
    return span.text.count("(") != span.text.count(")") or bool(_GLUED_BASED.search(span.text))


def _product_of(span: Span) -> bool:
    """Whether a Method's words are the plural of what the technique it is linked to makes
    ("pseudo-labels" linked to pseudo-labeling): the products, not the technique ("embeddings"
    linked to an embedding method is the same noun)."""
    if span.label_ != "Method" or not span.kb_id_:
        return False
    said = re.split(r"[\s-]+", span.text.lower())[-1]
    linked = re.split(r"[\s-]+", span.kb_id_.lower())[-1]
    if not said.endswith("s") or not linked.endswith("ing") or said[:-1] == linked:
        return False
    return linked[:-3] == said[:-1] or linked[:-4] == said[:-1]  # label-ing, label-ling


def _abbreviated_part(view: SentenceView, tail: Located) -> bool:
    """Whether the abbreviation in parentheses after a hyphen-joined tail abbreviates only the part
    after the hyphen ("CNN-Visual State Space Model (VSSM)"): the tail glues two names into one."""
    words, at = view.words, tail.last + 1
    if past_abbreviation(words, at) == at or "-" not in tail.span.text:
        return False
    abbr = view.sentence.doc[view.starts[at + 1]].text
    if not abbr.isalnum() or not any(c.isupper() for c in abbr[1:]):
        return False
    first, _, rest = tail.span.text.partition("-")
    if " " in first or not rest[:1].isupper():
        return False  # "Mixture-of-Experts (MoE)", "Low-Rank Adaptation (LoRA)", "Multi-Head Attention (MHA)"
    initials = "".join(w[0] for w in re.split(r"[\s-]+", rest) if w).upper()
    letters = "".join(c for c in abbr if c.isupper())
    return len(letters) > 1 and letters == initials and not abbr.upper().startswith(first.upper()[:1])


def _drawn_from_data(view: SentenceView, tail: Located) -> bool:
    """Whether a Model/Method tail is followed by "from/of (the) <Dataset>" ("using WSIs from
    TCGA"): data drawn from a dataset, not a method."""
    words = view.words
    at = tail.last + 1
    if at >= len(words) or words[at] not in ("from", "of"):
        return False
    at += 1 + (at + 1 < len(words) and words[at + 1] == "the")
    return any(e.first == at and e.label == "Dataset" for e in view.entities)


def _listed_as_data(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a Model/Method tail opens a list that ends in "datasets"/"benchmarks"
    ("experiments on WHU-OPT-SAR and DDHR-SK datasets"): data, mistyped; or a list (a joiner
    between) whose last name a data or modality noun ends ("learning using unpaired WLI and NBI
    data"): the kinds of data, not methods (not "a frozen CLIP ViT-B/32 image encoder")."""
    words = view.words
    at = tail.last + 1
    ends = {e.first: e.last for e in view.entities}
    joined = False
    while at < len(words):
        if at in ends:
            at = ends[at] + 1
        elif words[at] in rc.list_joiners:
            at, joined = at + 1, True
        else:
            stops = uses_cues().uses_phrase_stops
            ended = at + 1 >= len(words) or not words[at + 1].isalpha() or words[at + 1] in stops
            return words[at] in rc.kind_plurals or joined and ended and _data_word(words[at], rc)
    return False


def _kind_of_data(view: SentenceView, tail: Located) -> bool:
    """Whether a Method tail qualifies a data noun right after it (past an abbreviation in
    parentheses), one of names.json dataset_heads or relation_reading.json data_nouns: "a
    supervised fine-tuning (SFT) dataset", "a high-quality Chain-of-Thought dataset". The data is
    of the technique's kind; the sentence does not say the technique is used ("starting from an
    SFT dataset, we prompt the MLLM ..."; not "trained with SFT on GSM8K")."""
    words = view.words
    at = tail.last + 1
    if at < len(words) and words[at] == "(":
        close = next((k for k in range(at + 1, min(len(words), at + 5)) if words[k] == ")"), -1)
        at = close + 1 if close > 0 else len(words)
    if at >= len(words):
        return False
    reading = reading_cues()
    return words[at] in reading.benchmark_nouns or words[at] in reading.data_nouns


def _data_word(word: str, rc: RelationCues) -> bool:
    """A data noun (relation_reading.json data_nouns) or a modality noun ("data", "images", "scans")."""
    return word in reading_cues().data_nouns or word in rc.uses_modality_nouns


def _other_clause(view: SentenceView, index: int, reading: ReadingCues) -> bool:
    """Whether the cue at ``index`` sits in a contrast clause ("while", "whereas") whose
    subject is neither the paper's method nor "we"/"our"/"it": another subject uses it."""
    words = view.words
    if view.present.isdisjoint(reading.contrast_clauses):
        return False
    opener = next((j for j in range(index - 1, -1, -1) if words[j] in reading.contrast_clauses), -1)
    if opener < 0 or opener + 1 == index or words[opener + 1].endswith("ing"):
        return False  # "while using X": the main clause's subject uses it
    gap = words[opener + 1 : index]
    if any(w in ("we", "our", "it", "its", "ours") for w in gap):
        return False
    if any(e.span.label_ in ACTORS and opener < e.first < index for e in view.entities):
        return False
    rc = relation_cues()
    return any(w in rc.others_words or w in rc.class_nouns for w in gap)  # "the popular architectures"


def _setup_cue(words: tuple[str, ...], index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a weak cue says how data was made or how something is evaluated: a data verb
    within three words before it, or an evaluation verb earlier in its clause (no comma)."""
    if any(w in reading.data_verbs for w in words[max(0, index - 3) : index]):
        return True
    for j in range(index - 1, max(-1, index - 10), -1):
        if words[j] in (",", ";", ":"):
            return False
        if words[j] in rc.eval_verbs and j and words[j - 1] == "to":
            return False  # "a method ... to test the robustness using GoT": a purpose of the method
        if words[j] in rc.eval_verbs and (
            words[j] not in rc.eval_nounlike or j and words[j - 1] in rc.eval_verb_context
        ):
            return True
    return False


def replaced(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail is the part a method gives up: the object of a replace verb within six
    words before it, no "with", "by", "of", clause mark or use cue between ("replaces the
    Transformer-based decoder with an LFM decoder", "by replacing the stacked self-attention and
    cross-attention layers with a gating mechanism", "to replace the FPN-based convolutional
    layers"), or the subject of a passive one ("the ResNet backbone is replaced by ..."). Not what
    the method uses; the replacement after "with" or "by" stays a use ("replaces CNN backbones with
    a Swin Transformer"), and so does a name whose part alone is replaced ("replaces CLIP's text
    encoder", "replaces the attention of the Transformer") or a replacement denied ("without
    retraining the model or replacing the SDS objective")."""
    uc = uses_cues()
    if words[tail.last + 1 : tail.last + 2] in (("'s",), ("\u2019s",), ("'",)):
        return False  # "CLIP's text encoder": a part of the name is replaced, the name stays used
    for k in range(tail.first - 1, max(-1, tail.first - 7), -1):
        word = words[k]
        if word in uc.uses_replace_verbs:
            return not _denied(words, k, rc)
        if word in uc.uses_replace_stops or word in rc.use_any:
            break
    return _replaced_after(words, tail, rc, uc)


def _denied(words: tuple[str, ...], verb: int, rc: RelationCues) -> bool:
    """Whether a negator (relations.json uses_negators) stands within twelve words before the verb,
    no clause mark between ("without retraining the diffusion model, changing the renderer, or
    replacing the SDS objective")."""
    for word in reversed(words[max(0, verb - 12) : verb]):
        if word in (";", ":", "."):
            return False
        if word in rc.uses_negators:
            return True
    return False


def _replaced_after(words: tuple[str, ...], tail: Located, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether the tail is the subject of a passive replace verb (right after a passive auxiliary,
    relation_reading.json passive_auxiliaries) within five words after it, no comma, clause mark or
    use verb between ("the ResNet backbone is replaced by a Swin Transformer", "the FPN-based layers
    are replaced": a part noun or a modifier such as "based" is no verb; not "builds on CLIP and
    replaced its encoder")."""
    for k in range(tail.last + 1, min(len(words), tail.last + 6)):
        word = words[k]
        if word in uc.uses_replace_verbs:
            return words[k - 1] in reading_cues().passive_auxiliaries
        if word == "," or word in uc.uses_replace_stops:
            return False
        if word in rc.use_any and word not in uc.uses_part_nouns and not word.endswith(tuple(uc.uses_modifier_endings)):
            return False
    return False


def evaluator(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the name after the cue is the setup's evaluator: "GPT-4 as the judge",
    "using GPT-4o to (jointly) assess ...": it scores outputs, the method does not use it."""
    reading = reading_cues()
    following = [w for w in words[tail.last + 1 : tail.last + 6] if w not in ("a", "an", "the")]
    if len(following) > 1 and following[0] == "as" and following[1] in reading.evaluator_nouns:
        return True
    if following[:1] == ["to"]:
        rest = [w for w in following[1:] if not w.endswith("ly")]
        return bool(rest) and (rest[0] in rc.eval_verbs or rest[0] in rc.uses_analysis_words)
    return _scoring_tool(words, tail, rc) or _listed_evaluation(words, tail, rc)


def _listed_evaluation(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail is listed (within twelve words, no cue or clause mark between) after an
    evaluation noun and an example lead ("Through comprehensive evaluations, including
    LLM-as-a-judge, human ratings, and qualitative analysis, we show that FooNet ..."): one of
    the study's evaluations, not what the method uses."""
    uc = uses_cues()
    for k in range(tail.first - 1, max(-1, tail.first - 13), -1):
        word = words[k]
        if word in (";", ":", ".") or word in rc.use_any:
            return False
        if word in uc.uses_example_leads:
            j = k - 1 - (k > 1 and words[k - 1] == ",")
            return j >= 0 and words[j] in uc.uses_evaluation_nouns
    return False


def _scoring_tool(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail is a tool of the study's evaluation: an evaluation noun ends its noun
    phrase ("a GPT-based scoring method", "a CLIP-based evaluator"), or, where "we" act (and
    propose nothing), its phrase goes on (no comma, preposition or cue, within eight words) to "to compare/
    probe/assess ..." ("we use LIME heatmaps and Jensen-Shannon divergence to compare attention
    patterns", "we ..., leveraging DDIM inversion to probe whether"); not "fine-tune LLaMA on GSM8K
    to evaluate ...": a setting, nor "FooNet uses CoT verification to assess the relevance": what
    the method does."""
    uc = uses_cues()
    if _evaluated_with(words, tail, rc, uc):
        return True
    after = words[tail.last + 1 : tail.last + 9]
    for j, w in enumerate(after):
        if w in (",", ";", ":") or w in rc.use_any or w in uc.uses_phrase_stops:
            return False
        if w in uc.uses_evaluation_nouns and j < 3:
            return True  # "GPT-based scoring"
        if w == "to" and j + 1 < len(after) and _we_study(words[: tail.first]):
            return after[j + 1] in uc.uses_study_verbs or after[j + 1] in rc.uses_analysis_words
    return False


def _evaluated_with(words: tuple[str, ...], tail: Located, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether an "X-based" tail follows "with/using/via (a/the)" in a clause where "we" evaluate,
    the evaluation verb within eight words before ("We thus evaluate appearance transfer quality
    with a GPT-based system", "we validate our method with CLIP-based visualizations"): the tool
    that scores the outputs; not the models the method is run with ("We evaluate FooNet on X using
    Qwen2.5 models", "We validate our approach using DeepSeek-R1 as the teacher")."""
    if words[tail.last] == tail.key.rsplit(" ", 1)[-1] or not words[tail.last].endswith(rc.use_suffix_tuple):
        return False
    k = tail.first - 1
    while k >= 0 and (words[k] in ("a", "an", "the") or words[k] in uc.uses_object_adjectives):
        k -= 1
    if k < 1 or words[k] not in uc.uses_trained_vias:
        return False
    return cue_before(words, k, rc.eval_verbs, (",", ";", ":"), reach=8) and _we_study(words[:k])


def _we_study(before: tuple[str, ...]) -> bool:
    """Whether "we" act in the words before a tail and propose nothing after it ("we use X to
    compare"; not "we propose ASD, a defense that leverages X to analyze ...": the method's use)."""
    if "we" not in before:
        return False
    last = len(before) - 1 - before[::-1].index("we")
    return not any(w in PROPOSE_VERBS for w in before[last:])


def cue_tails(
    view: SentenceView, index: int, tails: list[Located], rc: RelationCues, evaluative: bool
) -> list[Located]:
    """Tails after the cue at ``index``: the first within reach, then its coordinated list.

    A training cue ("fine-tune", "trained") takes a Model/Method right after it
    or a Dataset after "on/with/using" ("trained on the Pile"); other cues take
    the first entity within 7 words; the list stops at a comparison or purpose.
    """
    words = view.words
    uc = uses_cues()
    cue = words[index]
    training = cue in rc.train_cues
    experiment = cue in rc.experiment_preps and index and words[index - 1] in rc.experiment_nouns
    reach = 2 if training else 7
    weak = not training and not experiment  # any cue but a training or experiment cue
    preps = reading_cues().object_preps
    data_verbs = reading_cues().data_verbs
    chosen: list[Located] = []
    last, closed, paired = index, False, False
    for tail in tails:
        if tail.first <= index:
            continue
        gap = words[last + 1 : tail.first]
        if any(w in rc.use_stops and not (j == 0 and last == index) for j, w in enumerate(gap)):
            break
        if weak and any(w in preps and not (j == 0 and last == index) for j, w in enumerate(gap)):
            break  # "utilize these samples for SSDG": the tail is not the cue's object
        if any(w in rc.subject_clauses for w in gap):
            break  # "agent harnesses show that supervised fine-tuning ...": another clause
        if not chosen and any(w in rc.uses_negators for w in gap):
            break  # "a student that uses no classifier-free guidance", "with no knowledge distillation"
        if weak and tail.label == "Model" and _setting_model(view, tail):
            break  # "Using GPT-5 mini on PopQA as the main setting": the model under study
        if experiment and any(w == "from" or w in data_verbs for w in gap):
            break  # "Experiments on a benchmark constructed from X": X is the data's source
        if "as" in gap and any(w in rc.uses_same_words for w in gap):
            break  # "using the same base model as X": X is a point of comparison
        if tail.label != "Dataset" and (any(w in rc.uses_kind_gap for w in gap) or _drawn_from_data(view, tail)):
            break  # "metrics, including traffic light compliance", "using WSIs from TCGA"
        if tail.label != "Dataset" and _listed_as_data(view, tail, rc):
            break  # "experiments on WHU-OPT-SAR and DDHR-SK datasets": data, not a model
        if tail.label == "Method" and _kind_of_data(view, tail):
            break  # "starting from a supervised fine-tuning (SFT) dataset": data of that kind
        if tail.label == "Method" and tail.last + 1 < len(words) and words[tail.last + 1] in rc.result_after:
            break  # "improves FIM performance": the task measured, not a method used
        if chosen and not paired and cue in uc.uses_with_verbs and _with_partner(view, last, tail, chosen[-1], uc):
            paired = True  # "combines CLIP with retrieval-augmented generation": both are used
            chosen.append(tail)
            last = tail.last
            continue
        if chosen:
            gap = _without_aside(view, last + 1, tail.first)
            if not all(w in rc.chain_words for w in gap) or closed and gap == (",",):
                break  # "employing both A and B, DMD converges": the list ended with "and B"
            closed = closed or "and" in gap or "or" in gap
        elif _distance(words, index, tail, training, uc) > reach + (2 if training and tail.label == "Dataset" else 0):
            break
        elif training and any(w in (",", "and", "or") for w in gap):
            break  # "fine-tuning, LoRA and ...": a list of techniques, not an object
        elif "," in gap and not _introduced_list(gap) and _named_before_comma(view, index, tail):
            break  # "employing both IDA and ISG, DMD converges": the object ended at the comma
        if tail.label == "Dataset":
            prep = words[tail.first - 1] if words[tail.first - 1] != "the" else words[tail.first - 2]
            if experiment or training and prep not in rc.dataset_preps and not chosen:
                break
            if not training and (evaluative or view.present.isdisjoint(rc.train_cues)):
                break  # a dataset that is not trained on: "Experiments use the X dataset"
        elif experiment and tail.label != "Model":
            break
        if cue in uc.uses_adjective_cues and _kind_after(words, tail, uc):
            break  # "a plug-and-play visual token pruning framework": what the method is
        if cue in uc.uses_method_cues and tail.label != "Method":
            break  # "through reinforcement learning"; not "through experiments on X"
        if cue in uc.uses_from_cues and cue not in rc.use_any and tail.label != "Model":
            break  # "adapted from Qwen2.5-3B"; not "derived from the COCO dataset"
        chosen.append(tail)
        last = tail.last
    if training:
        chosen += _trained_with(view, index, tails, chosen, rc, uc)
    if chosen and chosen[-1].label == "Method":
        chosen += _next_stage(view, chosen[-1], tails, rc)
    if experiment and not chosen:
        chosen += _experiment_models(view, index, tails, rc, uc)
    # a fragment or a class holds its place in the list
    return [
        t
        for t in chosen
        if not name_fragment(view, t, rc)
        and not served(view.words, t, rc)
        and not replaced(view.words, t, rc)
        and not _class_list(view, t, rc)
        and not _compatible_with(view, t, uc)
        and not narrowed(view, t, rc)
        and not _example_of_class(view, t)
        and not _instance_follows(view, t)
        and not plural_class(view, t, rc)
    ]


def _next_stage(view: SentenceView, stage: Located, tails: list[Located], rc: RelationCues) -> list[Located]:
    """The Method after "followed by" (past an article) that goes on from a Method tail, its purpose
    between (fourteen words at most, no clause mark, cue, "we", contrast word or others word such as
    "prior": "while prior work is followed by X" is no stage of ours): the next stage of the same recipe
    ("we adopt a two-stage strategy: Supervised Fine-Tuning (SFT) to establish interaction syntax,
    followed by Group Relative Policy Optimization (GRPO)"; "supervised fine-tuning followed by GRPO")."""
    words, contrasts = view.words, reading_cues().contrast_clauses
    for k in range(stage.last + 1, min(len(words) - 2, stage.last + 15)):
        word = words[k]
        if word in (";", ":", ".", "we") or word in rc.use_any or word in rc.others_words or word in contrasts:
            return []
        if words[k] == "followed" and words[k + 1] == "by":
            at = k + 2 + (words[k + 2] in ("a", "an", "the"))
            return _chained(view, tails, at, "Method", rc)
    return []


def narrowed(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a lower-case lexicon model class follows a lower-case word that narrows it to the
    model the sentence names ("a pretrained video diffusion model", "a latent consistency model",
    "a dual-branch diffusion transformer architecture"): the class is too generic to be what is
    used. Not after a generic or evaluative adjective, a cue, a function word or a number ("a
    pre-trained diffusion model"), and not a technique ("label-free reinforcement learning")."""
    span, k = tail.span, tail.first - 1
    if k < 0 or not span.kb_id_ or span.text != span.text.lower() or span.start_char == 0:
        return False
    if tail.key.replace("-", " ").split()[-1] not in uses_cues().uses_model_class_ends:
        return False
    doc = span.doc
    if not doc_text(doc)[span.start_char - 1].isspace():
        return False
    word = doc[view.starts[k] : span.start].text.strip()
    if not word or word != word.lower() or not word.replace("-", "").isalpha() or word.endswith("ly"):
        return False
    uc = uses_cues()
    lower = view.words[k]
    return not (
        lower in rc.uses_free_words
        or lower in rc.use_any
        or lower in rc.train_cues
        or lower in uses_cues().uses_opening_words
        or lower in uc.uses_object_adjectives
        or lower in uc.uses_generic_modifiers
        or lower in uc.uses_extra_train_cues
        or lower in uc.uses_from_cues
        or lower in uc.uses_method_cues
    )


def _derived_head(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> Span | None:
    """The proposed Method/Model named in the sentence whose name is ``tail``'s name with a prefix
    or suffix ("MedSAM" and SAM, "BERT-MultiCulture-DEID" and BERT, "UniGRPO" and GRPO): the
    paper's method is built on the tail. Not a version or size ("PaliGemma 2", "SAM-Large")."""
    if tail.label not in ACTORS or ctx.is_proposed(tail) or _derived_kind(view.words, tail, uc):
        return None
    if tail.label != "Model" and not tail.span.kb_id_:
        return None  # "To advance PETRG, we propose PETRG-3D": an unlisted abbreviation may name the task
    text, span = doc_text(tail.span.doc), tail.span
    if text[span.start_char - 1 : span.start_char] in "-{" or text[span.end_char : span.end_char + 1] in ("-", "}"):
        return None  # "\\textbf{LoRA-Drop}": a piece of the name itself, not a separate mention
    for e in view.entities:
        if e is not tail and e.label in ACTORS and ctx.is_proposed(e) and _derives(e.span.text, tail.span.text, uc):
            data = reading_cues().data_nouns | uc.uses_train_noun_words
            if any(w in data and w not in ("and", "/", "-") for w in view.words[e.last + 1 : e.last + 6]):
                return None  # "MobileVLA-CoT, a large-scale dataset of ... chain-of-thought": data, not a method
            return e.span
    return None


def _derived_kind(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether the sentence names the tail as the kind of the paper's method ("CoopRAG, a novel
    RAG framework", "a cache-based TTA method", "LAMM-ViT, a Vision Transformer designed for ..."),
    or data ("4 MTL datasets"), or the tail is a task ("PET/CT report generation"): not a use
    that sentence states."""
    names = (tail.key, tail.span.kb_id_.lower())
    if any(name and name.replace("-", " ").split()[-1] in uc.uses_task_ends for name in names):
        return True
    first, after = tail.first, past_abbreviation(words, tail.last + 1)  # "an In-Context Learning (ICL) framework"
    if after == tail.last + 1 and first and after < len(words) and words[first - 1] == "(" and words[after] == ")":
        first, after = max(0, first - 5), after + 1  # the abbreviation: "a novel Generative Adversarial Network (GAN)"
    kinds = (uc.uses_own_nouns, uc.uses_class_heads, uc.uses_part_nouns, uc.uses_train_noun_words)
    if after < len(words) and any(words[after] in kind for kind in kinds):
        return True  # "a MIL encoder", "4 MTL datasets"
    for j in range(first - 1, max(-1, first - 6), -1):  # "a Physics-Guided ControlNet", "a ... learning-enhanced ViT"
        if words[j] in ("a", "an"):
            return True
        if words[j] in ("of", "from", "with", "to", "for", "on", "that", "which", ",", "(", ")"):
            return False  # "a novel adaptation of RoPE": RoPE is what it adapts
    return False


def _derives(name: str, part: str, uc: UsesCues) -> bool:
    """Whether ``name`` is ``part`` with a prefix or suffix that is no version, cut at a hyphen,
    a space or a capital ("MedSAM", "MT-R1-Zero"; not "SAMurai", "PaliGemma 2", "CLIP-L")."""
    if len(part) < 3 or not any(c.isupper() for c in part) or name.lower() == part.lower():
        return False
    if name.startswith(part):
        rest = name[len(part) :]
        cut = rest[:1] in "-_ " or rest[:1].isupper() or rest[:1].isdigit() and not part[-1].isdigit()
    elif name.endswith(part):
        rest = name[: -len(part)]
        cut = rest[-1:] in "-_ " or part[:1].isupper()
    else:
        return False
    bare = rest.strip("-_ .").lower()
    # not a version or size: "PaliGemma 2", "SAM-v2", "GPT-4++", "SAM-Large", "X-L"
    return bool(cut and len(bare) >= 2 and bare.strip("0123456789.v+") and bare not in uc.uses_version_words)


def _with_partner(view: SentenceView, last: int, tail: Located, first: Located, uc: UsesCues) -> bool:
    """Whether ``tail`` follows the first tail (ending at word ``last``) as "with <tail>", past an
    abbreviation in parentheses, articles and object adjectives ("integrates Cross-Dimensional
    Supervision (CDS) with a Multi-Scale Feature Fusion network"; not "with our data and X")."""
    if tail.label == "Dataset" and first.label != "Dataset":
        return False  # "combines LoRA with GSM8K problems": data, not a second technique
    gap = _without_aside(view, last + 1, tail.first)
    if not gap or gap[0] != "with":
        return False
    return all(w in ("a", "an", "the") or w in uc.uses_object_adjectives for w in gap[1:])


def _compatible_with(view: SentenceView, tail: Located, uc: UsesCues) -> bool:
    """Whether a compatibility word ("compatible", "...-agnostic") stands within eight words
    before ``tail``: what the method works with, not what it uses ("MAPO is fully
    architecture-agnostic, supporting 2D/3D CNN and Transformer-based segmentation pipelines");
    or one is glued to the tail ("FlashAttention-compatible token selection"); or the tail follows
    "complementary/orthogonal to" ("our method is orthogonal to LoRA") or an intransitive
    "integrates (seamlessly) with" (:func:`_integrates_with`)."""
    words = view.words
    before = words[max(0, tail.first - 8) : tail.first]
    if any(_compatibility_word(w, uc) for w in before):
        return True
    if any(w in uc.uses_compat_to_words and nxt == "to" for w, nxt in zip(before, before[1:], strict=False)):
        return True
    if _integrates_with(words, tail.first, uc) or _one_of_supported(words, tail.first, uc):
        return True
    word, part = words[tail.last], tail.key.rsplit(" ", 1)[-1]
    glued = word[len(part) :] if word.startswith(part) else ""
    return glued[:1] == "-" and _compatibility_word(glued[1:], uc)


def _one_of_supported(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether word ``at`` follows, within twelve words and with no clause mark or use verb between, a
    uses_support_verbs word and a uses_support_ranges word ("supports both", "supporting various",
    "applicable to any"): one of the alternatives the method works with ("our TCS module supports
    both Transformer-based decoder and Mamba-based decoder", "supporting various vision backbones
    including ResNet"), not what it is built on."""
    rc, nouns = relation_cues(), uc.uses_part_nouns | uc.uses_model_class_ends
    for k in range(at - 1, max(-1, at - 13), -1):
        if words[k] in (";", ":", ".") or words[k] in rc.use_any and words[k] not in nouns:
            return False  # "supports both X and Y by utilizing a CLAP model": CLAP is used ("backbones" is no verb)
        if words[k] in uc.uses_support_ranges:
            j = k - 1 - (k >= 1 and words[k - 1] == "to")
            return j >= 0 and words[j] in uc.uses_support_verbs
    return False


def _compatibility_word(word: str, uc: UsesCues) -> bool:
    """A ``uses_compat_words`` word ("compatible") or a word ending in "-agnostic" ("architecture-agnostic")."""
    return word in uc.uses_compat_words or word.endswith("-agnostic")


def _integrates_with(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether "with" (past "the"/"a" and uses_generic_modifiers words: "with existing X") follows
    an integrate verb of uses_compat_with_verbs directly or past "-ly" adverbs, with no object
    between ("it seamlessly integrates with Hugging Face Transformers", "integrates seamlessly with ControlNet"):
    the method works alongside the tail; "integrates CLIP with X" has its own object and uses both."""
    k = at - 1
    while k >= 0 and (words[k] in ("the", "a", "an") or words[k] in uc.uses_generic_modifiers):
        k -= 1
    if k < 1 or words[k] != "with":
        return False
    k -= 1
    while k >= 0 and words[k].endswith("ly"):
        k -= 1
    return k >= 0 and words[k] in uc.uses_compat_with_verbs


def _class_list(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a lower-case tail modifies a plural class noun through a list of lower-case words
    ("using off-the-shelf convolutional neural network and vision transformer backbones"): a
    class of models, not one named (guards.class_mention reads names and name modifiers only)."""
    span = tail.span
    if span.text != span.text.lower():
        return False  # "CNN and ViT backbones" are guards.class_mention's; "ResNet" is a name
    words = view.words
    doc = span.doc
    joined = False
    for j in range(tail.last + 1, min(len(words), tail.last + 7)):
        w = words[j]
        if w in rc.class_nouns:
            return joined
        if w in ("and", "or"):
            joined = True
        elif not w.isalpha() or doc[view.starts[j]].text != w:
            return False  # a name ("and ViT backbones"), a number or a comma ends the phrase
    return False


def _experiment_models(
    view: SentenceView, index: int, tails: list[Located], rc: RelationCues, uc: UsesCues
) -> list[Located]:
    """The Models an experiment runs the method on, after its datasets ("Experiments on GSM8K and
    MATH with LLaMA-2-7B and Mistral-7B show ...", "experiments on a range of benchmarks with
    FLAN-T5 models"): a Model after a uses_experiment_model_preps word, with only datasets, list
    and plain words between the cue and it."""
    words = view.words
    spans = {e.first: e for e in view.entities}
    at = index + 1
    prep = -1
    while at < len(words) and at - index <= 14:
        named = spans.get(at)
        if named is not None and named.label == "Dataset":
            at = named.last + 1
        elif named is not None:
            break
        elif words[at] in uc.uses_experiment_model_preps and at > index + 1:
            prep = at
            at += 1
            if at < len(words) and words[at] in ("the", "a", "an"):
                at += 1
            break
        elif words[at] in uc.uses_experiment_skips:
            at += 1
        else:
            return []
    if prep < 0:
        return []
    found = _chained(view, tails, at, "Model", rc)  # "with LLaMA-2-7B and Mistral-7B"
    return [t for t in found if not evaluator(words, t, rc)]


def _chained(view: SentenceView, tails: list[Located], start: int, label: str, rc: RelationCues) -> list[Located]:
    """The tails of type ``label`` from the one at word ``start`` on, while only chain words ("and",
    ",") stand between them: "with LLaMA-2-7B and Mistral-7B", "with LoRA and DPO"."""
    found: list[Located] = []
    last = -1
    for tail in tails:
        if not found and tail.first == start and tail.label == label:
            found.append(tail)
            last = tail.last
        elif found and tail.first > last:
            gap = _without_aside(view, last + 1, tail.first)
            if tail.label != label or not gap or not all(w in rc.chain_words for w in gap):
                break
            found.append(tail)
            last = tail.last
    return found


def _trained_with(
    view: SentenceView, index: int, tails: list[Located], chosen: list[Located], rc: RelationCues, uc: UsesCues
) -> list[Located]:
    """The training technique after a training cue and its object: "fine-tuning it with adversarial
    training", "we fine-tune Qwen2-VL-2B with LoRA" (a Method after "with/using/via/through", past an
    article and plain adjectives: "trained with simple SFT"; the object is a pronoun, a short noun
    phrase or the Model already chosen; "we fine-tune the full draft-reflect rollout with RL": a definite
    object of at most four lower-case words, none a phrase stop such as "on" or "for", or a cue; not
    "we train a humanoid robot via RL", another thing)."""
    words = view.words
    at = chosen[-1].last + 1 if chosen else index + 1
    definite = not chosen and at < len(words) and words[at] in ("the", "our", "its")
    skipped = 0
    while at < len(words) and words[at] not in uc.uses_trained_vias:
        plain = words[at] in uc.uses_object_pronouns or words[at] in uc.uses_object_adjectives
        if not plain and not (definite and _object_word(view, at, rc, uc)):
            return []
        at, skipped = at + 1, skipped + 1
        if skipped > 4:
            return []
    if at >= len(words) or any(e.first > index and e.last < at and e not in chosen for e in view.entities):
        return []
    start = at + 1 + (at + 1 < len(words) and words[at + 1] in ("a", "an", "the"))
    plain = uc.uses_object_adjectives | uc.uses_generic_modifiers
    while start < len(words) and words[start] in plain and start - at <= 3:
        start += 1  # "trained with simple SFT", "fine-tuned with standard LoRA"
    return _chained(view, tails, start, "Method", rc)  # "with LoRA and DPO"


def _object_word(view: SentenceView, at: int, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether word ``at`` may stand in a definite training object before "with/using/via": a lower-case
    word of a noun phrase that is no phrase stop, cue or clause mark ("the full decision-draft-reflect
    rollout")."""
    word = view.words[at]
    return (
        _cased(view, at)[:1].islower()
        and word.replace("-", "").isalpha()
        and word not in uc.uses_phrase_stops
        and word not in rc.use_any
        and word not in ("to", "and", "or", "we")
    )


def _distance(words: tuple[str, ...], index: int, tail: Located, training: bool, uc: UsesCues) -> int:
    """Words from the cue to the tail; a training cue does not count articles and adjectives
    ("finetunes a pretrained MusicGen model" is as near as "finetunes MusicGen")."""
    if not training:
        return tail.first - index
    skip = uc.uses_object_adjectives
    return 1 + sum(1 for w in words[index + 1 : tail.first] if w not in skip and w not in ("a", "an"))


def _kind_after(words: tuple[str, ...], tail: Located, uc: UsesCues) -> bool:
    """Whether a kind noun follows the tail ("token pruning framework", "LoRA module")."""
    at = tail.last + 1
    return at < len(words) and (words[at] in uc.uses_own_nouns or words[at] in uc.uses_class_heads)


def _setting_model(view: SentenceView, tail: Located) -> bool:
    """Whether a Model is followed by "on/across <Dataset>" ("using GPT-5 mini on PopQA"):
    the model the experiment runs, not a component of the method."""
    words = view.words
    following = words[tail.last + 1 : tail.last + 4]
    for k, w in enumerate(following):
        if w in ("and", "or", ",") or w in relation_cues().train_cues:
            return False  # "built on LLaMA-2 and trained on the Pile": "on" of another verb
        if w in ("on", "across"):
            at = tail.last + 2 + k
            return any(e.label == "Dataset" and e.first in (at, at + 1) for e in view.entities)
    return False


def _named_before_comma(view: SentenceView, index: int, tail: Located) -> bool:
    """Whether a name stands between the cue and the last comma before ``tail`` (the cue's
    object was that name); not "leverages a pre-trained diffusion model, Stable Diffusion XL"."""
    words = view.words
    comma = max(j for j in range(index + 1, tail.first) if words[j] == ",")
    return any(index < e.first and e.last < comma for e in view.entities)


def _introduced_list(gap: tuple[str, ...]) -> bool:
    """Whether the words after the last comma of ``gap`` open a list ("..., e.g. BART")."""
    last = len(gap) - 1 - gap[::-1].index(",")
    return last + 1 < len(gap) and gap[last + 1] in reading_cues().list_intros


def tail_shapes(
    view: SentenceView,
    tails: list[Located],
    ctx: PaperContext,
    rc: RelationCues,
    self_heads: frozenset[str],
) -> list[tuple[Located, float, Span | None]]:
    """Tails named by their own shape: "X-based", "our quantized X", "X trained with our
    method", and "a novel X method, NAME" (NAME, a proposed entity, is the head)."""
    words = view.words
    reading = reading_cues()
    uc = uses_cues()
    found = []
    chained: Located | None = None  # the last tail a context rule took, so a list after it is taken too
    chained_head: Span | None = None  # the head named for that list (the main method of its own parts)
    for tail in tails:
        word = words[tail.last]
        if chained is not None and _listed_after(view, chained, tail, rc, parts=chained_head is not None):
            chained = tail
            if not name_fragment(view, tail, rc):
                found.append((tail, 0.60, chained_head))  # "on LLaMA-2-7B and Mistral-7B", "on C4 and the Pile"
            continue
        if chained is not None and _abbreviation_of(words, chained, tail):
            continue  # "a multi-view template fusion module (MTFM) and ...": the list goes on
        chained, chained_head = None, None
        if _compatible_with(view, tail, uc) or narrowed(view, tail, rc) or plural_class(view, tail, rc):
            continue  # "architecture-agnostic, supporting CNN and Transformer-based pipelines"
        if name_fragment(view, tail, rc) or unstated_use(view, tail.first, rc) or served(words, tail, rc):
            continue  # "an Identity Variational Autoencoder", "without requiring pre-trained RNN-based X"
        if replaced(words, tail, rc):
            continue  # "replaces the Transformer-based decoder with ...": the part given up
        if _inspired_clause(words, tail.first, uc):
            continue  # "Inspired by the in-context learning framework, we propose ICD": not a use
        derived = _derived_head(view, tail, ctx, uc)
        if derived is not None:
            found.append((tail, 0.60, derived))  # "we propose MedSAM, ... SAM": built on SAM
            continue
        if _context_use(view, tail, ctx, rc, uc):
            chained, chained_head = tail, _main_of_part(view, tail, ctx, rc, uc)
            found.append((tail, 0.60, chained_head))
        elif _as_role(words, tail, rc):
            found.append((tail, 0.65, None))
        elif (lister := _enumerated_part(view, tail, ctx, uc)) is not None:
            found.append((tail, 0.55, lister))  # "Our approach introduces two innovations: (1) X ...; (2) Y"
        elif _component_proposed(view, tail, ctx):
            found.append((tail, 0.55, ctx.proposed))  # "We propose FooNet. ... Then we propose X, which ..."
        elif (introducer := _introduced_by_ours(view, tail, ctx, rc, uc)) is not None:
            chained, chained_head = tail, introducer
            found.append((tail, 0.55, introducer))  # "MemServe introduces MemPool, an elastic memory pool"
        elif _by_technique(view, tail, uc):
            found.append((tail, 0.60, None))  # "by the Neural Tangent Kernel (NTK) technique"
        elif _based_apart(view, tail, rc, reading):
            found.append((tail, 0.60, None))  # "a 3D Gaussian Splatting (3DGS) based approach"
        elif (
            word != tail.key
            and tail.label != "Dataset"  # "IMU+UWB-based motion capture": data, not a method used
            and word.endswith(rc.use_suffix_tuple)
            and not tail.key.endswith(word)
            and not any(
                w in rc.others_words or w in reading.contrast_clauses
                for w in words[max(0, tail.first - 3) : tail.first]
            )  # not "existing X-based frameworks", "while X-based attacks fail": someone else's
            and not _describes_other(view, tail, rc)
            and not _rival_based(words, tail, uc)
            and not _titled_compound(view, tail)
            and not _based_elsewhere(view, tail, ctx, uc)
        ):
            found.append((tail, 0.60, None))  # not "existing X-based frameworks": someone else's
        elif tail.label == "Model" and (_ours_applied(words, tail, rc) or _trained_with_ours(view, tail, ctx, rc)):
            found.append((tail, 0.65, None))
        elif tail.label == "Model" and _enabled(words, tail, rc):
            found.append((tail, 0.55, None))
        elif (
            tail.label == "Method"
            and tail.key.endswith(word)
            and tail.last + 1 < len(words)
            and (words[tail.last + 1] in rc.tail_head_nouns)
        ):
            named = _apposed_to_proposed(view, tail, ctx, rc)
            if named is not None:
                found.append((tail, 0.60, named))
    return [(t, base, h) for t, base, h in found if h is None or not _opening_object(view, h, t.first)]


def _component_proposed(view: SentenceView, tail: Located, ctx: PaperContext) -> bool:
    """Whether a later sentence proposes a further Method of the paper that is a part of the
    proposed method ("We propose FooNet ... we further introduce the Memory Expert Compensation
    Module (MECM)"): "we" and a propose verb just before it, a component noun after it or ending
    it, the main proposal (a Method or Model) not named in the sentence and no other name of it."""
    main = ctx.proposed
    if (
        tail.label != "Method"
        or main is None
        or main.label_ not in ACTORS
        or ctx.propose_index is None
        or view.index <= ctx.propose_index
        or not ctx.is_proposed(tail)
        or component_actor(ctx)  # "our proposed X block ... we design a Y module": Y is no part of X
    ):
        return False
    words = view.words
    before = words[max(0, tail.first - 6) : tail.first]
    if "we" not in before or not any(w in PROPOSE_VERBS for w in before):
        return False
    if any(w in (",", ";", ":") for w in before[before.index("we") :]):
        return False
    key = main.text.lower()
    if any(e.key == key or same(main, e, abbreviated=False) for e in view.entities):
        return False  # "we introduce FooNet, a X method": the main proposal is here
    doc = tail.span.doc
    for long, short in doc._.abbreviations or ():
        names = {long.text.lower(), short.text.lower()}
        if key in names and tail.key in names:
            return False  # the main proposal's other name
    if same(main, tail) or key in tail.key or tail.key in key:
        return False
    at = past_abbreviation(
        words, tail.last + 1
    )  # "the Memory Expert Compensation Module (MECM)"; "the AT-NAC (...) module"
    return (
        at < len(words)
        and words[at] in uses_cues().uses_component_nouns
        or tail.key.split()[-1] in uses_cues().uses_component_nouns
        or _coined_here(words, tail)
        and not described_only(main)
        and _main_stands_alone(ctx)
    )


def _main_stands_alone(ctx: PaperContext) -> bool:
    """Whether the paper's main proposal is its whole contribution: named in the title or in the
    authors' propose sentence ("We present a human-grounded evaluation framework ... synCUB" in a
    later sentence is no method of the paper's), which does not open with an ordinal ("First, we
    propose SIBS ... we introduce MGS": the first of several contributions, not their whole)."""
    main = ctx.proposed
    at = next((v for v in sentence_views(main.doc) if v.sentence.start <= main.start < v.sentence.end), None)
    if at is None or at.index not in (0, ctx.propose_index):
        return False
    return not at.words or at.words[0] not in uses_cues().uses_ordinal_openers


def _coined_here(words: tuple[str, ...], tail: Located) -> bool:
    """Whether a capitalised name of several words is coined where it is proposed: its abbreviation
    follows it in parentheses ("we further propose the Weighted Alpha Blending Equation (WABE)",
    "we introduce Candidate Prior Normalization (CPN)"), so a named technique of the paper's method;
    not when a noun after it says it is a metric, task or benchmark ("the Ratio Variance Warping (RVW)
    metric"), when an evaluation follows ("for reference-free evaluation") or the name goes on past
    the abbreviation."""
    uc = uses_cues()
    name = tail.span.text.replace("-", " ").split()
    after = past_abbreviation(words, tail.last + 1)
    if after == tail.last + 1 or len(name) < 2 or _name_goes_on(tail.span):
        return False  # "a Self-Supervised Chain-of-Thought (COT) Data Construction System": a cut name
    if after < len(words) and words[after] in uc.uses_coined_nonpart_nouns:
        return False  # "the Ratio Variance Warping (RVW) metric"
    if not uc.uses_coined_study_words.isdisjoint(words[after : after + 10]):
        return False  # "the Temporal NCC (TNCC) ... for reference-free evaluation": a measure of the study
    return all(w[:1].isupper() for w in name if w.isalpha() and len(w) > 3)


def _name_goes_on(span: Span) -> bool:
    """Whether a capitalised word follows the abbreviation after a name ("Self-Supervised
    Chain-of-Thought (COT) Data Construction System"): the name is longer than the span."""
    doc, at = span.doc, span.end
    return at + 3 < len(doc) and doc[at].text == "(" and doc[at + 2].text == ")" and doc[at + 3].text.istitle()


def _enumerated_part(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> Span | None:
    """The paper's method whose parts a numbered list after a colon names ("Our approach introduces
    two key innovations: (1) Mixed Sampling Strategy, ...; and (2) Policy Correction Mechanism",
    "AdaGRPO consists of two components: (i) X: ...; (ii) Y", "To realize AR-RAG, we propose two
    frameworks: (1) DAiD ..."): a Method right after a list marker (past an article), when the clause
    before the colon has a propose or part verb whose subject is the paper's method, "it" or "we".
    The head is that method named, else the paper's main method, never one the list names itself."""
    words = view.words
    if tail.label != "Method" or not _after_marker(words, tail.first, uc):
        return None
    colons = [j for j in range(tail.first - 1, -1, -1) if words[j] == ":"]
    verb, colon = next(((v, c) for c in colons if (v := _listing_verb(words, c, uc)) > 0), (-1, -1))
    if verb < 1:
        return None  # "AdaGRPO consists of two components: (i) X: tracks ...; (ii) Y": the colon after the verb
    j = _subject_end(words, verb, uc)
    main = _main_method(ctx)
    if main is None or any(same(main, e) for e in view.entities if e.first > colon):
        return None  # "We propose two methods: (1) FooNet ..., (2) Y": contributions side by side
    if j >= 0 and words[j] == "we":
        return main
    if _own_start(view, j, ctx, uc) < 0:
        return None
    named = next((e for e in view.entities if e.last == j and ctx.is_proposed(e)), None)
    return main if named is None else named.span


def _listing_verb(words: tuple[str, ...], colon: int, uc: UsesCues) -> int:
    """The propose or part verb within eight words before a colon ("introduces two key innovations:"), else -1."""
    verbs = range(colon - 1, max(-1, colon - 8), -1)
    return next((j for j in verbs if words[j] in PROPOSE_VERBS or words[j] in uc.uses_part_verbs), -1)


def _after_marker(words: tuple[str, ...], at: int, uc: UsesCues) -> bool:
    """Whether word ``at`` opens an item of a numbered list: "(1) X", "(ii) X", "2) a X"."""
    j = at - 1
    if j >= 0 and words[j] in ("a", "an", "the"):
        j -= 1
    return j >= 1 and words[j] == ")" and words[j - 1] in uc.uses_list_markers


def _introduced_by_ours(
    view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues
) -> Span | None:
    """The paper's method that introduces a further Method or Model the paper proposes as its
    subject ("MemServe introduces MemPool, an elastic memory pool", "To further improve the
    feature, STFTrack introduces a Frequency Enhancement Module (FEM)", "it further designs X"):
    the method's own part. The propose verb stands within six words before the tail (plain words
    between, no comma or cue); its subject, past adverbs, is the paper's main method named, "it" or
    "our method"."""
    if tail.label == "Dataset" or not ctx.is_proposed(tail) or (main := _main_method(ctx)) is None:
        return None  # "Our approach introduces two new datasets (FTAG and T2P)": contributions, not parts
    words = view.words
    verb = next((j for j in range(tail.first - 1, max(-1, tail.first - 7), -1) if words[j] in PROPOSE_VERBS), -1)
    if verb < 1 or not all(w.replace("-", "").isalpha() and w not in rc.use_any for w in words[verb + 1 : tail.first]):
        return None  # "proposes using HDR Gaussian Splats": a cue's object; a comma ends the phrase
    if any(verb < e.first < tail.first for e in view.entities):
        return None  # the first name after the verb only
    j = _subject_end(words, verb, uc)
    if _own_start(view, j, ctx, uc) < 0:
        return None
    named = next((e for e in view.entities if e.last == j and ctx.is_proposed(e)), None)
    if named is None:
        return main  # "it introduces X", "our method introduces X"
    return None if same(named.span, tail) else named.span


def _by_technique(view: SentenceView, tail: Located, uc: UsesCues) -> bool:
    """Whether a Method tail is the technique after "by (the)" and before a kind noun, past an
    abbreviation in parentheses ("we approximate the process by the Neural Tangent Kernel (NTK)
    technique"); not "the bias introduced by the X method" nor after a rival word."""
    words = view.words
    if tail.label != "Method":
        return False
    by = tail.first - 1 - (tail.first > 1 and words[tail.first - 1] in ("the", "a", "an"))
    if by < 1 or words[by] != "by" or words[by - 1] in uc.uses_by_blockers or words[by - 1] in uc.uses_rival_words:
        return False
    at = past_abbreviation(words, tail.last + 1)
    return at < len(words) and words[at] in uc.uses_by_kind_nouns


def _based_apart(view: SentenceView, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether "based" follows the tail as its own word, past an abbreviation in parentheses, and
    a noun follows it ("a 3D Gaussian Splatting (3DGS) based approach", "a Transformer based
    model"), said of no one else ("existing CNN based methods")."""
    words = view.words
    at = past_abbreviation(words, tail.last + 1)
    if at + 1 >= len(words) or words[at] != "based" or not words[at + 1].isalpha() or words[at + 1] in ("on", "upon"):
        return False
    if any(w in rc.others_words or w in reading.contrast_clauses for w in words[max(0, tail.first - 3) : tail.first]):
        return False
    return words[at + 1] not in rc.class_nouns or "our" in words[max(0, tail.first - 3) : tail.first]


def _listed_after(view: SentenceView, prev: Located, tail: Located, rc: RelationCues, parts: bool = False) -> bool:
    """Whether ``tail`` continues the list that ``prev`` opened ("LLaMA-2-7B, OPT and Mistral"); a
    list of ``parts`` may name each with an article, past the abbreviation of the one before it
    ("a multi-view template fusion module (MTFM) and an optimal trajectory correction module")."""
    if tail.first <= prev.last or (tail.label == "Dataset") != (prev.label == "Dataset"):
        return False
    gap = _without_aside(view, prev.last + 1, tail.first)
    if parts:
        gap = tuple(w for w in gap[past_abbreviation(gap, 0) :] if w not in ("a", "an"))
    return 0 < len(gap) <= 3 and all(w in rc.chain_words for w in gap)


def _abbreviation_of(words: tuple[str, ...], prev: Located, tail: Located) -> bool:
    """Whether ``tail`` is a one-word name in parentheses right after ``prev`` (its abbreviation)."""
    return tail.first == tail.last == prev.last + 2 and past_abbreviation(words, prev.last + 1) == tail.last + 2


def _without_aside(view: SentenceView, lo: int, hi: int) -> tuple[str, ...]:
    """The words from ``lo`` to ``hi`` without a leading parenthesis that holds no name
    ("LLaMA-2 (7B and 13B) and Mistral-7B" lists both models)."""
    words = view.words[lo:hi]
    if words[:1] == ("(",) and ")" in words and not any(lo < e.first < hi for e in view.entities):
        return words[words.index(")") + 1 :]
    return words


def _context_use(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether the words around ``tail`` state that the paper's own method uses it (no cue word
    before it): trained on it, applied to or run on it, or built with it as a part."""
    if tail.label == "Dataset":
        return _trained_ours_on(view, tail, ctx, uc)
    if tail.label == "Method" and _kind_of_data(view, tail):
        return False  # "Our approach includes a supervised fine-tuning (SFT) dataset of 87k samples"
    if _part_listed(view, tail, ctx, rc, uc) or _at_core(view, tail, ctx, uc) or _enables_ours(view, tail, ctx, rc, uc):
        return True
    if tail.label != "Model":
        return False
    return (
        _evaluated_on_models(view, tail, ctx, uc)
        or _result_on_model(view, tail, ctx, uc)
        or _into_model(view, tail, ctx, uc)
        or _opening_models(view, tail, ctx, rc, uc)
        or _object_of_ours(view, tail, ctx, uc)
        or _part_of_ours(view, tail, ctx, rc, uc)
    )


def _own_start(view: SentenceView, at: int, ctx: PaperContext, uc: UsesCues) -> int:
    """The first word of a reference to the paper's own method that ends at word ``at`` (a
    proposed Method/Model, "our (proposed) model", "it"), else -1."""
    words = view.words
    if at < 0:
        return -1
    for e in view.entities:
        if e.last == at and e.label in ACTORS and ctx.is_proposed(e):
            return e.first - 1 if e.first and words[e.first - 1] in ("our", "the") else e.first
    if words[at] in ("it", "them"):
        return at
    if words[at] in uc.uses_own_nouns:
        for j in range(at - 1, max(-1, at - 4), -1):
            if words[j] == "our":
                return j
            if words[j] in (",", "and", "or", "the", "a", "an"):
                break
        named = at - 1
        if named > 2 and words[named] == ")" and words[named - 2] == "(":
            named -= 3  # "the Mixture-of-Roles (MoR) framework"
        for e in view.entities:
            if e.last == named and e.label in ACTORS and ctx.is_proposed(e):
                return e.first
    return -1


def _subject_end(words: tuple[str, ...], verb: int, uc: UsesCues, adverbs: bool = True) -> int:
    """The last word of the subject of the verb at ``verb``: the word before it past auxiliaries
    and other skip words ("FooNet can be plugged into") and, when ``adverbs``, -ly adverbs
    ("FooNet further introduces"); -1 when none."""
    j = verb - 1
    while j >= 0 and (words[j] in uc.uses_subject_skips or adverbs and words[j].endswith("ly")):
        j -= 1
    return j


def _own_subject_before(view: SentenceView, verb: int, ctx: PaperContext, uc: UsesCues) -> int:
    """The first word of the paper's own method as the subject of the verb at ``verb`` (see
    :func:`_subject_end`, :func:`_own_start`), else -1."""
    return _own_start(view, _subject_end(view.words, verb, uc), ctx, uc)


def _before_prep(view: SentenceView, tail: Located, preps: frozenset[str]) -> int:
    """The index of the preposition (one of ``preps``) right before ``tail`` (or "the"), else -1."""
    words = view.words
    at = tail.first - 1
    if at >= 0 and words[at] == "the":
        at -= 1
    return at if at >= 0 and words[at] in preps else -1


def _trained_ours_on(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we train FooNet on the Pile", "we fine-tune our model on GSM8K": training data of ours."""
    prep = _before_prep(view, tail, frozenset(("on", "with", "using")))
    start = _own_start(view, prep - 1, ctx, uc) if prep > 0 else -1
    return start > 0 and view.words[start - 1] in uc.uses_train_verbs


def _evaluated_on_models(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we evaluate FooNet on LLaMA-2-7B", "FooNet is tested on Mistral-7B", "we validate on
    OPT-13B": the models the method is applied to (a Model after the verb, never "compare")."""
    prep = _before_prep(view, tail, uc.uses_model_preps)
    if prep < 0:
        prep = _prep_before_list(view, tail, uc)  # "on multiple paradigms, including SD and FLUX"
    return prep >= 1 and _ours_with_verb(view, prep, uc.uses_eval_verbs, ctx, uc, we=True)


def _result_on_model(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "FooNet achieves average gains of 5.1% on Qwen2.5-3B and 3.6% on Qwen2.5-7B", "It shows a
    10-point improvement for Llama-3.1-8B": a result the paper's method ("it") reaches on a Model,
    the model it is applied to. The nearest result verb before the preposition (a result noun is
    passed, :func:`_result_noun`) stands in its clause (sixteen words at most; no semicolon, colon,
    rival word or comma that ends a clause, :func:`_clause_comma`, between) and has the method as
    its subject; not "FooNet achieves 80%, whereas prompting yields 70% on GPT-4o" nor "... and
    prompting yields 70% on GPT-4o"."""
    prep = _before_prep(view, tail, uc.uses_result_preps)
    if prep < 2:
        return False
    words = view.words
    for j in range(prep - 1, max(0, prep - 17), -1):
        if words[j] in (";", ":") or words[j] in uc.uses_rival_words or _clause_comma(words, j):
            return False
        if words[j] in uc.uses_result_verbs and not _result_noun(words, j):
            return _own_subject_before(view, j, ctx, uc) >= 0
    return False


def _clause_comma(words: tuple[str, ...], at: int) -> bool:
    """Whether word ``at`` is a comma that ends a clause: not one of a list of numbers ("up to 5.9x,
    5.7x, and 4.1x acceleration on X") nor one before a participle that shares the subject ("DVG
    achieves near-lossless acceleration, reaching 7x speedup on X")."""
    if words[at] != ",":
        return False
    after = at + 1 + (at + 1 < len(words) and words[at + 1] in ("and", "or"))
    if after >= len(words):
        return True
    word = words[after]
    return not (word.endswith("ing") or word[:1] == "$" or any(c.isdigit() for c in word))


def _result_noun(words: tuple[str, ...], at: int) -> bool:
    """Whether the result word at ``at`` is a noun, not a verb with a subject: "of" after it
    ("achieves average gains of 5.1%"), or an article, a number or "%" before it ("brings a 3% gain")."""
    before = words[at - 1] if at else ""
    return (
        at + 1 < len(words)
        and words[at + 1] == "of"
        or before in ("a", "an", "the", "%")
        or any(c.isdigit() for c in before)
    )


def _prep_before_list(view: SentenceView, tail: Located, uc: UsesCues) -> int:
    """The model preposition before "<class noun phrase>, including/such as/e.g." that opens
    the list ``tail`` starts ("on multiple generative paradigms, including Stable Diffusion"),
    else -1; the phrase between holds no name and no verb-like word."""
    words = view.words
    intro = tail.first - 1
    while intro >= 0 and words[intro] in (",", "as", "the"):
        intro -= 1  # "such as", "e.g.,"
    if intro < 0 or words[intro] not in reading_cues().list_intros and words[intro] != ":":
        return -1  # "on several models, including X", "with three LLMs: X, Y and Z"
    for j in range(intro - 1, max(-1, intro - 7), -1):
        if words[j] in uc.uses_model_preps:
            return j if not any(j < e.first < intro for e in view.entities) else -1
    return -1


def _enables_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "our Deep RL approach enables PyTester to ...": the paper's named method works through
    the approach the paper calls its own."""
    words = view.words
    if "our" not in words[max(0, tail.first - 2) : tail.first]:
        return False
    at = tail.last + 1
    if at + 2 >= len(words) or words[at] not in uc.uses_own_nouns or words[at + 1] not in rc.enable_verbs:
        return False
    return any(e.first == at + 2 and e.label in ACTORS and ctx.is_proposed(e) for e in view.entities)


def _into_model(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "we integrate FooNet into LLaVA-1.5", "FooNet can be plugged into Qwen2-VL": the Model the
    paper's method is put into."""
    prep = _before_prep(view, tail, frozenset(("into",)))
    return prep >= 1 and _ours_with_verb(view, prep, uc.uses_into_verbs, ctx, uc, we=False)


def _ours_with_verb(
    view: SentenceView, prep: int, verbs: frozenset[str], ctx: PaperContext, uc: UsesCues, *, we: bool
) -> bool:
    """Whether the word before preposition ``prep`` ends the paper's own method after a verb of ``verbs``
    ("we evaluate FooNet on", "we integrate FooNet into"), or is such a verb whose subject, past auxiliaries,
    is the paper's method ("FooNet is tested on", "FooNet can be plugged into") or, when ``we``, "we"
    ("we evaluate on")."""
    words = view.words
    start = _own_start(view, prep - 1, ctx, uc)
    if start > 0 and words[start - 1] in verbs:
        return True
    if words[prep - 1] not in verbs:
        return False
    j = _subject_end(words, prep - 1, uc, adverbs=False)
    return j >= 0 and ((we and words[j] == "we") or _own_start(view, j, ctx, uc) >= 0)


def _at_core(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "At the heart of SPIN lies a self-play mechanism", "the core of FooNet is X"."""
    words = view.words
    for j in range(max(0, tail.first - 4), tail.first):
        if words[j] not in uc.uses_core_links:
            continue
        if any(e.first < tail.first and e.first > j for e in view.entities):
            return False  # the first name after the link only
        k = j - 1
        own = -1
        while k >= 0 and j - k <= 4 and own < 0:
            own = _own_start(view, k, ctx, uc)
            k -= 1
        if own < 2 or words[own - 1] != "of" or words[own - 2] not in uc.uses_core_nouns:
            return False
        return all(w.isalpha() and w.islower() for w in words[j + 1 : tail.first] if w not in ("a", "an", "the"))
    return False


def _opening_models(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "On LLaMA-2-7B (and Mistral-7B), FooNet reduces ...", "On AIME with Qwen-7B, FooNet ...",
    "Across Qwen3-4B, OLMo-3-7B, and LLaMA-3.1-8B, FooNet improves ...": an opening phrase of names
    (Models listed with commas) followed by the paper's own method as the subject."""
    words = view.words
    if not words or words[0] not in uc.uses_opening_preps or "," not in words[: tail.first + 12]:
        return False
    if _before_prep(view, tail, uc.uses_opening_preps) < 0:
        return False  # "On LLaMA-2-7B", "On AIME with Qwen-7B"; not "For tasks where GPT-4 fails"
    ends = {e.first: e for e in view.entities}
    at = 1
    while at < len(words):  # the opening phrase: names, list words, preps
        if words[at] == ",":
            listed = at + 1 + (at + 1 < len(words) and words[at + 1] in ("and", "or"))
            if listed not in ends or ends[listed].label != "Model" or ctx.is_proposed(ends[listed]):
                break  # the phrase ends; "Across Qwen3-4B, OLMo-3-7B, and LLaMA-3.1-8B, FooNet": a list
            at = listed
        elif at in ends:
            at = ends[at].last + 1
        elif words[at] in rc.chain_words or words[at] in uc.uses_opening_preps or "/" in words[at]:
            at += 1
        else:
            return False
    if at <= tail.last:
        return False
    ends_at = [k for k in (at + 1, at + 2, at + 3) if k < len(words)]
    return any(_own_start(view, k, ctx, uc) in (at + 1, at + 2) for k in ends_at)  # ", FooNet", ", our method"


def _main_of_part(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> Span | None:
    """The paper's main method when a part verb lists a part the paper proposes ("Our method
    comprises two lightweight modules: FCM and MKP", "It includes two novel modules, a MTFM and
    an OTCM"): the main method uses its own named parts. None otherwise, or when the main
    proposal is itself only a component (:func:`component_actor`) or is the tail."""
    if not ctx.is_proposed(tail) or (main := _main_method(ctx)) is None or same(main, tail):
        return None
    return main if _part_listed(view, tail, ctx, rc, uc) else None


def _main_method(ctx: PaperContext) -> Span | None:
    """The paper's main proposed Method or Model when it is no component and no description only."""
    return _paper_facts(ctx)[1]


def _paper_facts(ctx: PaperContext) -> tuple[bool, Span | None, bool]:
    """Whether the paper's proposed entity is only a component (:func:`component_actor`), its
    main method (:func:`_main_method`), and whether the paper's own system uses the proposed
    entity (:func:`_used_by_ours`). All read the whole paper, so they are found once and kept
    in the document's ``user_data`` beside its context (dropped with it by ``release_views``)."""
    main = ctx.proposed
    if main is None:
        return False, None, False
    cached = main.doc.user_data.get(PAPER_FACTS_CACHE)
    if cached is not None:
        return cached
    component = _component_actor(ctx)
    tool = any(_own_system_uses(v, main) for v in sentence_views(main.doc))
    unnamed = main.label_ not in ACTORS or component or tool or described_only(main)
    facts = component, None if unnamed else main, tool
    main.doc.user_data[PAPER_FACTS_CACHE] = facts
    return facts


def _part_listed(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "EPANet consists of two key components: EPA-FPN and ...", "the MoR framework, which
    comprises three LoRA groups": the first name after a part verb whose subject is ours."""
    words = view.words
    verb = next((j for j in range(tail.first - 1, max(-1, tail.first - 9), -1) if words[j] in uc.uses_part_verbs), -1)
    if verb < 1 or any(e.last < tail.first and e.first > verb for e in view.entities):
        return False  # the first name after the verb only; the list after it is chained
    gap = words[verb + 1 : tail.first]
    if any(w in rc.use_stops or w == ";" for w in gap) or "," in gap and not _parts_introduced(gap, uc):
        return False
    j = _subject_end(words, verb, uc, adverbs=False)
    if j > 0 and words[j] == "which" and words[j - 1] == ",":
        j -= 2  # "the MoR framework, which comprises"
    return j >= 0 and _own_start(view, j, ctx, uc) >= 0


def _parts_introduced(gap: tuple[str, ...], uc: UsesCues) -> bool:
    """Whether the only comma between a part verb and its first part follows a count of parts and
    opens their list ("includes two novel modules, a X and a Y")."""
    comma = gap.index(",")
    rest = gap[comma + 1 :]
    return (
        gap.count(",") == 1
        and comma > 0
        and gap[comma - 1] in uc.uses_component_nouns
        and all(w in ("a", "an", "the") for w in rest)
    )


def _object_of_ours(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """ "FooNet compresses LLaMA-2-7B", "we prune OPT-175B": the Model the method is applied to,
    when the verb's subject is the paper's own method, "we" or "it"."""
    words = view.words
    verb = tail.first - 1
    while (
        verb >= 0
        and tail.first - verb <= 3
        and (
            words[verb] in ("the", "a", "an")
            or words[verb] in uc.uses_object_adjectives
            or any(c.isdigit() for c in words[verb])
        )
    ):
        verb -= 1
    if verb > 0 and words[verb] == "of":  # "improves the zero-shot accuracy of GPT-4o"
        the = next((k for k in range(verb - 1, max(-1, verb - 6), -1) if words[k] == "the"), -1)
        if the < 1 or any(the < e.first < verb and e.label in TAIL_LABELS for e in view.entities):
            return False
        verb = the - 1
    if verb < 1 or words[verb] not in uc.uses_object_verbs:
        return False
    j = _subject_end(words, verb, uc)
    return j >= 0 and (words[j] == "we" or _own_start(view, j, ctx, uc) >= 0)


def _part_of_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, uc: UsesCues) -> bool:
    """ "HBFormer combines a U-shaped design with a Swin Transformer backbone", "FooNet pairs a CLIP
    image encoder with ...": a named part of the method in a sentence about the paper's own method."""
    words = view.words
    at = tail.last + 1
    if at < len(words) and words[at] in uc.uses_part_modifiers:
        at += 1
    if at >= len(words) or words[at] not in uc.uses_part_nouns:
        return False
    if any(w in rc.others_words for w in words[max(0, tail.first - 3) : tail.first]):
        return False  # "existing CLIP encoders"
    stops = (
        (rc.use_stops - uc.uses_purpose_words)
        | rc.comparison_openers
        | rc.likeness_words
        | rc.eval_verbs
        | rc.uses_analysis_words
        | reading_cues().contrast_clauses
    )
    own = -1
    for j in range(tail.first):
        if words[j] in stops:
            return False
        if own < 0 and (words[j] == "our" or _own_start(view, j, ctx, uc) >= 0):
            own = j
    return own >= 0  # not "we perform an analysis of the frozen CLIP image encoder"


def _based_elsewhere(view: SentenceView, tail: Located, ctx: PaperContext, uc: UsesCues) -> bool:
    """Whether an "X-based" tail names what something else is built on: a class that an opening
    phrase builds with the paper's own method ("Leveraging MLEP, a robust CNN-based classifier
    can be trained")."""
    words = view.words
    if not words or words[0] not in uses_cues().uses_opening_words or "," not in words[: tail.first]:
        return False
    comma = words.index(",")
    head = tail.last + 1
    return (
        head < len(words)
        and words[head] in uc.uses_class_heads
        and any(ctx.is_proposed(e) and e.last < comma for e in view.entities)
    )


def _describes_other(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """ "CLIP-based models" (a plural class, not "our"), "the RNN-based RWKV-7 model"
    (another name), "stronger RL-based mathematical reasoning." (a Task that ends the phrase, not
    after "for"): the "X-based" phrase describes them, not the paper's method ("an LLM-based
    question answering system" is the method's, "configurations for vDiT-based video generation"
    the models it is applied to)."""
    words = view.words
    after = tail.last + 1
    if any(e.first == after and e.label == "Model" for e in view.entities):
        return True  # "the RNN-based RWKV-7 model"; not "GRPO-based reinforcement learning"
    task = next((e for e in view.entities if e.first == after and e.label == "Task"), None)
    ended = task is not None and (task.last + 1 >= len(words) or not words[task.last + 1].isalpha())
    if ended and "for" not in words[max(0, tail.first - 2) : tail.first]:
        return True  # "unlocks stronger RL-based mathematical reasoning.": how the task is done, no part
    return (
        after < len(words)
        and words[after] in rc.class_nouns
        and "our" not in words[max(0, tail.first - 3) : tail.first]
    )


def _titled_compound(view: SentenceView, tail: Located) -> bool:
    """ "a Semantic-Guided BEV Dilation Block" in running text: the capitalised "X-Guided",
    with X a descriptive word ("Semantic", "Adaptive Graph"), opens a longer name; X is not
    a method it uses (titles are all capitalised, so kept; "Mamba-Driven ..." is kept)."""
    text, end = doc_text(tail.span.doc), tail.span.end_char
    if text[end : end + 1] != "-" or title_like(view.sentence):
        return False
    if not any(w.endswith(tuple(reading_cues().descriptive_endings)) for w in tail.key.split()):
        return False  # "the Mamba-Driven Topology Fusion framework" is built on Mamba
    if text[end + 1 : end + 2].isupper():
        return True
    following = text[end:].split(None, 2)  # "Adaptive Graph-based Noisy Data Removal framework"
    return len(following) > 1 and following[1][:1].isupper() and following[1].isalpha()


def _as_role(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "(with) LLaMA-2 as the backbone", "GPT-4 as a teacher": a component of the method."""
    following = [w for w in words[tail.last + 1 : tail.last + 5] if w not in ("the", "a", "an", "our", "its")]
    return len(following) > 1 and following[0] == "as" and following[1] in rc.role_nouns


def applied_to(
    view: SentenceView, tails: list[Located], ctx: PaperContext, rc: RelationCues, self_heads: frozenset[str]
) -> list[tuple[Span | None, bool, Located]]:
    """ "we apply <ours> to Y", "extending <ours> to Y": (head, explicit, tail Y).

    The words between the verb and "to" must name the paper's method: a proposed
    entity (the head, explicit) or "our method", "it" (the proposed entity)."""
    words = view.words
    if view.present.isdisjoint(rc.apply_verbs) or "to" not in view.present:
        return []
    found = []
    for i, word in enumerate(words):
        if word not in rc.apply_verbs or "to" not in words[i + 1 : i + 8]:
            continue
        to = words.index("to", i + 1)
        named = [e for e in view.entities if i < e.first and e.last < to and ctx.is_proposed(e)]
        gap = words[i + 1 : to]
        ours = ("our" in gap and any(w in self_heads for w in gap)) or gap[:1] in (("it",), ("them",))
        if not named and not ours:
            continue
        head, explicit = (named[0].span, True) if named else (ctx.proposed, False)
        if head is None or not explicit and (component_actor(ctx) or _opening_object(view, head, i)):
            continue  # "With EnvScaler, we synthesize ... scenarios, and apply them to SFT": not EnvScaler's
        last = -1
        for tail in tails:
            if last < 0 and tail.first in (to + 1, to + 2) and words[to + 1 : tail.first] in ((), ("the",)):
                if name_fragment(view, tail, rc) or tail.label == "Dataset" and word in rc.uses_apply_eval_verbs:
                    break  # "we applied our method to the WBC dataset": an evaluation, not a use
                if tail.key.replace("-", " ").split()[-1] in uses_cues().uses_task_ends:
                    break  # "Applying GRIN to autoregressive language modeling": a task
                found.append((head, explicit, tail))
                last = tail.last
            elif (
                last >= 0
                and tail.first > last
                and all(w in rc.chain_words for w in _without_aside(view, last + 1, tail.first))
            ):
                found.append((head, explicit, tail))  # "to X, Y and Z"
                last = tail.last
            elif last >= 0 and tail.first > last:
                break
    return found


def _ours_applied(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "our 3-bit quantized MODEL", "we prune LLaMA": our method applied to the model."""
    if not tail.first or words[tail.first - 1] not in rc.applied_participles:
        return False
    return any(w in ("our", "we") for w in words[max(0, tail.first - 5) : tail.first])


def _enabled(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "... enables/allows MODEL to ...": the method is applied to the model."""
    before = words[max(0, tail.first - 3) : tail.first]
    if not any(w in rc.enable_verbs for w in before):
        return False
    return "to" in words[tail.last + 1 : tail.last + 6]


def _trained_with_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    words = view.words
    trained = False
    for j in range(tail.last + 1, min(len(words), tail.last + 9)):
        if words[j] in rc.applied_participles:
            trained = True
        elif trained and words[j] in rc.via_words:
            following = words[j + 1 : j + 4]
            return (
                "our" in following
                or any(w in ctx.keys for w in following)
                or any(ctx.is_proposed(e) and j < e.first <= j + 3 for e in view.entities)
            )
    return False


def _apposed_to_proposed(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues) -> Span | None:
    """The proposed entity that "a novel <tail> method" describes, if any."""
    words = view.words
    for e in view.entities:
        if e is tail or not ctx.is_proposed(e) or e.label not in ACTORS:
            continue
        if e.last < tail.first:  # "NAME, a novel X method"
            gap = words[e.last + 1 : tail.first]
            ok = 2 <= len(gap) <= 6 and gap[0] == "," and gap[1] in ("a", "an", "the")
        else:  # "a novel X method, (called) NAME"
            gap = words[tail.last + 2 : e.first]
            ok = len(gap) <= 2
        if ok and not any(w in rc.apposition_blockers for w in gap):
            return e.span
    after = [w for w in words[tail.last + 2 : tail.last + 5] if w not in rc.name_markers]
    if ctx.proposed is not None and after and after[0] == ctx.proposed.text.lower():
        return ctx.proposed  # the name itself was not tagged in this sentence
    return None


def _opening_comma(words: tuple[str, ...], index: int) -> int:
    """The comma that ends an opening phrase (a uses_opening_words word first: "Leveraging
    PlanFactory, we collect ...") before a cue at ``index``, when "we" follows it; else -1. Names
    before it are the opening's objects, never the subject of the main clause's cue."""
    if not words or words[0] not in uses_cues().uses_opening_words or "," not in words[:index]:
        return -1
    comma = words.index(",")
    return comma if comma + 1 < len(words) and words[comma + 1] == "we" else -1


def _verb_between(words: tuple[str, ...]) -> bool:
    """Whether a cue or propose verb stands between an opening phrase's comma and a name ("Building
    upon SFT, this framework integrates GRPO with X"): the name is the object of the main clause,
    not its subject (its subject is "this framework")."""
    return any(w in relation_cues().use_any or w in PROPOSE_VERBS for w in words)


def _untagged_subject(view: SentenceView, at: int) -> bool:
    """Whether word ``at`` opens the clause with a capitalised name that no Method/Model entity
    covers ("TACO introduces", also when TACO was mistyped as a dataset)."""
    if at >= len(view.words) or any(e.first <= at <= e.last and e.label in ACTORS for e in view.entities):
        return False
    doc = view.sentence.doc
    text = doc[view.starts[at]].text
    return text[:1].isupper() and any(c.isupper() for c in text[1:]) and view.words[at] not in ("we", "our", "it")


def _other_subject(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether a Method/Model the paper does not propose opens the cue's clause as the subject of a
    present-tense cue verb at most three words on ("Yet, PFGM sampling relies on X", "SAM uses X",
    past articles and a subordinator: "Since the DDPM prediction network relies on the U-net, we
    introduce ..."): that method's use, not the paper's."""
    words = view.words
    if not words[index].endswith("s") or words[index] in uses_cues().uses_method_cues:
        return False
    nearest = next((e for e in reversed(view.entities) if e.last < index), None)
    if nearest is None or nearest.label not in ACTORS or index - nearest.last > 3 or ctx.is_proposed(nearest):
        return False
    if any(nearest.key.startswith(key) for key in ctx.keys):
        return False  # "DiTaiListener-Gen adapts X": a part named after the paper's DiTaiListener
    if any(w in ("we", "our", "it", "its", "which", "that", ",") for w in words[nearest.last + 1 : index]):
        return False
    if nearest.first == 0 or words[nearest.first - 1] in (",", ";", ":"):
        return True
    start = nearest.first - (words[nearest.first - 1] in ("the", "a", "an"))
    if start < 1 or words[start - 1] not in uses_cues().uses_clause_openers:
        return False  # "Second, a Strategic Reasoning stage fine-tunes ...": the paper's own stage
    return start == 1 or words[start - 2] in (",", ";", ":")  # "Since the DDPM network relies on X, we ..."


def _spelled_out(name: str, long: str) -> bool:
    """Whether a one-word name contracts a longer one: its capitals are the initials of the long
    name's words ("PreFM", "Predictive Future Modeling") and each capitalised piece opens the word
    it stands for ("TactAlign" and "Tactile Alignment"): the same method, so not what it uses."""
    if not _abbreviates(name, long):
        return False
    pieces = re.findall(r"[A-Z][a-z]*", name)
    words = [w for w in re.split(r"[\s-]+", long) if w]
    if len(pieces) != len(words):
        return False
    return all(w.lower().startswith(p.lower()) for p, w in zip(pieces, words, strict=True))


def _blended(name: str, long: str) -> bool:
    """Whether a one-word name of capitalised pieces blends the opening letters of a longer
    capitalised name: the first piece opens its first word, the last piece its last word, the others
    open words between in order, words may be skipped ("SenCache" and "Sensitivity-Aware Caching",
    where "Cache" opens "Caching" less its final "e"): the same method, so not what it uses."""
    pieces = re.findall(r"[A-Z][a-z]+", name)
    if len(pieces) < 2 or "".join(pieces) != name:
        return False
    words = [w for w in re.split(r"[\s-]+", long) if w]
    if len(words) < len(pieces) or not all(w[:1].isupper() for w in words):
        return False
    if not (_piece_opens(pieces[0], words[0]) and _piece_opens(pieces[-1], words[-1])):
        return False
    k = 1
    for piece in pieces[1:-1]:
        while k < len(words) - 1 and not _piece_opens(piece, words[k]):
            k += 1
        if k >= len(words) - 1:
            return False
        k += 1
    return True


def _inside_own_long_form(view: SentenceView, head: Span, tail: Located) -> bool:
    """Whether ``tail`` ends a longer phrase of the sentence that spells the head out: the head is
    one word whose capitals are the initials of the phrase's words (hyphen pieces counted,
    uses_long_form_joiners words such as "and"/"of" skipped; the words before the tail
    capitalised), and the phrase opens before the tail ("UPRE: Zero-Shot Domain Adaptation for
    Object Detection via Unified Prompt and Representation Enhancement": "Representation
    Enhancement" is a piece of UPRE's own name, not a method UPRE uses)."""
    name, joiners = head.text, uses_cues().uses_long_form_joiners
    letters = "".join(c for c in name if c.isupper())
    if " " in name or len(letters) < 3:
        return False
    pieces: list[str] = []
    for j in range(tail.last, max(-1, tail.first - 10), -1):
        word = [p for p in re.split(r"[\s-]+", _cased(view, j)) if p]
        if j < tail.first and not all(p[0].isupper() or p.lower() in joiners for p in word):
            return False  # "AdaGC adopts a gradient calibration (GC) mechanism": no spelled-out name
        pieces = word + pieces
        initials = "".join(p[0] for p in pieces if p.lower() not in joiners).upper()
        if j < tail.first and initials == letters:
            return True
        if len(initials) >= len(letters) or not letters.endswith(initials):
            return False
    return False


def _piece_opens(piece: str, word: str) -> bool:
    """Whether a name piece opens a word ("Sen" and "Sensitivity"; "Cache" and "Caching")."""
    p, w = piece.lower(), word.lower()
    return w.startswith(p) or len(p) >= 4 and p.endswith("e") and w.startswith(p[:-1])


def coordinated(view: SentenceView, head: Span, tail: Located) -> bool:
    """Whether ``tail`` is listed with ``head`` ("trained with X and Y"), is the head's own
    name spelled out (:func:`_spelled_out`: "TactAlign: ... via Tactile Alignment") or is the
    head's own model at one size or in one variant (:func:`_own_size`: "our fine-tuned LeaP-T-7B")."""
    if _own_size(head, tail):
        return True  # "our fine-tuned LeaP-T-7B matches ..." for Learning from Peers (LeaP): its product
    if not tail.span.kb_id_ and (_spelled_out(head.text, tail.span.text) or _blended(head.text, tail.span.text)):
        return True  # not an established technique the name is built from ("FeatDistill", feature distillation)
    if not tail.span.kb_id_ and _inside_own_long_form(view, head, tail):
        return True  # "UPRE: ... via Unified Prompt and Representation Enhancement": not "Representation Enhancement"
    words = view.words
    key = head.text.lower()
    for e in view.entities:
        if e.span.start == head.start or e.key == key:
            lo, hi = (e.last + 1, tail.first) if e.last < tail.first else (tail.last + 1, e.first)
            gap = words[lo:hi]
            listed = "and" in gap or "or" in gap or e.last < tail.first  # "X, Y": a list; "Using Y, X": not
            return 0 < len(gap) <= 2 and listed and all(w in (",", "and", "or") for w in gap)
    return False


def _own_size(head: Span, tail: Located) -> bool:
    """Whether a Model/Method ``tail`` is the head's name, or the abbreviation the paper gives it,
    with a model size after it (past a short tag) or a short variant tag: "LeaP-T-7B" for Learning
    from Peers (LeaP), "SciForma-9B" for SciForma, "DALE-CT-2S" for DALE-CT. That is the paper's
    own model at one size or in one variant, which the method makes, not what it uses; a Dataset
    named so is its data ("trained on Puffin-4M"), and so is a size in thousands or millions
    ("Based on EditHF-1M, we propose EditHF")."""
    if tail.label == "Dataset":
        return False
    key = head.text.lower()
    names = {key} | {short.text.lower() for long, short in head.doc._.abbreviations or () if long.text.lower() == key}
    return any(
        len(name) > 2 and tail.key.startswith(name) and _SIZE_AFTER.fullmatch(tail.key[len(name) :]) for name in names
    )


def _opening_end(view: SentenceView, ctx: PaperContext, comma: int) -> int:
    """The comma that ends an opening phrase whose object list goes on past ``comma`` ("By
    integrating GANs, Transformer, and FFC, we designed ..."): names after a comma that another
    comma follows (past an abbreviation in parentheses) are listed objects, not the subject."""
    words = view.words
    starts = {e.first: e for e in view.entities}
    while True:
        at = comma + 1 + (comma + 1 < len(words) and words[comma + 1] in ("and", "or"))
        named = starts.get(at)
        if named is None or ctx.is_proposed(named):
            return comma
        after = past_abbreviation(words, named.last + 1)  # "Fast Fourier Convolution (FFC),"
        if after >= len(words) or words[after] != ",":
            return comma
        comma = after


def uses_head(view: SentenceView, ctx: PaperContext, index: int) -> tuple[Span | None, bool]:
    """The method that uses (see :func:`_uses_head`), unless it is only a component of the paper's
    contribution and stands in for the paper ("we", "our method") without being named
    (:func:`component_actor`). Heads that are no method of the paper's own (:func:`not_own_method`)
    are dropped where the pairs are added (``pairs.uses``)."""
    head, explicit = _uses_head(view, ctx, index)
    if head is None:
        return None, False
    if _asked(view.words, index):
        return None, False  # "which raises the question: Can we adopt the DiT-based model for Real-ISR?"
    if not explicit and _opening_object(view, head, index):
        return None, False  # "Building on SGDF, we further present GDCN": GDCN is built on SGDF, not SGDF on it
    if _conceded_background(view, index) and not (explicit and view.sentence.start <= head.start < view.starts[index]):
        return None, False  # "While transformers provide global modeling through self-attention, their ..."
    if not explicit and head is ctx.proposed and component_actor(ctx):
        return None, False  # "we propose a dehazing method via EM ..." is not the later "RDC block"
    if not explicit and head is ctx.proposed and _used_by_ours(ctx):
        return None, False  # "Our framework leverages the FLOWER framework": FLOWER is a tool, not ours
    if not explicit and head is ctx.proposed and described_only(head):
        return None, False  # "a reliability-aware diffusion framework": a description, not a name
    if not explicit and _other_own_named(view, ctx, index):
        return None, False  # "our NanoVerse YOLO model integrates X": another named system of the paper
    if not explicit and _before_own_work(view, ctx):
        return None, False  # "Integrating FL with FM fine-tuning offers a solution ...": background
    if not explicit and _defines_other(view, ctx, index):
        return None, False  # "FastSAM is an efficient CNN-based re-implementation of SAM": FastSAM's
    if _observed_finding(view, ctx, index):
        return None, False  # "We observe that DETR-based real-time detectors degrade ...": others' systems
    if not explicit and _experiment_on_others(view, ctx, index):
        return None, False  # "evaluations on Qwen3-8B show that KV-Reuse improves ...": not the paper's method
    if _apposed_other(view, head, index):
        return None, False  # "we propose X, a reward model ..., and WRITER, a model combining SFT with GRPO"
    if explicit and _listed_models(view, ctx, head):
        return None, False  # "Upon SFT with our data, Qwen3-4B, Qwen3-8B and Olmo-3-7B achieve ...": models studied
    return head, explicit


def _apposed_other(view: SentenceView, head: Span, index: int) -> bool:
    """Whether, between ``head`` (or the sentence's start when the head is not before the cue) and the
    cue at ``index``, the sentence introduces another name with an appositive: ", and NAME, a/an/the
    ..." with NAME written capitalised ("we propose STORYLENSEVAL, a reward model ..., and
    STORYLENSWRITER, a two-stage rewriting model combining supervised fine-tuning with GRPO"). The cue
    is in that name's description, so the head does not use its tail. Not "EARL: Editing with
    Autoregression and RL, a strong RL-based image editing model": no comma before "and"."""
    words = view.words
    lo = next((e.last + 1 for e in view.entities if e.span.start == head.start and e.last < index), 0)
    return any(
        words[j - 1] == ","
        and words[j] == "and"
        and words[j + 2] == ","
        and words[j + 3] in ("a", "an", "the")
        and _cased(view, j + 1)[:1].isupper()
        for j in range(max(lo, 1), index - 3)
    )


def _listed_models(view: SentenceView, ctx: PaperContext, head: Span) -> bool:
    """Whether ``head`` is a Model the paper does not propose, listed with another such Model (only
    commas, "and" or "or" between): "Upon supervised finetuning with 66.6K UniCo-generated instances,
    Qwen3-4B, Qwen3-8B and Olmo-3-7B-Instruct achieve ...". Models listed so are those the study
    trains or tests, not the paper's method that uses."""
    if head.label_ != "Model" or _own_model(ctx, head):
        return False
    entities = view.entities
    j = next((j for j, e in enumerate(entities) if e.span.start == head.start), None)
    if j is None:
        return False
    for other in entities[max(0, j - 1) : j] + entities[j + 1 : j + 2]:
        first, second = sorted((other, entities[j]), key=lambda e: e.first)
        gap = view.words[first.last + 1 : second.first]
        listed = 0 < len(gap) <= 2 and all(w in (",", "and", "or") for w in gap)
        if listed and other.label == "Model" and not _own_model(ctx, other.span):
            return True
    return False


def _own_model(ctx: PaperContext, span: Span) -> bool:
    """Whether ``span`` names a model the paper proposes, also at one size ("Qwen-AgentWorld-35B-A3B"
    for the proposed Qwen-AgentWorld)."""
    text = span.text.lower()
    return ctx.is_proposed(span) or any(len(key) > 2 and text.startswith(key) for key in ctx.keys)


def _possessor(ctx: PaperContext, part: Located) -> tuple[Span | None, bool]:
    """The head for a subject "its <part>" after an opening phrase ("Built on a DINOv3 foundation,
    its Hierarchical Feature Modulation (HFM) module first generates features"): what "its" stands
    for, the paper's proposed Method/Model (not named in the sentence), builds on the opening's
    object; the part does not. None when the part is that entity itself or there is none."""
    main = ctx.proposed
    if main is None or main.label_ not in ACTORS or same(main, part):
        return None, False
    return main, False


def _observed_finding(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether word ``index`` sits in the "that"/"how" clause of an observing finding verb (claims.json
    finding_verbs less uses_result_finding_verbs: "observe", "find", "reveal", "indicate"; not "show",
    "demonstrate" or "suggest", which report the paper's results) and the clause's words before it name
    neither the authors nor their method ("we", "our", "it", a proposed name): a finding about
    other systems, not a use ("We observe that, under domain shift, DETR-based real-time detectors
    degrade", "our experiments indicate that applying OPD to TIR leads to a failure mode",
    "revealing how RAG-based agents inherit visual biases"; not "we find that FooNet, trained on
    X, ..."). A colon, semicolon or full stop ends the search."""
    words, cues = view.words, claim_cues()
    if view.present.isdisjoint(cues.finding_verbs):
        return False
    own, results = relation_cues().own_words, uses_cues().uses_result_finding_verbs
    for j in range(index - 1, 0, -1):
        if words[j] in (";", ":", "."):
            return False
        if words[j] in ("that", "how") and words[j - 1] in cues.finding_verbs:
            if words[j - 1] in results:
                return False
            if any(w in cues.author_words or w in own or w in ctx.keys for w in words[j + 1 : index]):
                return False
            return not any(j < e.first < index and ctx.is_proposed(e) for e in view.entities)
    return False


def _experiment_on_others(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether the cue at ``index`` is an experiment's preposition ("experiments on", "evaluations
    with") whose finding, a claims.json finding verb and "that" later in the sentence (no ';' or
    ':' between), has for subject an others word, a baseline noun or a Method/Model the paper does
    not propose, and names neither the authors ("we", "our", "it") nor the paper's entity after it:
    the experiment reports on that other system ("Extensive evaluations on Qwen3-8B show that
    KV-Reuse improves long-range acceptance", "experiments across open and closed video LMs reveal
    that existing models struggle"); not "... show that FooNet works", "... that our method ..."."""
    words, rc = view.words, relation_cues()
    if not (index > 0 and words[index] in rc.experiment_preps and words[index - 1] in rc.experiment_nouns):
        return False
    finding = claim_cues().finding_verbs
    that = next(
        (
            k
            for k in range(index + 1, len(words))
            if words[k] in (";", ":") or words[k] == "that" and words[k - 1] in finding
        ),
        -1,
    )
    if that < 0 or words[that] != "that":
        return False
    k = that + 1
    while k < len(words) and (words[k] in rc.subject_clauses or words[k] in ("the", ",")):
        k += 1
    other = any(e.first == k and e.label in TAIL_LABELS and not ctx.is_proposed(e) for e in view.entities)
    if not (other or k < len(words) and (words[k] in rc.others_words or words[k] in reading_cues().baseline_nouns)):
        return False
    authors = claim_cues().author_words
    if any(w in rc.own_words or w in authors or w in ctx.keys for w in words[that + 1 :]):
        return False
    return not any(ctx.is_proposed(e) and e.first > that for e in view.entities)


def _asked(words: tuple[str, ...], index: int) -> bool:
    """Whether word ``index`` stands in a question: a "?" ends its clause (no ".", ";" between). A
    question states no use ("which raises the question: Can we adopt the DiT-based diffusion model
    for Real-ISR?", "Theory of Space: Can Foundation Models Construct Spatial Beliefs through Active
    Exploration?"), only what the paper asks."""
    for word in words[index + 1 :]:
        if word in (".", ";"):
            return False
        if word == "?":
            return True
    return False


def _opening_object(view: SentenceView, head: Span, index: int) -> bool:
    """Whether the paper's entity ``head`` is the object of an opening phrase (a uses_opening_words
    word first, up to its comma) and word ``index`` comes after that comma: the main clause builds
    on the head, so what it names is no use of the head ("Building on SGDF, we further present the
    Generative Diffusion Contrastive Network (GDCN)": GDCN uses SGDF; "Leveraging VLM-Gym, we train
    G0 models using pure RL": RL is G0's, not VLM-Gym's)."""
    comma = _opening_comma(view.words, index)
    if comma < 0:
        return False
    return any(e.last < comma and e.label in ACTORS and same(head, e) for e in view.entities)


def _defines_other(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether the sentence opens (past an article) with a Method/Model the paper does not propose,
    then (past an abbreviation in parentheses) "is/are a/an/the", and the cue at ``index`` stands
    before any comma: that clause defines the other system ("FastSAM is an efficient CNN-based
    re-implementation of the Segment Anything Model (SAM)" in a paper proposing Semantic-Fast-SAM),
    so what it names is no use of the paper's method (a clause after a comma may be about ours)."""
    words = view.words
    if "," in words[:index]:
        return False
    start = int(bool(words) and words[0] in ("the", "a", "an"))
    first = next((e for e in view.entities if e.first == start), None)
    if first is not None and (first.label not in ACTORS or ctx.is_proposed(first)):
        return False
    if first is None and not _untagged_subject(view, start):
        return False  # an untagged capitalised name ("FastSAM") is a name too
    key, last = (first.key, first.last) if first is not None else (words[start], start)
    if any(key.startswith(own) or own.startswith(key) for own in ctx.keys):
        return False  # "DiTaiListener-Gen is a ...": a part named after the paper's DiTaiListener
    at = past_abbreviation(words, last + 1)
    return at + 1 < len(words) and words[at] in ("is", "are") and words[at + 1] in ("a", "an", "the")


def _used_by_ours(ctx: PaperContext) -> bool:
    """Whether the paper's own system uses its proposed entity: a sentence has "our" and an own noun
    (at most two words between), then a use cue and (past an article) the proposed name ("Our
    framework leverages the FLOWER framework with RAY"): the name is a tool the authors build on,
    so it never stands in for the paper as the head of a use. Found once per paper."""
    return _paper_facts(ctx)[2]


def _own_system_uses(view: SentenceView, main: Span) -> bool:
    """Whether ``view`` says "our <own noun> <use cue> (the) <main>" (:func:`_used_by_ours`)."""
    words, rc, uc = view.words, relation_cues(), uses_cues()
    key = main.text.lower()
    for e in view.entities:
        if e.key != key:
            continue
        k = e.first - 1
        while k > 0 and words[k] in ("the", "a", "an"):
            k -= 1
        if k < 2 or words[k] not in rc.use_weak | rc.use_strong or words[k - 1] not in uc.uses_own_nouns:
            continue
        if "our" in words[max(0, k - 4) : k - 1]:
            return True
    return False


def _other_own_named(view: SentenceView, ctx: PaperContext, index: int) -> bool:
    """Whether the cue's subject is "our" and a capitalised name that is no part of a proposed name,
    then an own noun ("model", "network") or the cue itself ("For traffic sign detection, our
    NanoVerse YOLO model integrates X" in a paper proposing TSR-MCL): the sentence names the system
    that uses, and it is not the paper's proposed entity. Not "our key finding is that MM-DiT ...".
    """
    words = view.words
    at = index - 1
    if at >= 0 and words[at] in uses_cues().uses_own_nouns:
        at -= 1
    end = at
    while at >= 0 and _cased(view, at)[:1].isupper() and words[at] not in ("our", "we"):
        at -= 1
    if at < 0 or words[at] != "our" or at == end:
        return False
    if any(at < e.last and e.first <= end and ctx.is_proposed(e) for e in view.entities):
        return False
    return not any(words[j] in key for j in range(at + 1, end + 1) for key in ctx.keys)


def _before_own_work(view: SentenceView, ctx: PaperContext) -> bool:
    """Whether the sentence belongs to the abstract's background: neither it nor any abstract
    sentence before it speaks of the authors' own work (:func:`own_reference`: "we", "our", the
    proposed name, "this paper"). "Integrating federated learning (FL) with foundation models
    fine-tuning offers a potential solution ..." before "we propose FedSCA" states no use of FedSCA,
    although the title names it."""
    title_end = view.sentence.doc.user_data.get(TITLE_END) or 0
    if view.sentence.start_char < title_end:
        return False
    cues = claim_cues()
    for v in sentence_views(view.sentence.doc):
        if v.index > view.index:
            break
        if v.sentence.start_char >= title_end and (own_reference(v, ctx, cues) or _presents(v.words, cues)):
            return False
    return True


def _presents(words: tuple[str, ...], cues: ClaimCues) -> bool:
    """Whether a sentence presents work: a propose verb ("This paper introduces a novel training
    strategy based on X") or "this" and an author noun ("this paper", "this work")."""
    return any(w in PROPOSE_VERBS for w in words) or any(
        w == "this" and k + 1 < len(words) and words[k + 1] in cues.author_nouns for k, w in enumerate(words)
    )


def _conceded_background(view: SentenceView, index: int) -> bool:
    """Whether word ``index`` sits in an opening concession clause ("While", "Although": reading
    cues' contrast_clauses, first word of the sentence, before its first comma) that speaks of no
    "we", "our" or "it": background the paper sets itself against ("While transformers provide
    strong global modeling through self-attention, their attention kernels incur latency",
    "Although imitation learning has seen great interest, our work differs"); not "While
    maintaining X, we ..." (the main clause's subject acts) nor "While FooNet uses X, it ..."."""
    words = view.words
    if not words or words[0] not in reading_cues().contrast_clauses or "," in words[:index]:
        return False
    clause = words[1:index]
    return (
        bool(clause)
        and not clause[0].endswith("ing")
        and not any(w in ("we", "our", "it", "its", "us", "ours") for w in clause)
    )


def described_only(head: Span) -> bool:
    """Whether the paper's entity is only described, never named: a lower-case phrase of several
    words without a digit or an abbreviation ("reliability-aware diffusion framework", "a
    computationally efficient mechanism"). A sentence that does not name it says nothing of it
    to a reader; a coined lower-case name has an abbreviation after it ("expert-router coupling (ERC)")."""
    text, doc = head.text, head.doc
    if text != text.lower() or " " not in text or any(c.isdigit() for c in text):
        return False
    if head.end < len(doc) and doc[head.end].text == "(":
        return False  # "spatial-spectral collaborative perception network (S$^2$CPNet)": named
    return not any(text in (long.text, short.text) for long, short in doc._.abbreviations or ())


def not_own_method(head: Span) -> bool:
    """Whether a head is no method of the paper's own: an established technique (a lexicon name
    whose id is lower case, written in lower case: "multi-task learning", "structured pruning", "total
    variation", or capitalised or abbreviated, :func:`_lexicon_short`: "TTA" linked to test-time adaptation,
    "CNN"; what the paper's method is or uses, never the paper's method), or a name that ends in a
    task word ("Text-to-CAD Retrieval": the task), unless it says what it is for ("X for Deepfake
    Detection") or the paper abbreviates it (a coined name); or a name cut before the noun its last
    modifier qualifies ("Gaussian-shaped" of "Gaussian-shaped convolution", :func:`modifier_cut`);
    or no name at all: a lower-case description ending in a kind noun, or with one before "for"
    ("an uncertainty-aware refinement strategy", "a practical inference procedure", "a voxel-based
    framework for crown design", :func:`described_only`; the judged samples read it as "partly" even where
    the sentence says it), a piece of a clause (:func:`clause_like`) or a benchmark ("Qwen-Image-Bench")."""
    text = head.text
    if head.kb_id_ and head.kb_id_ == head.kb_id_.lower() and (text == text.lower() or _lexicon_short(head)):
        return True  # "TTA" linked to test-time adaptation, "CNN": the established technique, not the paper's name
    last, uc = text.replace("-", " ").split()[-1].lower(), uses_cues()
    if last in uc.uses_head_nonmethod_ends:
        return True  # "Spectrum Matching Hypothesis", "Information Gap": no method
    if modifier_cut(head):
        return True  # "Gaussian-shaped" of "Gaussian-shaped convolution": a cut name
    kind = text.split(" for ", 1)[0].replace("-", " ").split()[-1].lower()
    if described_only(head) and {last, kind} & (uc.uses_component_nouns | uc.uses_own_nouns | uc.uses_class_heads):
        return True  # "an uncertainty-aware refinement strategy": a description, not a name ("physics steering" is)
    if clause_like(text):
        return True  # "challenge, we propose Compound Adverse Weather Mamba": a piece of a clause
    if _benchmark_named(head.text):
        return True  # "Qwen-Image-Bench", "MTADataset": data, not a method that uses
    if last not in uc.uses_head_task_ends or " for " in text:
        return False  # "MARE: Multimodal Alignment and Reinforcement for Explainable Deepfake Detection"
    # a name the paper abbreviates is coined ("Hypernetwork-driven Style-adaptive Retrieval (Hystar)")
    return not any(text in (long.text, short.text) for long, short in head.doc._.abbreviations or ())


def _lexicon_short(head: Span) -> bool:
    """Whether a head written as an abbreviation (one word of capitals, digits and hyphens) or as a
    capitalised long form is linked to a lexicon technique of several words ("TTA" to test-time
    adaptation, "CNN", "RL", "Direct Preference Optimization" in "augmented by a preference learning
    algorithm called Direct Preference Optimization (DPO)"): the established technique; not when the
    paper coins it (:func:`_coined_at`: "We propose a new fine-tuning method called Self-Play
    fIne-tuNing (SPIN)", a name the lexicon knows)."""
    text = head.text
    short = " " not in text and text.replace("-", "").isalnum() and text.upper() == text
    if " " not in head.kb_id_ or " " not in text and not short:
        return False
    pairs = head.doc._.abbreviations or ()
    if any(text in (long.text, abbreviation.text) and _coined_at(long) for long, abbreviation in pairs):
        return False
    if short:
        return True  # "we propose A3-TTA, a TTA framework": an abbreviation the paper does not define is cut
    return not any(_coined_at(span) for span in (head, *(head.doc._.proposes or ())) if span.text == text)


def _coined_at(long: Span) -> bool:
    """Whether a long form stands at most eight words after a propose verb of its sentence ("We
    propose a new fine-tuning method called Self-Play fIne-tuNing (SPIN)"): the paper coins it."""
    doc = long.doc
    start = max(long.sent.start, long.start - 8)
    return any(t.lower_ in PROPOSE_VERBS for t in doc[start : long.start])


def _benchmark_named(text: str) -> bool:
    """Whether a head is named like a benchmark or dataset (relation_reading.json
    benchmark_name_endings): a piece of a word ends with one of them, and that word ends the name,
    is hyphen-joined or is more than the ending ("Qwen-Image-Bench", "VSI-Bench-Debiased",
    "PathBench-MIL", "MTADataset"); not "Distribution-aware Dataset Distillation", where the bare
    word "Dataset" qualifies the method's last word."""
    endings = tuple(reading_cues().benchmark_name_endings)
    words = text.split()
    for k, word in enumerate(words):
        for piece in re.split(r"[-_/]+", word):
            if piece.endswith(endings) and (k == len(words) - 1 or piece != word or piece not in endings):
                return True
    return False


def component_actor(ctx: PaperContext) -> bool:
    """Whether the paper's proposed entity is only a component of its contribution: a name
    ending in a component noun, or followed by one, introduced after the sentence where the
    authors propose their contribution ("we propose a semi-supervised dehazing method ... we
    introduce a Residual Difference Convolution block (RDC)"). Found once per paper."""
    return _paper_facts(ctx)[0]


def _component_actor(ctx: PaperContext) -> bool:
    """:func:`component_actor`, read from the paper's sentences."""
    main = ctx.proposed
    if main is None or ctx.propose_index is None:
        return False
    doc = main.doc
    at = next((v.index for v in sentence_views(doc) if v.sentence.start <= main.start < v.sentence.end), None)
    if at is None or at <= ctx.propose_index:
        return False
    nouns = uses_cues().uses_component_nouns
    end = main.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3  # "Residual Difference Convolution (RDC) block"
    return main[-1].lower_ in nouns or end < len(doc) and doc[end].lower_ in nouns


def _uses_head(view: SentenceView, ctx: PaperContext, index: int) -> tuple[Span | None, bool]:
    """The method that uses: the proposed NAME of a title "NAME: ..." ("PreFM: Online Audio-Visual
    Event Parsing via X": PreFM, not the task), a proposed entity named before the cue, the subject
    after an opening phrase ("Using X, our framework Y ..."), else the proposed entity."""
    words = view.words
    named = next((e for e in view.entities if e.first == 0), None) if ":" in view.present else None
    if named is not None and named.last + 1 < index and words[named.last + 1] == ":":
        if named.label in ACTORS and ctx.is_proposed(named):
            return named.span, True  # "PreFM: Online Audio-Visual Event Parsing via X": PreFM, not the task
    if (
        index < 6
        and words[0] in uses_cues().uses_opening_words
        and "," in words[index + 1 : index + 30]
        and "," not in words[:index]
    ):
        comma = _opening_end(view, ctx, words.index(",", index + 1))
        objects = {e.key for e in view.entities if index < e.first < comma}
        for located in view.entities:
            if located.first <= comma or located.label not in ACTORS or located.key in objects:
                continue  # "Expanding upon the X framework, we introduce ... mining X, named Y": not X
            between = words[comma + 1 : located.first]
            if between[:1] == ("its",):
                return _possessor(ctx, located)  # "Built on a DINOv3 foundation, its HFM module ...": the whole's
            if "we" not in between and len(between) <= 4 and not _verb_between(between):
                return located.span, True  # "Using X, our framework Y ..."
            verb = next((w for w in between[1:] if w not in uses_cues().uses_subject_skips), "")
            if len(between) > 1 and between[0] == "we" and verb in PROPOSE_VERBS and ctx.is_proposed(located):
                return located.span, True  # "Building upon X, we (further) introduce Y"
            break
        if _untagged_subject(view, comma + 1):
            return None, False  # "Building on GRPO, TACO introduces ...": an untagged name is the subject
    if _other_subject(view, ctx, index):
        return None, False  # "Yet, PFGM sampling relies on a fixed ODE": another method's use
    opening = _opening_comma(words, index)
    for located in reversed(view.entities):
        if located.last < opening:
            break  # "Leveraging PlanFactory, we ... train Todo-14B": the opening's object does not train
        if located.last < index and index - located.last <= 8 and ctx.is_proposed(located):
            return (located.span, True) if located.label in ACTORS else (None, False)
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
        return ctx.proposed, False
    return None, False
