"""evaluated_on tails: whether a sentence evaluates (the evaluation verb), whether a Dataset is training
data or introduced rather than evaluated on (:func:`_introduced`, :func:`_training_data`), data compared
against (:func:`_compared_data`), and whether a Dataset stands in the slot of an evaluation
(:func:`_in_eval_slot`)."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext, entity_mask
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.pairs.sentences import _INTRODUCING, _LIST_JOINS


def _trained(
    words: tuple[str, ...], first: int, last: int, rc: RelationCues, listed: frozenset[int] = frozenset()
) -> bool:
    """A training word shortly before the dataset ("trained on D"), unless it modifies a
    result measured on the dataset ("improves fine-tuned GLUE performance"). Read back over
    the list the dataset is in ("fine-tune BERT on the RACE++ and ARC datasets") and over a
    longer description of it ("trained on the relatively small-scale synthetic dataset
    BEDLAM") and over the cue's object ("fine-tuning models such as Qwen-Audio on X"; "results in"
    after the dataset is a verb, not its results), up to a comma or an evaluation or result word
    ("trained on X and tested on Y");
    a passive verb of the training noun is no result word ("our pretraining is performed on a
    large-scale AD dataset, RealIAD")."""
    if last + 1 < len(words) and words[last + 1] in rc.result_after and words[last + 2 : last + 3] != ("in",):
        return False  # "fine-tuning Qwen on X results in a gain": "results in" is a verb, not X's results
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
            prep = next((p for p in range(k + 1, min(k + 7, j)) if words[p] in ("on", "with", "using", "from")), -1)
            if prep > 0 and "and" not in words[k + 1 : prep] and (prep < k + 5 or _object_phrase(words[k + 1 : prep])):
                return True  # "trained on the dataset D", "pretrain the MoE-MAE on D"; not "training and transfer on D"
    return False


def _object_phrase(words: tuple[str, ...]) -> bool:
    """Whether the words between a training cue and a preposition five or six words after it can be the
    cue's object ("fine-tuning models such as Qwen-Audio on X"), not a result clause that holds a number
    ("reducing training time by 14.33% on X", "the trained approach UOTA by 1.92% on X")."""
    return not any(w[:1].isdigit() or w == "by" for w in words)


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
        and not _scored_after_break(words, j, first, reading.score_verbs)
        for j in range(start, first)
    )


def _scored_after_break(words: tuple[str, ...], j: int, first: int, score_verbs: frozenset[str]) -> bool:
    """Whether a colon or semicolon after the propose verb at ``j`` opens a clause with a score verb before the
    dataset at ``first`` ("We release two variants ...: X-HiRes attains 61.7 NDCG@5 on ViDoRe"): that clause
    reports a result on the dataset, it does not introduce it ("we introduce two benchmarks: X and Y" does)."""
    breaks = [k for k in range(j + 1, first) if words[k] in (":", ";")]
    return bool(breaks) and any(w in score_verbs for w in words[breaks[-1] + 1 : first])


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
    "a new open-source result", "an open-source model": any form after "a"/"an"/"new"; "our design",
    "the proposed design": a noun after a determiner (``noun_determiners``), alone or with a participle."""
    if j == 0:
        return False
    if words[j - 1] in ("a", "an", "new"):
        return True
    determiners = reading_cues().noun_determiners
    if words[j - 1] in determiners or j >= 2 and words[j - 1].endswith("ed") and words[j - 2] in determiners:
        return True  # "the proposed design improves PSNR on DIV2K": the design is a noun
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
