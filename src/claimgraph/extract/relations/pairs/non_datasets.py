"""evaluated_on tails that are no datasets: metrics typed as datasets (:func:`_metric_like`,
:func:`_scored_measure`), hardware
(:func:`_hardware`), sizes (:func:`_size_unit`), models (:func:`_names_models`, :func:`_model_peer`,
:func:`_model_listed`), acronyms of tasks
(:func:`_acronyms_of_tasks`), speed-ups on a setting, datasets introduced by apposition
(:func:`_apposed_data`), coined names of kinds of data (:func:`_kind_of_data`), data the paper's
data beats (:func:`_beaten_data`), pieces of slash-joined names (:func:`_slash_piece`), names a kind
noun leads (:func:`_kind_named`) and data a sentence describes as its subject (:func:`_described_data`)."""

from __future__ import annotations

import re

from claimgraph.extract.claims.cues import RelationCues, claim_cues
from claimgraph.extract.claims.subjects import PaperContext
from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, cue_before, past_abbreviation, written_word
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.quantities.units import is_unit_word
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.guards.name_fragments import YEAR
from claimgraph.extract.relations.pairs.eval_cues import _list_end
from claimgraph.extract.relations.pairs.sentences import _LIST_JOINS
from claimgraph.extract.relations.uses.own_method import benchmark_named

#: A number or version code after a slash ("CIFAR-10/100", "NAVSIM v1/v2").
_VERSION = re.compile(r"v?\d+(\.\d+)*", re.IGNORECASE)
_ARTICLE = frozenset({"the"})  # "surpassing the DCLM and FineWeb-Edu corpora"
#: A score written as a number ("0.7669", "72.3%", "+1.2").
_SCORE = re.compile(r"[+-]?\d+(\.\d+)?%?")
#: A word that opens with a number ("3.7", "~4.7-6.0", "+12").
_NUMBER_WORD = re.compile(r"[~+-]?\d")


def _metric_like(words: tuple[str, ...], dataset: Located, listed: frozenset[int], reading: ReadingCues) -> bool:
    """Whether a Dataset mention names a metric: spelled like a metric at a cutoff ("mR@3", "mAP@3+tgt",
    "Cons@5"), or in a list that a metric noun ends ("improving 1.03% ... on SIM, CC, NSS and AUC-J
    metrics")."""
    if reading.metric_shape.search(dataset.span.text):
        return True
    end = _list_end(words, dataset, listed)
    return end + 1 < len(words) and words[end + 1] in reading.metric_list_nouns


def _scored_measure(view: SentenceView, dataset: Located, listed: frozenset[int], rc: RelationCues) -> bool:
    """Whether a Dataset mention is written as a measure with its score: right after a score and before a
    list word or an evaluation preposition ("72.32 MUSIQ and 0.7669 CLIPIQA on DIV2K"), or, outside an
    evaluation preposition's phrase, right before "by" and a number ("cuts CHAIR-s by 3.7 points"; "improves
    accuracy on ImageNet by 2%" keeps ImageNet, and so does "B by 6%" after it): a metric, not a dataset."""
    words, first, after = view.words, dataset.first, dataset.last + 1
    if (
        first > 0
        and _SCORE.fullmatch(words[first - 1])
        and not YEAR.fullmatch(words[first - 1])
        and (after == len(words) or words[after] in _LIST_JOINS or words[after] in rc.eval_preps)
    ):
        return True
    if after + 1 >= len(words) or words[after] != "by" or not _NUMBER_WORD.match(words[after + 1]):
        return False
    j = _before_list(words, dataset, listed, _ARTICLE)
    if any(_NUMBER_WORD.match(w) for w in words[max(0, j - 2) : j + 1]):  # "on A by 25% and B by 6%": as A is
        earlier = [e for e in view.entities if e.label == "Dataset" and e.last < j]
        return bool(earlier) and _scored_measure(view, earlier[-1], listed, rc)
    return j < 0 or words[j] not in rc.eval_preps


def _hardware(view: SentenceView, dataset: Located, reading: ReadingCues) -> bool:
    """Whether a hardware noun follows the Dataset, right after it or after one code of capitals and
    digits ("evaluations on NVIDIA H20 GPUs", "on Ascend NPUs"): the hardware the method runs on."""
    words, j = view.words, dataset.last + 1
    if j + 1 < len(words) and words[j] not in reading.hardware_nouns and _plain_code(written_word(view, j)):
        j += 1  # "NVIDIA H20 GPUs": the chip's code
    return j < len(words) and words[j] in reading.hardware_nouns


