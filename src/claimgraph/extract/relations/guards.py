"""Precision guards: relation arguments that are not whole names of one thing.

A relation is only as good as its two arguments. These checks look at the
characters and tokens around a head or tail span and say when the span is a
piece of a longer name the entity stage did not join (issue #17: "Real" from
Sim-to-Real, "ImageNet" from ImageNet-LT, "Argoverse" from Argoverse 2,
"Qwen3" from Qwen3-VL, "Linear Attention" from Multi-scale Linear Attention
Cascade) or a generic class ("Video Large Language Models"). A relation with
such an argument is dropped: a missing fact costs less than a wrong one.

Cue words are data in ``cues/relations.json``: ``modifier_suffixes`` (what may
follow "X-" without making X a fragment: "-based", "-style"),
``name_continuations`` (capitalised words that continue a model name: "Instruct",
"Preview") and ``class_plurals`` (last words of a generic class of models).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.cues import load_cues, read_cue_file
from claimgraph.extract.lexicons import load_lexicon
from claimgraph.extract.pipeline.sentence_view import ENTITIES, Located, SentenceView
from claimgraph.extract.pipeline.token_table import doc_text, span_text, table
from claimgraph.extract.quantities.number_cues import number_cues


@dataclass(frozen=True, slots=True)
class ReadingCues:
    """Word sets of ``cues/relation_reading.json``: what keeps a sentence from being misread
    (is-a appositions, adjectival participles, hedges, "X with Y" winners; see its ``_doc``)."""

    adjectival_adverbs: frozenset[str]
    parity_links: frozenset[str]
    adjectival_participles: frozenset[str]
    object_preps: frozenset[str]
    likeness_suffixes: frozenset[str]
    data_nouns: frozenset[str]
    outperform_hedges: frozenset[str]
    subject_participles: frozenset[str]
    class_links: frozenset[str]
    own_object_words: frozenset[str]
    contrast_clauses: frozenset[str]
    evaluator_nouns: frozenset[str]
    list_intros: frozenset[str]
    phrase_preps: frozenset[str]
    setting_preps: frozenset[str]
    instrument_words: frozenset[str]
    data_verbs: frozenset[str]
    quantifiers: frozenset[str]
    descriptive_endings: frozenset[str]
    comparison_preps: frozenset[str]
    paradigm_tails: frozenset[str]
    instance_nouns: frozenset[str]
    clause_verbs: frozenset[str]
    modal_hedges: frozenset[str]
    hosting_preps: frozenset[str]
    naming_words: frozenset[str]
    gain_gap: frozenset[str]
    introducing_verbs: frozenset[str]
    valence_comparatives: frozenset[str]
    result_words: frozenset[str]
    compare_win_openers: frozenset[str]
    compare_win_words: frozenset[str]
    compare_loss_words: frozenset[str]
    compare_cost_words: frozenset[str]
    quality_nouns: frozenset[str]
    speed_comparatives: frozenset[str]
    purpose_leads: frozenset[str]
    gain_nouns: frozenset[str]
    score_verbs: frozenset[str]
    dataset_free_before: frozenset[str]
    resource_comparatives: frozenset[str]
    own_study_nouns: frozenset[str]
    win_over_words: frozenset[str]
    passive_auxiliaries: frozenset[str]
    component_nouns: frozenset[str]
    unnamed_object_leads: frozenset[str]
    ablation_words: frozenset[str]
    rival_preps: frozenset[str]
    anaphoric_objects: frozenset[str]
    anaphoric_leads: frozenset[str]
    transfer_words: frozenset[str]
    eval_instruments: frozenset[str]
    eval_purpose_verbs: frozenset[str]
    other_data_leads: frozenset[str]
    other_data_plurals: frozenset[str]
    language_names: frozenset[str]
    derivative_nouns: frozenset[str]
    liability_adjectives: frozenset[str]
    result_verbs: frozenset[str]
    source_roles: frozenset[str]
    benchmark_name_endings: frozenset[str]
    speedup_nouns: frozenset[str]
    system_nouns: frozenset[str]
    extra_metric_list_nouns: frozenset[str]
    metric_shape: re.Pattern
    source_nouns: frozenset[str]
    extra_boost_verbs: frozenset[str]
    property_adjectives: frozenset[str]
    limit_nouns: frozenset[str]
    data_making_words: frozenset[str]
    subset_nouns: frozenset[str]
    kind_list_leads: frozenset[str]
    extra_rival_adjectives: frozenset[str]
    limit_determiners: frozenset[str]
    source_qualifiers: frozenset[str]
    data_model_nouns: frozenset[str]
    efficiency_adjectives: frozenset[str]
    eval_setting_preps: frozenset[str]
    retention_participles: frozenset[str]
    ability_modals: frozenset[str]
    product_participles: frozenset[str]
    product_nouns: frozenset[str]
    inquiry_verbs: frozenset[str]
    condition_words: frozenset[str]
    gloss_markers: frozenset[str]
    hardware_nouns: frozenset[str]
    object_fillers: frozenset[str]
    object_ends: frozenset[str]
    #: derived: nouns after "our" that name a system of the paper's own (instance_nouns + system_nouns)
    own_system_nouns: frozenset[str] = field(init=False)
    #: derived: pronouns opening a clause whose comparison has the name before them as its
    #: winner ("FooNet-7B, which outperforms Y"): numbers.json relative_pronouns without "whose"
    winner_pronouns: frozenset[str] = field(init=False)
    #: derived: nouns by which a benchmark paper's sentence points to its benchmark ("this benchmark"):
    #: names.json dataset_heads, lower-cased
    benchmark_nouns: frozenset[str] = field(init=False)
    #: derived: verbs that open a plug-in phrase ("... and enhances GLIGEN"): claims.json improve_verbs
    #: and ``extra_boost_verbs``
    boost_verbs: frozenset[str] = field(init=False)
    #: derived: adjectives of unnamed rivals ("standard DPO and strong baselines"): ``kind_list_leads``,
    #: ``extra_rival_adjectives`` and relations.json others_words
    rival_adjectives: frozenset[str] = field(init=False)
    #: derived: words that rank an unnamed model ("the strongest dynamic MoE baseline"): subjects.json
    #: superlative_words, one list for the subject, number and relation readers
    superlatives: frozenset[str] = field(init=False)
    #: derived: nouns that end a list of metrics typed as datasets ("on SIM, CC, NSS and AUC-J metrics"):
    #: names.json metric_nouns (lower-cased) and ``extra_metric_list_nouns``
    metric_list_nouns: frozenset[str] = field(init=False)
    #: derived: nouns that make a list of acronyms tasks or settings ("GRES and GREC tasks"): names.json
    #: task_setting_nouns and their plurals
    task_list_nouns: frozenset[str] = field(init=False)
    #: derived: the words for a baseline ("baseline", "baselines"): numbers.json baseline_nouns
    baseline_nouns: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "own_system_nouns", self.instance_nouns | self.system_nouns)
        object.__setattr__(self, "winner_pronouns", number_cues().relative_pronouns - {"whose"})
        object.__setattr__(self, "baseline_nouns", number_cues().baseline_nouns)
        object.__setattr__(self, "superlatives", number_cues().superlative_modifiers)
        names = read_cue_file("names.json")
        object.__setattr__(self, "benchmark_nouns", frozenset(h.lower() for h in names["dataset_heads"]))
        metrics = frozenset(w.lower() for w in names["metric_nouns"])
        object.__setattr__(self, "metric_list_nouns", metrics | self.extra_metric_list_nouns)
        settings = names["task_setting_nouns"]
        object.__setattr__(self, "task_list_nouns", frozenset(settings) | frozenset(w + "s" for w in settings))
        improve = frozenset(read_cue_file("claims.json")["improve_verbs"])
        object.__setattr__(self, "boost_verbs", improve | self.extra_boost_verbs)
        others = frozenset(read_cue_file("relations.json")["others_words"])
        object.__setattr__(self, "rival_adjectives", self.kind_list_leads | self.extra_rival_adjectives | others)


def reading_cues() -> ReadingCues:
    """The packaged ``cues/relation_reading.json``."""
    return load_cues(ReadingCues, "relation_reading.json")


#: A token that continues a name after a space: a version number ("Argoverse 2",
#: "Spider 2.0") or an all-capitals code ("ECARE KRE", "PUP 3D-GS"); not a year.
_NUMBER = re.compile(r"v?\d+(\.\d+)*", re.IGNORECASE)
_CODE = re.compile(r"[0-9A-Z][0-9A-Z]*(-[0-9A-Za-z]+)*")
YEAR = re.compile(r"(19|20)\d\d")
#: A long form's abbreviation glued to a modifier suffix: " (GRPO)-trained".
_ABBREVIATED = re.compile(r"\s*\([^()\s]{1,20}\)-([A-Za-z]+)")
#: A size or context suffix that makes a variant of the same model ("GPT-4-128K", "LLaMA-7B").
_SIZE = re.compile(r"\d+(\.\d+)?[KkMmBbTt]")


def _continuation(text: str, at: int) -> str:
    """The word glued to ``text`` at ``at`` ("LT" of "ImageNet-LT"), letters and digits only."""
    end = at
    while end < len(text) and (text[end].isalnum() or text[end] == "."):
        end += 1
    return text[at:end].rstrip(".")


def fragment(span: Span, rc: RelationCues, entity_starts: frozenset[int] = frozenset()) -> bool:
    """Whether ``span`` is only part of a longer name in its text.

    - glued to a letter or digit on either side (mid-word);
    - glued by a hyphen to a name part that is not a modifier suffix:
      "ImageNet-LT", "Qwen3-VL", "Skywork-SWE" (but "Transformer-based",
      "Window-Based", and a size variant "GPT-4-128K"), or after one ("Sim-to-Real");
    - followed after a space by a version number, an all-capitals code or a
      model-name word ("Argoverse 2", "ECARE KRE", "Llama3 8B Instruct"), or a dataset
      by a capitalised word ("MSD Liver Tumor"; not a part: "MathVerse Vision-Only subset"),
      unless that token starts another entity (``entity_starts``) or is a year;
    - inside a run of capitalised words ("Multi-scale Linear Attention Cascade",
      "Compositional Latent Diffusion Transformers"), not at a sentence start;
    - a Method/Model after a capitalised word or a dimension code ("Textual CoT",
      "3D LDM"), a Dataset in a name of a code and capitalised words ("SIIM-ACR
      Pneumothorax", "RSNA Pneumonia"), or a name followed by its abbreviation and a
      version ("Stable Diffusion (SD) 2.1").
    """
    doc = span.doc
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    if end < len(text) and text[end].isalnum():
        rest = _continuation(text, end)
        # "GPT-4-128" cut from "GPT-4-128K": a size variant of the same model, not another name
        return not (len(rest) == 1 and rest in "KkMmBbTt" and text[end - 1].isdigit())
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "}^_"):
        return True  # "Doc" of "M^{6}Doc"
    if end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        following = _continuation(text, end + 1)
        if (
            following.lower() not in rc.modifier_suffixes
            and (following[:1].isupper() or following[:1].isdigit() or following.lower() in rc.name_continuations)
            and not _SIZE.fullmatch(following)
        ):
            return True  # "ImageNet-LT", "Qwen3.5-Omni-plus"
    if start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    if text[end : end + 4].lower() == "-to-":
        return True  # "DSM" of "DSM-to-DTM translation": one side of a pair
    if text[end : end + 1] == "+" and not text[end + 1 : end + 2].isalnum():
        return True  # "UNet3" of "UNet3+", "U-Net" of "U-Net++": another model
    if _VERSION_AFTER_ABBREVIATION.match(text, end):
        return True  # "Stable Diffusion (SD) 2.1": the version after the abbreviation belongs to the name
    if span.end < len(doc) and doc[span.end - 1].whitespace_ and span.end not in entity_starts:
        nxt = doc[span.end]
        if nxt.is_sent_start:
            return False
        word = text[nxt.idx :].split(None, 1)[0].rstrip(",.;:)")
        if _NUMBER.fullmatch(word) and not YEAR.fullmatch(word):
            return True  # "Argoverse 2"
        if word[:1].isupper() and word.lower() in rc.name_continuations:
            return True  # "Llama3 8B Instruct", not "MathVerse Vision-Only subset"
        if span.label_ in ("Model", "Method") and _titled(word.split("+", 1)[0]) and not title_like(span.sent):
            return True  # "LLaMA Guard 3 8B", "Claude Computer Use", "Swin Transformer+EnlightenGAN": a longer name
        if span.label_ == "Dataset" and _titled(word) and not title_like(span.sent) and not _part_named(doc, span):
            return True  # "On MSD Liver Tumor, X improves mDice": a longer name; not "MathVerse Vision-Only subset"
        if len(word) >= 2 and _CODE.fullmatch(word) and sum(c.isupper() for c in word) >= 2:
            following = doc[span.end + 1] if span.end + 1 < len(doc) else None
            if following is None or following.text != "(":  # "X RAG (retrieval ...)" defines an acronym
                return True  # "ECARE KRE", "PUP 3D-GS"
    if span.label_ == "Dataset" and (_named_before(span, rc) or _coded_name_part(span)):
        return True  # "Moving MNIST", "UPMC Food-101", "AIHub-based Korean benchmark": not a whole dataset name
    if span.label_ in ("Model", "Method") and _qualified_before(span, rc):
        return True  # "Textual CoT", "Probabilistic U-Net", "3D LDM": a longer name than CoT, U-Net, LDM
    return _in_capitalised_run(span)


#: A parenthesised abbreviation and a version number after a name ("Stable Diffusion (SD) 2.1", "(SD) v1.5").
_VERSION_AFTER_ABBREVIATION = re.compile(r" \([^()]{1,12}\) v?\d")

#: A dimension code that opens a longer name ("3D LDM", "2D U-Net").
_DIMENSION = re.compile(r"[1-4]D")


def _inner_word_before(span: Span) -> str:
    """The whitespace-delimited word right before ``span``, separated from it by a space, when it is
    inside the sentence: not its first word, not after a colon or a full stop ("Results: Our X"
    capitalises "Our" as an opening); "" otherwise."""
    doc = span.doc
    if span.start == 0 or doc[span.start].is_sent_start or not doc[span.start - 1].whitespace_:
        return ""
    text = doc_text(doc)
    word = _word_before(text, span.start_char)
    at = span.start_char - 1 - len(word)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at <= doc[span.start].sent.start_char or text[at - 1] in ":.;!?()":
        return ""
    return word


def _qualified_before(span: Span, rc: RelationCues) -> bool:
    """Whether a capitalised word or a dimension code stands right before a Method/Model name inside
    its sentence: it is the end of a longer name ("outperforms Textual CoT and Visual CoT methods",
    "than Probabilistic U-Net", "such as HA-GAN, 3D LDM and WDM-3D"). Not a hyphenated modifier
    ("GAN-based MI-CycleGAN", "RGB-only ViT-Tiny"), an acronym ("MS COCO"), a capitalised others
    word or determiner ("Vanilla RLVR", "(3) The DINO model"), nor in a title-like sentence."""
    word = _inner_word_before(span)
    if not word or title_like(span.sent):
        return False
    lower = word.lower()
    if lower in rc.others_words or lower in reading_cues().unnamed_object_leads or lower in rc.own_words:
        return False
    if not (span.text[:1].isupper() or span.text[:1].isdigit()):
        return False  # "a 3D multi-plane vision transformer (MP-ViT)": a description, not a cut name
    if _DIMENSION.fullmatch(word):
        return True
    return _titled(word) and word.rsplit("-", 1)[-1][:1].isupper()


def _coded_name_part(span: Span) -> bool:
    """Whether a Dataset is one part of a name of an all-capitals code and capitalised words, with a
    space between ("on RSNA Pneumonia and SIIM-ACR Pneumothorax"): a capitalised word after a code
    before it, or a code before another Dataset entity's capitalised word; neither is the whole name.
    Not two codes ("MS COCO", "PASCAL VOC2012": the same dataset, read by :func:`_named_before`)."""
    doc = span.doc
    text = span.text
    before = _inner_word_before(span)
    if _titled(text.split()[0]) and _code(before) and not title_like(span.sent):
        return True  # "SIIM-ACR Pneumothorax": Pneumothorax
    if not _code(text) or span.end >= len(doc) or not doc[span.end - 1].whitespace_:
        return False
    names = doc.spans.get(ENTITIES, ())
    nxt = doc[span.end]
    return _titled(nxt.text) and any(e.start == span.end and e.label_ == "Dataset" for e in names)


def _code(word: str) -> bool:
    """An all-capitals code of two capitals or more ("RSNA", "SIIM-ACR"), not a number."""
    return bool(_CODE.fullmatch(word)) and sum(c.isupper() for c in word) >= 2


#: Up to three whitespace-separated words (without copying the rest of the text).
_THREE_WORDS = re.compile(r"(?:\s*\S+){0,3}")


def _part_named(doc: Doc, span: Span) -> bool:
    """Whether a subset noun follows within three words after the dataset ("the MathVerse Vision-Only
    subset", "the UnsafeBench Sexual category"): the capitalised words after it name a part of it."""
    words = _THREE_WORDS.match(doc_text(doc), span.end_char).group().split()
    return any(w.rstrip(",.;:)").lower() in reading_cues().subset_nouns for w in words)


def _named_before(span: Span, rc: RelationCues) -> bool:
    """Whether a capitalised word stands right before the dataset, separated by a space only and
    not opening the sentence: the dataset is the end of a longer name ("Moving MNIST", "Object
    HalBench"); not in a title-like sentence, not a language ("English EmoVoice-DB"). Also a
    hyphenated modifier before it ("a corrected AIHub-based Korean benchmark"): a description."""
    doc = span.doc
    if span.start == 0 or doc[span.start].is_sent_start or not doc[span.start - 1].whitespace_:
        return False
    last = _word_before(doc_text(doc), span.start_char)
    if last[:1].isupper() and "-" in last:
        if last.rsplit("-", 1)[-1].lower() in rc.modifier_suffixes:
            return True  # not "improves fine-tuned GLUE performance"
    prev = doc[span.start - 1]
    if prev.is_sent_start or prev.text.lower() in reading_cues().dataset_free_before or title_like(span.sent):
        return False
    return _titled(prev.text)  # not an all-capitals code: "MS COCO", "PASCAL VOC2012" name the same dataset


def _word_before(text: str, end: int) -> str:
    """The last whitespace-delimited word of ``text[:end]`` ("" when there is none), read back from ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _titled(word: str) -> bool:
    """A capitalised word of letters and hyphens, not an acronym ("Cascade", "Multi-scale")."""
    return word[:1].isupper() and word.replace("-", "").isalpha() and not word.isupper()


def title_like(sentence: Span) -> bool:
    """Whether most words (over 70%) of the sentence are capitalised (a title, a heading)."""
    words = [w for w in table(sentence.doc).text[sentence.start : sentence.end] if w.isalpha()]  # Token.is_alpha
    return not words or 10 * sum(w[:1].isupper() for w in words) > 7 * len(words)


def _in_capitalised_run(span: Span) -> bool:
    """Whether capitalised words stand right before and after ``span`` (itself
    capitalised): it is the middle of a longer name, not a name of its own."""
    doc = span.doc
    text = doc_text(doc)
    start, end = span.start_char, span.end_char
    if not all(t.text[:1].isupper() for t in span if t.is_alpha):
        return False
    if start < 2 or end >= len(text) or not text[start - 1].isspace() or not text[end].isspace():
        return False
    before = text[:start].split()
    after = text[end:].split(None, 1)
    if not before or not after or not _titled(before[-1]) or not _titled(after[0].rstrip(",.;:)")):
        return False
    first_before = doc.char_span(start - 1 - len(before[-1]), start - 1, alignment_mode="expand")
    return first_before is not None and not first_before[0].is_sent_start


def generic_class(span: Span, rc: RelationCues) -> bool:
    """Whether ``span`` names a class of models ("Video Large Language Models",
    "Multimodal LLMs", "VideoLLMs"), not one model: a plural class word last
    ("models" only after another word) and no digit."""
    return _class_text(span.text, rc)


def _class_text(text: str, rc: RelationCues) -> bool:
    words = text.lower().split()
    if not words or any(c.isdigit() for c in text):
        return False
    if len(words) == 1 and words[0] == "models":
        return False
    return words[-1].endswith(tuple(rc.class_plurals))


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w[:1].isalpha()).lower()


def self_alias(head: str, tail: str, long_forms: dict[str, str]) -> bool:
    """Whether one argument is the other's abbreviation: defined so in the paper
    (``long_forms``, lower-cased short -> long) or spelled by its initials ("DVG, a Dynamic
    Video Generation framework"): a name never uses or beats itself."""
    h, t = head.lower(), tail.lower()
    if long_forms.get(h, "").lower() == t or long_forms.get(t, "").lower() == h:
        return True
    for short, long in ((h, tail), (t, head)):
        letters = "".join(c for c in short if c.isalpha())
        if len(letters) >= 2 and " " not in short and len(long.split()) >= 2 and _initials(long) == letters:
            return True
    return False


def whole_arguments(
    head: Span,
    tail: Span,
    rc: RelationCues,
    entity_starts: frozenset[int],
    proposed: frozenset[str] = frozenset(),
    long_forms: dict[str, str] | None = None,
) -> bool:
    """Whether both arguments of a relation are whole names of one thing. A name the
    paper proposes (lower-cased in ``proposed``) may end in a class word ("Time Reversed
    Language Models"); an abbreviation is a class when its long form in the paper
    (``long_forms``, lower-cased short -> long) is ("VLAs" for "Vision-Language-Action models")."""
    if self_alias(head.text, tail.text, long_forms or {}):
        return False
    for span in (head, tail):
        if fragment(span, rc, entity_starts):
            return False
        key = span.text.lower()
        if key in proposed:
            continue
        if generic_class(span, rc) or long_forms and key in long_forms and _class_text(long_forms[key], rc):
            return False
    return True


def _plain(text: str) -> str:
    """Lower-cased, hyphens as spaces, last word singular: "Vision-Language-Action models" ->
    "vision language action model"."""
    words = text.lower().replace("-", " ").split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def paradigm(span: Span, reading: ReadingCues, long_forms: dict[str, str] | None = None) -> bool:
    """Whether ``span`` names a learning paradigm or an architecture class ("RL", "CNN",
    "imitation learning", "VLA models"): by its text, its canonical name (``kb_id_``) or its
    long form in the paper. As a rival it stands for an unnamed instance, not a named method."""
    names = {span.text, span.kb_id_.split(":", 1)[-1]}
    if long_forms:
        names.add(long_forms.get(span.text.lower(), ""))
    return any(n and _plain(n) in reading.paradigm_tails for n in names)


def benchmark_name(span: Span, reading: ReadingCues) -> bool:
    """Whether a Method/Model argument is named like a benchmark: a part of its name ends with
    "Bench", "Dataset" ... ("VSI-Bench-Debiased", "LED-Dataset", "MMBench"; not "Benchmarking")."""
    parts = re.split(r"[\s\-_/]+", span.text)
    return any(p.endswith(end) for p in parts for end in reading.benchmark_name_endings)


@cache
def lexicon_forms(kind: str) -> frozenset[str]:
    """The lower-cased names and aliases of the packaged lexicon's entries of one type."""
    return frozenset(form.lower() for entry in load_lexicon().entries if entry.type == kind for form in entry.forms)


def speed_subject(span: Span, reading: ReadingCues) -> bool:
    """Whether a Dataset argument after "speedup(s) on" names a model whose speed is measured
    ("7 times speedup on HunyuanVideo", "1.35x speedups on LongLive"): a known model, or a name
    that is neither named like a benchmark nor a lexicon dataset ("a 3x speedup on MMLU" keeps MMLU)."""
    name = span.text.lower()
    if benchmark_name(span, reading):
        return False
    return name in lexicon_forms("Model") or name not in lexicon_forms("Dataset")


def unnamed_description(span: Span) -> bool:
    """Whether a proposal is only described, not named: several lowercase words without a digit,
    never given an abbreviation nor written capitalised in the paper ("a weighted convolution
    operator", "an iterative ensemble strategy"; not "frequency-decoupled guidance (FDG)", "cluster
    paths" of a title "Cluster Paths: ...", "MaskSem", "Lite-7B"). A relation
    read for "our method" or "it" must not put such a description in a table as the head."""
    text = span_text(span)
    if " " not in text or text != text.lower() or any(c.isdigit() for c in text):
        return False
    written = re.finditer(f"(?i:{re.escape(text)})" + r"(\s*\(\s*[A-Za-z-]*[A-Z])?", doc_text(span.doc))
    return not any(m.group(1) or m.group(0)[1:] != text[1:] for m in written)  # not a sentence-initial capital


def established_technique(span: Span) -> bool:
    """Whether a proposal is a Method of the packaged lexicon, an established technique ("prompt
    engineering", "retrieval-augmented generation", "reinforcement learning", "convolutional neural
    network (CNN)"): the paper builds its own method with it. A relation read for "our method", "the
    framework", "it" or "This" must not make that technique the head ("This leads to gains over standard
    RLVR" in a paper whose only named proposal is reinforcement learning); a sentence naming it keeps it.
    A short form the paper defines for a long form of its own ("Syzygy of Thoughts (SoT)") is coined
    there, and so is an acronym it does not spell out as the lexicon's ("we introduce DAPO, a novel
    approach for Defect-aware Prompt Optimization")."""
    methods = lexicon_forms("Method")
    name = span.text.lower()
    if span.label_ != "Method" or name not in methods:
        return False
    longs = [long.text.lower() for long, short in span.doc._.abbreviations or () if short.text.lower() == name]
    if longs:
        return all(long in methods for long in longs)
    return not span.text.isupper()


def cut_from_longer(span: Span) -> bool:
    """Whether the name is cut from a longer one written without a space: a letter or digit
    right after it ("SigLIP-So400" of "SigLIP-So400m"), or a hyphen and a letter ("o3-mini" of
    "o3-mini-high", "JEPA" of "JEPA-predictor")."""
    after = doc_text(span.doc)[span.end_char : span.end_char + 2]
    return after[:1].isalnum() or after[:1] == "-" and after[1:].isalpha()


def opens_apposition(doc: Doc, at: int) -> bool:
    """Whether ", a"/", an" stands at token ``at``: an apposition says what the name before it is."""
    return at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ in ("a", "an")


def apposed_kind(doc: Doc, at: int, end: int, nouns: frozenset[str], width: int, stops: frozenset[str]) -> bool:
    """Whether ", a/an ..." at token ``at`` (tokens end at ``end``) says what the name before it
    is with one of ``nouns`` within ``width`` words after the article ("the GMU, a simple yet
    effective mechanism", "(CS2), a module enabling ..."); punctuation or a word of ``stops``
    ends the search first."""
    if at + 1 >= end or not opens_apposition(doc, at):
        return False
    for token in doc[at + 2 : min(end, at + 2 + width)]:
        if token.is_punct or token.lower_ in stops:
            return False
        if token.lower_ in nouns:
            return True
    return False


def phrase_argument(span: Span, reading: ReadingCues) -> bool:
    """Whether an argument is a phrase rather than a name: a setting preposition inside it followed
    only by lower-case words ("AutoML frameworks in task completion rate and model performance",
    "substitution across diverse architectures"); "Segment Anything in High Quality" is a name."""
    words = span_text(span).split()
    return any(
        w in reading.setting_preps and not any(c.isupper() for c in " ".join(words[i:]))
        for i, w in enumerate(words[1:-1], 1)
    )


def glued_modifier(view: SentenceView, e: Located, rc: RelationCues) -> bool:
    """Whether the name only modifies the noun after it: glued by a hyphen to a modifier
    suffix ("BLOOMZ-based model", "RGB-only counterparts", "HTV-oriented trackers"), a
    suspended hyphen ("CNN-, Transformer-, and CLIP-based methods"), a slash list glued to
    one ("DiT/JiT-like pixel diffusion models"), or followed by a modifier word ("GPT-4 based models")."""
    words = view.words
    word = words[e.last]
    part = e.key.rsplit(" ", 1)[-1].rstrip("-")
    rest = word[len(part) :] if word.startswith(part) else ""
    if rest == "-" or rest[:1] == "-" and rest[1:] in rc.modifier_suffixes:
        return True
    if rest[:1] == "/" and "-" in rest and rest.rsplit("-", 1)[-1] in rc.modifier_suffixes:
        return True  # "prior DiT/JiT-like pixel diffusion models": a slash list glued to the suffix modifies a class
    if "-" in e.key and e.key.rsplit("-", 1)[-1] in rc.modifier_suffixes:
        return True  # "automatic COCO-format ground-truth export": the name itself ends in a modifier suffix
    glued = _ABBREVIATED.match(doc_text(e.span.doc), e.span.end_char)
    if glued is not None and glued.group(1).lower() in rc.modifier_suffixes:
        return True  # "Group Relative Policy Optimization (GRPO)-trained agents"
    return e.last + 1 < len(words) and words[e.last + 1] in rc.modifier_words


def _plain_noun(view: SentenceView, j: int, rc: RelationCues) -> bool:
    """Whether word ``j`` is a plain lower-case word of letters that is neither an others word, a
    rival adjective, a baseline noun nor a preposition ("memory" of "RPA memory baselines"; not
    "other", "strong", "Transformer baseline models", "FuseChat-7B over baselines")."""
    if j >= len(view.words):
        return False
    word = view.sentence.doc[view.starts[j]].text
    lower = word.lower()
    reading = reading_cues()
    stops = (
        rc.others_words
        | reading.rival_adjectives
        | rc.list_joiners
        | rc.modifier_words
        | rc.eval_preps
        | reading.phrase_preps
        | reading.setting_preps
        | reading.comparison_preps
        | reading.object_preps
        | rc.use_stops
        | rc.subject_clauses
        | reading.baseline_nouns  # "Transformer baseline models": the Transformer baseline
    )
    return word.isalpha() and word.islower() and lower not in stops and lower not in ("as", "than")


def class_mention(view: SentenceView, e: Located, rc: RelationCues) -> bool:
    """Whether the name stands for a class or family of methods, not one method: it is
    followed by a plural class noun ("CNN baselines", "other FD methods", "multi-turn RL
    baselines"), alone or in a list of names or name modifiers before it ("ViT and CNN
    baselines", "CNN-, Transformer-, and CLIP-based methods", "GPT-4 based models").
    A Model's own family is a name ("Llama models", "GPT-4 and Llama models"). One plain lower-case
    noun may stand right after the name ("RPA memory baselines"; not "X and other baselines")."""
    words = view.words
    entity_words = {j: f for f in view.entities for j in range(f.first, f.last + 1)}
    j, closest = e.last + 1, e
    bare = words[e.last] == e.key.rsplit(" ", 1)[-1]  # not "Transformer-based diffusion models"
    if bare and _plain_noun(view, j, rc) and j + 1 < len(words) and words[j + 1] in rc.class_nouns:
        j += 1  # "significantly outperforms RPA memory baselines": RPA names the kind of the baselines
    while j < len(words) and j - e.last <= 8:
        w = words[j]
        if w in rc.class_nouns:
            if closest.label == "Model" and w in rc.family_nouns and w not in reading_cues().derivative_nouns:
                return False  # "Llama models": the family; not "prior medical CLIP variants"
            return j == e.last + 1 or words[j - 1] not in rc.list_joiners
        if j in entity_words and entity_words[j].label in ("Method", "Model"):
            closest = entity_words[j]
            j = closest.last + 1
            continue
        if w not in rc.list_joiners and w not in rc.modifier_words:
            return False
        j += 1
    return False
