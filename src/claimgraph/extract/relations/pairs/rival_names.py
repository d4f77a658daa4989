"""Whether a name after a comparison word is a rival (:func:`_named_rival`): not a class or a plural
(:func:`_plural_name`, :func:`_quantified_class`, :func:`_kind_before_name`, :func:`_linked_to_class`), a
setting (:func:`_setting_between`), a part of a longer name, a name after a verb (:func:`_after_verb`), an
owner or base of the rival, a list of kinds (:func:`_kind_list`), a glossed backbone, a sized method, the
winner's own setting, a combination, a qualified rival, a variant of a technique or data."""

from __future__ import annotations

import re
from functools import cache

from claimgraph.extract.claims.cues import RelationCues, relation_cues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.relations.guards import (
    YEAR,
    ReadingCues,
    class_mention,
    cut_from_longer,
    glued_modifier,
    reading_cues,
)
from claimgraph.extract.relations.guards.name_fragments import _SIZE
from claimgraph.extract.relations.guards.word_shapes import all_capitals_code
from claimgraph.extract.relations.pairs.sentences import _LIST_JOINS, _enumerator, _made_with_prefix, _modified
from claimgraph.names import ends_in_acronym_plural

#: What a size variant adds to a name ("-7B", " 1.5B", "-70m").
_SIZED = re.compile(r"[-\s]?\d+(\.\d+)?[bm]")


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
    if ends_in_acronym_plural(text.rsplit(" ", 1)[-1]):
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
    if k > 0 and words[k] not in leads and words[k].isalpha() and written_word(view, k).islower():
        k -= 1  # "strong federated LoRA and parameter-efficient FL baselines": one plain modifier after the lead
    return k >= 0 and words[k] in leads


def _titled_kind(view: SentenceView, j: int, rc: RelationCues) -> bool:
    """Whether word ``j`` is a capitalised word followed by a class noun ("hybrid Mamba-Transformer
    models"): one more word of a kind of methods."""
    return j + 1 < len(view.words) and view.words[j + 1] in rc.class_nouns and written_word(view, j)[:1].isupper()


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
    if not inner and not _name_like(written_word(view, j)) or not _name_like(tail.span.text):
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
    if j > 0 and written_word(view, j)[:1].isupper():
        j -= 1  # "4B Vanilla SFT"
    return _SIZED.fullmatch(words[j]) is not None


#: A size (name_fragments' ``_SIZE``) glued after a name by a hyphen ("-125M", "-7B", "-1.5B").
_GLUED_SIZE = re.compile(rf"-{_SIZE.pattern}\b")


def _sized_cut(tail: Located) -> bool:
    """Whether the rival's name is written with a size glued after it that the entity stage left out
    ("outperforming Hedgehog and H3-125M" with the entity H3): the rival is that model at that size,
    a longer name than the one found."""
    span = tail.span
    return _GLUED_SIZE.match(span.doc.text, span.end_char) is not None


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
    """Whether "with" (or "without" before a name: "LGM without DSA") right after the name opens a
    configuration of it: another Method or Model ("the
    strongest baseline (GPT-4V with MMD-Agent at 74.0% F1)") or a coined hyphenated technique ("better
    solutions than GP with post-hoc rounding", "outperforms SoftCoT with self-consistency scaling"). The
    rival is the configured system, of which the bare name is a fragment. A measure after "with" ("GPT-4o
    with a 60% improvement", "OpenVLA with less than 1/20 of the compute") is the win's, not the rival's."""
    words, j = view.words, tail.last + 1
    if j + 1 < len(words) and words[j] == "without":
        # "improves over LGM without DSA": the rival is LGM configured without DSA
        return all_capitals_code(written_word(view, j + 1)) or any(
            e.first == j + 1 and e.label in ACTORS for e in view.entities
        )
    if j + 1 >= len(words) or words[j] != "with":
        return False
    if any(e.first == j + 1 and e.label in ACTORS for e in view.entities):
        return True
    return _hyphenated_lower(written_word(view, j + 1)) and j + 2 < len(words)


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
    word = written_word(view, j)
    if j > 0 and view.words[j - 1] in rc.others_words and _plain_adjective(word, reading):
        return True  # "standard linear activation steering"
    if j > 0 and _hyphenated_lower(word) and _hyphenated_lower(written_word(view, j - 1)):
        j -= 1  # "answer-based on-policy self-distillation"
        word = written_word(view, j)
    if _named_modifier(word, rc):
        return True  # "BM25-based RAG", "traditional L1-based QUBO": a name made a modifier
    return _hyphenated_lower(word) and word.rsplit("-", 1)[-1] in rc.modifier_suffixes


