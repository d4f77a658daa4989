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
runs with (:func:`_own_setting`); not evaluated_on:
data compared against or used as an instrument (:func:`_compared_data`), a dataset others' systems are
reported on (:func:`_others_reported`), names that set up an evaluation of "our approach"
(:func:`_own_subject_after`), hardware (:func:`_hardware`), models (:func:`_names_models`), models apposed
to a tool class ("using four off-the-shelf models, X, Y": :func:`_instrument_class`). A rival with a
result verb of its own opens a new clause (:func:`_subject_of_own_verb`), whose subject wins there
(:func:`_conjoined_subject`);
a name joined by "+" or followed by a data noun, or configured by "with" another name, is no rival
(:func:`_in_combination`, :func:`_names_data`, :func:`_qualified_rival`), nor a technique after a
variant modifier (:func:`_variant_of_technique`);
a win word whose object is only costs is no win (:func:`_cost_object`); a benchmark passage starts at a
sentence naming that benchmark, not another dataset the paper builds (:func:`_names_dataset`).
"Our method", "the framework", "This" do not stand for an established technique the paper only builds
with (:func:`_unnamed_own`); a name opening its sentence that the paper writes capitalised inside
sentences is that clause's winner (:func:`_capitalised_inside`); a Method rival after a model size is a
trained model (:func:`_sized_method`); a base model the authors trained does not win as such
(:func:`_trained_by_authors`); not evaluated_on: a "dataset" scored in parallel with a model
(:func:`_model_peer`), a judge model glued to "-judged" (:func:`_judge_model`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.claims.cues import ClaimCues, RelationCues, claim_cues, relation_cues
from claimgraph.extract.claims.detection import ClaimMatch, find_claims
from claimgraph.extract.claims.subjects import (
    ACTORS,
    PROPOSE_VERBS,
    PaperContext,
    SubjectCues,
    compared_after,
    enabled_actor,
    entities_after,
    entity_mask,
    in_subject_position,
    is_background,
    is_component,
    markers,
    own_reference,
    paper_context,
    resolve_subject,
)
from claimgraph.extract.cues import load_cues
from claimgraph.extract.pipeline.sentence_view import (
    ENTITIES,
    Located,
    SentenceView,
    cue_before,
    past_abbreviation,
    release_views,
    sentence_views,
)
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.relations.guards import (
    YEAR,
    ReadingCues,
    apposed_kind,
    benchmark_name,
    class_mention,
    cut_from_longer,
    established_technique,
    glued_modifier,
    lexicon_forms,
    opens_apposition,
    paradigm,
    phrase_argument,
    reading_cues,
    speed_subject,
    unnamed_description,
    whole_arguments,
)
from claimgraph.extract.relations.uses import (
    applied_to,
    coordinated,
    cue_tails,
    evaluator,
    not_own_method,
    same,
    tail_shapes,
    use_cues,
    uses_head,
)
from claimgraph.names import normalize_name
from claimgraph.vocabulary import PROPOSABLE_TYPES

TAILS_OF_USES = frozenset(PROPOSABLE_TYPES)
#: Propose verbs that introduce a dataset ("construct", "release"), not the training verbs ("we train").
_INTRODUCING = frozenset(v for v in PROPOSE_VERBS if v not in relation_cues().train_cues and "train" not in v)
#: After the propose sentence, background words count only among a sentence's first words.
OPENING = 6
#: Sentences before a benchmark paper's result sentence in which its passage may start (:func:`_benchmark_passage`).
PASSAGE_BACK = 3
#: Words up to which a sentence is a list number or heading ("2.", "Unified Task Assessment."), not counted in it.
HEADING_WORDS = 4


@dataclass(frozen=True, slots=True)
class RelationMatch:
    """``head --relation--> tail`` found in ``sentence``, the evidence: one sentence, or consecutive abstract
    sentences (:func:`_anaphoric_rivals`, :func:`_benchmark_passage`), never across title and abstract."""

    head: Span
    relation: str
    tail: Span
    sentence: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence with what the claims stage and the paper context say about it."""

    view: SentenceView
    claim: ClaimMatch | None
    own: bool
    after: bool
    hedged: bool
    marks: tuple[tuple[int, str], ...] = ()
    compared: frozenset[int] = frozenset()  # first words of entities after a comparison marker


def _score(base: float, explicit: bool, hedged: bool) -> float:
    value = base + (0.05 if explicit else 0.0) - (0.15 if hedged else 0.0)
    return round(min(0.99, max(0.05, value)), 3)


def _modified(view: SentenceView, e: Located) -> Located | None:
    """The name that ``e`` modifies when ``e`` is only the first part of a hyphenated
    modifier of it ("Transformer-based Swin-UNet" -> Swin-UNet), else None. "RLHF-based
    approach" keeps RLHF: a generic noun is not a name."""
    word = view.words[e.last]
    rest = word[len(e.key) :] if word.startswith(e.key) else ""
    if len(rest) < 2 or rest[0] != "-" or not rest[1:].isalpha():
        return None
    return next((f for f in view.entities if f.first == e.last + 1 and f.label in ACTORS), None)


def _unmodified(view: SentenceView, head: Span) -> Span:
    """``head``, or the name it modifies ("Transformer-based Swin-UNet" -> Swin-UNet)."""
    located = next((e for e in view.entities if e.span.start == head.start), None)
    modified = _modified(view, located) if located is not None else None
    return modified.span if modified is not None else head


def _default_head(s: _Sentence, ctx: PaperContext) -> Span | None:
    if s.claim is not None and s.claim.subject is not None and s.claim.subject.label_ in ACTORS:
        located = next((e for e in s.view.entities if e.span.start == s.claim.subject.start), None)
        if located is None or not _host(s.view.words, located):
            return s.claim.subject  # not "hybrid branching in VGG improves ...": VGG only hosts it
    if ctx.proposed is not None and ctx.proposed.label_ in ACTORS and (s.own or s.after):
        return ctx.proposed
    return None


def _explicit(head: Span, view: SentenceView) -> bool:
    return any(e.span.start == head.start for e in view.entities)


def _stands_for_class(view: SentenceView, span: Span, ctx: PaperContext, rc: RelationCues, glued: bool = True) -> bool:
    """Whether a named argument stands for a class of methods ("CNN baselines", "other FD
    methods") or, with ``glued``, only modifies a generic noun ("the BLOOMZ-based model"):
    then it is neither head nor rival (relations/guards.py). The paper's own names are kept."""
    located = next((e for e in view.entities if e.span.start == span.start), None)
    if located is None or ctx.is_proposed(located):
        return False
    return class_mention(view, located, rc) or glued and glued_modifier(view, located, rc)


def _trained(
    words: tuple[str, ...], first: int, last: int, rc: RelationCues, listed: frozenset[int] = frozenset()
) -> bool:
    """A training word shortly before the dataset ("trained on D"), unless it modifies a
    result measured on the dataset ("improves fine-tuned GLUE performance"). Read back over
    the list the dataset is in ("fine-tune BERT on the RACE++ and ARC datasets") and over a
    longer description of it ("trained on the relatively small-scale synthetic dataset
    BEDLAM"), up to a comma or an evaluation or result word ("trained on X and tested on Y");
    a passive verb of the training noun is no result word ("our pretraining is performed on a
    large-scale AD dataset, RealIAD")."""
    if last + 1 < len(words) and words[last + 1] in rc.result_after:
        return False
    if any(w in rc.train_cues for w in words[max(0, first - 4) : first]):
        return True
    j = first
    while j > 0 and (j - 1 in listed or words[j - 1] in (",", "and", "or", "the")):
        j -= 1
    stops = reading_cues().result_words
    for k in range(j - 1, max(-1, j - 10), -1):
        w = words[k]
        if w in rc.eval_cues and w not in rc.eval_verbs and k and words[k - 1] in reading_cues().passive_auxiliaries:
            continue  # "our pretraining is performed on D": the verb of the training noun, no result
        if w in (",", ";", ":") or w in rc.eval_verbs or w in stops or w in rc.eval_cues:
            return False
        if w in rc.train_cues:
            prep = next((p for p in range(k + 1, min(k + 5, j)) if words[p] in ("on", "with", "using", "from")), -1)
            if prep > 0 and "and" not in words[k + 1 : prep]:
                return True  # "trained on the dataset D", "pretrain the MoE-MAE on D"; not "training and transfer on D"
    return False


def _eval_verb(view: SentenceView, rc: RelationCues) -> int:
    """Index of the first evaluation verb ("evaluate", "tested", "we benchmark"), or -1.

    Words inside names do not count, "compared to/with" is a comparison, and the
    noun-like forms ("benchmark", "tests") count only after "we", "to", "are" ...
    """
    words = view.words
    if view.present.isdisjoint(rc.eval_verbs):
        return -1
    masked = entity_mask(view)
    for i, w in enumerate(words):
        if w not in rc.eval_verbs or i in masked:
            continue
        if w.startswith("compar") and i + 1 < len(words) and words[i + 1] in ("to", "with", "against"):
            continue
        if w in rc.eval_nounlike and (i == 0 or words[i - 1] not in rc.eval_verb_context):
            continue
        if w.endswith("ing") and i and words[i - 1] in ("a", "an", "the"):
            continue  # "we curate a testing benchmark, namely X": an adjective, not an evaluation
        return i
    return -1


def _introduced(words: tuple[str, ...], first: int, verb: int, rc: RelationCues) -> bool:
    """Whether a propose verb comes between the evaluation verb (or the sentence start) and
    a dataset: the sentence introduces it ("we construct X, a benchmark"), not an evaluation.
    Not a propose word inside the noun phrase an evaluation preposition opens ("excels on three
    major open-source detection datasets, like X"): an adjective there."""
    start = verb + 1 if 0 <= verb < first else 0
    reading = reading_cues()
    more = reading.introducing_verbs
    return any(
        (words[j] in _INTRODUCING or words[j] in more)
        and not _adjectival(words, j)
        and not _in_prep_phrase(words, j, rc)
        and not any(w in reading.result_words for w in words[j + 1 : j + 4])  # "establishes new SOTA results"
        for j in range(start, first)
    )


def _in_prep_phrase(words: tuple[str, ...], j: int, rc: RelationCues) -> bool:
    """Whether only plain lower-case words stand between an evaluation preposition and word
    ``j`` ("on three major open-source ..."): ``j`` modifies the noun that phrase names."""
    for k in range(j - 1, max(-1, j - 6), -1):
        w = words[k]
        if w in rc.eval_preps:
            return True
        if (
            not w.replace("-", "").isalnum()
            or w in rc.list_joiners
            or w in rc.subject_clauses
            or w in rc.own_words
            or w == "to"
        ):
            return False
    return False


def _adjectival(words: tuple[str, ...], j: int) -> bool:
    """ "our proposed X", "the constructed graph": a participle used as an adjective, not a verb;
    "a new open-source result", "an open-source model": any form after "a"/"an"/"new"."""
    if j == 0:
        return False
    if words[j - 1] in ("a", "an", "new"):
        return True
    if "-" in words[j] and j + 1 < len(words) and words[j + 1].isalpha() and words[j + 1].endswith("s"):
        return True  # "outperforms open-source models on X": a compound adjective before a plural noun
    return words[j].endswith("ed") and words[j - 1] in ("our", "the", "this", "these")


def _proposed_result(view: SentenceView, dataset: Located, ctx: PaperContext) -> bool:
    """Whether the sentence introduces the paper's Method/Model and then states its result on the
    dataset ("we propose CausalFusion, a decoder-only transformer that ..., leading to state-of-the-art
    results on the ImageNet benchmark"): a result word between that name and the dataset."""
    words, reading = view.words, reading_cues()
    introducing = _INTRODUCING | reading.introducing_verbs
    verb = next((j for j in range(dataset.first) if words[j] in introducing), -1)
    named = [e for e in view.entities if verb < e.first and e.last < dataset.first and e.label in ACTORS]
    return any(
        ctx.is_proposed(e) and any(w in reading.result_words for w in words[e.last + 1 : dataset.first]) for e in named
    )


def _training_data(words: tuple[str, ...], last: int, rc: RelationCues) -> bool:
    """ "X training set", "X for training", "X, a training corpus", "(X) pretraining", "X as the
    source dataset", "X (only) initialization": training data, not an evaluation set."""
    following = words[last + 2 : last + 6] if words[last + 1 : last + 2] == (")",) else words[last + 1 : last + 5]
    if not following:
        return False
    start = following[1:] if following[0] in reading_cues().source_qualifiers else following
    if start and start[0] in reading_cues().source_nouns:
        return True  # "an improvement over ImageNet only initialization", "ImageNet weights": starting weights
    if following[0] == "as" and any(w in reading_cues().source_roles for w in following[1:3]):
        return True  # "using HumanML3D as the source T2M dataset"
    if (
        following[0] in rc.train_cues
        or following[0] in ("for", "as")
        and following[1:2]
        and following[1] in rc.train_cues
    ):
        return True
    return (
        following[0] == ","
        and following[1:2] in (("a",), ("an",), ("our",))
        and any(w in rc.train_cues for w in following[2:])
    )


#: Words that join a list of datasets; reading back over them costs no step ("(i.e., A, B, and C)").
_LIST_JOINS = frozenset({",", "and", "or", "i.e.", "e.g."})


def _glued_training(words: tuple[str, ...], dataset: Located, rc: RelationCues) -> bool:
    """Whether the dataset is glued by a hyphen to a training word ("over the COCO-pretrained
    baseline", "ImageNet-fine-tuned models"): the data a model was trained on, not evaluated on."""
    word = words[dataset.last]
    part = dataset.key.rsplit(" ", 1)[-1]
    rest = word[len(part) :] if word.startswith(part) else ""
    return rest[:1] == "-" and rest[1:] in rc.train_cues


def _list_end(words: tuple[str, ...], dataset: Located, listed: frozenset[int]) -> int:
    """The last word of the list of dataset names ``dataset`` opens or continues ("MMLU and GPQA",
    "MTBench, IFEval, and Arena-Hard"): only names and list joins after it; its own last word
    when no other name follows."""
    end, j = dataset.last, dataset.last + 1
    while j < len(words) and (words[j] in _LIST_JOINS or j in listed):
        if j in listed:
            end = j
        j += 1
    return end


def _compared_data(words: tuple[str, ...], j: int, first: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether word ``j``, read back from a dataset starting at ``first``, puts the dataset out of an
    evaluation slot: "over" after a gain noun ("substantial performance gains over WMT21": the data
    compared against), or "with" right before the dataset and not after an evaluation verb or
    experiment noun ("we enhance the LSR vocabulary with Wikipedia concepts", "when used with
    Pick-a-Pic v2": an instrument; "experiments with X", "evaluated with X" stay slots, and so does
    "evaluated on A with large gaps and B")."""
    w = words[j]
    if w == "over":
        return j > 0 and words[j - 1] in reading.gain_nouns
    if w == "with" and all(x in ("the", "a", "an") for x in words[j + 1 : first]):
        return not (j and (words[j - 1] in rc.eval_verbs or words[j - 1] in rc.experiment_nouns))
    return False


def _in_eval_slot(view: SentenceView, dataset: Located, listed: frozenset[int], rc: RelationCues) -> bool:
    """Whether a dataset sits where a sentence names what is evaluated on: after "on/across/
    over/in" ("results on X", "on benchmarks such as X and Y"), an evaluation verb or an
    experiment noun ("Experiments use X"), reading back over the list it is in; or before
    "is used to evaluate". Not "built from X", "the effectiveness of X", "tasks (X and Y)"."""
    words = view.words
    end = _list_end(words, dataset, listed)
    if end + 1 < len(words) and words[end + 1] in rc.result_after:
        return True  # "improves GLUE performance", "maintains MTBench, IFEval and Arena-Hard performance"
    if any(e.first == end + 1 and e.label == "Metric" for e in view.entities):
        return True  # "improves COCO mAP by 3.1 points": a metric measured on the dataset (or on the list)
    if (
        dataset.last + 2 < len(words)
        and words[dataset.last + 1] == "from"
        and (words[dataset.last + 2][:1].isdigit() or any(q.first == dataset.last + 2 for q in view.quantities))
        and "to" in words[dataset.last + 3 : dataset.last + 7]
    ):
        return True  # "it improves AIME 2025 from 70.0% to 73.3%": its score on the dataset
    first = dataset.first
    if first > 1 and words[first - 1] == "(" and any(q.last == first - 2 for q in view.quantities):
        return True  # "achieving 2.78 (CIFAR-10) and 3.42 (ImageNet) bits per dimension": a score on it
    if (
        first > 1
        and words[first - 1] == "to"
        and any(w in reading_cues().transfer_words for w in words[first - 4 : first - 1])
    ):
        return True  # "generalizes well to MathVerse", "transfers to X": tested there
    j, steps = dataset.first - 1, 0
    while j >= 0 and steps < 12:
        w = words[j]
        if j in listed:
            j -= 1
            continue
        if w == ")" and "(" in words[max(0, j - 12) : j]:
            j = max(k for k in range(max(0, j - 12), j) if words[k] == "(") - 1
            continue  # "the private RAMIE (Robot-Assisted ...) dataset and the public Cholec80 dataset"
        if w in rc.eval_preps and j and words[j - 1] in reading_cues().class_links:
            return False  # "scores based on the established ICO-OSCAR", "Based on WUTDet, ..."
        if _compared_data(words, j, dataset.first, rc, reading_cues()):
            return False  # "gains over WMT21", "we enhance the LSR vocabulary with Wikipedia concepts"
        if w in rc.eval_preps or w in rc.eval_verbs or w in rc.experiment_nouns:
            return True
        if w in reading_cues().eval_instruments and any(
            words[k] in rc.eval_verbs
            and (words[k] not in rc.eval_nounlike or k and words[k - 1] in rc.eval_verb_context)
            for k in range(j)
        ):
            return True  # "We evaluate FedX on scene classification using the EuroSAT dataset"
        if w == ":" and j and words[j - 1] in rc.kind_plurals:
            j -= 1
            steps += 1
            continue  # "on three benchmark datasets: KITTI (outdoor), EuRoC and TUM": the list that follows
        if w in _LIST_JOINS:
            j -= 1
            continue  # "datasets (i.e., ComplexWebQA, GPQA, and FoolMeTwice)": a long list costs no steps
        if w == "for" and j - 1 in listed:
            j -= 1
            continue  # "On PIE-Bench and DIV2K for editing, and COCO17 and CUB-200 for generation": the list goes on
        if w == "for" and j == 0 and "," in words[dataset.last + 1 : dataset.last + 5]:
            return True  # "For ImageNet 256x256, our DDT-XL/2 achieves 1.31 FID": the setting of the result
        if w == "for" and j and words[j - 1] in rc.kind_plurals:
            j -= 1
            steps += 1
            continue  # "on standard benchmarks for internet photos (IM2GPS3k and YFCC4k)": the benchmarks named
        if w in rc.eval_slot_blockers and not (
            w in ("of", "from") and j and (words[j - 1] in rc.eval_slot_parts or words[j - 1] in rc.experiment_nouns)
        ):
            break
        j -= 1
        steps += 1
    following = words[dataset.last + 1 : dataset.last + 7]
    for k, w in enumerate(following):
        if w in rc.eval_verbs:
            return k > 0 and any(x in rc.eval_passive for x in following[:k]) and "for" not in following[:k]
    return False


def _metric_like(words: tuple[str, ...], dataset: Located, listed: frozenset[int], reading: ReadingCues) -> bool:
    """Whether a Dataset mention names a metric: spelled like a metric at a cutoff ("mR@3", "mAP@3+tgt",
    "Cons@5"), or in a list that a metric noun ends ("improving 1.03% ... on SIM, CC, NSS and AUC-J
    metrics")."""
    if reading.metric_shape.search(dataset.span.text):
        return True
    end = _list_end(words, dataset, listed)
    return end + 1 < len(words) and words[end + 1] in reading.metric_list_nouns


def _hardware(view: SentenceView, dataset: Located, reading: ReadingCues) -> bool:
    """Whether a hardware noun follows the Dataset, right after it or after one code of capitals and
    digits ("evaluations on NVIDIA H20 GPUs", "on Ascend NPUs"): the hardware the method runs on."""
    words, j = view.words, dataset.last + 1
    if j + 1 < len(words) and words[j] not in reading.hardware_nouns and _plain_code(_cased(view, j)):
        j += 1  # "NVIDIA H20 GPUs": the chip's code
    return j < len(words) and words[j] in reading.hardware_nouns


def _names_models(view: SentenceView, dataset: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a Dataset mention names models: its last hyphenated part is a family noun ("boosting
    recall by up to 11.1% on CLIP-family models", "Qwen3-family models") or a model noun follows it
    ("we test 9 ImageNet models", "the BLIP2OIQA model achieves ..."): models typed as a dataset."""
    last = dataset.span.text.rsplit("-", 1)[-1].lower() if "-" in dataset.span.text else ""
    if last in rc.family_nouns:
        return True
    after = dataset.last + 1
    return after < len(view.words) and view.words[after] in reading.data_model_nouns


def _model_peer(view: SentenceView, dataset: Located) -> bool:
    """Whether the Dataset gets a score parallel to one on a Model, joined by "and" or a comma ("20.3% on
    Qwen3-VL-8B and 20.1% on GLM-4.1V-Thinking", "+6.1 mIoU on DFormer and +3.0 mIoU on GeminiFusion"): a
    model the method is applied to, typed as a dataset, not a benchmark. A list without scores ("on
    Quilt-1M, TCGA") may be a dataset typed as a model, and a model not after "on" ("48.26% on CIFAR-10
    using ResNet-18, 38.13% on CIFAR-100") is a setting."""
    words = view.words
    scores = {j for q in view.quantities for j in range(q.first, q.last + 1)}
    metrics = {j for m in view.entities if m.label == "Metric" for j in range(m.first, m.last + 1)}
    for e in view.entities:
        if e.label != "Model" or e.last >= dataset.first or words[e.last + 1] not in (",", "and"):
            continue
        if e.first == 0 or words[e.first - 1] != "on":
            continue  # "48.26% on CIFAR-10 using ResNet-18, 38.13% on CIFAR-100": the model is a setting
        gap = range(e.last + 1, dataset.first)
        if (
            len(gap) <= 6
            and not scores.isdisjoint(gap)
            and all(j in scores or j in metrics or words[j] in (",", "and", "on") for j in gap)
        ):
            return True  # not "on Quilt-1M, TCGA" (no score): a dataset typed as a model
    return False


def _plain_code(text: str) -> bool:
    """Whether ``text`` is a code of capitals and digits with at least one digit ("H20", "A100", "RTX4090")."""
    return text.isalnum() and text.upper() == text and any(c.isdigit() for c in text)


def _plain_acronym(text: str) -> bool:
    """ "GRES", "OOD": capitals only, two to five letters; not "GSM8K", "RefCOCO", "LIBERO-Long"."""
    return text.isalpha() and text.isupper() and 2 <= len(text) <= 5


def _acronyms_of_tasks(view: SentenceView, dataset: Located, listed: frozenset[int], reading: ReadingCues) -> bool:
    """Whether the dataset is in a list of two or more plain acronyms followed by a task noun ("on both
    GRES and GREC tasks", "VLN and VLA tasks", "ID and OOD tasks"): tasks or settings typed as datasets.
    Not "MMLU and GSM8K tasks" (a coined name in the list) nor "on AIME tasks" (one name)."""
    if not _plain_acronym(dataset.span.text):
        return False
    words = view.words
    acronyms, j = 1, dataset.last + 1
    while j < len(words) and (words[j] in _LIST_JOINS or _plain_acronym(_cased(view, j))):
        acronyms += words[j] not in _LIST_JOINS
        j += 1
    k = dataset.first - 1
    while k >= 0 and (words[k] in _LIST_JOINS or _plain_acronym(_cased(view, k))):
        acronyms += words[k] not in _LIST_JOINS
        k -= 1
    return acronyms >= 2 and j < len(words) and words[j] in reading.task_list_nouns


def _speedup_on(words: tuple[str, ...], dataset: Located, listed: frozenset[int], reading: ReadingCues) -> bool:
    """Whether the dataset, or the list it is in, follows "speedup(s) on" ("7 times speedup on
    HunyuanVideo and HunyuanVideo-1.5")."""
    j = dataset.first - 1
    while j > 1 and (j in listed or words[j] in _LIST_JOINS):
        j -= 1
    return j > 0 and words[j] == "on" and words[j - 1] in reading.speedup_nouns


def _apposed_data(words: tuple[str, ...], dataset: Located, rc: RelationCues) -> bool:
    """ "a new evaluation benchmark, X, containing ...", "X, a benchmark of ...": the sentence
    says what the dataset is, not that something is evaluated on it."""
    before = words[max(0, dataset.first - 2) : dataset.first]
    if len(before) == 2 and before[1] == "," and before[0].rstrip("s") in {w.rstrip("s") for w in rc.kind_plurals}:
        # "experiments on two driving benchmarks, DriveLM and X", "on a public dataset, CVOGL", "on both our
        # synthetic datasets and one popular real dataset, NYUD-v2": evaluated on (read back to the clause start)
        return not cue_before(words, dataset.first - 2, rc.eval_preps, (",", ";", ":"), reach=14)
    after = words[dataset.last + 1 : dataset.last + 4]
    return (
        len(after) == 3
        and after[0] == ","
        and after[1] in ("a", "an")
        and after[2] in rc.kind_plurals | {w.rstrip("s") for w in rc.kind_plurals}
    )


def _named_after(view: SentenceView, dataset: Located, rc: RelationCues) -> bool:
    """Whether a naming word ("termed", "named", "dubbed") follows the dataset in its clause
    ("the first large-scale X Dataset for UGC images, termed ViDA-UGC"): the sentence
    introduces and names it, nothing is evaluated on it. Not after a clause word ("experiments
    on our X dataset substantiate that the devised pipeline, dubbed Y, excels"): Y is named."""
    words, reading = view.words, reading_cues()
    for w in words[dataset.last + 1 : dataset.last + 10]:
        if w in reading.naming_words:
            return True
        if w in (";", ".") or w in reading.clause_verbs or w in rc.subject_clauses:
            return False
    return False


def _kind_of_data(view: SentenceView, dataset: Located, rc: RelationCues) -> bool:
    """ "two UAV datasets", "RSI datasets", "chest X-ray (CXR) datasets", "driving scenarios and
    low-altitude UAV datasets": one name before a plural data noun names a kind of data; a
    list before it ("LLFF and DTU benchmarks", "DIBCO/H-DIBCO benchmarks") does not."""
    words = view.words
    first, after = dataset.first, past_abbreviation(words, dataset.last + 1)  # "chest X-ray (CXR) datasets"
    if (
        after == dataset.last + 1
        and first > 1
        and words[first - 1] == "("
        and after < len(words)
        and words[after] == ")"
    ):
        long = next((e for e in view.entities if e.last == first - 2), None)
        if long is None:
            return False
        first, after = long.first, after + 1  # "CXR" of "chest X-ray (CXR) datasets"
    if after >= len(words) or words[after] not in rc.kind_plurals:
        return False
    if any("/" in w for w in words[first : dataset.last + 1]):
        return False
    if _coined(dataset.span.text):
        return False  # "real-world ADT3D datasets", "large-scale ScanNet datasets": a name, not a kind of data
    j = first - 1
    if j >= 0 and words[j] == "the":
        j -= 1
    return not (j >= 0 and words[j] in (",", "and", "or", "&"))


def _coined(text: str) -> bool:
    """Whether a name is spelled like a coined dataset name, not a kind of data ("UAV", "RSI",
    "English"): a digit or a capital after a small letter ("ADT3D", "ScanNet", "nuScenes")."""
    return any(c.isdigit() for c in text) or any(
        a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False)
    )


#: Words that may stand between a clause start and its named subject ("notably, our fine-tuned X").
_SUBJECT_LEAD = frozenset({"the", "a", "an", "our", "both", "and", "two", "these"})


def _actor_before(view: SentenceView, dataset: Located, ctx: PaperContext) -> bool:
    """Whether the paper's own Method/Model is named before the dataset ("OmegaUse also performs
    strongly on OS-Nav"): the sentence reports its result on the paper's dataset. Not the long
    form the dataset abbreviates ("akin to Finding Needles in Images (NiM)")."""
    words = view.words
    return any(
        e.label in ACTORS
        and e.key in ctx.keys
        and e.last < dataset.first
        and not (e.last + 2 == dataset.first and words[e.last + 1] == "(")
        for e in view.entities
    )


def _other_subject(view: SentenceView, dataset: Located, s: _Sentence, ctx: PaperContext) -> list[Located] | None:
    """The named Methods/Models that open the clause before the dataset, when the result is
    theirs, not the proposed entity's ("For data mixture, DoReMi and ODM improve MMLU
    accuracy", "The VideoMAE model achieves 75.58% on X", "our resulting model, X-70B,
    achieves 41.0% on Y"); an empty list when the subject is a variant the paper made of a
    named model ("notably, our fine-tuned Qwen2.5-VL reaches 51.7% on X": neither is the
    head), None when no other name opens the clause. Not a name after a preposition ("upon
    BART backbone, we achieve ..."), nor a gloss after "i.e.," or "e.g.," ("Using a 3B model, i.e.,
    Qwen2.5-VL-3B-Instruct, LENS achieves ..."), not the proposed entity."""
    words = view.words
    spans = {j for e in view.entities for j in range(e.first, e.last + 1)}
    found: list[Located] = []
    variant = False
    participles = reading_cues().subject_participles
    for e in view.entities:
        if e.last >= dataset.first or e.label not in ACTORS or ctx.is_proposed(e) or e.first in s.compared:
            continue
        j, lead = e.first - 1, []
        while j >= 0 and (words[j] in _SUBJECT_LEAD or j in spans or words[j].endswith("ed") and "-" in words[j]):
            if j not in spans:
                lead.append(words[j])
            j -= 1
        if j > 0 and words[j] == "," and words[j - 1] in reading_cues().gloss_markers:
            continue  # "Using a 3B model, i.e., Qwen2.5-VL-3B-Instruct, LENS achieves": a gloss of the opening
        if j > 0 and words[j] == "," and _instrument_class(view, j - 1):
            continue  # "validated using four off-the-shelf models, LLaMA-7B and ...": tools of the setup
        if (j < 0 or words[j] in (",", ":", ";")) and in_subject_position(e, ctx, words):
            found.append(e)
            variant = variant or "our" in lead or any(w in participles or w.endswith("ed") for w in lead)
    if not found:
        return None
    return [] if variant else found


def _score_subject(view: SentenceView, dataset: Located, s: _Sentence, rc: RelationCues) -> list[Located] | None:
    """The Method/Model named right before a score verb whose object holds the dataset ("Our
    strongest model, InternVL3, achieved 0.74 ROUGE-1 on the SciVQA test split", "with the leading
    model O3-Mini achieving 38.87% on X", "ProVCA achieves 69.3% on EgoSchema"): adverbs and an
    apposition comma may stand between; the nearest such verb before the dataset in its clause
    counts ("F1 scores of" is no verb: no name before it); with the names listed before it ("X and
    Y achieve"). None when no name stands there or it is a rival, a host ("in VGG") or a tool
    ("using BERT")."""
    words, reading = view.words, reading_cues()
    ends = {e.last: e for e in view.entities}
    for k in range(dataset.first - 1, max(0, dataset.first - 25), -1):
        if words[k] in (";", ":") or words[k] in rc.subject_clauses:
            return None
        if words[k] not in reading.score_verbs:
            continue
        p = _past_adverbs(words, k - 1, rc, floor=-1)
        apposed = p >= 0 and words[p] == ","
        e = ends.get(p - 1 if apposed else p)
        if e is None or e.label not in ACTORS:
            continue
        if apposed and not (e.first > 0 and words[e.first - 1] == ","):
            return None  # "On X, FooNet, achieves": not an apposition
        if e.first in s.compared or _host(words, e) or _instrument(view, e):
            return None
        found = [e]
        j = e.first - 1
        while j > 0 and words[j] in (",", "and", "or") and j - 1 in ends and ends[j - 1].label in ACTORS:
            found.insert(0, ends[j - 1])  # "GroundingDINO and Qwen2.5-VL achieve less than 2% on X"
            j = ends[j - 1].first - 1
        return found
    return None


def _participle_subject(view: SentenceView, verb: int, dataset: Located) -> Located | None:
    """ "When evaluated on the OSWorld benchmark using o3 as planner, GroundNext attains ...",
    "Tested on X, FooNet reaches ...": an evaluation participle opening the sentence or a clause
    describes the subject of the main clause, the Method/Model named right after the comma that
    ends it. None for another opening or subject ("Evaluated on X, our approach ...")."""
    words = view.words
    if not words[verb].endswith("ed") or verb and words[verb - 1] not in ("when", "once", "if", "after", ","):
        return None
    comma = next((j for j in range(dataset.last + 1, min(len(words), dataset.last + 16)) if words[j] == ","), -1)
    if comma < 0:
        return None
    first = comma + 2 if comma + 1 < len(words) and words[comma + 1] == "the" else comma + 1
    e = next((e for e in view.entities if e.first == first), None)
    return e if e is not None and e.label in ACTORS else None


def _variant_lead(view: SentenceView, e: Located) -> bool:
    """Whether "our" or a participle leads the name in its noun phrase ("our fine-tuned Qwen2.5-VL",
    "the distilled LLaMA"): the paper's variant of the named model, not the model itself."""
    words = view.words
    participles = reading_cues().subject_participles
    for w in reversed(words[max(0, e.first - 4) : e.first]):
        if w == "our" or w in participles:
            return True
        if w not in _SUBJECT_LEAD and not (w.endswith("ed") and "-" in w):
            return False
    return False


#: The words that open the tools of an evaluation ("using E5-Base", "with two backbones").
_TOOL_PREPS = frozenset({"with", "using", "via"})


def _instrument(view: SentenceView, e: Located) -> bool:
    """Whether the name is in a "with/using/via" list after the evaluation verb ("we evaluate
    this approach using E5-Base and GTE-Base models on X"), or in a list apposed to a class noun
    after one ("validated using four off-the-shelf models, LLaMA-7B, LLaMA-13B and Mistral-7B, and two
    benchmarks, SQuAD and CoQA"): a tool of the setup, not the head."""
    words = view.words
    starts = {f.first: f for f in view.entities}
    ends = {f.last: f for f in view.entities}
    j = e.first - 1
    while j >= 0:
        if words[j] in _TOOL_PREPS:
            return True
        if words[j] == "," and _instrument_class(view, j - 1):
            return True
        if j in ends:
            j = ends[j].first - 1
        elif words[j] in (",", "and", "or", "the") or j in starts:
            j -= 1
        else:
            return False
    return False


def _instrument_class(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` is a plural class noun that "with/using/via" opens, with at most three plain
    lower-case words between ("using four off-the-shelf models", "with two backbones")."""
    words = view.words
    if j < 1 or words[j] not in relation_cues().class_nouns:
        return False
    for k in range(j - 1, max(-1, j - 5), -1):
        if words[k] in _TOOL_PREPS:
            return True
        if not _cased(view, k).replace("-", "").isalnum() or not _cased(view, k).islower():
            return False
    return False


def _host(words: tuple[str, ...], e: Located) -> bool:
    """Whether the name follows "in/within/into" ("Hybrid branching in VGG improves accuracy on
    X"): it is the backbone that hosts what is evaluated, not what is evaluated."""
    return e.first > 0 and words[e.first - 1] in reading_cues().hosting_preps


def _listed_models(view: SentenceView, s: _Sentence, rc: RelationCues) -> list[Span]:
    """Models named as examples of a plural class ("across various models, including o1-mini
    (-16.49%) and Gemini"): evaluated where the sentence's results are, when no proposed
    method or model is the head. Not the rivals of a comparison."""
    words = view.words
    intros = reading_cues().list_intros
    ends = {e.last: e for e in view.entities}
    found = []
    for e in view.entities:
        if e.label != "Model" or e.first in s.compared:
            continue  # "architectures, namely CNN, Transformer": kinds, not evaluated models
        j = e.first - 1
        while j >= 0:
            if words[j] == ")" and "(" in words[max(0, j - 8) : j]:
                j = max(k for k in range(max(0, j - 8), j) if words[k] == "(") - 1
            elif j in ends:
                j = ends[j].first - 1
            elif words[j] in (",", "and", "or"):
                j -= 1
            else:
                break
        if j >= 0 and words[j] == "as" and j and words[j - 1] == "such":
            j -= 1
        if j < 1 or words[j] not in intros:
            continue
        lead = [w for w in words[max(0, j - 3) : j] if w != ","]
        if any(w in rc.class_nouns or w in rc.class_plurals for w in lead):
            found.append(e.span)
    return found


def _others_evaluated(gap: tuple[str, ...], rc: RelationCues) -> bool:
    """Whether the object of an evaluation verb is an unnamed plural of other systems
    ("several state-of-the-art pose estimation models", "various LLMs", "six VLMs from three
    providers on two benchmarks (X and", "an evaluation of agents over 15 tasks"), not "our
    method"/"it". The object ends at the first evaluation preposition ("on", "over", "across")."""
    reading = reading_cues()
    end = next((j for j, w in enumerate(gap) if w in rc.eval_preps), len(gap))
    gap = gap[:end]
    if not gap or len(gap) > 8 or any(w in reading.own_object_words or w in rc.subject_clauses for w in gap):
        return False
    plural_systems = {w for w in reading.system_nouns if w.endswith("s")}  # "agents"
    return any(w in rc.class_nouns or w in rc.class_plurals or w in plural_systems for w in gap)


def _proposed_method_name(dataset: Span, ctx: PaperContext, reading: ReadingCues) -> bool:
    """Whether a Dataset mention is a name the paper proposes as its method: where the paper names
    it, an apposition says it is a method, model or framework ("We introduce DAVIS, a simple and
    broadly applicable post-hoc technique"), and no benchmark noun ("FooBench, a benchmark
    framework"). A paper's own method is never the data it is evaluated on."""
    if not ctx.is_proposed(dataset):
        return False
    doc, key = dataset.doc, dataset.text.lower()
    for named in doc._.proposes or ():
        if named.text.lower() != key or not opens_apposition(doc, named.end):
            continue
        words = []
        for token in doc[named.end + 2 : min(named.sent.end, named.end + 14)]:
            if token.text in (",", ";", ".", "(") or token.lower_ in ("that", "which", "for", "to", "of"):
                break
            words.append(token.lower_)
        if any(w in reading.instance_nouns for w in words) and not any(w in reading.benchmark_nouns for w in words):
            return True
    return False


def _evaluated_object(words: tuple[str, ...], dataset: Located, rc: RelationCues) -> bool:
    """Whether the dataset is the direct object of an evaluation verb, with an evaluation
    preposition after it ("To evaluate LAMA-Net/iLAMA-Net, we conduct several experiments ... on
    popular benchmark datasets"): it is what is evaluated, on the data the preposition names."""
    verb = dataset.first - 1
    if verb < 0 or words[verb] not in rc.eval_verbs:
        return False
    if words[verb] in rc.eval_nounlike and (verb == 0 or words[verb - 1] not in rc.eval_verb_context):
        return False  # "on the benchmark FooBench": a noun before the name
    return any(w in ("on", "across") for w in words[dataset.last + 1 :])


def _glossed_part(view: SentenceView, e: Located) -> bool:
    """Whether a name is in a parenthesised list of two or more names right after a singular common
    noun ("we compare a Baseline protocol with a Modern protocol (AutoAugment/ColorJitter, CutMix, and
    Label Smoothing) on CIFAR-10"): the list glosses that noun; its names are its parts, not what is
    evaluated. Not after a plural ("several LLMs (GPT-4o, Claude)": examples of the evaluated)."""
    words = view.words
    open_at = next((j for j in range(e.first - 1, max(-1, e.first - 14), -1) if words[j] in ("(", ")")), -1)
    if open_at < 1 or words[open_at] != "(":
        return False
    close = next((j for j in range(e.last + 1, min(len(words), e.last + 14)) if words[j] in ("(", ")")), -1)
    if close < 0 or words[close] != ")":
        return False
    inside = [f for f in view.entities if open_at < f.first and f.last < close]
    noun = words[open_at - 1]
    glossed = noun.isalpha() and not noun.endswith("s") and not any(f.last == open_at - 1 for f in view.entities)
    return len(inside) >= 2 and glossed


def _setting_model(words: tuple[str, ...], verb: int, e: Located, reading: ReadingCues) -> bool:
    """Whether a Method/Model follows the evaluation verb and a setting preposition right away
    ("Evaluated on Qwen2.5-32B, FIPO increases AIME 2024 Pass@1"): the model the method runs on,
    not the system evaluated on the dataset."""
    return e.first == verb + 2 and words[verb + 1] in reading.eval_setting_preps


def _own_subject_after(view: SentenceView, head: Span, dataset: Located, rc: RelationCues) -> bool:
    """Whether "our"/"we"/"it" opens a clause after a comma between a name and the dataset ("Evaluated on
    RGB-to-SWIR translation with two denoiser backbones (U-Net and DiT), our approach improves ... on
    COCO"): the name only sets up the evaluation, the paper's method is what is evaluated."""
    words = view.words
    last = next((e.last for e in view.entities if e.span.start == head.start), -1)
    return last >= 0 and any(
        words[k] == "," and words[k + 1] in rc.own_words for k in range(last + 1, dataset.first - 1)
    )


def _evaluation_of_others(words: tuple[str, ...], dataset: Located, rc: RelationCues) -> bool:
    """Whether an experiment noun with "of" before the dataset has others' systems as its object
    ("Evaluation of different perception pipelines on nuScenes", "our comprehensive evaluation of 22
    LLMs on X", "Evaluations of state-of-the-art LiDAR-based PR methods on X"): they are evaluated, not
    the paper's proposal (:func:`_others_evaluated`); not "evaluations of different model sizes"."""
    for j in range(dataset.first - 2, -1, -1):
        if words[j] in rc.experiment_nouns and words[j + 1] == "of":
            return _others_evaluated(words[j + 2 : dataset.first], rc)
    return False


def _first_objects(view: SentenceView, heads: list[Span], reading: ReadingCues) -> list[Span]:
    """The heads of "we evaluate X (and Y) on D" up to a preposition after the first one: "We
    evaluate VLAA-GUI across five backbones, including Gemini 3.1 Pro, on X" evaluates VLAA-GUI;
    the backbones are its setting, as are "using the model UniAD", "on PixArt and FLUX". Not "compare X
    with Y", "evaluate X against Y": Y is evaluated too."""
    if len(heads) < 2:
        return heads
    words = view.words
    first = view.word_of(heads[0].end - 1)
    cut = next(
        (
            j
            for j in range(first + 1, len(words))
            if words[j] in reading.setting_preps
            and words[j] not in reading.comparison_preps
            or words[j] in reading.instrument_words
            and words[j] != "with"
        ),
        -1,
    )
    if cut < 0:
        return heads
    return [h for h in heads if view.word_of(h.start) < cut]


def _others_after(view: SentenceView, dataset: Located, rc: RelationCues) -> bool:
    """Whether an evaluation word after the dataset has an unnamed plural of other systems as
    its object ("(MedMistake-Bench), which we used to run a final evaluation of 12 frontier
    LLMs"): the dataset evaluates them, not the paper's proposal."""
    words = view.words
    k = next((k for k in range(dataset.last + 1, len(words)) if words[k].startswith("evaluat")), -1)
    return k > 0 and _others_evaluated(words[k + 1 : k + 9], rc)


def _others_reported(view: SentenceView, dataset: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    """Whether what the sentence reports on the dataset is about others' systems: after the dataset, a
    "that" clause whose subject opens with an others word or a baseline noun ("Our experiments on Life-Bench
    reveal that existing methods falter ...", "Experiments on X demonstrate that while baseline completion
    networks perform reasonably ...") and no "our"/"we"/"it" nor the paper's name anywhere after it."""
    words = view.words
    that = next((k for k in range(dataset.last + 1, len(words)) if words[k] == "that"), -1)
    if that < 0:
        return False
    k = that + 1
    while k < len(words) and (words[k] in rc.subject_clauses or words[k] in ("the", ",")):
        k += 1
    if k >= len(words) or not (words[k] in rc.others_words or words[k] in reading_cues().baseline_nouns):
        return False
    rest = words[that + 1 :]
    if any(w in rc.own_words or w in reading_cues().own_object_words for w in rest):
        return False
    return not any(ctx.is_proposed(e) and e.first > that for e in view.entities)


def _contrasted(view: SentenceView, dataset: Located, head: Span, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a contrast clause after a comma, with a subject of its own, holds the dataset ("the
    full pipeline improves ..., whereas RL applied directly to the base models ..., with AIME
    scores near zero"): its results are that subject's. Not ", while reducing ...", ", while
    it/our ...", nor an opening "While prior methods fail, ours ... on X"."""
    words = view.words
    for j in range(dataset.first - 1, 0, -1):
        if words[j] in reading.contrast_clauses:
            nxt = next((w for w in words[j + 1 :] if w not in rc.adverbs and not w.endswith("ly")), "")
            end = next((k for k in range(dataset.last + 1, len(words)) if words[k] in (",", ";", ".")), len(words))
            return (
                words[j - 1] == ","
                and head.start < view.starts[j]
                and not nxt.endswith(("ing", "ed"))
                and nxt not in reading.own_study_nouns
                and not any(
                    w in rc.own_words or w in reading.own_object_words
                    for w in words[j + 1 : max(end, dataset.last + 5)]
                )
            )
    return False


def _own_purpose_object(purpose: tuple[str, ...], reading: ReadingCues) -> bool:
    """Whether the object of an opening purpose clause is the paper's own system: "our method", "its
    performance", "it", "this approach". "this" before any other noun ("To evaluate this setting",
    "this capability", "this hypothesis") names what the benchmark measures, not the system evaluated."""
    for j, w in enumerate(purpose):
        if w == "this":
            if j + 1 < len(purpose) and purpose[j + 1] in reading.own_system_nouns:
                return True
        elif w in reading.own_object_words:
            return True
    return False


def _purpose_data(view: SentenceView, ctx: PaperContext, rc: RelationCues, reading: ReadingCues) -> list[Located]:
    """The datasets a sentence introduces to evaluate the paper's own Method/Model: an opening
    purpose clause with an evaluation verb whose object is the paper's ("To evaluate our method,",
    "To prove the effectiveness of our model,", "To evaluate performance,"), then "we" and a propose
    verb before the dataset ("..., we present Wild-Explore, a benchmark ...").
    Not "To evaluate LLMs' ability, we introduce D" (others' systems), not a purpose naming training
    ("To support training and evaluation, we release A and B": which is which?), nor any dataset
    before the verb; a second dataset only as "..., and B, <apposition>"."""
    words = view.words
    if ctx.actor is None or len(words) < 6 or words[0] != "to":
        return []
    comma = next((j for j in range(2, min(len(words), 12)) if words[j] == ","), -1)
    if comma < 0 or comma + 2 >= len(words) or words[comma + 1] != "we":
        return []
    both = words[1] in rc.train_cues and words[2] == "and" and words[3] in reading.eval_purpose_verbs
    purpose = words[4 if both else 2 : comma]  # "To train and evaluate Drawing2CAD, we create D": one dataset
    if words[1] not in reading.eval_purpose_verbs and not both:
        return []  # not "To facilitate evaluation, we construct D" nor "For evaluation, ...": whose evaluation?
    if not (
        _own_purpose_object(purpose, reading)
        or any(ctx.is_proposed(e) and e.label in ACTORS and e.last < comma for e in view.entities)
        or purpose in (("performance",), ("effectiveness",))
    ):
        return []
    if any(e.label in ACTORS and not ctx.is_proposed(e) and e.last < comma for e in view.entities):
        return []  # "To evaluate GPT-4 and our method, ...": others are evaluated too
    if any(w in rc.train_cues for w in purpose):
        return []  # "To support training and evaluation, we introduce X-200K, ..., and X-Eval": which is which?
    verb = comma + 2
    while verb < len(words) and words[verb] in rc.adverbs:
        verb += 1
    if verb >= len(words) or not (words[verb] in _INTRODUCING or words[verb] in reading.introducing_verbs):
        return []
    data = [e for e in view.entities if e.label == "Dataset" and e.first > verb]
    if not data or data[0].first > verb + 6:
        return []
    more = [  # "we propose two benchmarks: A, which ..., and B, based on ...": the second one introduced
        e for e in data[1:] if view.words[e.first - 1] == "and" and e.last + 1 < len(words) and words[e.last + 1] == ","
    ]
    if both and (more or len(data) > 1):
        return []  # "To train and evaluate X, we build A and B": which one is the test set?
    return data[:1] + more


def evaluated_on(s: _Sentence, ctx: PaperContext, rc: RelationCues, scored_only: bool = False) -> list[RelationMatch]:
    """Method/Model -> Dataset relations of one sentence. With ``scored_only`` (a sentence the
    paper gives as background or about others), only a system named before a score verb is a
    head ("... the strongest evaluated model, Gemini 3.1 Pro, achieves only 71.1% on X")."""
    view, words = s.view, s.view.words
    datasets = [e for e in view.entities if e.label == "Dataset"]
    if not datasets:
        return []
    reading = reading_cues()
    if scored_only and view.present.isdisjoint(reading_cues().score_verbs):
        return []
    if not scored_only and ctx.actor is not None and view.words[0] == "to":
        purposed = _purpose_data(view, ctx, rc, reading)
        if purposed:  # "To evaluate our method, we present Wild-Explore, a benchmark ..."
            return [
                RelationMatch(ctx.actor, "evaluated_on", d.span, view.sentence, _score(0.60, False, s.hedged))
                for d in purposed
            ]
    verb = _eval_verb(view, rc)
    if verb < 0 and s.claim is None and view.present.isdisjoint(rc.eval_cues):
        return []
    found = []
    default = None if scored_only else _default_head(s, ctx)
    listed = frozenset(j for d in datasets for j in range(d.first, d.last + 1))
    listed_models = _listed_models(view, s, rc) if default is None and not scored_only else []
    for dataset in datasets:
        if _trained(words, dataset.first, dataset.last, rc, listed):
            continue
        if glued_modifier(view, dataset, rc) or _glued_training(words, dataset, rc):
            continue  # "seven WSI-level tasks over Camelyon16": a modifier, not the dataset evaluated on
        if dataset.key in reading.language_names:
            continue  # "on aggregate English and German benchmarks": a language, no dataset
        if _model_peer(view, dataset):
            continue  # "20.1% on Qwen3-VL-8B and 20.1% on GLM-4.1V-Thinking": a model, typed as a dataset
        if _hardware(view, dataset, reading):
            continue  # "Extensive evaluations on NVIDIA H20 GPUs": hardware, not a dataset
        if _names_models(view, dataset, rc, reading):
            continue  # "11.1% on CLIP-family models": models, not a dataset
        if _metric_like(words, dataset, listed, reading):
            continue  # "2.70% on mAP@3+tgt", "on SIM, CC, NSS and AUC-J metrics": a metric typed as a dataset
        if _acronyms_of_tasks(view, dataset, listed, reading):
            continue  # "achieves the state-of-the-art results on both GRES and GREC tasks": tasks, not datasets
        if _proposed_method_name(dataset.span, ctx, reading):
            continue  # "We introduce DAVIS, a post-hoc technique ...": the paper's method, typed as a dataset
        if _evaluated_object(words, dataset, rc):
            continue  # "To evaluate LAMA-Net, we conduct experiments ... on benchmark datasets": what is evaluated
        scorers = _score_subject(view, dataset, s, rc)
        if scored_only and not scorers:
            continue
        if ctx.is_proposed(dataset) and default is None and not listed_models and not scorers:
            continue
        if _introduced(words, dataset.first, verb, rc) and not _proposed_result(view, dataset, ctx):
            continue
        if _training_data(words, dataset.last, rc):
            continue
        if _speedup_on(words, dataset, listed, reading) and speed_subject(dataset.span, reading):
            continue  # "1.35x and 1.50x speedups on LongLive and Self Forcing": models the speed is measured on
        if _named_after(view, dataset, rc):
            continue  # "we establish the first ... Dataset for UGC images, termed ViDA-UGC": its name
        if not 0 <= verb < dataset.first and _apposed_data(words, dataset, rc):
            continue  # "an evaluation benchmark, AesVideo-Bench, containing 2500 pairs": introduced
        if not _in_eval_slot(view, dataset, listed, rc) or _kind_of_data(view, dataset, rc):
            continue
        heads: list[Span] = []
        if 0 <= verb < dataset.first and not scored_only:
            heads = [
                e.span
                for e in view.entities
                if verb < e.first < dataset.first
                and e.label in ACTORS
                and e.first not in s.compared
                and _modified(view, e) is None
                and not _instrument(view, e)
                and not _host(view.words, e)
            ]
            if any(_setting_model(words, verb, e, reading) for e in view.entities if e.label in ACTORS):
                heads = []  # "Evaluated on Qwen2.5-32B, FIPO extends the chain-of-thought length ...": the subject's
            heads = [h for h in heads if not _own_subject_after(view, h, dataset, rc)]
            heads = _first_objects(view, heads, reading)
        base = 0.75 if verb >= 0 else 0.60
        if not heads and 0 <= verb < dataset.first and not scored_only:
            opened = _participle_subject(view, verb, dataset)
            heads = [opened.span] if opened is not None else []  # "When evaluated on X, GroundNext attains ..."
        if (
            scorers
            and not heads
            and (
                default is None
                or any(e.span.start == default.start for e in scorers)  # "X and Y achieve": the whole list
                or default is ctx.proposed
                and not any(ctx.is_proposed(e) for e in scorers)
                and not _variant_lead(view, scorers[0])
            )
        ):
            heads = [e.span for e in scorers]  # "Our strongest model, InternVL3, achieved 0.74 on X": its score
        if not heads and default is None:
            heads = listed_models  # "drops on MATH-P-Hard across various models, including o1-mini"
        if not heads and default is not None:
            others = _other_subject(view, dataset, s, ctx) if default is ctx.proposed else None
            if others is not None:
                # "The VideoMAE model achieves 75.58% on X": the named subject's result, not the proposed
                # entity's; none for "our fine-tuned Qwen2.5-VL reaches 51.7% on X" (the paper's variant)
                own = None if others else _named_variant(view, default, 0, dataset.first)
                heads = [e.span for e in others] or ([own.span] if own is not None else [])
                if not heads:
                    continue  # not for "our fine-tuned Qwen2.5-VL"; "our FooNet-8B" for FooNet is named
            elif (
                default is ctx.proposed
                and 0 <= verb < dataset.first
                and _others_evaluated(words[verb + 1 : dataset.first], rc)
            ):
                continue  # "we benchmark several pose estimation models on X": not the proposed entity
            elif default is ctx.proposed and _evaluation_of_others(words, dataset, rc):
                continue  # "Evaluation of different perception pipelines on nuScenes": others are evaluated
            elif ctx.is_proposed(dataset) and verb < 0 and s.claim is None and not _actor_before(view, dataset, ctx):
                continue  # "examples in DA-Code are based on real data": describes the paper's dataset
            elif default is ctx.proposed and _others_after(view, dataset, rc):
                continue  # "(X-Bench), which we used to run an evaluation of 12 frontier LLMs": others evaluated
            elif not _explicit(default, view) and _others_reported(view, dataset, ctx, rc):
                continue  # "Our experiments on Life-Bench reveal that existing methods falter ...": others'"
            elif _contrasted(view, dataset, default, rc, reading) or (
                not _explicit(default, view) and _untagged_subject(view, 0, dataset.first, ctx, rc, reading)
            ):
                continue  # ", whereas RL on the base models ... AIME"; "Our largest model, Phi4-mini-Flash, ... X"
            else:
                variant = None if _explicit(default, view) else _named_variant(view, default, 0, dataset.first)
                head = variant.span if variant is not None else _paper_head(default, view, ctx, reading)
                if _unnamed_own(head, view):
                    continue  # "we evaluate our method on X" for "a weighted convolution operator": no name
                if _component_for_whole(head, view, ctx, reading):
                    continue  # "our method achieves ... on FoggyLane" for the Kernel Feature Fusion Module
                if (
                    not _explicit(head, view)
                    and head.label_ == "Method"
                    and _product_subject(words, dataset.first, reading)
                ):
                    continue  # "The resulting model achieves 41.5% on WebArena": the model made with the method
                if not _explicit(head, view) and _models_of_data_maker(words, dataset.first, head, ctx, rc, reading):
                    continue  # "Our models ... on tau-bench" in a paper on APIGen-MT, a data pipeline
                if _data_maker_stand_in(head, view, len(words), ctx, rc, reading):
                    continue  # "40% improvement on AGIEval" in a paper on AgentInstruct: the trained model's
                heads = [head]
        heads = [h for h in (_unmodified(view, h) for h in heads) if not _stands_for_class(view, h, ctx, rc)]
        glossed = {e.span.start for e in view.entities if _glossed_part(view, e)}
        heads = [h for h in heads if h.start not in glossed]  # "a Modern protocol (CutMix, ...)": its parts
        for head in heads:
            found.append(
                RelationMatch(
                    head, "evaluated_on", dataset.span, view.sentence, _score(base, _explicit(head, view), s.hedged)
                )
            )
    return found


def benchmarked(s: _Sentence, ctx: PaperContext, rc: RelationCues) -> list[RelationMatch]:
    """Models whose results a benchmark paper reports after introducing its benchmark ("We test a
    variety of LLMs ... GPT 4 is the only model to consistently do better than chance", "most LLMs
    except GPT-4 dip dramatically"): evaluated on the paper's own dataset although the sentence does
    not name it. Only in a paper that proposes a Dataset and no Method/Model, in a result sentence
    after the propose sentence that names no other dataset and builds, trains or annotates nothing;
    not a Model used as a tool ("with/using/via/by GPT-4", "GPT-4 as a judge")."""
    view, words = s.view, s.view.words
    bench = ctx.dataset
    if bench is None or ctx.actor is not None or ctx.propose_index is None or view.index <= ctx.propose_index:
        return []
    reading = reading_cues()
    if _proposed_method_name(bench, ctx, reading):
        return []  # "We introduce DAVIS, a post-hoc technique": the paper's method, typed as a dataset
    models = [e for e in view.entities if e.label == "Model"]
    if not models or any(e.label == "Dataset" and not ctx.is_proposed(e) for e in view.entities):
        return []
    if s.claim is None and view.present.isdisjoint(rc.eval_cues) and _eval_verb(view, rc) < 0:
        return []
    if not view.present.isdisjoint(rc.train_cues) or not view.present.isdisjoint(reading.data_verbs):
        return []  # "questions generated by GPT-4o", "we fine-tune Llama-3 on it": the benchmark's making
    if not view.present.isdisjoint(_INTRODUCING) or not view.present.isdisjoint(reading.introducing_verbs):
        return []
    if any(w in reading.baseline_nouns for w in words):
        return []  # "gains over the baseline Gemma 3 models": the paper's own system has rivals
    if _other_benchmarks(words, rc, reading):
        return []  # "improves performance on ten external multimodal reasoning benchmarks across Qwen3-VL-4B"
    if any(
        w == "our" and not _noun_after_our(words, j, reading.own_study_nouns, reading.evaluator_nouns)
        for j, w in enumerate(words)
    ):
        return []  # "correlations of our class of scorers ... across image encoders (SigLIP 2, ...)": not the benchmark
    found = []
    for e in models:
        if _judge_model(words, e, reading):
            continue  # "GPT-4.1 and Gemini-2.5-Pro serving as LLM-as-a-judge evaluators", "matching GPT-4.1 judgments"
        lead = words[max(0, e.first - 3) : e.first]
        if any(w in reading.instrument_words or w in rc.use_any for w in lead) or words[e.last + 1 : e.last + 2] == (
            "as",
        ):
            continue  # "annotated with GPT-4o", "We employ GPT-4 for automated assessment", "GPT-4 as the judge"
        if _stands_for_class(view, e.span, ctx, rc) or _plural_name(view, e):
            continue  # "UMMs", "CNN baselines": a class, not one evaluated model
        found.append(RelationMatch(e.span, "evaluated_on", bench, view.sentence, _score(0.55, True, s.hedged)))
    return found


def _judge_model(words: tuple[str, ...], e: Located, reading: ReadingCues) -> bool:
    """Whether a Model scores the answers rather than being scored: a judging or evaluator word within
    eight words after it ("GPT-4.1 and Gemini-2.5-Pro serving as LLM-as-a-judge evaluators", "matching
    GPT-4.1 judgments") or glued to it by a hyphen ("a GPT-4o-mini-judged H-Score on a 1-5 scale")."""
    glued = words[e.last].rsplit("-", 1)[-1] if "-" in words[e.last] else ""
    return any(w in reading.evaluator_nouns or w.startswith("judg") for w in (glued, *words[e.last + 1 : e.last + 9]))


def _points_to_benchmark(words: tuple[str, ...], reading: ReadingCues) -> bool:
    """Whether a sentence refers to the paper's benchmark without naming it: "this"/"our" and a
    benchmark noun ("On this benchmark, no frontier LLM ...", "results on our datasets"), "the" and a
    singular one ("on the benchmark"; "the benchmarks of prior work" are other data), or "on it"."""
    nouns = reading.benchmark_nouns
    return any(
        (w in ("this", "our") and words[j + 1] in nouns)
        or (w == "the" and words[j + 1] in nouns and words[j + 1][:-1] not in nouns)
        or (w == "on" and words[j + 1] == "it")
        for j, w in enumerate(words[:-1])
    )


def _benchmark_passage(views: list[SentenceView], view: SentenceView, ctx: PaperContext) -> Span | None:
    """The text that shows a model evaluated on the benchmark of a benchmark paper (:func:`benchmarked`):
    the sentence itself when it names or points to the benchmark ("On this benchmark, no frontier LLM
    -- including GPT-4o -- ..."); else the passage from the nearest abstract sentence that names it, or
    else from the nearest one that points to it, at most ``PASSAGE_BACK`` sentences before (list numbers
    and headings not counted):
    "We introduce SciVer, ... . ... We assess 21 models, including o4-mini"; "Our benchmark includes
    ... . ... GPT-4o scores 40%". The sentence alone ("Experiments reveal that even the strongest models
    (GPT-5) achieve only 68.2%") does not show what the model is evaluated on (issue #17). None when
    only the title names it (a passage does not span title and abstract), when the naming sentence is
    farther back, or when a sentence between proposes a Method or Model ("we propose prompt-based
    steering methods: query grounding (Q-ground) ..."): the results after it may be of that method."""
    reading = reading_cues()
    if _names_benchmark(view, ctx, reading):
        return view.sentence
    title_end = view.sentence.doc.user_data.get("cg_title_end") or 0
    back, start = 0, None
    for before in reversed(views[: view.index]):
        if before.sentence.start_char < title_end:
            break
        back += len(before.words) > HEADING_WORDS
        if back > PASSAGE_BACK:
            break
        if _names_dataset(before, ctx.dataset):
            start = before  # a sentence that names the benchmark shows it best
            break
        if _proposes_system(before, ctx):
            break
        if start is None and _points_to_benchmark(before.words, reading):
            start = before
    if start is None:
        return None
    return view.sentence.doc[start.sentence.start : view.sentence.end]


def _names_benchmark(view: SentenceView, ctx: PaperContext, reading: ReadingCues) -> bool:
    """Whether the sentence names the paper's benchmark or points to it (:func:`_points_to_benchmark`)."""
    return _names_dataset(view, ctx.dataset) or _points_to_benchmark(view.words, reading)


def _names_dataset(view: SentenceView, bench: Span | None) -> bool:
    """Whether the sentence names ``bench`` itself, not another dataset the paper builds ("We first build
    the Spatial Planning Map Database (SPMD), ..." does not name PlanBench-V, the benchmark whose results
    follow: judged samples read such a passage as not showing the benchmark)."""
    if bench is None:
        return False
    text, kb = _bare(bench.text), bench.kb_id_
    return any(
        e.label == "Dataset" and (_bare(e.span.text) == text or bool(kb) and e.span.kb_id_ == kb) for e in view.entities
    )


def _bare(text: str) -> str:
    """The comparison key of a name (names.normalize_name), an underscore read as a space ("SULAND_v2" and
    "SULAND v2" are one name)."""
    return normalize_name(text.replace("_", " "))


def _proposes_system(view: SentenceView, ctx: PaperContext) -> bool:
    """Whether the authors propose a Method or Model in the sentence: "we" and a propose verb, and a
    Method/Model name after it ("we propose prompt-based steering methods: query grounding (Q-ground)").
    Read only in sentences that do not name the benchmark ("We present Metal-Sci, a benchmark of ...
    kernels (..., FFT)" starts the passage)."""
    words = view.words
    for j in range(1, len(words)):
        if words[j - 1] == "we" and words[j] in PROPOSE_VERBS:
            return any(e.label in ("Method", "Model") and e.first > j for e in view.entities)
    return False


def _shown_with_benchmark(
    found: list[RelationMatch], views: list[SentenceView], view: SentenceView, ctx: PaperContext
) -> list[RelationMatch]:
    """``found`` (facts of :func:`benchmarked`) with the passage that names the benchmark as their
    sentence, or nothing when the abstract does not name it before (:func:`_benchmark_passage`)."""
    if not found:
        return found
    passage = _benchmark_passage(views, view, ctx)
    if passage is None:
        return []
    return [RelationMatch(r.head, r.relation, r.tail, passage, r.confidence) for r in found]


def _other_benchmarks(words: tuple[str, ...], rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the sentence speaks of other data: "ten external benchmarks", "several public datasets",
    "on 5 benchmarks" (a lead, others word or digit within four words before the plural; not "our")."""
    for j, w in enumerate(words):
        if w in reading.other_data_plurals:
            lead = words[max(0, j - 4) : j]
            if "our" not in lead and any(
                x in reading.other_data_leads or x in rc.others_words or x.isdigit() for x in lead
            ):
                return True
    return False


def _own_system(views: list[SentenceView]) -> bool:
    """Whether the paper speaks of a system of its own ("our model", "our 7B agent", "our
    method"): then it is no pure benchmark paper and the models it names may be its rivals."""
    nouns = reading_cues().own_system_nouns
    for view in views:
        words = view.words
        if any(w == "our" and _noun_after_our(words, j, nouns) for j, w in enumerate(words)):
            return True
    return False


def _noun_after_our(words: tuple[str, ...], j: int, *nouns: frozenset[str]) -> bool:
    """Whether a word of one of ``nouns`` follows "our" (word ``j``) within three words ("our 7B agent")."""
    return any(x in group for x in words[j + 1 : j + 4] for group in nouns)


#: What a size variant adds to a name ("-7B", " 1.5B", "-70m").
_SIZED = re.compile(r"[-\s]?\d+(\.\d+)?[bm]")

#: Words that may join the names of a long list of rivals ("X (FID = 0.116), Y (0.112) and the Z model W").
_LIST_WORDS = frozenset({",", "and", "or", "the", "a", "an", "as", "well", "also", "both"})


def _rivals(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> list[Located]:
    """The names a comparison at ``index`` is against: those within 14 words (``compared_after``),
    and after them the rest of the same list however long it runs, when only list words,
    parenthesised scores and class nouns stand between two names ("outperforming T2M-GPT
    (FID = 0.116), AttT2M (FID = 0.112) and the BERT-type model MMM (FID = 0.080)")."""
    near = compared_after(view, index, 14, ACTORS)
    words = view.words
    if not near:
        example = _class_example(view, index, rc, reading)
        if example is None:
            return near
        near = [example]
        after = [e for e in view.entities if e.first > example.last and e.label in ACTORS]
    else:
        after = compared_after(view, index, 40, ACTORS)[len(near) :]
    found = list(near)
    for e in after:
        j, ok = found[-1].last + 1, True
        while j < e.first and ok:
            if words[j] == "(":
                close = next((k for k in range(j + 1, min(e.first, j + 12)) if words[k] in ("(", ")")), -1)
                ok = close > 0 and words[close] == ")"
                j = close + 1
            elif words[j] in _LIST_WORDS or words[j] in rc.class_nouns or words[j] in reading.instance_nouns:
                j += 1
            else:
                ok = False
        if not ok:
            break
        found.append(e)
    return found


def _class_example(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> Located | None:
    """The first name listed as an example of the class a comparison at ``index`` is against
    ("outperforming state-of-the-art models, including the original EfficientNet", "surpasses
    strong baselines, e.g., X and Y"): beating the class beats the examples it names. Only
    plain words and a class noun between the comparison and the list word, no preposition or
    participle ("models trained on X, including Y" is not read)."""
    words = view.words
    stops = (
        reading.phrase_preps
        | reading.subject_participles
        | reading.class_links
        | reading.clause_verbs
        | rc.subject_clauses
        | rc.list_joiners
        | rc.enable_verbs
        | rc.apply_verbs
    )
    j, noun = index + 1, -1
    while j < min(len(words), index + 13):
        w = words[j]
        if w in reading.list_intros:
            break
        if w in rc.class_nouns or w in rc.class_plurals:
            noun = j
        elif w in (",", "(") and noun == j - 1:
            pass
        elif w in stops or not w.replace("-", "").isalnum() or any(e.first == j for e in view.entities):
            return None
        j += 1
    else:
        return None
    if noun < 0 or noun not in (j - 1, j - 2) or (noun == j - 2 and words[j - 1] not in (",", "(")):
        return None
    j += 2 if words[j] == "such" and j + 1 < len(words) and words[j + 1] == "as" else 1
    if j < len(words) and words[j] == ",":
        j += 1  # "e.g., X"
    if j < len(words) and words[j] in ("the", "a", "an"):
        j += 1
    e = next((e for e in view.entities if e.first in (j, j + 1)), None)
    if e is None or e.label not in ACTORS or e.first == j + 1 and not words[j].isalpha():
        return None
    nxt = words[e.last + 1] if e.last + 1 < len(words) else ""
    if nxt.isalpha() and nxt.islower() and nxt not in rc.list_joiners and nxt not in reading.phrase_preps:
        return None  # "including the SAM2 video propagator": the name only modifies an unnamed rival
    return e


def _opens(words: tuple[str, ...], index: int) -> bool:
    """Whether the comparison at ``index`` opens its sentence or clause ("Compared to X, ...",
    "In comparison with X, ..."), also after a short sentence adverb and its comma ("Also, compared
    to previous methods, OTCCLIP improves ...", "In addition, compared with X, ...")."""
    j = index - 1
    while j >= 0 and words[j] not in (",", ";", ":"):
        j -= 1
    if j in (1, 2) and words[j] == "," and all(w.isalpha() for w in words[:j]):
        return index - j <= 4
    return j < 0 and index <= 3


def _comma_break(view: SentenceView, index: int, tail: Located) -> bool:
    """Whether a comma between the comparison and the name ends the compared phrase: the word
    after it neither starts a name nor joins a list ("compared to X, Y, and Z" goes on)."""
    words = view.words
    starts = {e.first for e in view.entities}
    for j in range(index + 1, tail.first):
        if words[j] == "," and j + 1 < len(words) and j + 1 not in starts and words[j + 1] not in ("and", "or"):
            return True
    return False


def _made_to_win(view: SentenceView, head: Span, index: int) -> bool:
    """Whether another name followed by "to" stands between the head and the comparison ("ScPO
    finetunes Llama-3 8B to be superior to X"): the head made that model win, it did not win."""
    words = view.words
    return any(
        e.span.start >= head.end and e.last + 1 < index and words[e.last + 1] == "to" and e.label in ACTORS
        for e in view.entities
    )


def _opening_end(view: SentenceView, index: int, head: Span) -> int:
    """Where the rivals of an opening comparison ("Compared to X and Y, FooNet improves ...")
    end: at the winner, named or "we"/"our"/"it"; the sentence end when the comparison does
    not open the sentence or the winner comes before it."""
    words = view.words
    if not _opens(words, index):
        return len(words)
    inside = view.sentence.start <= head.start < view.sentence.end
    starts = [view.word_of(head.start)] if inside else []
    starts += [j for j in range(index + 1, len(words)) if words[j] in ("we", "our", "it", "its")]
    starts += [e.first for e in view.entities if e.key == head.text.lower()]
    return min((j for j in starts if j > index), default=len(words))


def _compare_win(view: SentenceView, index: int, cues: ClaimCues, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether "compared to/with X" (at ``index``, the word "to"/"with") states a win over X: the
    opener is "superior to", or the clause has a win word ("better", "improves", "gains") or
    "higher" before a quality noun or a higher-is-better metric, and no parity or cost reading
    ("comparable accuracy compared to X", "faster inference compared to X" say no win; a win word after
    a cost word or with only cost words as its object, "improves inference speed", is a cost gain), nor a kept
    state ("abilities preserved compared with X")."""
    words = view.words
    if index < 1 or words[index - 1] not in reading.compare_win_openers:
        return False
    if index >= 2 and words[index - 2] in reading.retention_participles:
        return False  # "with its general abilities preserved compared with plain SFT": kept, not won
    if words[index - 1] == "superior":
        return not any(w in rc.parity_words for w in words[max(0, index - 5) : index])
    bounds = (";", ":")
    lo = max((j for j in range(index) if words[j] in bounds or words[j] in rc.subject_clauses), default=-1) + 1
    ends = (j for j in range(index + 1, len(words)) if words[j] in bounds or words[j] in rc.subject_clauses)
    hi = next(ends, len(words))
    clause = words[lo:hi]
    if any(w in rc.parity_words or w in reading.compare_loss_words for w in clause):
        return False  # "comparable accuracy compared to X", "a 0.015 mAP drop compared to X"
    for k, w in enumerate(clause, lo):
        if w in reading.compare_win_words:
            if any(x in reading.compare_cost_words or x in cues.cost_nouns for x in words[max(lo, k - 2) : k]):
                continue  # "24% throughput improvement compared to X": a cost or speed gain, not a win
            if _cost_object(words, k, hi, cues, reading):
                continue  # "Compared to X, LaVi ... improves inference speed by 3.1 times": a speed gain
            return True
        if w == "higher" and k + 1 < len(words):
            after = words[k + 1 : k + 3]
            if any(x in reading.quality_nouns for x in after):
                return True
            metric = next((e for e in view.entities if e.first in (k + 1, k + 2) and e.label == "Metric"), None)
            info = cues.metric_table.get(metric.key) if metric is not None else None
            if info is not None and info.higher_is_better is True:
                return True
    return False


def _cost_object(words: tuple[str, ...], k: int, hi: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the object of the win word at ``k`` (up to ``hi``, "by", a comma or a comparison word)
    names only costs ("improves inference speed by 3.1 times"): a cost gain, no win; not "improves
    both efficiency and segmentation accuracy", "improvements in training stability"."""
    content = []
    for j in range(k + 1, min(hi, k + 7)):
        if words[j] in reading.object_ends:
            break
        if words[j] not in reading.object_fillers:
            content.append(words[j])
    return bool(content) and all(w in reading.compare_cost_words or w in cues.cost_nouns for w in content)


def _far_gains(view: SentenceView, marks: tuple[tuple[int, str], ...], reading: ReadingCues) -> list[tuple[int, str]]:
    """ "over" after a gain noun that a number quantifies, with the dataset between them ("up to 5%
    improvement on the widely used AlpacaEval Leaderboard over the baseline of X"): a comparison
    the claims stage's five-word window misses."""
    words = view.words
    if "over" not in view.present:
        return []
    seen = {i for i, _ in marks}
    found = []
    for i, w in enumerate(words):
        if w != "over" or i in seen:
            continue
        for j in range(max(0, i - 12), i):
            if words[j] in reading.gain_nouns and any(
                q.last in (j - 1, j - 2) or q.first in (j + 1, j + 2) and q.last < i for q in view.quantities
            ):  # "5% improvement on X over Y", "gains of 5% on X over Y"
                if not any(x in (",", ";", ":") for x in words[j + 1 : i]):
                    found.append((i, "over"))
                break
    return found


def _wins_over(view: SentenceView, marks: tuple[tuple[int, str], ...], reading: ReadingCues) -> list[tuple[int, str]]:
    """ "over"/"upon" after a win noun or adjective within four words ("superior performance over
    X", "the superior performance of FooNet over X", "clear advantages over X", "improves upon X"),
    which the claims stage does not mark; not "improves upon Gemini's grounding", nor the win of an
    untagged name ("FinLLaMA's superior performance over X")."""
    words = view.words
    if view.present.isdisjoint(reading.win_over_words):
        return []
    seen = {i for i, _ in marks}
    metric_first = {e.last: e.first for e in view.entities if e.label == "Metric"}
    return [
        (i, "over")
        for i, w in enumerate(words)
        if w in ("over", "upon")
        and i not in seen
        and _win_word_before(words, i, metric_first, reading)
        and "'s" not in words[i + 1 : i + 5]  # "improves upon Gemini's object grounding": it refines Gemini's output
        and not any(  # "FinLLaMA's superior performance over X" with FinLLaMA untagged: not the head's win
            words[j] == "'s" and not any(e.last == j - 1 for e in view.entities) for j in range(max(0, i - 4), i)
        )
    ]


def _win_word_before(words: tuple[str, ...], i: int, metric_first: dict[int, int], reading: ReadingCues) -> bool:
    """Whether a win word stands before "over" at ``i``: within four words (a named Metric counts
    as one), no comma between; or "improves" and up to six plain lower-case words naming what
    improves ("improves structural fidelity and generation quality over X"), no preposition."""
    start = _window_start(i, metric_first)
    window = words[start:i]
    if any(x in (",", ";", ":") for x in window):
        return False
    if any(x in reading.win_over_words for x in window):
        return True
    for j in range(i - 1, max(-1, i - 8), -1):
        w = words[j]
        if w in reading.win_over_words:
            return j < start
        if not (w.isalpha() and w.islower()) or w in reading.phrase_preps or w in reading.clause_verbs:
            return False
    return False


def _window_start(index: int, metric_first: dict[int, int], steps: int = 4) -> int:
    """Where a window of ``steps`` words before ``index`` starts when each named Metric counts as
    one word ("improves token acceptance rates and generation speed over X": four words)."""
    j = index - 1
    while j >= 0 and steps > 0:
        j = metric_first.get(j, j) - 1
        steps -= 1
    return j + 1


def _passive(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """ "X is (consistently) outperformed by Y": a passive win verb followed by "by"."""
    if not words[index].endswith("ed") or index + 1 >= len(words) or words[index + 1] != "by":
        return False
    j = index - 1
    while j >= 0 and (words[j].endswith("ly") or words[j] in ("also", "even", "further", "still")):
        j -= 1
    return j >= 0 and words[j] in reading.passive_auxiliaries


def _passive_wins(
    s: _Sentence, passive: tuple[int, ...], ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> list[RelationMatch]:
    """ "BarNet and CLIP are outperformed by FooNet": the name after "by" (or the paper's entity for
    "by our method") beats the names of the clause's subject right before the auxiliary. ``passive``:
    the word indices of the sentence's passive beat marks (:func:`_passive`)."""
    view, words = s.view, s.view.words
    found = []
    for index in passive:
        winner = next((e for e in view.entities if e.first == index + 2 and e.label in ACTORS), None)
        if winner is not None:
            head, explicit = winner.span, True
        elif index + 2 < len(words) and words[index + 2] in rc.own_words and ctx.actor is not None:
            head, explicit = ctx.actor, False
        else:
            continue
        ends = {e.last: e for e in view.entities if e.label in ACTORS}
        j = index - 1
        while j >= 0 and (words[j] in reading.passive_auxiliaries or words[j] in rc.adverbs or words[j].endswith("ly")):
            j -= 1
        losers = []
        while j in ends:  # "BarNet and CLIP are outperformed": the names right before the auxiliary
            losers.append(ends[j])
            j = ends[j].first - 1
            while j >= 0 and words[j] in rc.list_joiners:
                j -= 1
        for tail in losers:
            if tail.key == head.text.lower() or ctx.is_proposed(tail) or _stands_for_class(view, tail.span, ctx, rc):
                continue
            found.append(RelationMatch(head, "outperforms", tail.span, view.sentence, _score(0.75, explicit, s.hedged)))
    return found


def _speed_only(words: tuple[str, ...], index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the comparative nearest before "than" (within four words) compares speed ("2x
    faster than X"): judged samples read that as no claim that the head beats X."""
    for j in range(index - 1, max(-1, index - 5), -1):
        if words[j] in cues.comparatives or words[j] in reading.speed_comparatives:
            return words[j] in reading.speed_comparatives or _efficiency_after(words, j, index, reading)
    return False


def _efficiency_after(words: tuple[str, ...], j: int, index: int, reading: ReadingCues) -> bool:
    """Whether the comparative at ``j`` is of an efficiency adjective right before "than" ("25 times more
    efficient than FlowGRPO", "more memory-efficient than softmax attention"): a cost, not a win; not
    "more efficient and effective than vanilla MoE"."""
    return j + 1 == index - 1 and words[index - 1].rsplit("-", 1)[-1] in reading.efficiency_adjectives


def _cost_only(view: SentenceView, index: int, kind: str, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the comparison at ``index`` compares a cost, not quality: a resource comparative
    ("less", "fewer") with a cost word before "than" ("600x less GPU time than CLIP", "fewer
    parameters than X"; "lower latency than X" stays a win), or a cost or speed word within six
    words before "over" with no quality noun or Metric there ("improving inference speed by 40%
    over FoL", "a 2x speedup over X"; not "12.8% performance gains over X")."""
    words = view.words

    def costly(w: str) -> bool:
        return w in reading.compare_cost_words or w in cues.cost_nouns or w in reading.speed_comparatives

    if kind == "than":
        for j in range(index - 1, max(-1, index - 6), -1):
            if words[j] in cues.comparatives:
                return words[j] in reading.resource_comparatives and any(costly(w) for w in words[j + 1 : index])
        return False
    lo = _window_back(words, index, 6)
    window = words[lo:index]
    if any(w in reading.quality_nouns for w in window) or any(
        e.label == "Metric" and lo <= e.last and e.first < index and not costly(e.key.rsplit(" ", 1)[-1])
        for e in view.entities
    ):
        return False  # "12.8% mIoU gains over X", "improves token acceptance rates and generation speed over X";
        # not the Metric "speedup" itself
    if any(costly(w) for w in window):
        return True
    previous = next((j for j in range(index - 1, max(-1, index - 12), -1) if words[j] == "over"), -1)
    if previous > 0 and "and" in words[previous + 1 : index] and not any(w in (";", ".") for w in window):
        return _cost_only(view, previous, kind, cues, reading)  # "by 2.8x over FA2 and 1.6x over FA3": the same cost
    return False


def _inquiry(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the comparison at ``index`` sits in a clause opened by a condition word ("when",
    "whether", "if") within ten words before it, which itself follows an inquiry verb within six words
    ("we systematically investigate the conditions when GraphRAG surpasses traditional RAG", "we examine
    whether X outperforms Y"): the question the study asks, not a result."""
    for q in range(index - 1, max(-1, index - 11), -1):
        if words[q] in (";", ":", "."):
            return False
        if words[q] in reading.condition_words:
            return any(w in reading.inquiry_verbs for w in words[max(0, q - 6) : q])
    return False


def _past_adverbs(words: tuple[str, ...], k: int, rc: RelationCues, *, floor: int = 0) -> int:
    """The first word at or before ``k`` (looking back, not past ``floor``) that is no adverb: a word of
    ``rc.adverbs`` or one ending in "-ly" ("which <significantly> outperforms", "<also> surpassing")."""
    while k > floor and (words[k] in rc.adverbs or words[k].endswith("ly")):
        k -= 1
    return k


def _window_back(words: tuple[str, ...], index: int, steps: int) -> int:
    """Where a window of ``steps`` words before ``index`` starts when a list of numbers there costs
    no steps ("speedups of 12.72x, 1.70x, and 1.18x over X" reaches "speedups")."""
    j = index
    while j > 0 and steps > 0:
        j -= 1
        if not (words[j] in (",", "and") or words[j][:1].isdigit()):
            steps -= 1
    return j


def _purpose(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the comparison verb is an infinitive of purpose: "To surpass X, we ...", "in order
    to outperform X", "aiming to beat X", "to further surpass X", "aimed at surpassing X". Unlike
    claims/subjects.is_purpose it keeps verbs ending in "s" ("surpass"), which are no third person
    here; it shares that function's adverbs and aim words (``cues/subjects.json``)."""
    subject_cues = load_cues(SubjectCues, "subjects.json")
    j = index - 1
    if j > 0 and (words[j].endswith("ly") or words[j] in subject_cues.infinitive_adverbs):
        j -= 1  # "to further surpass"
    if j > 0 and words[j] in ("at", "for") and words[j - 1] in subject_cues.aim_words:
        return True  # "aimed at surpassing X"
    if j < 0 or words[j] != "to":
        return False
    return j == 0 or words[j - 1] in reading.purpose_leads or words[j - 1] in (",", ";", ":")


def _valence_than(words: tuple[str, ...], index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the comparative nearest before "than" (within four words) says the subject wins
    whatever the metric's direction ("better perplexity than X", "superior FID than Y"), where
    the claims stage read a lower-is-better metric as a trail."""
    for j in range(index - 1, max(-1, index - 5), -1):
        if words[j] in cues.comparatives:
            return words[j] in reading.valence_comparatives
    return False


def _liability_than(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether "than" at ``index`` follows "more <liability adjective>" within five words ("more
    prone to this than", "more vulnerable to attacks than"): the head suffers more, it does not win;
    or "more <property adjective>" ("a more mature architecture than ViT"): a property, not a result."""
    return any(
        (words[j] in reading.liability_adjectives or words[j] in reading.property_adjectives)
        and j
        and words[j - 1] == "more"
        for j in range(max(0, index - 5), index)
    )


def _beyond_limit(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether the object of the win verb at ``index`` is a resource limit of something ("when target views
    exceed the capacity of a single DiT forward pass", "exceeds the context window of Y"): "the"/"a", at most
    one more word, a limit noun and "of". Going beyond a limit of Y is not beating Y; "outperforming the
    higher capacity ResNet-18 variant" is a win."""
    after = words[index + 1 : index + 5]
    if not after or after[0] not in reading.limit_determiners:
        return False
    return any(k < len(after) - 1 and after[k] in reading.limit_nouns and after[k + 1] == "of" for k in (1, 2))


def _parity_between(words: tuple[str, ...], index: int, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a parity word with its preposition ("competitive to", "comparable with", "on par
    with") stands between the comparison at ``index`` and the name: the rivals beaten end there."""
    gap = words[index + 1 : tail.first]
    return any(_parity_to(gap, j, rc, reading) for j in range(len(gap)))


def _parity_to(words: tuple[str, ...], j: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether word ``j`` is a parity word whose rival follows: right after a rival preposition
    ("competitive to", "on par with") or after a result noun and "compared"/a rival preposition
    ("comparable performance to", "competitive performance compared to"). A parity word glued to the
    verb before it ("achievescompetitive", text that lost a space) counts."""
    w = words[j]
    if w not in rc.parity_words and not _glued_to_verb(w, rc, reading):
        return False
    after = words[j + 1 : j + 4]
    if after[:1] and after[0] in reading.rival_preps:
        return True
    if len(after) < 2 or after[0] not in rc.result_after:
        return False
    return after[1] == "compared" or after[1] in reading.rival_preps


def _glued_to_verb(word: str, rc: RelationCues, reading: ReadingCues) -> bool:
    """ "achievescompetitive": a clause verb in the third person glued to a parity word (the text lost
    the space between them)."""
    return any(
        word.startswith(v) and word[len(v) :] in rc.parity_words for v in reading.clause_verbs if v.endswith("s")
    )


def _parity(words: tuple[str, ...], index: int, rc: RelationCues) -> bool:
    """ "on-par with or better than X", "better than or comparable to X": parity at best."""
    if any(w in rc.parity_words for w in words[max(0, index - 6) : index]):
        return True
    after = words[index + 1 : index + 4]
    return "or" in after and any(w in rc.parity_words for w in after)


def _clause_subject(
    view: SentenceView, head: Span, index: int, ctx: PaperContext, rc: RelationCues
) -> tuple[Span | None, bool]:
    """The subject of the clause holding the comparison at ``index`` when a clause word
    ("where", "while", "that") stands between the named ``head`` and it: an entity named
    there, the proposed entity for "our method"/"it", else None (the clause is about
    something unnamed). ``head`` itself when no clause word intervenes, or when the
    clause has no subject of its own ("X, a model that consistently outperforms Y")."""
    words = view.words
    last = view.word_of(head.end - 1)
    opener = next((j for j in range(index - 1, last, -1) if words[j] in rc.subject_clauses), -1)
    if opener < 0:
        return head, True
    gap = [w for w in words[opener + 1 : index] if w not in rc.adverbs and not w.endswith("ly")]
    if (
        not gap
        and words[opener] == "that"
        and opener >= 2
        and words[opener - 1] in rc.class_nouns
        and words[opener - 2] in ("the", "those", "these")
    ):
        return None, False  # "exceed the performance of the models that outperform GPT-4o": those models win
    if not gap or words[opener] in ("while", "when") and gap[0].endswith("ing"):
        return head, True
    for e in view.entities:
        if opener < e.first and e.last < index and e.label in ACTORS:
            return e.span, True
    if any(w in rc.own_words for w in gap[:3]):
        return ctx.proposed, False
    return None, False


def _conjoined_subject(view: SentenceView, index: int, rc: RelationCues) -> Located | None:
    """The Method/Model named right before the win verb at ``index`` (adverbs allowed) after "and" or a
    comma ("MMFineReason-4B surpasses Qwen3-VL-8B, and MMFineReason-8B even outperforms Qwen3-VL-30B"):
    the subject of a second clause, which beats what follows its verb, not the first clause's subject."""
    k = _past_adverbs(view.words, index - 1, rc, floor=-1)
    named = next((e for e in view.entities if e.last == k and e.label in ACTORS), None)
    if named is None or named.first == 0 or view.words[named.first - 1] not in ("and", ","):
        return None
    return named


def _counted_over(view: SentenceView, index: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether "over" counts as a comparison only through a number before it that counts
    things ("16,000 hybrid documents over PubMed"), not a gain ("+3.2% over X", "2 points over X")."""
    words = view.words
    if any(w in cues.improvement_cues or w in cues.beat_verbs for w in words[max(0, index - 5) : index]):
        return False
    near = [q for q in view.quantities if q.last in range(index - 3, index)]
    return (
        bool(near)
        and all(
            words[q.first].replace(",", "").isdigit()
            and words[q.first + 1] not in reading.gain_gap  # "36% speedup over X", "2 points over X"
            and any(w not in reading.gain_gap for w in words[q.first + 1 : index])
            for q in near
        )
    )


def _than_count(view: SentenceView, index: int) -> bool:
    """Whether "than" at ``index`` opens a number, not a rival: "skipping more than 40 percent of
    Transformer blocks", "less than 1% of the parameters of X" (a count or share; the name after
    it is what is counted, not beaten)."""
    if any(e.first == index + 1 for e in view.entities):
        return False  # "better than 3DGS": a name that starts with a digit
    return any(q.first == index + 1 for q in view.quantities) or (
        index + 1 < len(view.words) and view.words[index + 1][:1].isdigit()
    )


def _possible(words: tuple[str, ...], index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """A possibility or parity, not a win: "has the potential to surpass", "could outperform",
    "matching or surpassing", "comparable to or even surpassing", "match, and in some cases surpass",
    "samples-matches or outperforms" (a parity word glued to the word before by a dash)."""
    before = words[max(0, index - 4) : index]
    if any(w in reading.outperform_hedges for w in before):
        return True
    if _hedged_infinitive(words, index, reading):
        return True
    for j in range(max(0, index - 6), index):
        if words[j] in rc.parity_words or words[j].rsplit("-", 1)[-1] in rc.parity_words:
            # "model-trained on just 50K samples-matches or outperforms X": a dash lost its spaces
            if j and words[j - 1] in reading.instrument_words:
                continue  # "with similar active parameters, even surpassing X": a condition, not parity
            between = words[j + 1 : index]
            return any(w in reading.parity_links for w in between)
    return False


def _possible_for_thing(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the comparison at ``index`` is what a plain, unnamed thing can do, read through a relative
    pronoun and an ability modal ("there exists a single high-quality learning rate that can outperform
    Adam"): a possibility of that thing, not a win of the paper's method. Not after a system noun or a
    name ("a simple framework that can outperform Y", "FooNet, which can surpass Y")."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc)
    able = any(w in reading.ability_modals for w in words[k + 1 : index])
    if not able or k < 1 or words[k] not in reading.winner_pronouns:
        return False
    before = words[k - 1]
    if any(e.first <= k - 1 <= e.last for e in view.entities):
        return False
    return before.isalpha() and before not in reading.own_system_nouns and before not in rc.class_nouns


def _plain_clause_subject(view: SentenceView, start: int, index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the comparison's clause, opened by a clause word, has a plain lower-case noun phrase of
    its own as subject ("Ablation studies confirm ... that optical reflectance dominates over SAR"):
    at most four plain words, no name, no "our"/"it"/"this"/"proposed" and no system noun ("that the
    proposed method outperforms Y" and "that the model outperforms Y" keep the paper's method)."""
    words = view.words
    if start == 0 or words[start - 1] not in rc.subject_clauses:
        return False
    region = [j for j in range(start, index) if words[j] not in rc.adverbs and not words[j].endswith("ly")]
    if not region or len(region) > 4 or any(e.first < index and e.last >= start for e in view.entities):
        return False
    for j in region:
        w = words[j]
        if not w.isalpha() or not _cased(view, j).islower():
            return False
        if w in reading.own_object_words or w in reading.own_system_nouns or w in rc.class_nouns:
            return False
        if w in reading.anaphoric_leads or w in rc.own_words:
            return False
    return True


def _hedged_infinitive(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """Whether a hedge word farther back governs an infinitive that holds the comparison, with no
    punctuation between ("has the potential to make a relatively small model outperform X"): a
    possibility, not a win."""
    for j in range(max(0, index - 9), max(0, index - 4)):
        between = words[j + 1 : index]
        if words[j] in reading.outperform_hedges and "to" in between and not any(w in ",;:()" for w in between):
            return True
    return False


def _clause_start(words: tuple[str, ...], index: int, rc: RelationCues) -> int:
    """The first word of the clause holding the comparison at ``index``: after ";", ":", a
    clause word ("that", "while", "which") or an enumerator ("(2)", "2)", "(ii)")."""
    for j in range(index - 1, -1, -1):
        if words[j] in (";", ":") or words[j] in rc.subject_clauses or words[j] == "which":
            return j + 1
        if words[j] == ")" and j and _enumerator(words[j - 1]):
            return j + 1
    return 0


def _enumerator(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 or word in ("i", "ii", "iii", "iv", "v", "a", "b", "c", "d")


def _winner(
    view: SentenceView,
    head: Span,
    explicit: bool,
    index: int,
    ctx: PaperContext,
    rc: RelationCues,
    reading: ReadingCues,
) -> tuple[Span | None, bool]:
    """The head of a comparison, checked against what the clause says wins (issue #17):

    - "DPO agents trained on ADARUBRIC pairs gain over Y", "models refined by ProX
      outperform Y": the named head is what the winner was made with -> no head;
    - "the fine-tuned model outperforms Y" with an unnamed subject and no "our"/"we" ->
      no head (it is "X with Y", not the bare method);
    - "Experimental results show that LinGen outperforms Y": an unknown capitalised name
      right before the verb is the subject -> not the paper's method;
    - "Using RL, our model surpasses Y", "ViT ... we outperform Y": "we"/"our" between a
      named head that the paper does not propose and the verb -> the proposed entity.
    """
    words = view.words
    start = _clause_start(words, index, rc)
    if _named_clause_subject(view, start, index, head, ctx, rc):
        return None, False  # "our study shows that temporal video features (V-JEPA2) outperform Y"
    if not explicit and _plain_clause_subject(view, start, index, rc, reading):
        return None, False  # "... confirm that optical reflectance dominates over SAR": that clause's own subject
    region = words[start:index]
    first_participle = next((k for k, w in enumerate(region) if w in reading.subject_participles), len(region))
    own = any(w in rc.own_words for w in region[:first_participle])  # not "trained on our data"
    key = head.text.lower()
    mentions = [e for e in view.entities if e.span.start == head.start or e.key == key or ctx.is_proposed(e)]
    mentions = [e for e in mentions if start <= e.first and e.last < index]
    untagged = [j for j in range(start, index) if words[j].replace("-", "") in ctx.spelled]
    if untagged and not mentions:  # "alpha-Flow outperforms" for the proposed AlphaFlow
        return head, explicit
    for p, w in enumerate(region, start):
        if w not in reading.subject_participles:
            continue
        if any(e.first == p + 1 and ctx.is_proposed(e) for e in mentions):
            continue  # "the end-to-end trained SLVM surpasses Y": the paper's own entity, trained, wins
        if (
            p >= 2
            and words[p - 1] == ","
            and "," in words[p + 1 : index]
            and any(e.last == p - 2 and e.label in ACTORS and ctx.is_proposed(e) for e in view.entities)
        ):
            continue  # "our 7B model, SoS-7B, fine-tuned on SoS-1K for 4 hours, outperforms Y": it describes SoS-7B
        if any(p < e.first <= p + 5 and "," not in words[p : e.first] for e in mentions):
            return None, False  # the head is the instrument: "agents trained on ADARUBRIC"
        if not mentions and not own:
            return None, False  # "the fine-tuned model outperforms Y"
    listed = next((j for j in range(index - 1, 0, -1) if words[j] == ")" and _enumerator(words[j - 1])), -1)
    if listed >= start - 1 >= 0 and not mentions:
        named = [e for e in view.entities if start <= e.first and e.last < index and e.label in ACTORS]
        if named:
            return named[-1].span, True  # "(2) BarNet is faster than Y": that clause's own subject
        if not own:
            return None, False  # "(2) rewriting CoTs is 5x more efficient than RL": not the head's
    located = next((e for e in view.entities if e.span.start == head.start), None)
    if located is None and mentions:
        located = mentions[-1]  # the head resolved from elsewhere, named again in this clause
    if (
        located is not None
        and located.last < index
        and words[located.last].rsplit("-", 1)[-1] in reading.subject_participles
    ):
        return None, False  # "SDPO-tuned agents outperform GPT-4o": agents tuned with SDPO win, not SDPO
    if (
        located is not None
        and located.first
        and words[located.first - 1] in rc.train_cues
        and words[located.first - 1].endswith("ing")
        and not ctx.is_proposed(located)
    ):
        return None, False  # "Training Qwen3-4B-Base on Kuhn Poker alone ..., outperforming SFT": the training wins
    if (
        located is not None
        and located.label == "Model"
        and not ctx.is_proposed(located)
        and _trained_by_authors(words, located.first, rc)
    ):
        return None, False  # "We fine-tuned a LLaMA model ..., which outperformed GPT-4o": the model made wins
    if located is not None and located.last + 1 < index and words[located.last + 1] in reading.ablation_words:
        return None, False  # "Qwen3-VL without any image input surpasses GPT-5": an ablated variant wins
    if (
        located is not None
        and not ctx.is_proposed(located)
        and located.last + 2 < index
        and words[located.last + 1] in reading.subject_participles
        and words[located.last + 2] in reading.instrument_words
    ):
        return None, False  # "Qwen3-8B equipped with ReMe outperforms Y": X with Y wins, not X
    if (
        located is not None
        and not ctx.is_proposed(located)
        and located.last + 2 < index
        and words[located.last + 1] in reading.instrument_words
        and not any(w in rc.role_nouns for w in words[located.last + 2 : index])
    ):  # not "Mask R-CNN with a ResNet-50 backbone outperforms Y": a configuration of X, X wins
        return None, False  # "our best variant (CLIP with mapped attributes) outperforms Y": X with Y wins
    if located is not None and located.first and words[located.first - 1] in reading.instrument_words:
        # "pretraining with GO-Tokenizer outperforms", "QwQ-32B with LeaP ... surpasses": X with Y wins;
        # "Using FooNet, we outperform Y": the paper's own method
        after = words[located.last + 1 : index]
        if any(w in ("we", "our") for w in after) and ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
            return ctx.proposed, False
        return None, False
    if not explicit:
        variant = _named_variant(view, head, start, index)
        if variant is not None:
            return variant.span, True  # "our Critique-Coder-8B ..., outperforming Y": the variant the clause names
        absolute = _absolute_subject(view, index, rc)
        if absolute is not None:
            return absolute.span, True  # "..., with reinforcement learning outperforming SFT": RL wins
        opener = _clause_opener(view, start, index, ctx, rc)
        if opener is not None:
            return opener.span, True  # "...: Gemma 2 shows greater similarity than Gemma": the clause's own subject
        apposed = _apposed_actor(view, start, index, rc, reading)
        if apposed is not None:
            return apposed.span, True  # "our model, InternVL2-8B-MPO, achieves ..., outperforming Y": the name wins
        if _untagged_subject(view, start, index, ctx, rc, reading) or _unnamed_proposal(view, index, head, reading):
            return None, False  # "FVQ significantly enhances ..., surpassing Y": a subject of its own
        prev = _past_adverbs(words, index - 1, rc, floor=start)
        token = view.sentence.doc[view.starts[prev]] if start <= prev < index else None
        if (
            token is not None
            and token.text[:1].isupper()
            and (prev > 0 or any(c.isupper() or c.isdigit() for c in token.text[1:]) or _capitalised_inside(token))
            and words[prev] not in rc.own_words
            and not any(e.first <= prev <= e.last and e.label in ACTORS | {"Metric", "Dataset"} for e in view.entities)
        ):
            return None, False  # "... show that LinGen outperforms DiT": an untagged subject (not "lower FID than")
        return head, explicit
    if located is not None and not ctx.is_proposed(located) and _in_phrase(view, located, rc, reading):
        if own and ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
            return ctx.proposed, False  # "our approach achieves 2.8x speedup for the Llama-3-70B model"
        return None, False
    if located is not None and not ctx.is_proposed(located) and located.last < index:
        between = words[located.last + 1 : index]
        if any(w in ("we", "our") for w in between) and ";" not in between:
            if ctx.proposed is not None and ctx.proposed.label_ in ACTORS:
                return ctx.proposed, False
            return None, False
    return head, explicit


def _data_maker(span: Span, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a proposed Method makes data, by an apposition after its name in the abstract ("APIGen-MT,
    a two-phase framework that generates verifiable and diverse multi-turn agent data", "FoundationMotion,
    a fully automated data curation pipeline that constructs large-scale motion datasets"): a data-making
    word and a data noun there. A title's subtitle ("Vision-G1: Towards ... with Multi-Domain Data
    Curation") describes the paper, not the named system, and the apposition ends at ", and" ("Open-o3
    Video, a non-agent framework that integrates ..., and carefully collect training data": the authors
    collect it)."""
    doc, key = span.doc, span.text.lower()
    title_end = doc.user_data.get("cg_title_end") or 0
    for mention in doc.spans.get(ENTITIES, ()):
        if mention.text.lower() != key or mention.start_char < title_end:
            continue
        if not opens_apposition(doc, mention.end) or mention.end >= mention.sent.end:
            continue
        after = [t.text.lower() for t in doc[mention.end : mention.sent.end]]
        if ";" in after:
            after = after[: after.index(";")]
        ends = [k for k in range(1, len(after)) if after[k] == "and" and after[k - 1] == ","]
        if ends:
            after = after[
                : ends[0]
            ]  # "Open-o3 Video, a framework that ..., and carefully collect training data": we collect
        if any(w in reading.data_making_words for w in after) and any(
            w in reading.data_nouns or w in rc.kind_plurals for w in after
        ):
            return True
    return False


def _models_of_data_maker(
    words: tuple[str, ...], index: int, head: Span, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether "our model(s)" before the comparison word at ``index`` ("Our models outperform frontier
    models such as GPT-4o", "our 7B model surpasses Y") stands for models trained with the data of a
    proposed data-making Method (:func:`_data_maker`) that ``head`` was resolved to: the models win,
    not the method."""
    proposed = ctx.proposed
    if proposed is None or head.start != proposed.start or proposed.label_ != "Method":
        return False
    ours = any(
        w == "our" and any(x in reading.data_model_nouns for x in words[j + 1 : j + 4])
        for j, w in enumerate(words[:index])
    )
    return ours and _data_maker(proposed, rc, reading)


def _data_maker_stand_in(
    head: Span, view: SentenceView, end: int, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether ``head`` was resolved from "it" or no subject to a proposed data-making Method
    (:func:`_data_maker`; "AgentInstruct, an extensible agentic framework for automatically creating
    large amounts of ... synthetic data") without being named or called by a system noun before word
    ``end``: what is scored there ("it consistently outperforms other models such as LLAMA-8B-instruct",
    "For example, 40% improvement on AGIEval") is a model trained on the data, not the data-making
    method ("our approach achieves ... on ScanRefer" keeps it)."""
    proposed = ctx.proposed
    if proposed is None or head.start != proposed.start or proposed.label_ != "Method" or _explicit(head, view):
        return False
    words = view.words
    if any(w in reading.own_system_nouns for w in words[:end]) or any(ctx.is_proposed(e) for e in view.entities):
        return False  # "our approach achieves ...", "Evaluated on X, DiscoPER recovers ...": the method itself
    if any(w.replace("-", "").startswith(key) for w in words for key in ctx.spelled if len(key) > 2):
        return False  # "CharTide-7B/8B significantly outperforms ...": the method's own model, untagged
    return _data_maker(proposed, rc, reading)


def _trained_by_authors(words: tuple[str, ...], first: int, rc: RelationCues) -> bool:
    """Whether "we" and a training verb stand right before the name, an article allowed ("We further
    fine-tuned a LLaMA model to be an expert model ..., which outperformed GPT-4o"): for a Model, the
    authors' model trained from it is what the sentence goes on about, not the base model itself ("We
    train linear probes ..., outperforming TF-IDF" keeps the probes, a Method trained from scratch)."""
    j = first - 1
    if j > 0 and words[j] in ("a", "an", "the"):
        j -= 1
    if j < 1 or words[j] not in rc.train_cues:
        return False
    return "we" in words[max(0, j - 3) : j]


def _relative_antecedent(view: SentenceView, index: int, rc: RelationCues, reading: ReadingCues) -> Located | None:
    """The Method/Model a relative pronoun right before the comparison at ``index`` (adverbs
    allowed) refers to: the name right before it ("we release FooNet-7B, which outperforms Y") or
    the name its apposition describes ("SFT on X yields S-Agent-8B, a compact spatial agent that
    significantly surpasses Y"). None when the pronoun follows a plain noun ("models that outperform")."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc)
    if k <= 1 or words[k] not in reading.winner_pronouns:
        return None
    ends = {e.last: e for e in view.entities if e.label in ACTORS}
    j = k - 2 if words[k - 1] == "," else k - 1
    if j in ends:
        return ends[j]
    for a in range(k - 1, max(0, k - 9), -1):
        if words[a] == ",":
            apposed = a + 1 < k and words[a + 1] in ("a", "an") and a - 1 in ends
            return ends[a - 1] if apposed else None
    return None


def _named_variant(view: SentenceView, head: Span, start: int, end: int) -> Located | None:
    """The paper's variant of ``head`` that words ``start`` to ``end`` name ("our Critique-Coder-8B
    can reach 60% on X, outperforming Y" for the proposed Critique-Coder): the sentence's own name."""
    key = head.text.lower()
    return next(
        (
            e
            for e in view.entities
            if start <= e.first
            and e.last < end
            and e.label in ACTORS
            and e.key.startswith(key)
            and e.key[len(key) : len(key) + 1] in ("-", " ")
        ),
        None,
    )


def _component(span: Span, reading: ReadingCues) -> bool:
    """Whether a proposed name is a part of a system by its last word ("Gated Memory Unit") or by
    the noun of its apposition ("the Gated Memory Unit (GMU), a simple yet effective mechanism";
    not "SambaY, a decoder-hybrid-decoder architecture that incorporates GMUs")."""
    if span.text.lower().rsplit(" ", 1)[-1] in reading.component_nouns:
        return True
    doc, i, end = span.doc, span.end, span.sent.end
    if i < end and doc[i].text == "(":
        i = next((k + 1 for k in range(i, min(end, i + 8)) if doc[k].text == ")"), end)
    return apposed_kind(doc, i, end, reading.component_nouns, 8, reading.instance_nouns)


def _paper_head(head: Span, view: SentenceView, ctx: PaperContext, reading: ReadingCues) -> Span:
    """The paper-level head for a head resolved from "our model", "we", "it" (not named in the
    sentence): a component the paper proposes ("the GMU, a mechanism") is never the head of a
    claim about the whole system; a system the paper proposes besides it ("We apply it to create
    SambaY, an architecture") is. ``head`` itself otherwise."""
    proposed = ctx.proposed
    if proposed is None or _explicit(head, view) or head.text.lower() not in ctx.keys:
        return head
    compound = _hyphen_compound(head, proposed.doc._.proposes or (), view)
    if compound is not None:
        return compound  # "a TDA-ViT fusion model": "it" is TDA-ViT, not its TDA features
    if not _component(proposed, reading):
        return head
    key = proposed.text.lower()
    for other in proposed.doc._.proposes or ():
        name = other.text.lower()
        if other.label_ in ACTORS and name != key and not _component(other, reading):
            if other.start > proposed.start and key.replace(" ", "") not in name.replace(" ", ""):
                return other
    return head


def _unnamed_own(head: Span, view: SentenceView) -> bool:
    """Whether a head read for "our method", "the framework", "it" or "This" (not named in the sentence)
    leaves the paper's own method unnamed: the proposal it resolved to is only described ("a weighted
    convolution operator") or is an established technique the method is built with ("Evaluations on
    STATE-ToxiCN validate the framework's effectiveness" where the paper proposes nothing named but
    Prompt Engineering), unless the paper names it as its own (:func:`_named_by_paper`)."""
    if _explicit(head, view):
        return False
    return unnamed_description(head) or established_technique(head) and not _named_by_paper(head)


@cache
def _naming_lead() -> re.Pattern[str]:
    """A naming word or a propose verb and the space after it ("called ", "we introduce "), any case."""
    words = sorted(reading_cues().naming_words | PROPOSE_VERBS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+", re.IGNORECASE)


def _named_by_paper(head: Span) -> bool:
    """Whether the paper names ``head`` as its own right after a naming word or a propose verb ("a new
    fine-tuning method called Self-Play fIne-tuNing (SPIN)", "we introduce DAPO"): the paper that coined a
    name the lexicon now lists, not a paper that builds on the technique."""
    text = doc_text(head.doc)
    name = head.text
    for m in _naming_lead().finditer(text):
        after = text[m.end() + len(name) : m.end() + len(name) + 1]
        if text.startswith(name, m.end()) and not (after.isalnum() or after == "-"):
            return True  # not "we present UNet-X" for UNet
    return False


def _component_for_whole(head: Span, view: SentenceView, ctx: PaperContext, reading: ReadingCues) -> bool:
    """Whether ``head``, not named in the sentence, is named as a part of a system (its last word is a
    component noun: "Kernel Feature Fusion Module", "Relation Attention Module") and stands for what the
    sentence calls "our method", "the proposed approach" or "we" when the paper proposes no whole system
    by a name (:func:`_paper_head` found none): the sentence's result is the whole method's, not the
    part's. A sentence that names one of the paper's own entities ("DAM brings ...") keeps it, and so does
    a contribution only described as a part ("δ-mem, a lightweight memory mechanism": "it achieves ...")."""
    if _explicit(head, view) or head.text.lower().rsplit(" ", 1)[-1] not in reading.component_nouns:
        return False
    return not any(ctx.is_proposed(e) and e.label in ACTORS for e in view.entities)


def _product_subject(words: tuple[str, ...], end: int, reading: ReadingCues) -> bool:
    """Whether "the/our resulting/resultant" + a model noun (at most one word between: "The resulting
    segmentation models"; not "the resulting pipeline", the method itself) stands before word ``end``: the
    sentence is about the model the paper's method produced ("The resulting model achieves 41.5% on
    WebArena, surpassing GPT-4o", "our resulting model, Eurus-2-7B-PRIME, surpasses Y"), so a Method head
    resolved from elsewhere (a framework, a training recipe) is not what is scored."""
    return any(
        w in ("the", "our")
        and words[j + 1] in reading.product_participles
        and any(x in reading.product_nouns for x in words[j + 2 : j + 4])
        for j, w in enumerate(words[: max(0, end - 2)])
    )


def _hyphen_compound(head: Span, proposes: tuple[Span, ...], view: SentenceView) -> Span | None:
    """A proposed Method/Model named before the sentence whose name is the head's name joined by a
    hyphen to another known method or model ("TDA-ViT" for the proposed TDA, in a paper on "a TDA-ViT
    fusion model"; ViT is a lexicon name): the compound fuses both, the head is only a part of it.
    Not a variant of the head ("RICO-Flash", "Kimi-VL-Thinking": no name after the hyphen), nor one
    named after the sentence; None when there is none."""
    key = head.text.lower()
    known = _known_names()
    return next(
        (
            other
            for other in proposes
            if other.label_ in ACTORS
            and other.text.lower().startswith(key + "-")
            and other.text.lower()[len(key) + 1 :] in known
            and other.text in doc_text(head.doc)[: view.sentence.start_char]
        ),
        None,
    )


@cache
def _known_names() -> frozenset[str]:
    """The lower-cased names and aliases of the lexicon's methods and models."""
    return lexicon_forms("Method") | lexicon_forms("Model")


def _apposed_actor(
    view: SentenceView, start: int, index: int, rc: RelationCues, reading: ReadingCues
) -> Located | None:
    """A Method/Model set off by commas after "our ..." and before a score or clause verb ("Notably,
    our model, InternVL2-8B-MPO, achieves 67.0 on X, outperforming Y"): the clause's named subject."""
    words = view.words
    for e in view.entities:
        if e.label not in ACTORS or not start < e.first or e.last + 2 >= index:
            continue
        if words[e.first - 1] != "," or words[e.last + 1] != ",":
            continue
        verb = words[e.last + 2]
        if (verb in reading.clause_verbs or verb in reading.score_verbs) and any(
            w in rc.own_words for w in words[start : e.first - 1]
        ):
            return e
    return None


def _cased(view: SentenceView, j: int) -> str:
    doc = view.sentence.doc
    end = view.starts[j + 1] if j + 1 < len(view.starts) else view.sentence.end
    return doc[view.starts[j] : end].text


def _glued_modifier_word(text: str, rc: RelationCues) -> bool:
    """Whether a word is a name glued to a lower-case modifier suffix or participle ("RL-tuned",
    "GRPO-trained", "CLIP-based", "KG-enhanced"): it describes the noun after it, it names nothing."""
    rest = text.rsplit("-", 1)[1] if "-" in text else ""
    return rest.isalpha() and rest.islower() and (rest in rc.modifier_suffixes or rest.endswith("ed"))


def _untagged_subject(
    view: SentenceView, start: int, index: int, ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> bool:
    """Whether the comparison's clause names its own subject with a coined name the entity stage
    did not tag ("FVQ significantly enhances ..., surpassing Y", "Our largest model ...,
    Phi4-mini-Flash-Reasoning, achieves better performance than Y"): a coined name ("FVQ",
    "Phi4-mini") after the clause start, a comma or "that", followed by an adverb or a verb (or,
    after "our ...", set off by commas). Then a head resolved from elsewhere is not the winner."""
    words = view.words
    tagged = {j for e in view.entities for j in range(e.first, e.last + 1)}
    for p in range(start, index - 1):
        plain = words[p].replace("-", "")
        if (
            p in tagged
            or words[p] in rc.own_words
            or any(k.startswith(plain) or plain.startswith(k) for k in ctx.spelled)
        ):
            continue  # "DORA achieves" for the proposed DORA Explorer, "CharTide-7B/8B outperforms" for CharTide
        opens = p == start or words[p - 1] in (",", "that")
        owned = "our" in words[max(start, p - 3) : p]
        if not opens and not owned:
            continue
        text = _cased(view, p)
        if (
            len(text) < 2
            or not text[0].isupper()
            or not (any(c.isdigit() for c in text) or any(c.isupper() for c in text[1:]))
            or _glued_modifier_word(text, rc)
        ):
            continue
        nxt = words[p + 1]
        if (
            owned
            and (nxt in reading.instance_nouns or nxt in rc.class_plurals)
            and not (text.isalpha() and text.isupper())
        ):
            return True  # "Our resulting G1 models consistently surpass Y": the clause's own, untagged models
        if not opens:
            continue
        if nxt in rc.adverbs or nxt.endswith("ly") or nxt in reading.clause_verbs or nxt in reading.score_verbs:
            return True
        if nxt in reading.result_verbs:
            return True  # "On the Crello benchmark, I2L reduces ... over Y"
        if (
            nxt == ","
            and p > start
            and words[p - 1] == ","
            and p + 2 < len(words)
            and (words[p + 2] in reading.clause_verbs or words[p + 2] in reading.score_verbs)
            and any(w in rc.own_words for w in words[start:p])
        ):
            return True  # "Our largest model ..., Phi4-mini-Flash-Reasoning, achieves"; not "MMB, SEED-I, and MME"
    return False


def _capitalised_inside(token: Token) -> bool:
    """Whether a word that opens its sentence is written capitalised inside a sentence of the paper too
    ("We compare LLaMA and Phi as anonymizers. Phi outperformed LLaMA ..."): a name, not a capital only
    because it opens the sentence ("This outperforms ...")."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha():
        return False
    return re.search(rf"[a-z,;:(] +{re.escape(word)}\b", doc_text(token.doc)) is not None


def _unnamed_proposal(view: SentenceView, index: int, head: Span, reading: ReadingCues) -> bool:
    """Whether the sentence proposes, before the comparison, something named without an article
    and not tagged ("Second, we propose dynamic mask attention, which ... improving by 150%
    compared to Y"): that thing wins, not a head resolved from elsewhere. "we propose a novel
    framework that outperforms Y" keeps the paper's proposal."""
    words = view.words
    for j in range(1, index - 1):
        if words[j - 1] == "we" and words[j] in PROPOSE_VERBS:
            nxt = words[j + 1]
            if not nxt.isalpha() or nxt in reading.unnamed_object_leads:
                continue
            if any(e.first == j + 1 for e in view.entities) or head.start == view.starts[j + 1]:
                continue
            return True
    return False


def _clause_opener(view: SentenceView, start: int, index: int, ctx: PaperContext, rc: RelationCues) -> Located | None:
    """A Method/Model the paper does not propose that opens the comparison's clause (after ":",
    ";" or a clause word, "the" allowed) with no "we"/"our"/"it" before the comparison: the
    clause's own subject, which a head resolved from elsewhere must not replace."""
    words = view.words
    first = start + 1 if start < len(words) and words[start] == "the" else start
    if start == 0 or any(w in rc.own_words for w in words[start:index]):
        return None
    e = next((e for e in view.entities if e.first == first), None)
    if e is None or e.label not in ACTORS or ctx.is_proposed(e) or e.last >= index:
        return None
    return e


def _absolute_subject(view: SentenceView, index: int, rc: RelationCues) -> Located | None:
    """The Method/Model of a "with X <win participle> Y" phrase ("post-training with knowledge-augmented
    data further improves performance, with reinforcement learning outperforming supervised fine-tuning"):
    the name between "with" ("the" allowed) and the participle at ``index`` (adverbs allowed) is the
    winner, not a head resolved from the paper. None when there is no such phrase."""
    words = view.words
    if not words[index].endswith("ing"):
        return None
    k = _past_adverbs(words, index - 1, rc)
    e = next((e for e in view.entities if e.last == k and e.label in ACTORS), None)
    if e is None:
        return None
    j = e.first - 1
    if j >= 0 and words[j] == "the":
        j -= 1
    return e if j >= 0 and words[j] == "with" else None


def _named_clause_subject(
    view: SentenceView, start: int, index: int, head: Span, ctx: PaperContext, rc: RelationCues
) -> bool:
    """Whether a name the paper does not propose stands in parentheses right before the
    comparison ("temporal video features (V-JEPA2) outperform Y"), tagged or not: it names
    the clause's subject, so the win is not ``head``'s (unless ``head`` is that name)."""
    words = view.words
    k = _past_adverbs(words, index - 1, rc, floor=start)
    if k - 2 <= start or words[k] != ")" or words[k - 2] != "(":
        return False
    doc = view.sentence.doc
    token = doc[view.starts[k - 1]]
    text = doc_text(doc)[doc[view.starts[k - 2]].idx + 1 : doc[view.starts[k]].idx]
    if not any(c.isupper() for c in text) or sum(c.isalpha() for c in text) < 2:
        return False  # "(ours)", "our model (30B) outperforms": a size, not a name
    if head.start <= token.i < head.end:
        return False
    return words[k - 1].replace("-", "") not in ctx.spelled


def _in_phrase(view: SentenceView, e: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the name sits in a prepositional or gerund phrase ("for the 4-bit Llama-3-70B
    model", "integrating the YOLOv8 backbone and RT-DETR head"), read back over at most six
    words, other names and list words, up to a comma or a clause word ("Experiments on seven
    benchmarks demonstrate that QwenLong-L1-32B outperforms Y": the name opens the clause)."""
    words = view.words
    ends = {f.last: f for f in view.entities}
    j, steps = e.first - 1, 0
    while j >= 0 and steps < 6:
        w = words[j]
        if w in (",", ";", ":", "(", ")") or w in rc.subject_clauses:
            return False
        if w in reading.phrase_preps or w in rc.use_weak and w.endswith("ing"):
            return True
        j = ends[j].first - 1 if j in ends else j - 1
        steps += 1
    return False


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9-]*[A-Z0-9]s")


def _plural_name(view: SentenceView, tail: Located) -> bool:
    """Whether the name is written in the plural ("CNNs", "VQ-VAEs", "Transformers" for the
    canonical Transformer): a family, not one model."""
    word = view.words[tail.last]
    last = tail.key.rsplit(" ", 1)[-1]
    if not last.endswith("s") and word in (last + "s", last + "es"):
        return True
    if last.endswith("y") and word == last[:-1] + "ies":
        return True  # "strong diffusion policies" for Diffusion Policy: the class, not the named method
    text = tail.span.text
    if _PLURAL_ACRONYM.fullmatch(text.rsplit(" ", 1)[-1]):
        return True  # "CNNs", "VQ-VAEs", "Video-LLMs"
    canonical = tail.span.kb_id_.split(":", 1)[-1].lower()
    lower = text.lower()
    if canonical and lower.endswith("ies") and lower[:-3] + "y" == canonical:
        return True  # "strong diffusion policies" for Diffusion Policy
    return bool(canonical) and lower.endswith("s") and lower[:-1] == canonical


def _setting_between(words: tuple[str, ...], index: int, tail: Located, reading: ReadingCues) -> bool:
    """Whether a setting preposition stands between the comparison word and the name (not
    the preposition of "based on", "built upon")."""
    for j in range(index + 1, tail.first):
        if words[j] in reading.setting_preps and words[j - 1] not in reading.class_links:
            return True
    return False


def _quantified_class(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """ "every TIR baseline", "each GAN method", "all RL approaches": a class, not one name."""
    after = words[tail.last + 1] if tail.last + 1 < len(words) else ""
    before = words[tail.first - 1] if tail.first else ""
    return before in reading_cues().quantifiers and (after in rc.class_nouns or after + "s" in rc.class_nouns)


def _kind_before_name(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether the name is followed by a class noun and another name ("AR models LlamaGen",
    "diffusion models LDM", "flow matching model SiT"): it only says what kind the next name is."""
    after = tail.last + 1
    if after >= len(view.words):
        return False
    if view.words[after] not in rc.class_nouns and view.words[after] not in reading_cues().instance_nouns:
        return False
    return any(e.first == after + 1 and e.label in ACTORS for e in view.entities)


def _in_name_compound(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether the name stands in a compound of two names with no word between: the first says which
    kind of the second is meant ("surpassed the previous SOTA RS CLIP model", "outperforms conventional
    long chain-of-thought reinforcement learning": a domain, a way of doing the second), and is not the
    rival; a Method second is a technique of the first ("a 34.42 FVD improvement over the Wan2.2 VAE",
    "over baseline Rejection Sampling SFT": the rival is the first's component, neither name alone). A
    Model second stays the rival ("a strong GPT o4-mini baseline"), and so does a name after a class
    noun ("diffusion models LDM", see :func:`_kind_before_name`) or after a name glued to a modifier
    suffix ("than Transformer-based Swin-UNet", see :func:`_modified`)."""
    words = view.words
    for e in view.entities:
        if e.label not in ACTORS:
            continue
        if e.first == tail.last + 1:
            return True
        if e.last == tail.first - 1 and tail.label == "Method" and not glued_modifier(view, e, rc):
            last = words[e.last]
            if last not in rc.class_nouns and last not in reading_cues().instance_nouns:
                return True
    return False


def _after_verb(words: tuple[str, ...], index: int, tail: Located, rc: RelationCues) -> bool:
    """Whether an enabling or applying verb, ";", an enumerator ("(2)") or a new verb phrase
    after "and"/"," ("outperforms baselines and achieves competitive performance compared to
    X") stands between the comparison and the name: it belongs to another clause."""
    gap = words[index + 1 : tail.first]
    if any(w in rc.enable_verbs or w in rc.apply_verbs or w == ";" for w in gap):
        return True
    reading = reading_cues()
    verbs = reading.clause_verbs | reading.boost_verbs  # "... over FLUX and enhances GLIGEN": GLIGEN is improved
    if any(w in verbs and j and gap[j - 1] in ("and", ",") for j, w in enumerate(gap)):
        return True
    return any(w == ")" and j and _enumerator(gap[j - 1]) for j, w in enumerate(gap))


def _subject_of_own_verb(words: tuple[str, ...], tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a result verb follows the name, adverbs allowed ("JudgeLRM-3B surpasses GPT-4, and
    JudgeLRM-7B outperforms DeepSeek-R1"; "gains over the base models: Qwen3.5-9B improves by +8.82"):
    the name is the subject of a clause of its own, so it is neither beaten nor a rival after it is."""
    k = tail.last + 1
    while k < len(words) and (words[k] in rc.adverbs or words[k].endswith("ly")):
        k += 1
    return k < len(words) and words[k] in reading.result_verbs


def _unnamed_instance(view: SentenceView, tail: Located, reading: ReadingCues) -> bool:
    """Whether a Method rival is only the kind of an unnamed one ("the state-of-the-art VLA
    model", "the mainstream E2E imitation learning method", "the standard RL baseline", "the strongest
    dynamic MoE baseline"), or a rival is only what unnamed ones were made from ("Deepseek-R1
    distilled counterparts")."""
    words = view.words
    after = words[tail.last + 1 : tail.last + 4]
    if not after:
        return False
    if (after[0] in reading.instance_nouns or after[0] in reading.baseline_nouns) and any(
        w in reading.superlatives for w in words[max(0, tail.first - 3) : tail.first]
    ):
        return True  # "the strongest dynamic MoE baseline", "the best-performing Mamba model": the best of a class
    if tail.label == "Method" and after[0] in reading.instance_nouns:
        return not any(e.first == tail.last + 2 for e in view.entities)  # "model SiT": see _kind_before_name
    return after[0] in reading.subject_participles and any(
        w in reading.instance_nouns or w in ("counterparts", "variants", "versions", "models") for w in after[1:]
    )


def _linked_to_class(view: SentenceView, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """ "methods based on MAE", "approaches built upon ViTs" (also "... masked autoencoders
    (MAE)"): the name only qualifies a class. "models based on LLaMA-7B" names that model's
    own family, which is kept."""
    words = view.words
    inside = {j for e in view.entities if e.last < tail.first for j in range(e.first, e.last + 1)}
    lo = max(0, tail.first - 14)
    before = [
        w for j, w in enumerate(words[lo : tail.first], lo) if j not in inside and w not in ("the", "a", "an", "(")
    ]
    before = before[-8:]
    for j, w in enumerate(before[:-1]):
        if w in rc.class_nouns and before[j + 1] in reading.class_links:
            return not (tail.label == "Model" and w in rc.family_nouns)
    return False


#: A year after a name makes it a venue or a date ("the CVPR 2025 baseline One2Any").


def _owner_of_rival(view: SentenceView, tail: Located, reading: ReadingCues) -> bool:
    """Whether the name owns the rival ("surpasses JAXA's operational gauge-calibrated product"):
    a possessive "'s" after it, and no quality noun or Metric in the three words after
    ("surpassing BubbleSig's best performance" beats BubbleSig)."""
    words = view.words
    if tail.last + 1 >= len(words) or words[tail.last + 1] not in ("'s", "’s"):
        return False
    window = range(tail.last + 2, min(len(words), tail.last + 5))
    if any(words[j] in reading.quality_nouns for j in window):
        return False
    return not any(e.label == "Metric" and e.first in window for e in view.entities)


def _base_of_rival(words: tuple[str, ...], tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the name is what an unnamed rival is built on ("improvements over single-agent
    baselines and vanilla MAS based on Llama 3 8B"): a class link, with its preposition, right
    before it; "larger models based on LLaMA-65B" names that model's family and is kept."""
    j = tail.first - 1
    if j >= 0 and words[j] in ("the", "a", "an"):
        j -= 1
    if j >= 0 and words[j] in reading.phrase_preps:
        j -= 1
    if j < 1 or words[j] not in reading.class_links:
        return False
    return not (tail.label == "Model" and words[j - 1] in rc.family_nouns)


def _kind_list(view: SentenceView, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the name is in a list of kinds of methods: a lead word before the list ("state-of-the-art",
    "previous", "strong") and a plain lower-case kind word with a class noun ending it ("state-of-the-art KE,
    GNN, and ensemble models", "previous RAG and reasoning methods"), or with one more word before the class
    noun ("existing Mamba and hybrid Mamba-Transformer models"); one plain modifier may stand between the lead
    and the list ("strong federated LoRA and parameter-efficient FL baselines"); not "standard DPO and strong
    baselines", where the last word only qualifies unnamed rivals besides DPO."""
    words = view.words
    names = {j for e in view.entities if e.label in ACTORS for j in range(e.first, e.last + 1)}
    j = tail.last + 1
    while j < len(words) and (j in names or words[j] in _LIST_JOINS):
        j += 1
    if not (
        j + 1 < len(words)
        and words[j - 1] in ("and", "or")
        and words[j].replace("-", "").isalpha()
        and words[j] not in reading.rival_adjectives
        and (words[j + 1] in rc.class_nouns or _titled_kind(view, j + 1, rc))
    ):
        return False
    k = tail.first - 1
    while k >= 0 and (k in names or words[k] in _LIST_JOINS):
        k -= 1
    leads = reading.kind_list_leads | rc.others_words
    if k > 0 and words[k] not in leads and words[k].isalpha() and _cased(view, k).islower():
        k -= 1  # "strong federated LoRA and parameter-efficient FL baselines": one plain modifier after the lead
    return k >= 0 and words[k] in leads


def _titled_kind(view: SentenceView, j: int, rc: RelationCues) -> bool:
    """Whether word ``j`` is a capitalised word followed by a class noun ("hybrid Mamba-Transformer
    models"): one more word of a kind of methods."""
    return j + 1 < len(view.words) and view.words[j + 1] in rc.class_nouns and _cased(view, j)[:1].isupper()


def _name_like(text: str) -> bool:
    """Whether a word is written like a name: a capital after its first letter or a digit ("DFN",
    "InternVideo2", "V-JEPA"), not a plain word ("Baseline", "models")."""
    return any(c.isupper() for c in text[1:]) or any(c.isdigit() for c in text) and text[:1].isupper()


def _glossed_backbone(view: SentenceView, tail: Located) -> bool:
    """Whether the name stands alone in parentheses right after another name, tagged or not ("compared
    to DFN (ViT-H)", "V-JEPA~(ViT-H)", "InternVideo2 (ViT-g)"): it glosses the backbone or size of the
    model before it, which is the rival. Not an abbreviation ("Low-Rank Adaptation (LoRA)") nor a list
    after a class noun ("baseline models (DrugGPT and DrugGen)")."""
    words, first = view.words, tail.first
    if first < 2 or words[first - 1] != "(" or tail.last + 1 >= len(words) or words[tail.last + 1] != ")":
        return False
    j = first - 2
    if words[j] == "~" and j:
        j -= 1
    inner = any(e.first <= j <= e.last and e.last == j for e in view.entities)
    if not inner and not _name_like(_cased(view, j)) or not _name_like(tail.span.text):
        return False  # not "TIP (thought switching penalty)": the long form of the name before
    pairs = view.sentence.doc._.abbreviations or ()
    return not any(short.start == tail.span.start for _, short in pairs)


def _sized_method(view: SentenceView, tail: Located) -> bool:
    """Whether a Method rival follows a model size, right before it or before one capitalised word ("a
    7B DPO baseline", "4B Vanilla SFT"; not "GuardReasoner 8B surpasses GPT-4o+CoT"): the rival is a model
    of that size trained with the method, not the method."""
    words, j = view.words, tail.first - 1
    if tail.label != "Method" or j < 0:
        return False
    if j > 0 and _cased(view, j)[:1].isupper():
        j -= 1  # "4B Vanilla SFT"
    return _SIZED.fullmatch(words[j]) is not None


def _own_setting(view: SentenceView, tail: Located, index: int, reading: ReadingCues) -> bool:
    """Whether the rival was named before the comparison at ``index`` as what the winner runs with
    ("With DeepSeek-R1, FFS achieves 82.23% accuracy ..., a 15% improvement over DeepSeek-R1's standalone
    accuracy"): the win is over the same model run without the method, not over a rival."""
    words = view.words
    return any(
        e.key == tail.key and e.first < index and e.first and words[e.first - 1] in reading.instrument_words
        for e in view.entities
        if e.first < tail.first
    )


def _in_combination(words: tuple[str, ...], tail: Located) -> bool:
    """Whether the name is joined by "+" to another one ("exceeding GPT-5.5 + Codex", "outperforms
    SiT-XL/2 + REPA"): the rival is the combination, of which the name alone is a fragment."""
    return tail.first > 0 and words[tail.first - 1] == "+" or tail.last + 1 < len(words) and words[tail.last + 1] == "+"


def _qualified_rival(view: SentenceView, tail: Located) -> bool:
    """Whether "with" right after the name opens a configuration of it: another Method or Model ("the
    strongest baseline (GPT-4V with MMD-Agent at 74.0% F1)") or a coined hyphenated technique ("better
    solutions than GP with post-hoc rounding", "outperforms SoftCoT with self-consistency scaling"). The
    rival is the configured system, of which the bare name is a fragment. A measure after "with" ("GPT-4o
    with a 60% improvement", "OpenVLA with less than 1/20 of the compute") is the win's, not the rival's."""
    words, j = view.words, tail.last + 1
    if j + 1 >= len(words) or words[j] != "with":
        return False
    if any(e.first == j + 1 and e.label in ACTORS for e in view.entities):
        return True
    return _hyphenated_lower(_cased(view, j + 1)) and j + 2 < len(words)


def _variant_of_technique(view: SentenceView, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a Method rival follows a lower-case modifier glued to a modifier suffix, right before it or
    before one more hyphenated word ("a 5.51% gain over positive-only SFT", "improves over answer-based
    on-policy self-distillation", "surpasses imitation-based supervised fine-tuning"), or one plain
    lower-case adjective after an others word ("outperforms standard linear activation steering",
    "compared to traditional negative prompt tuning"; not "standard strong SFT"): the rival is that
    variant of the technique, of which the bare technique is too broad a reading. Only a technique written
    in plain words or as an acronym ("SFT", "self-distillation"): a coined name keeps its rival ("the purely
    image-based xLSTM-UNet")."""
    text = tail.span.text
    if tail.label != "Method" or tail.first < 1 or not (text.islower() or text.isupper()):
        return False
    j = tail.first - 1
    word = _cased(view, j)
    if j > 0 and view.words[j - 1] in rc.others_words and _plain_adjective(word, reading):
        return True  # "standard linear activation steering"
    if j > 0 and _hyphenated_lower(word) and _hyphenated_lower(_cased(view, j - 1)):
        j -= 1  # "answer-based on-policy self-distillation"
        word = _cased(view, j)
    return _hyphenated_lower(word) and word.rsplit("-", 1)[-1] in rc.modifier_suffixes


def _plain_adjective(word: str, reading: ReadingCues) -> bool:
    """Whether a word is a plain lower-case word that is no rival adjective ("linear", "negative"; not
    "strong", "larger")."""
    return word.isalpha() and word.islower() and word not in reading.rival_adjectives


def _hyphenated_lower(word: str) -> bool:
    """Whether a word is lower-case letters joined by hyphens ("positive-only", "on-policy")."""
    return "-" in word.strip("-") and word.replace("-", "").isalpha() and word.islower()


def _names_data(words: tuple[str, ...], tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a data noun follows the name ("200 times more instances than existing NOCS datasets",
    "than the FooNet subsets"): it names data, not a rival system."""
    after = tail.last + 1
    return after < len(words) and (words[after] in reading.data_nouns or words[after] in rc.kind_plurals)


def _named_rival(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether a compared name is one named rival, not a class, a kind or a modifier."""
    if _modified(view, tail) is not None:
        return False  # "than Transformer-based Swin-UNet": the next name is the tail
    after = tail.last + 1
    if after < len(view.words) and YEAR.fullmatch(view.words[after]) and not ctx.is_proposed(tail):
        return False  # "the CVPR 2025 baseline One2Any": a venue and year, the next name is the tail
    if _owner_of_rival(view, tail, reading) or _base_of_rival(view.words, tail, rc, reading):
        return False  # "surpasses JAXA's operational product", "over vanilla MAS based on Llama 3 8B"
    if cut_from_longer(tail.span):
        return False  # "surpasses o3-mini-high": a piece of a longer name; "a JEPA-predictor baseline": a modifier
    if not ctx.is_proposed(tail) and (glued_modifier(view, tail, rc) or class_mention(view, tail, rc)):
        return False  # "over CNN baselines", "than its VAE-based variant", "other 3DGS SLAM methods"
    if _linked_to_class(view, tail, rc, reading):
        return False  # "other methods based on MAE": a class, not MAE
    if _in_combination(view.words, tail) or _names_data(view.words, tail, rc, reading):
        return False  # "exceeding GPT-5.5 + Codex", "more instances than existing NOCS datasets"
    if not ctx.is_proposed(tail) and _qualified_rival(view, tail):
        return False  # "than GP with post-hoc rounding": the configured system is the rival, not GP
    if not ctx.is_proposed(tail) and _variant_of_technique(view, tail, rc, reading):
        return False  # "over positive-only SFT": a variant of SFT, not SFT
    if not ctx.is_proposed(tail) and _kind_list(view, tail, rc, reading):
        return False  # "over state-of-the-art KE, GNN, and ensemble models": kinds of models, not KE
    if _plural_name(view, tail) and not ctx.is_proposed(tail):
        return False  # "than CNNs", "previous VQ-VAEs, such as VQGAN": a family, not one model
    if _quantified_class(view.words, tail, rc):
        return False  # "outperforms every TIR baseline": a class of baselines
    if not ctx.is_proposed(tail) and _glossed_backbone(view, tail):
        return False  # "compared to DFN (ViT-H)": ViT-H is DFN's backbone, DFN the rival
    if _kind_before_name(view, tail, rc):
        return False  # "AR models LlamaGen": AR names the kind, LlamaGen the rival
    if not ctx.is_proposed(tail) and _in_name_compound(view, tail, rc):
        return False  # "the previous SOTA RS CLIP model", "over the Wan2.2 VAE": a compound of two names
    return ctx.is_proposed(tail) or not _unnamed_instance(view, tail, reading)
    # not "the state-of-the-art VLA model", "Deepseek-R1 distilled counterparts"


def compared_set(s: _Sentence, ctx: PaperContext, rc: RelationCues) -> list[Span]:
    """The named rivals the paper's own entity is set against in a comparison set-up ("We compare
    LaDe against X and Y", "RE-ViT was benchmarked against CNN-based (VGG-16, ResNet) models",
    "compare it against state-of-the-art VLMs, including X, Y and Z"): a comparison verb, then
    "against"/"with"/"to" within six words, with the paper's entity named or referred to ("it",
    "our method") in the sentence. The next sentence's win over "all baselines"/"them" is over these."""
    view, words = s.view, s.view.words
    if not (s.own or s.after) or ctx.proposed is None or ctx.proposed.label_ not in ACTORS:
        return []
    reading = reading_cues()
    verbs = [i for i, w in enumerate(words) if w.startswith(("compar", "benchmark")) and w in rc.eval_verbs]
    for i in verbs:
        prep = next((j for j in range(i + 1, min(len(words), i + 7)) if words[j] in reading.rival_preps), -1)
        if prep < 0 or any(w in (",", ";", ":") for w in words[i + 1 : prep]):
            continue
        if _result_participle(words, i, prep, rc, reading):
            continue  # "requiring only 500KB storage ... compared to its CNN contestant DnCNN": a measured result
        ours = any(ctx.is_proposed(e) and e.last < prep for e in view.entities) or any(
            w in reading.own_object_words for w in words[max(0, i - 4) : prep]
        )
        if not ours:
            continue
        rivals = [
            e.span
            for e in _rivals(view, prep, rc, reading)
            if e.label in ACTORS
            and not ctx.is_proposed(e)
            and _named_rival(view, e, ctx, rc, reading)
            and not _setting_between(words, prep, e, reading)
        ]
        if rivals:
            return rivals
    return []


def _result_participle(words: tuple[str, ...], verb: int, prep: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether "compared" at ``verb`` is a participle right before its preposition at ``prep`` that
    follows a noun phrase, not a verb of the authors or a passive ("requiring only 500KB storage and
    0.1% energy consumption compared to its CNN contestant DnCNN"): it states a result against that
    rival, not a set-up whose rivals the next sentence's "outperforms all existing methods" points back
    to ("We compare LaDe against X", "X was compared with Y" are set-ups)."""
    if words[verb] != "compared" or prep != verb + 1 or verb == 0:
        return False
    before = words[verb - 1]
    return not (
        before in reading.passive_auxiliaries or before in rc.own_words or before in rc.adverbs or before == "and"
    )


def _anaphoric_rivals(words: tuple[str, ...], index: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the object of a win verb at ``index`` points back to rivals named before ("outperforms
    all baselines", "outperforms them", "outperforms the other comparison models", "surpasses these
    methods"): a pointing word, then a class noun within three words, nothing else; no kind glued to a
    modifier suffix ("outperforms all existing LUT-based methods" names a kind of its own)."""
    after = words[index + 1 : index + 6]
    if not after:
        return False
    if after[0] in reading.anaphoric_objects and (
        len(after) == 1 or not after[1].isalnum() or after[1] in reading.phrase_preps
    ):
        return True  # "outperforms them", "outperforms all of them", "outperforms them on X"
    if after[0] not in reading.anaphoric_leads:
        return False
    for k, w in enumerate(after[1:4], 1):
        if "-" in w and w.rsplit("-", 1)[-1] in rc.modifier_suffixes:
            return False  # "outperforms all existing LUT-based methods": a kind of its own, not the rivals named before
        if w in rc.class_nouns:
            return (
                k + 1 >= len(after)
                or not after[k + 1].replace("-", "").isalnum()
                or after[k + 1] in reading.phrase_preps
            )
        if not w.replace("-", "").isalpha() or w in reading.phrase_preps:
            return False
    return False


def outperforms(
    s: _Sentence, ctx: PaperContext, cues: ClaimCues, rc: RelationCues, carried: list[Span] | None = None
) -> list[RelationMatch]:
    """Method/Model -> Method/Model relations of one sentence; ``carried``: the rivals the sentence
    before set the paper's entity against (:func:`compared_set`), beaten by "outperforms all baselines"."""
    view = s.view
    found = []
    reading = reading_cues()
    passive = tuple(i for i, kind in s.marks if kind == "beat" and _passive(view.words, i, reading))
    found += _passive_wins(s, passive, ctx, rc, reading)
    for index, kind in [*s.marks, *_far_gains(view, s.marks, reading), *_wins_over(view, s.marks, reading)]:
        if kind == "beat" and index in passive:
            continue  # "BarNet is outperformed by FooNet": read by _passive_wins
        if kind == "trail" and _valence_than(view.words, index, cues, reading):
            kind = "than"  # "better perplexity than X": "better" says who wins whatever the metric's direction
        if kind == "compare" and _compare_win(view, index, cues, rc, reading):
            kind = "compared"  # "achieves superior accuracy compared to X", "Compared to X, ours improves Y"
        if kind not in ("beat", "than", "over", "compared"):
            continue
        if kind == "than" and _parity(view.words, index, rc) or _possible(view.words, index, rc, reading):
            continue
        if kind == "than" and _than_count(view, index):
            continue  # "while skipping more than 40 percent of Transformer blocks": a count, no rival
        if kind == "than" and _liability_than(view.words, index, reading):
            continue  # "BERT is more prone to this than BiLSTM": it suffers more, it does not win
        if kind == "than" and _speed_only(view.words, index, cues, reading):
            continue  # "7x faster than StreetCrafter": a speed comparison, not a win (issue #17 judgements)
        if kind in ("than", "over") and _cost_only(view, index, kind, cues, reading):
            continue  # "600x less GPU time than CLIP", "inference speed by 40% over FoL": a cost, not a win
        if kind == "beat" and _beyond_limit(view.words, index, reading):
            continue  # "when target views exceed the capacity of a single DiT forward pass": no rival
        if kind == "beat" and _purpose(view.words, index, reading) and enabled_actor(view, index) is None:
            continue  # "To surpass the quality of X, we propose Y": a goal, not a result
        if kind in ("beat", "than") and _inquiry(view.words, index, reading):
            continue  # "we investigate the conditions when GraphRAG surpasses RAG": a study's question
        if kind == "over" and _counted_over(view, index, cues, reading):
            continue  # "a benchmark of 16,000 hybrid documents over PubMed": no comparison
        enabled = enabled_actor(view, index)
        subject = s.claim.subject if s.claim is not None else None
        if enabled is not None:
            head, explicit = enabled.span, True  # "our approach enables X to outperform Y"
        elif kind == "compared" and subject is not None and subject.start > view.starts[index]:
            head, explicit = subject, _explicit(subject, view)  # "Compared to X, FooNet improves ..."
        elif kind == "compared" and _opens(view.words, index):
            head, explicit = resolve_subject(view, ctx, cues, 0, 0, s.after)
        elif s.claim is not None and s.claim.subject is not None and s.claim.subject.start < view.starts[index]:
            head, explicit = s.claim.subject, _explicit(s.claim.subject, view)
        else:
            head, explicit = resolve_subject(view, ctx, cues, index, 0, s.after)
        antecedent = _relative_antecedent(view, index, rc, reading) if enabled is None else None
        if antecedent is None and enabled is None and _possible_for_thing(view, index, rc, reading):
            continue  # "a single learning rate that can outperform Adam": what that rate can do
        if antecedent is not None:
            head, explicit = antecedent.span, True  # "... yields S-Agent-8B, a compact agent that surpasses Y"
        elif head is not None and explicit:
            head = _unmodified(view, head)
            if head.sent.start == view.sentence.start and head.end <= view.starts[index]:
                head, explicit = _clause_subject(view, head, index, ctx, rc)
            conjoined = _conjoined_subject(view, index, rc) if kind == "beat" and head is not None else None
            if conjoined is not None and conjoined.span.start >= head.end:
                head = conjoined.span  # "A surpasses X, and B even outperforms Y": B beats Y
        if head is not None and enabled is None and antecedent is None:
            head, explicit = _winner(view, head, explicit, index, ctx, rc, reading)
        if head is not None and not explicit:
            head = _paper_head(head, view, ctx, reading)  # "our model" for SambaY, not its GMU component
            if _unnamed_own(head, view):
                continue  # "our method outperforms X" for "an iterative ensemble strategy": no name
            if _component_for_whole(head, view, ctx, reading):
                continue  # "our proposed approach surpasses X" for the Attentive Residual Convolution Module
        if head is None or head.label_ not in ACTORS or _stands_for_class(view, head, ctx, rc):
            continue
        if not explicit and _models_of_data_maker(view.words, index, head, ctx, rc, reading):
            continue  # "Our models outperform GPT-4o" in a paper on APIGen-MT, a pipeline that generates data
        if not explicit and head.label_ == "Method" and _product_subject(view.words, index, reading):
            continue  # "The resulting model achieves 41.5%, surpassing GPT-4o": the model trained with it wins
        if kind == "compared" and _made_to_win(view, head, index):
            continue  # "ScPO finetunes Llama-3 8B to be superior to X": Llama-3 8B with ScPO wins
        if any(w in reading.modal_hedges for w in view.words[_clause_start(view.words, index, rc) : index]):
            continue  # "models could achieve state-of-the-art performance, surpassing Y": a possibility
        key = head.text.lower()
        limit = _opening_end(view, index, head) if kind == "compared" else len(view.words)
        rivals = _rivals(view, index, rc, reading)
        if (
            not rivals
            and carried
            and kind == "beat"
            and head.text.lower() in ctx.keys
            and _anaphoric_rivals(view.words, index, rc, reading)
        ):
            both = view.sentence.doc[carried[0].sent.start : view.sentence.end]  # the set-up and the win
            for tail in carried:
                if tail.text.lower() != key:
                    found.append(RelationMatch(head, "outperforms", tail, both, _score(0.60, explicit, s.hedged)))
            continue
        for tail in rivals:
            if tail.first >= limit:
                break  # "Compared to X, FooNet ... and Y ...": the rivals end where the winner's clause starts
            if kind == "compared" and _comma_break(view, index, tail):
                break  # "compared to our ViT-style baseline, the ViT model ...": a new phrase
            if _after_verb(view.words, index, tail, rc):
                break  # "outperforms X, and enables TRELLIS to ...": a new verb phrase
            if _subject_of_own_verb(view.words, tail, rc, reading):
                break  # "A surpasses X, and B outperforms Y": B opens a clause of its own
            if _parity_between(view.words, index, tail, rc, reading):
                break  # "outperforms X and is competitive to Y": Y is only matched
            if not _named_rival(view, tail, ctx, rc, reading):
                continue
            if _setting_between(view.words, index, tail, reading):
                break  # "outperforms other methods throughout the entire CIL period": a setting
            if _sized_method(view, tail):
                continue  # "larger baselines (e.g., 4B Vanilla SFT)": a model trained with SFT, not SFT
            if _own_setting(view, tail, index, reading):
                continue  # "With DeepSeek-R1, FFS achieves ..., a 15% improvement over DeepSeek-R1's accuracy"
            if tail.key == key or ctx.is_proposed(tail) and ctx.is_proposed(head):
                continue
            if tail.label == "Model" and _data_maker_stand_in(head, view, index, ctx, rc, reading):
                continue  # "it outperforms LLAMA-8B-instruct" for AgentInstruct: a model trained on its data wins
            if ctx.is_proposed(head) and tail.key.startswith(key) and _SIZED.fullmatch(tail.key[len(key) :]):
                continue  # "DLER-7B" for the proposed DLER: the paper's own model at one size, not a rival
            base = 0.80 if kind == "beat" else 0.60 if kind == "compared" else 0.65
            found.append(RelationMatch(head, "outperforms", tail.span, view.sentence, _score(base, explicit, s.hedged)))
    return found


def uses(
    s: _Sentence,
    ctx: PaperContext,
    rc: RelationCues,
    pairs: dict[str, frozenset[str]],
    self_heads: frozenset[str],
) -> list[RelationMatch]:
    """Method -> Model/Method/Dataset relations of one sentence (see module doc)."""
    view = s.view
    if not (s.own or s.after) or ctx.proposed is None and not ctx.keys:
        return []
    reading = reading_cues()
    tails = [
        e
        for e in view.entities
        if e.label in TAILS_OF_USES
        and e.first not in s.compared
        and (e.last + 1 >= len(view.words) or view.words[e.last + 1] not in rc.task_nouns or e.label == "Dataset")
        and (
            view.present.isdisjoint(rc.likeness_words)
            or all(w not in rc.likeness_words for w in view.words[max(0, e.first - 3) : e.first])
        )
        and not _likened(view, e, reading)
        and not (e.label != "Dataset" and e.last + 1 < len(view.words) and view.words[e.last + 1] in reading.data_nouns)
    ]
    roles = [e for e in view.entities if e.label in TAILS_OF_USES and _role_apposition(view.words, e, rc)]
    if not tails and not roles:
        return []
    found: dict[tuple[int, int], RelationMatch] = {}
    evaluative = s.claim is not None or not view.present.isdisjoint(rc.eval_verbs)

    def add(head: Span | None, explicit: bool, tail: Located, base: float) -> None:
        if head is None or head.label_ not in ACTORS or tail.key == head.text.lower() or not_own_method(head):
            return  # not_own_method: "multi-task learning", "Text-to-CAD Retrieval" use nothing of the paper's
        if not ctx.is_proposed(tail) and class_mention(view, tail, rc):
            return  # "into standard PCR pipelines": a class, not a method used
        if explicit and _stands_for_class(view, head, ctx, rc):
            return
        if ctx.is_proposed(tail) and (
            not explicit and not _own_part(head, tail, ctx) or ctx.is_proposed(head) and same(head, tail)
        ):
            return  # one proposed entity uses another only when both are named, or it is its part
        if coordinated(view, head, tail) or evaluator(view.words, tail, rc) or _driven_by_ours(view, tail, ctx, rc):
            return
        match = RelationMatch(head, "uses", tail.span, view.sentence, _score(base, explicit, s.hedged))
        key = (head.start, tail.span.start)
        if key not in found or found[key].confidence < match.confidence:
            found[key] = match

    for i, base in use_cues(view, rc, pairs):
        head, explicit = uses_head(view, ctx, i)
        for tail in cue_tails(view, i, tails, rc, evaluative):
            add(head, explicit, tail, base)
    for head, explicit, tail in applied_to(view, tails, ctx, rc, self_heads):
        add(head, explicit, tail, 0.65)
    for tail, base, named in tail_shapes(view, tails, ctx, rc, self_heads):
        head, explicit = (named, True) if named is not None else uses_head(view, ctx, tail.first)
        add(head, explicit, tail, base)
    for e in roles:
        head, explicit = uses_head(view, ctx, e.first)
        add(head, explicit, e, 0.65)  # "outperforms its base model, MPT-30B"
    for index, kind in s.marks:
        head, explicit = uses_head(view, ctx, index)
        if (
            kind == "improve"
            and head is not None
            and head.label_ == "Method"
            and not view.words[index].endswith(("ed", "ing"))
            and (explicit or any(w in rc.own_words for w in view.words[max(0, index - 6) : index]))
        ):  # "a STA strategy improves the robustness of X": not the paper's method as a whole
            for tail in cue_tails(view, index, tails, rc, True):
                if tail.label != "Dataset" and all(w in rc.improve_gap for w in view.words[index + 1 : tail.first]):
                    add(head, explicit, tail, 0.55)
    return list(found.values())


def _own_part(head: Span, tail: Located, ctx: PaperContext) -> bool:
    """Whether ``tail`` is a named part of the paper's system ``head`` ("we introduce a TA strategy
    ..., and a Dual-Reference Structural Rectification (DRSR) mechanism" in a paper on GTASR)."""
    proposed = ctx.proposed
    return (
        proposed is not None
        and head.start == proposed.start
        and tail.span.start != proposed.start
        and is_component(tail.span)
    )


def _driven_by_ours(view: SentenceView, tail: Located, ctx: PaperContext, rc: RelationCues) -> bool:
    """ "query rewriting guided by HalluciBot's estimates": the tail is what the paper's entity
    drives, not something the paper's entity uses."""
    words, at = view.words, tail.last + 1
    if at + 2 >= len(words) or words[at] not in rc.use_weak or words[at + 1] != "by":
        return False
    return any(e.first == at + 2 and ctx.is_proposed(e) for e in view.entities)


def _role_apposition(words: tuple[str, ...], e: Located, rc: RelationCues) -> bool:
    """ "its base model, MPT-30B", "our backbone, LLaMA-2": the name is the role the method
    builds on, even after a comparison ("outperforms its base model, X")."""
    before = words[max(0, e.first - 4) : e.first]
    if len(before) < 3 or before[-1] != ",":
        return False
    return any(w in rc.role_nouns for w in before[:-1]) and any(w in ("its", "our", "their") for w in before[:-1])


def _likened(view: SentenceView, e: Located, reading: ReadingCues) -> bool:
    """ "LISA-like models", "DenseNet-style blocks": a point of likeness, not a tail."""
    word = view.words[e.last]
    part = e.key.rsplit(" ", 1)[-1]
    rest = word[len(part) :] if word.startswith(part) else ""
    return rest[:1] == "-" and rest[1:] in reading.likeness_suffixes


def _compared(view: SentenceView, marks: list[tuple[int, str]]) -> frozenset[int]:
    return frozenset(
        e.first for index, kind in marks if kind != "improve" for e in entities_after(view, index, 14, ACTORS)
    )


def find_relations(doc: Doc, claims: list[ClaimMatch] | None = None) -> list[RelationMatch]:
    """Return the evaluated_on, outperforms and uses relations of a doc (pure)."""
    cues = claim_cues()
    rc = relation_cues()
    views = sentence_views(doc)
    ctx = paper_context(doc, views, cues)
    if claims is None:
        claims = find_claims(doc, cues, views)
    by_start = {c.sentence.start: c for c in claims}
    found: list[RelationMatch] = []
    implicit: list[RelationMatch] = []  # models a benchmark paper reports on its benchmark, unnamed there
    release_views(doc)
    carried: list[Span] = []  # the rivals the sentence before set the paper's entity against
    for view in views:
        claim = by_start.get(view.sentence.start)
        own = own_reference(view, ctx, cues)
        after = ctx.propose_index is not None and view.index >= ctx.propose_index
        if claim is None and not own and (not after or is_background(view, cues, OPENING)):
            if view.entities:  # "... the strongest evaluated model, Gemini 3.1 Pro, achieves 71.1% on X"
                s = _Sentence(view, None, False, after, view.has_any(cues.hedges))
                found += evaluated_on(s, ctx, rc, True)
                implicit += _shown_with_benchmark(benchmarked(s, ctx, rc), views, view, ctx)
            carried = []
            continue
        hedged = claim.hedged if claim is not None else view.has_any(cues.hedges)
        marks = markers(view, cues) if view.entities or carried else []
        s = _Sentence(view, claim, own, after, hedged, tuple(marks), _compared(view, marks))
        found += evaluated_on(s, ctx, rc)
        implicit += _shown_with_benchmark(benchmarked(s, ctx, rc), views, view, ctx)
        found += outperforms(s, ctx, cues, rc, carried)
        carried = compared_set(s, ctx, rc)
        found += uses(s, ctx, rc, rc.next_words, cues.self_heads)
    evaluated = {r.head.text.lower() for r in found if r.relation == "evaluated_on"}
    if implicit and not _own_system(views):
        found += [r for r in implicit if r.head.text.lower() not in evaluated]  # a named dataset comes first
    starts = frozenset(e.span.start for view in views for e in view.entities)
    pairs = doc._.abbreviations
    longs = {short.text.lower(): long.text for long, short in pairs or ()}
    reading = reading_cues()
    return [
        r
        for r in found
        if whole_arguments(r.head, r.tail, rc, starts, ctx.keys, longs)
        and not (
            r.relation == "outperforms" and r.tail.text.lower() not in ctx.keys and paradigm(r.tail, reading, longs)
        )
        and not (
            r.relation in ("evaluated_on", "outperforms")
            and r.head.text.lower() not in ctx.keys
            and paradigm(r.head, reading, longs)
        )
        and not (
            r.relation in ("evaluated_on", "outperforms")
            and any(a.text.lower() not in ctx.keys and phrase_argument(a, reading) for a in (r.head, r.tail))
        )
        and not (r.relation == "evaluated_on" and benchmark_name(r.head, reading))
        and not (r.relation == "outperforms" and any(benchmark_name(a, reading) for a in (r.head, r.tail)))
    ]


@Language.factory("claimgraph_relations")
def make_relations(nlp: Language, name: str):
    """Build the relations component (sets ``doc._.relations``)."""
    claim_cues()
    relation_cues()

    def set_relations(doc: Doc) -> Doc:
        claims = doc._.claims
        doc._.relations = find_relations(doc, claims)
        return doc

    return set_relations


__all__ = ["Located", "RelationMatch", "find_relations"]