def _size_unit(view: SentenceView, dataset: Located) -> bool:
    """Whether a one-word Dataset mention is a unit word right after a number ("On a 1 TB dataset with
    1 KB values"): the size of unnamed data, not a dataset's name."""
    first = dataset.first
    return (
        first == dataset.last and first > 0 and view.words[first - 1][:1].isdigit() and is_unit_word(dataset.span.text)
    )


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


def _model_listed(view: SentenceView, dataset: Located) -> bool:
    """Whether the Dataset mention stands in a list of names whose other members are two or more Model
    mentions and no Dataset ("DNN benchmarks such as VGG-11, ResNet-18, and EfficientNetLite"): a model the
    list names, typed as a dataset, unless the lexicon or a list with a lexicon dataset vouches for it."""
    if get_evidence(dataset.span) in _KNOWN_DATA:
        return False
    members = _listed_beside(view, dataset.last + 1, 1) + _listed_beside(view, dataset.first - 1, -1)
    return len(members) >= 2 and all(e.label == "Model" for e in members)


def _listed_beside(view: SentenceView, j: int, step: int) -> list[Located]:
    """The names listed one after another from word ``j`` on (``step`` 1) or back (``step`` -1), each after
    list joiners (commas, "and", "or", "e.g.")."""
    words = view.words
    edges = {(e.first if step > 0 else e.last): e for e in view.entities}
    members: list[Located] = []
    while 0 <= j < len(words) and words[j] in _LIST_JOINS:
        while 0 <= j < len(words) and words[j] in _LIST_JOINS:
            j += step
        if j not in edges:
            break
        members.append(edges[j])
        j = edges[j].last + 1 if step > 0 else edges[j].first - 1
    return members


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
    while j < len(words) and (words[j] in _LIST_JOINS or _plain_acronym(written_word(view, j))):
        acronyms += words[j] not in _LIST_JOINS
        j += 1
    k = dataset.first - 1
    while k >= 0 and (words[k] in _LIST_JOINS or _plain_acronym(written_word(view, k))):
        acronyms += words[k] not in _LIST_JOINS
        k -= 1
    return acronyms >= 2 and j < len(words) and words[j] in reading.task_list_nouns


#: The evidence of a Dataset mention the lexicon vouches for, itself or through a list it is in.
_KNOWN_DATA = frozenset({"lexicon", "lexicon-variant", "list"})


def _task_named(view: SentenceView, dataset: Located, ctx: PaperContext, reading: ReadingCues) -> bool:
    """Whether a task, setting or domain noun follows a Dataset mention that neither the lexicon nor a list
    with a lexicon dataset found ("non-tutorial CFD tasks", "benchmark POMDP domains", "SER, and SpokenQA
    tasks"): a task, problem class or domain typed as a dataset. "seven SuperGLUE tasks" and "eight
    MMLU-Pro domains" (lexicon datasets), "WikiHow and RecipeNLG tasks" (listed with one), and the paper's own
    benchmark or one named like a benchmark ("across all LogicBench domains") are kept."""
    j = dataset.last + 1
    if j >= len(view.words) or view.words[j] not in reading.task_list_nouns | reading.task_domain_nouns:
        return False
    if ctx.is_proposed(dataset) or benchmark_named(dataset.span.text):
        return False
    evidence = get_evidence(dataset.span)  # none set: no rule of the entity stage found it, nothing to go by
    return bool(evidence) and evidence not in _KNOWN_DATA


def _before_list(
    words: tuple[str, ...], dataset: Located, listed: frozenset[int], also: frozenset[str] = frozenset()
) -> int:
    """The index of the word before the list of dataset names that ``dataset`` is in (names, list joins and
    the words of ``also`` read back), -1 at the sentence start; the twin of :func:`_list_end`."""
    j = dataset.first - 1
    while j >= 0 and (j in listed or words[j] in _LIST_JOINS or words[j] in also):
        j -= 1
    return j


def _speedup_on(words: tuple[str, ...], dataset: Located, listed: frozenset[int], reading: ReadingCues) -> bool:
    """Whether the dataset, or the list it is in, follows "speedup(s) on" ("7 times speedup on
    HunyuanVideo and HunyuanVideo-1.5")."""
    j = _before_list(words, dataset, listed)
    return j > 0 and words[j] == "on" and words[j - 1] in reading.speedup_nouns