def _named_modifier(word: str, rc: RelationCues) -> bool:
    """Whether a word is a name with a digit or a capital glued to a lower-case modifier suffix
    ("BM25-based", "QAM-based", "L1-based"; not "positive-only", read by :func:`_hyphenated_lower`)."""
    first, _, suffix = word.rpartition("-")
    return (
        suffix in rc.modifier_suffixes
        and first.replace("-", "").isalnum()
        and any(c.isdigit() or c.isupper() for c in first)
    )


def _plain_adjective(word: str, reading: ReadingCues) -> bool:
    """Whether a word is a plain lower-case word that is no rival adjective ("linear", "negative"; not
    "strong", "larger")."""
    return word.isalpha() and word.islower() and word not in reading.rival_adjectives


def _hyphenated_lower(word: str) -> bool:
    """Whether a word is lower-case letters joined by hyphens ("positive-only", "on-policy")."""
    return "-" in word.strip("-") and word.replace("-", "").isalpha() and word.islower()


#: Words that end the noun phrase of a rival: punctuation, list joiners and the prepositions and clause words
#: a comparison continues with ("over X by 3%", "than X in accuracy", "X, while ...").
_PHRASE_ENDS = frozenset(
    {",", ".", ";", ":", "(", ")", "and", "or", "as", "than", "when", "while", "without", "through"}
)


def _noun_modifier(view: SentenceView, tail: Located, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether the name only modifies a run of plain lower-case nouns after it that ends its phrase
    ("outperforming the IASLC grading system (AUC ...)", "over Google's Gemma 3 tokenizer (256k ...)", "than
    conventional OFDM channel estimation methods,"): the rival is the thing the nouns name, not the name.
    A first noun that names the rival itself, a part of its kind or a measure of it keeps the name: a class,
    instance, family, baseline, quality, data or component noun ("the UNet baseline", "the VALL-E 2 model",
    "the DiT block"), one of ``rival_words_after_kept`` ("the Qwen3-32B base model", "the standard
    Transformer decoder", "LoRA alone") or a process noun (``technique_process_nouns``: "CoT prompting",
    "the default Chain-of-Thought planning method", "the baseline SAM fine-tuning"). A hyphenated word is
    no such noun ("outperforms ChatGPT post-refinement")."""
    words = view.words
    j = tail.last + 1
    run: list[str] = []
    while j < len(words) and len(run) < 3 and _noun_like(view, j):
        run.append(words[j])
        j += 1
    if not run:
        return False
    end = words[j] if j < len(words) else "."
    if end not in _PHRASE_ENDS and end not in reading.phrase_preps and end not in reading.setting_preps:
        return False
    first = run[0]
    kept = (
        rc.class_nouns
        | rc.family_nouns
        | rc.kind_plurals
        | reading.instance_nouns
        | reading.baseline_nouns
        | reading.derivative_nouns
        | reading.quality_nouns
        | reading.data_nouns
        | reading.component_nouns
    )
    return first not in kept and first + "s" not in kept and first not in reading.technique_process_nouns


def _noun_like(view: SentenceView, j: int) -> bool:
    """Whether word ``j`` may be a plain lower-case noun: letters only, no adverb or participle
    ("consistently", "trained"), and no cue word of another reading (:func:`_not_nouns`)."""
    word = written_word(view, j)
    if not (word.isalpha() and word.islower()) or word.endswith(("ly", "ed")):
        return False
    return word not in _not_nouns()


@cache
def _not_nouns() -> frozenset[str]:
    """Words after a rival that are no noun it modifies: adverbs, others words, joiners, prepositions, clause
    and result verbs, the function words and nouns of ``rival_words_after_kept``."""
    rc, reading = relation_cues(), reading_cues()
    return (
        rc.adverbs
        | rc.others_words
        | rc.list_joiners
        | rc.modifier_words
        | rc.eval_preps
        | rc.use_stops
        | rc.subject_clauses
        | reading.rival_adjectives
        | reading.phrase_preps
        | reading.setting_preps
        | reading.comparison_preps
        | reading.object_preps
        | reading.clause_verbs
        | reading.result_verbs
        | reading.score_verbs
        | reading.rival_words_after_kept
        | _PHRASE_ENDS
        | {"is", "are", "was", "were", "the", "a", "an"}
    )


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
    if _made_with_prefix(view, tail.span, ctx):
        return False  # "than the GRPO-trained Qwen2.5-7B": the model trained with GRPO is the rival
    if not ctx.is_proposed(tail) and _qualified_rival(view, tail):
        return False  # "than GP with post-hoc rounding": the configured system is the rival, not GP
    if not ctx.is_proposed(tail) and _variant_of_technique(view, tail, rc, reading):
        return False  # "over positive-only SFT": a variant of SFT, not SFT
    if not ctx.is_proposed(tail) and _noun_modifier(view, tail, rc, reading):
        return False  # "outperforming the IASLC grading system": the system is the rival, IASLC its modifier
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
