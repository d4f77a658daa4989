"""The tails after a cue (:func:`cue_tails`): the entity after the cue and the entities listed with
it, the training technique and the experiment's models, stopping at a comparison or a purpose."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.classes import (
    _drawn_from_data,
    _example_of_class,
    _instance_follows,
    _kind_of_data,
    _listed_as_data,
    plural_class,
    served,
)
from claimgraph.extract.relations.uses.cues import UsesCues, _without_aside, uses_cues
from claimgraph.extract.relations.uses.fragments import name_fragment
from claimgraph.extract.relations.uses.refusals import _compatible_with, evaluator, narrowed, replaced


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
    last, closed, paired, bracketed = index, False, False, False
    for tail in tails:
        if tail.first <= index:
            continue
        if chosen and _bracketed_after(words, last, tail):
            last, bracketed = tail.last + 1, True  # "the X Mechanism (SSAM) and the Y Strategy (STFS)"
            continue
        moved = _role_before_item(view, last, tail, uc) if chosen else last
        if moved != last:
            last, bracketed = moved, False  # "SAM2 for mask extraction, and DINOv2 for adaptation"
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
        if tail.label != "Dataset" and _kind_of_data(view, tail):
            break  # "starting from a supervised fine-tuning (SFT) dataset", "on the Chameleon benchmark": data
        if tail.label == "Method" and _measured(words, tail, rc, uc):
            break  # "improves FIM performance", "enhances prompt optimization efficiency": what is measured
        if _evaluated_between(gap):
            break  # "apply X to LLMs evaluated on AIR-Bench": the data the models are evaluated on
        if chosen and not paired and cue in uc.uses_with_verbs and _with_partner(view, last, tail, chosen[-1], uc):
            paired = True  # "combines CLIP with retrieval-augmented generation": both are used
            chosen.append(tail)
            last = tail.last
            continue
        if bracketed and not _joined_after_bracket(words, last, tail):
            break  # "By aligning X using dynamic time warping (DTW), BehaveSim distinguishes ...": the subject
        bracketed = False
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


def _role_before_item(view: SentenceView, last: int, tail: Located, uc: UsesCues) -> int:
    """Where the list goes on after the listed tail ending at word ``last`` when a role phrase stands
    between it and ``tail`` and ``tail`` has a role phrase of its own: "for" and at most six lower-case
    words, then ", and" / "," / "and" ("integrates SAM2 for accurate mask extraction, and DINOv2
    features for efficient adaptation"; "uses X for detection and Y to refine"); the index of the word
    before the separator, so that the list goes on past the role, else ``last``."""
    words = view.words
    start = last + 1
    if start < tail.first and words[start] == "(" and ")" in words[start : tail.first]:
        start = words.index(")", start) + 1  # past "(UPN)"
    gap = words[start : tail.first]
    sep = len(gap)
    while sep and gap[sep - 1] in (",", "and"):
        sep -= 1
    role = gap[1:sep]
    if not gap or gap[0] not in uc.uses_purpose_words or sep == len(gap) or not 0 < len(role) <= 6:
        return last
    if not all(
        written_word(view, start + 1 + k)[:1].islower() and w.replace("-", "").isalpha() for k, w in enumerate(role)
    ):
        return last  # "for Llama-2, and X": a name, not a role
    if any(e.first > last and e.last < tail.first and e.label != "Task" for e in view.entities):
        return last  # another name inside the role
    return start - 1 + sep if _role_after(view, tail, uc) else last


def _role_after(view: SentenceView, tail: Located, uc: UsesCues) -> bool:
    """Whether a role phrase follows ``tail``, past an abbreviation in parentheses and one lower-case
    noun ("DINOv2 features for ...", "EndoMamba for ...", "Depth-Anything to extract ...")."""
    words = view.words
    at = tail.last + 1
    if at < len(words) and words[at] == "(" and ")" in words[at:]:
        at = words.index(")", at) + 1
    noun = at + 1 < len(words) and written_word(view, at)[:1].islower() and words[at].isalpha()
    if noun and words[at + 1] in uc.uses_purpose_words:
        at += 1  # "DINOv2 features for ..."
    return at < len(words) and (words[at] in uc.uses_purpose_words or words[at] in uc.uses_purpose_infinitives)


def _measured(words: tuple[str, ...], tail: Located, rc: RelationCues, uc: UsesCues) -> bool:
    """Whether a result word or a property noun follows a Method tail (relations.json result_after,
    uses_measured_nouns): "improves FIM performance", "enhances differential privacy resilience" name
    what is measured or improved, not a method used."""
    at = tail.last + 1
    return at < len(words) and (words[at] in rc.result_after or words[at] in uc.uses_measured_nouns)


def _evaluated_between(gap: tuple[str, ...]) -> bool:
    """Whether an evaluation participle (relations.json eval_verbs, "-ed") modifies a noun between the
    cue and the tail ("instruction-tuned LLMs evaluated on AIR-Bench", "models tested on X"): the tail
    is what those are evaluated on, not what is used; not after "and"/"or"/a comma ("fine-tuned and
    evaluated on GSM8K": the cue's own list)."""
    verbs = relation_cues().eval_verbs
    return any(
        w in verbs and w.endswith("ed") and j > 0 and gap[j - 1] not in ("and", "or", ",") for j, w in enumerate(gap)
    )


def _bracketed_after(words: tuple[str, ...], last: int, tail: Located) -> bool:
    """Whether ``tail`` stands alone in parentheses right after the tail ending at word ``last``
    (its abbreviation, "Spike-guided Spatial-temporal Attention Mechanism (SSAM)"): no item of the
    list, and no end of it."""
    return (
        tail.first == last + 2 and words[last + 1] == "(" and tail.last + 1 < len(words) and words[tail.last + 1] == ")"
    )


def _joined_after_bracket(words: tuple[str, ...], last: int, tail: Located) -> bool:
    """Whether ``tail`` goes on a list after an abbreviation closing at word ``last``: "and"/"or"
    stands between, or, after a lone comma, its own abbreviation follows it ("A (AA), B (BB), and C");
    a name after a lone comma may be the subject of the main clause instead."""
    gap = words[last + 1 : tail.first]
    if "and" in gap or "or" in gap:
        return True
    return tail.last + 1 < len(words) and words[tail.last + 1] == "("


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
        written_word(view, at)[:1].islower()
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
