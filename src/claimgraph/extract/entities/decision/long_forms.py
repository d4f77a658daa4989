"""What the long form of an abbreviation names, from its own words (pure functions of the pair): its type
when no lexicon knows the pair (:func:`long_form_typing`, by the head word, a task or process ending, or the
word after the short form), whether it names a class of models rather than one (:func:`is_model_class`), and
whether it is no name to show at all, so that the short form names the pair: a clause or verb phrase
(:func:`no_name_long_form`) or a modifier of a head noun written after the short form
(:func:`modifier_long_form`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.entities.decision.english_words import (
    ADJECTIVE_ENDINGS,
    MODIFIER_ENDINGS,
    adverb_in_ly,
    verb_in_ing,
)
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns import head_noun_type
from claimgraph.extract.entities.name_shapes import title_case

_HEAD_TYPES = (("dataset_heads", "Dataset"), ("model_heads", "Model"), ("metric_heads", "Metric"))


def long_form_type(long_form: Span, short_text: str, cues: NameCues) -> str | None:
    """Type of an abbreviation pair nobody knows (see :func:`long_form_typing`)."""
    return long_form_typing(long_form, short_text, cues)[0]


def long_form_typing(
    long_form: Span, short_text: str, cues: NameCues, after: str | None = None, proposed: bool = False
) -> tuple[str | None, bool]:
    """``(type, stated)`` of an abbreviation pair nobody knows, from what its long form names (pure).

    - the long form's last word is a Dataset, Model or Metric head word
      ("... Benchmark", "... Model", "... Error Rate"): that type, except that
      a class of models (a plural pair, "Large Reasoning Models (LRMs)", or a
      lowercase long form, "world model (WM)") is no entity unless ``proposed``;
    - it is a task word ("... Recognition", "... detection", or any
      lowercase "... generation"): Task;
    - it is a method head word, ends like a process noun ("... Training",
      "... Distillation", "... Alignment") or names a part of a method
      (``method_part_heads``: "... Prototype Refiner", "... Centroid Classifier"): Method;
    - a long form ending in a class word of ``long_form_class_heads``
      ("Computer-use agents (CUAs)", "Directed Acyclic Graph (DAG)") is a weak
      Method when ``proposed``, else no entity;
    - a long form ending in a quantity word of ``long_form_quantity_heads``
      ("mutual information (MI)", "normalized standard deviation (NSTD)")
      or in a word of ``long_form_thing_heads`` that names a thing or a
      condition ("multiword expression (MWE)", "Treatment-resistant
      depression (TRD)") is typed by the word after the short form, else it
      is a weak Method when ``proposed`` and no entity otherwise, although it
      ends like a process noun (see :func:`_quantity_long_form`);
    - a single hyphenated compound ("out-of-distribution (OOD)") or a phrase
      ending in an adjective ("independent and identically distributed (IID)";
      not a noun in "-ment", "Alignment") is no entity, unless the authors
      introduce it in Title Case ("we introduce a Priors-to-Geometry
      Deterministic (PGD) schedule"): their own name, a weak Method (or what
      the word after the short form states, but no class of models);
    - otherwise the word after the short form decides ("(PMR) mechanism",
      "(XB) benchmark", but not "(AR) model");
    - otherwise a pair the authors introduce (``proposed``: "we introduce a
      Discriminative Enhancer (DE)") is a Method by default (``stated``
      False: another mention's type wins), and any other pair is no entity:
      most untyped long forms name things, not methods ("field of view
      (FOV)", "Aboveground Biomass (AGB)", "Electronic Health Records (EHR)").
    """
    if short_text in cues.acronym_stoplist:
        return None, False
    words = [t.text for t in long_form if t.text != "-"]
    if not words:
        return None, False
    head = words[-1].lower()
    for attribute, label in _HEAD_TYPES:
        if head in {word.lower() for word in getattr(cues, attribute)}:
            if label == "Model" and not proposed and is_model_class(long_form, short_text):
                return None, False  # "Large Reasoning Models (LRMs)", "world model (WM)": a class of models
            return label, True
    if head in cues.task_long_form_heads or (long_form.text.islower() and head in cues.task_phrase_heads):
        return "Task", True
    label = head_noun_type(after, cues) if after is not None else None
    if label in ("Dataset", "Metric", "Task") and " " in long_form.text.strip():
        return label, True  # "a software engineering (SE) task", "the ... (XB) benchmark"
    if " " not in long_form.text.strip() or _adjective_head(head, cues):
        words = [t.text for t in long_form if t.text[:1].isalpha()]  # "Priors-to-Geometry Deterministic"
        if proposed and title_case(words, cues.title_function_words) and label != "Model":
            # "we introduce a two-stage Priors-to-Geometry Deterministic (PGD) schedule": the authors' own name
            return (label, True) if label is not None else ("Method", False)
        return None, False
    if head in cues.long_form_class_heads:  # "Computer-use agents (CUAs)", "Directed Acyclic Graph (DAG)"
        return ("Method", False) if proposed else (None, False)
    thing = head in cues.long_form_thing_heads  # "multiword expression (MWE)": a thing, not a process
    if thing or _quantity_long_form(words, cues):  # "mutual information (MI)": what a method reads or works on
        if label not in (None, "Model"):
            return label, True
        return ("Method", False) if proposed else (None, False)
    if head in {word.lower() for word in cues.method_heads} or head.endswith(cues.method_long_form_endings):
        return "Method", True
    if head in cues.method_part_heads:
        return "Method", True  # "Semantic Temporal Prototype Refiner (STPR)": a part of a method
    if label not in (None, "Model"):  # "(LTR) models" is a kind of model, not a named one
        return label, True
    return ("Method", False) if proposed else (None, False)


def no_name_long_form(long_form: Span, short_text: str, cues: NameCues) -> bool:
    """Whether an abbreviation's long form is no name to show for the pair, so that the short form names it:

    - a sentence: it holds a verb of ``long_form_clause_words`` ("LiMA (Less input is More faithful for
      Attribution)");
    - a verb phrase: it opens with a capitalised verb in -ing, then its object, then a lowercase function word
      (``title_function_words``: "Growing Networks with Autonomous Pruning (GNAP)", "RFOP: Rethinking Fusion and
      Orthogonal Projection"), while a participle before a head noun ("Sliding Tile Attention (STA)") and a
      gerund noun joined right away ("Pruning and Clustering-Based Token Reduction", "Thinking with Camera")
      stay;
    - a verb phrase opened by an adverb in -ly and a present verb ("... a framework that jointly integrates
      Semantic, Pinyin, and Glyph features (JSPG)");
    - half expanded: it ends in the short form's last hyphen part ("Dynamic Extreme VIew Synthesis-GRPO
      (DEVIS-GRPO)").
    """
    words = [t.text for t in long_form]
    if any(word in cues.long_form_clause_words for word in words[1:]):
        return True
    first = words[0]
    if len(words) > 2 and adverb_in_ly(first) and _present_verb(words[1]):
        return True  # a verb phrase: "jointly integrates Semantic, Pinyin, and Glyph features (JSPG)"
    gerund = first[:1].isupper() and first[1:].islower() and verb_in_ing(first.lower())
    if gerund and len(words) > 2 and words[1] not in cues.title_function_words:
        if any(word in cues.title_function_words for word in words[2:]):
            return True  # the verb's object, then more: "Rethinking Fusion and ...", "Growing Networks with ..."
    tail = short_text.rsplit("-", 1)
    return len(tail) == 2 and len(tail[1]) > 1 and long_form.text.endswith("-" + tail[1])


def _present_verb(word: str) -> bool:
    """Whether a lowercase word reads as a verb in the third person ("integrates", "models", "selects"): it ends
    in "s" (not "ss", "us", "is") and is no adjective."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


def _head_word(word: str, cues: NameCues) -> bool:
    """Whether ``word`` (any case) is a head noun of a name: a type's head word or a part of a method."""
    lower = word.lower()
    return (
        head_noun_type(lower, cues) is not None
        or lower in cues.method_part_heads
        or any(lower == head.lower() for head in cues.method_heads)
    )


def modifier_long_form(long_form: Span, short_form: Span, cues: NameCues) -> bool:
    """Whether an abbreviation's long form is the modifier of a head noun written after its short form, so that
    alone it names nothing and the short form names the pair: a Title Case long form that ends in an adjective
    (``MODIFIER_ENDINGS``, not a head word) before "(SF)" and a lowercase head noun ("a Spatial Video-Audio
    Contrastive (SVAC) learning strategy", "a Conditional Supervised Contrastive (CSC) objective"). A long form
    that ends in a head word of its own stays ("Direct Preference Optimization (DPO) training", "Hybrid Token
    Retrieval (HTR) module", "Arithmetic Progression of Interval (API) method": a noun after a preposition), and
    so does one with no head noun after the short form ("(SVAC) to align ...")."""
    doc = long_form.doc
    words = [t.text for t in long_form if t.text != "-"]
    last = words[-1] if words else ""
    if len(words) < 2 or not (last[:1].isupper() and last[1:].islower()) or not last.endswith(MODIFIER_ENDINGS):
        return False  # "Saliency-LiDAR (SALL) method": an acronym is no adjective
    if any(word.lower() in cues.title_function_words for word in words[1:-1]):
        return False  # "Arithmetic Progression of Interval (API) method": the last word is a preposition's noun
    if _head_word(last, cues) or last.lower().endswith(cues.method_long_form_endings):
        return False
    close = short_form.end
    if long_form.end > short_form.start or close >= len(doc) - 1 or doc[close].text != ")":
        return False
    after = doc[close + 1]
    return after.is_alpha and after.is_lower and _head_word(after.text, cues)


def _adjective_head(head: str, cues: NameCues) -> bool:
    """Whether a long form's last word (lowercase) ends like an adjective ("distributed", "multispectral",
    "deterministic") and not like a process noun of ``method_long_form_endings``: "-ment" shares the adjective
    ending "-ent", and "alignment", "refinement", "enhancement" go on to the thing heads ("element",
    "environment") and the method endings."""
    return head.endswith(ADJECTIVE_ENDINGS) and not head.endswith(cues.method_long_form_endings)


def _quantity_long_form(words: list[str], cues: NameCues) -> bool:
    """Whether an abbreviation's long form names a quantity that a method measures or reads, not a method: its
    last word is one of ``long_form_quantity_heads`` ("mutual information (MI)", "Fisher Information (FI)",
    "Domain Alignment Importance (DAI)"). A preposition or a verb in -ing inside the long form makes an earlier
    word its head and the quantity that word's object ("Learning Using Privileged Information (LUPI)",
    "Learning from Side Information"): that long form names a method."""
    if words[-1].lower() not in cues.long_form_quantity_heads:
        return False
    inner = [word.lower() for word in words[1:-1]]
    return not any(word in cues.title_function_words or word.endswith("ing") for word in inner)


def is_model_class(long_form: Span, short_text: str) -> bool:
    """Whether a long form headed by a model word names a class of models, not one model: the pair is
    plural ("Large Reasoning Models (LRMs)", "Vision Foundation Models (VFMs)") or the long form is
    written in lowercase ("world model (WM)", "vision foundation model (VFM)"); "Hierarchical Reasoning
    Model (HRM)" names one."""
    plural = long_form[-1].text.endswith("s") and len(short_text) > 2 and short_text.endswith("s")
    return plural or long_form.text.islower()