def _beaten_data(words: tuple[str, ...], dataset: Located, listed: frozenset[int]) -> bool:
    """Whether the dataset, or the list it is in, is the object of a win verb ("Darwin-CC ...
    surpassing DCLM, Ultra-FineWeb, and FineWeb-Edu"): data a data paper's corpus beats, a rival,
    not a benchmark something is evaluated on ("outperforms Y on MMLU" keeps MMLU, after "on"); also the
    list after "over" with a win word (``win_over_words``) at most six words before it and no comma between
    ("improves task completion rate over Mind2Web and AutoDroid"): the systems it is compared with."""
    j = _before_list(words, dataset, listed, _ARTICLE)
    if j >= 0 and words[j] == "over":
        before = words[max(0, j - 6) : j]
        cut = max((k for k, w in enumerate(before) if w in (",", ";", ":")), default=-1)
        return any(w in reading_cues().win_over_words for w in before[cut + 1 :])
    return j >= 0 and words[j] in claim_cues().beat_verbs


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


def _slash_piece(view: SentenceView, dataset: Located, rc: RelationCues) -> bool:
    """Whether the Dataset is one piece of a name joined by a slash with no space ("the public TRAIL/GAIA
    dataset", "on the HLE-Bio/Chem-Gold benchmark", "ShanghaiTech A/B"): the benchmark is the whole name,
    not the piece. A number or version after the slash shortens a list ("CIFAR-10/100", "NAVSIM v1/v2"),
    and another Dataset mention next to it joins a list ("MMLU/GSM8K benchmarks",
    "DOTA-v1.5/DOTA-v2.0/DIOR") unless a singular data noun follows the joined name."""
    span = dataset.span
    text = doc_text(span.doc)
    start, end = span.start_char, span.end_char
    pieces = []  # (first character, text) of the pieces glued to the mention by a slash
    if end + 1 < len(text) and text[end] == "/" and text[end + 1].isalnum():
        pieces.append((end + 1, re.split(r"[\s/]", text[end + 1 :], maxsplit=1)[0].rstrip(",.;:)")))
    if start > 1 and text[start - 1] == "/" and text[start - 2].isalnum():
        first = start - 1
        while first > 0 and not text[first - 1].isspace() and text[first - 1] != "/":
            first -= 1
        pieces.append((first, text[first : start - 1]))
    if not pieces:
        return False
    if any(_VERSION.fullmatch(piece) for _, piece in pieces):
        return False  # "CIFAR-10/100", "NAVSIM v1/v2": a shortened list of datasets
    chain_end = end
    while chain_end < len(text) and not text[chain_end].isspace():
        chain_end += 1
    following = text[chain_end:].split(None, 1)[:1]
    singular = {w.rstrip("s") for w in rc.kind_plurals} - rc.kind_plurals
    if following and following[0].lower().rstrip(",.;:") in singular:
        return True  # "the HLE-Bio/Chem-Gold benchmark": one benchmark
    bounds = {c for e in view.entities if e.label == "Dataset" for c in (e.span.start_char, e.span.end_char)}
    return not any(first in bounds or first + len(piece) in bounds for first, piece in pieces)  # "MMLU/GSM8K"


def _kind_named(view: SentenceView, dataset: Located, reading: ReadingCues) -> bool:
    """Whether a singular noun of a kind of system or measure stands right before the Dataset mention ("the
    planner LAMA", "the metric DOVER", "the VLA model X"): the sentence says what the name is, a system or a
    metric typed as a dataset, not a benchmark."""
    j = dataset.first - 1
    return j >= 0 and view.words[j] in reading.instance_nouns | reading.system_lead_nouns


def _described_data(view: SentenceView, dataset: Located, verb: int, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the Dataset is the subject of a description ("ObfusQA provides a comprehensive benchmark for
    evaluating LLM robustness", "VisPlotBench is a benchmark for systematic evaluation"): a description
    verb right after it, no evaluation verb before it and no evaluation preposition right before it
    ("accuracy on ImageNet is 85%" keeps ImageNet); the sentence says what the data is, not that the
    paper's method is evaluated on it."""
    after, before = dataset.last + 1, dataset.first - 1
    if before >= 0 and view.words[before] in _ARTICLE:
        before -= 1
    return (
        not 0 <= verb < dataset.first
        and not (before >= 0 and view.words[before] in rc.eval_preps)
        and after < len(view.words)
        and view.words[after] in reading.data_description_verbs
    )
