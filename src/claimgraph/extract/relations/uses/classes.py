"""Tails that name a class or a kind of data, not the thing used: what a head serves
(:func:`served`), a class before its named example or instance, plural classes, a kind of data
("a supervised fine-tuning (SFT) dataset")."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS
from claimgraph.extract.entities.abbreviation_forms import long_forms
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, past_abbreviation, written_word
from claimgraph.extract.pipeline.token_table import span_text
from claimgraph.extract.relations.guards import reading_cues
from claimgraph.extract.relations.uses.cues import same, uses_cues


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


def application_example(words: tuple[str, ...], tail: Located, rc: RelationCues) -> bool:
    """Whether the tail stands in a list of examples of what the head is applied to: one of
    uses_example_leads after a noun of ``uses_application_nouns`` ("applications", "tasks"), past a
    comma, before it (sixteen words at most, no ';', ':', "we", "our" or use cue between: "potential for
    advanced applications like reinforcement learning-based post-training", "downstream controllable
    generation tasks, including ControlNet-based image synthesis"). The head serves those
    applications, it is not built on what they use. Not "evaluated on ten tasks, including NLU,
    employing RoBERTa" (the tail is the cue's object)."""
    uc = uses_cues()
    for k in range(tail.first - 1, max(0, tail.first - 17), -1):
        word = words[k]
        if word in (";", ":", "we", "our") or word in rc.use_any or word in uc.extra_cues:
            return False
        if word in uc.uses_example_leads:
            before = k - 1 - (k > 1 and words[k - 1] == ",")
            return before >= 0 and words[before] in uc.uses_application_nouns
    return False


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
    return written_word(view, at)[:1].isupper() or past_abbreviation(words, named.last + 1) > named.last + 1


def plural_class(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a Model tail of several words ends in a plural class noun of models (relations.json
    class_plurals: "Large Language Models"), or abbreviates such a long form ("a TSFM-based forecaster"
    after "Time Series Foundation Models (TSFMs)"): a class of models, not a named one."""
    text = span_text(tail.span)
    if tail.label != "Model":
        return False  # "State Space Models (SSMs)", "diffusion models": architectures, Methods
    doc = tail.span.doc
    longs = [text, *long_forms(doc, text), *long_forms(doc, text + "s")]
    return any(" " in t and t.split()[-1].lower() in rc.class_plurals for t in longs)


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


def class_apposition(view: SentenceView, tail: Located, rc: RelationCues) -> bool:
    """Whether a lower-case tail names the class of a name in apposition before it: the name (past
    its abbreviation or long form in parentheses), a comma, "a"/"an", at most four lower-case words
    and the tail (no suffix glued to it: "a hypernetwork-based framework" is a use), then a kind noun
    (``uses_by_kind_nouns``, ``uses_own_nouns``, ``uses_class_heads``; not a ``tail_head_nouns`` word:
    "a novel contrastive learning variant" derives from it):
    "we propose Prune&Comp, a novel plug-and-play layer pruning scheme that leverages ...". The tail
    says what the name is, not what it is built on."""
    if tail.span.text != tail.span.text.lower():
        return False
    uc, words = uses_cues(), view.words
    after = tail.last + 1
    kinds = (uc.uses_by_kind_nouns | uc.uses_own_nouns | uc.uses_class_heads) - rc.tail_head_nouns
    if after >= len(words) or words[after] not in kinds or not words[tail.last].endswith(tail.key.rsplit(" ", 1)[-1]):
        return False  # "Hyper-V2X, a hypernetwork-based framework" is built on hypernetworks
    k = tail.first - 1
    while k > 0 and tail.first - k <= 4 and words[k] not in ("a", "an"):
        word = words[k]
        if not word.replace("-", "").isalpha() or written_word(view, k) != word or word in uc.uses_phrase_stops:
            return False
        k -= 1
    if k < 2 or words[k] not in ("a", "an") or words[k - 1] != ",":
        return False
    end = k - 2
    if words[end] == ")" and "(" in words[max(0, end - 10) : end]:
        end = max(j for j in range(max(0, end - 10), end) if words[j] == "(") - 1
    return any(e.last == end and e.label in ACTORS and e.span.text != e.span.text.lower() for e in view.entities)
