"""Component ``claimgraph_entities``: the final entity spans of a doc.

Takes the candidates of ``claimgraph_lexicon`` and ``claimgraph_name_patterns``
and decides:

1. generic phrases (``lexicons/generic.txt``) are dropped;
2. overlaps are resolved: the longest span wins, then the stronger evidence
   (lexicon before context cues before bare shapes);
3. a name found once by a context cue (title, "we propose", "termed") is
   also an entity wherever else the same words occur;
4. abbreviations (``doc._.abbreviations``) tie short and long form together:
   both get the type of whichever is known (lexicon or context), an unknown
   pair is typed from the long form's head word, and every later occurrence of
   the short form becomes a mention of the same type;
5. one type per name in a paper: mentions of the same name (and of an
   abbreviation pair) take the type of the strongest evidence: a lexicon
   entry, then a type the text states (a head word, an appositive "X, a
   benchmark ...", a long form's head), then the default guess; ties go to
   the type most mentions have.

The result is ``doc.spans["entities"]`` (``label_`` = type, ``kb_id_`` =
lexicon canonical name or ``""``, ``span._.evidence`` = the rule that found it).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

import claimgraph.extract.pipeline.extensions  # noqa: F401  (registers the shared Doc and Span extensions)
from claimgraph.extract.cues import author_cues
from claimgraph.extract.entities.abbreviations import capital_spellings, same_long_form, spells_out
from claimgraph.extract.entities.evidence import EVIDENCE_RANK, get_evidence, set_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES, variant_end
from claimgraph.extract.entities.name_cues import NameCues, name_cues
from claimgraph.extract.entities.name_patterns import WEAK_TYPES, after_task_of, appositive_type, head_noun_type
from claimgraph.extract.entities.name_shapes import (
    compound_start,
    ends_hyphen_compound,
    glued_extent,
    hyphen_glued,
    is_acronym,
    is_coined,
    is_percentage,
    modifies_next,
    name_end,
)
from claimgraph.extract.lexicons import english_zipf, load_lexicon
from claimgraph.extract.pipeline.sentences import in_title, title_token_end
from claimgraph.extract.pipeline.token_table import doc_text, span_text, table
from claimgraph.names import normalize_name

ENTITIES = "entities"
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]")  # "\ModelName", "\textbf{G}lacial": LaTeX source, never a name
_ADJECTIVE_ENDINGS = ("ed", "al", "ive", "ous", "ic", "able", "ible", "ent", "ant", "ar")
#: The adjective endings that nouns rarely share: "-ent", "-ant" and "-ar" end many nouns too ("Content",
#: "Assistant", "Radar"), which a long form may end in before the head word of a longer name.
_MODIFIER_ENDINGS = tuple(ending for ending in _ADJECTIVE_ENDINGS if ending not in ("ent", "ant", "ar"))
_HEAD_TYPES = (("dataset_heads", "Dataset"), ("model_heads", "Model"), ("metric_heads", "Metric"))


def crosses_sentence(doc: Doc, start: int, end: int) -> bool:
    """Whether a sentence starts inside ``doc[start:end]``: no name runs over a sentence boundary."""
    tokens = table(doc)
    return any(tokens.starts_sentence(index) for index in range(start + 1, end))


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans: longest first, then strongest evidence, then earliest."""
    ranked = sorted(spans, key=lambda s: (-(s.end - s.start), EVIDENCE_RANK.get(get_evidence(s), 9), s.start))
    taken: set[int] = set()
    kept = []
    for span in ranked:
        if any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _drop_weak_overlaps(spans: list[Span]) -> list[Span]:
    """Drop task-phrase guesses that overlap a lexicon name: the lexicon's extent wins, unless the
    phrase is a lexicon task with modifiers in front ("creative text generation tasks" over "text
    generation"): a narrower task said in lowercase in task context, or a Title Case task of the title
    ("... for Fluoroscopic Image Classification" over "Image Classification"), keeps its whole extent."""
    known = [s for s in spans if get_evidence(s).startswith("lexicon")]

    def kept(phrase: Span) -> bool:
        overlapping = [k for k in known if k.start < phrase.end and phrase.start < k.end]
        if not overlapping:
            return True
        lowercase = (phrase.text[:1].lower() + phrase.text[1:]).islower()  # also at a sentence start
        title = in_title(phrase.doc, phrase.start)
        return (lowercase or title) and all(
            k.label_ == "Task" and k.end == phrase.end and k.start > phrase.start for k in overlapping
        )

    return [s for s in spans if get_evidence(s) != "task-phrase" or kept(s)]


_LISTED_TYPES = frozenset({"Model", "Dataset"})


def _listed_shape(text: str) -> bool:
    """A list member with a name's own shape: mixed case or a digit ("InfoSeek", "Motion-X", "Qwen2")."""
    letters = [ch for ch in text if ch.isalpha()]
    mixed = any(ch.isupper() for ch in letters[1:]) and any(ch.islower() for ch in letters)
    return is_coined(text) and "$" not in text and (mixed or any(ch.isdigit() for ch in text))


def _lowercase_name(span: Span, cues: NameCues) -> bool:
    """Whether a name is written in lowercase, a dimension token aside ("3D reconstruction")."""
    return any(t.is_lower for t in span) and all(t.is_lower or t.is_punct or cues.dimension.match(t.text) for t in span)


def _task_modifier(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether ``doc[index]`` is a word that narrows the task name right after it (pure): a lowercase
    content word or a dimension ("lane", "streaming", "3D"), not a stop word, a quality or setting word
    ("superior", "existing"), a task context word, an adverb, a participle or a plural, nor a verb (the
    word after "we", "to", "can": "we study image classification")."""
    token = doc[index]
    if token.is_sent_start or not (token.is_alpha and token.is_lower or cues.dimension.match(token.text)):
        return False
    word = token.lower_
    if (
        token.is_stop
        or token.like_num  # "seven question-answering benchmarks"
        or word in cues.task_modifier_stoplist
        or word in cues.task_context_before
        or word in cues.task_setting_ends
        or word.endswith(("ly", "ing", "ed", "s"))
        or word in cues.naming_heads  # "benchmark language modeling"
    ):
        return False
    if index >= 2 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_:
        return ends_hyphen_compound(doc, index + 1)  # "cross-domain", not "state-of-the-art"
    if index == 0:
        return True
    before = doc[index - 1]
    if before.is_alpha and before.is_lower and before.lower_.endswith("s") and not before.lower_.endswith(("ss", "us")):
        return False  # after a plural noun the word is a verb: "how models encode math reasoning"
    return before.lower_ not in cues.verb_openers and not before.lower_.endswith("ly")  # "usually undermine ..."


def task_modifier_start(doc: Doc, start: int, cues: NameCues, most: int = 1) -> int:
    """Grow a lowercase lexicon task name left over ``most`` words that make it a narrower task (pure):
    "lane segmentation", "streaming video understanding", "dynamic 3D reconstruction" (with a hyphen
    compound before the word: "multi-object 3D reconstruction"). The task the paper names is the narrower
    one, as in the guide's "long-context question answering"."""
    for _ in range(most):
        if start == 0 or not _task_modifier(doc, start - 1, cues):
            break
        start = compound_start(doc, start - 1, cues.task_setting_ends)
    return start


def _shortenable(span: Span) -> bool:
    """A task phrase, or a one-word lexicon task ("segmentation", "super-resolution", "QA")."""
    evidence = get_evidence(span)
    return evidence == "task-phrase" or (evidence == "lexicon" and len(span.text.split()) == 1)


def _drop_shortened_tasks(spans: list[Span]) -> list[Span]:
    """Drop a task phrase or a one-word lexicon task that is the tail of a longer task the paper names
    ("Language Understanding" in a title, "natural language understanding" in the abstract; "segmentation"
    beside "video polyp segmentation"): it is the same task, said shorter."""
    tasks = {" " + " ".join(s.text.lower().split()) for s in spans if s.label_ == "Task"}
    return [
        s
        for s in spans
        if s.label_ != "Task"
        or not _shortenable(s)
        or not any(t.endswith(" " + " ".join(s.text.lower().split())) and t.strip() != s.text.lower() for t in tasks)
    ]


def _title_modifier_start(doc: Doc, index: int, cues: NameCues) -> int | None:
    """Start of the Title Case word or glued hyphen compound ending at ``doc[index]`` that narrows the task
    after it in a title ("Audio-Visual", "Polyp", "Single-Image"), or None (pure): not a stop, quality or
    setting word ("Robust", "Towards", "Zero-Shot"), an adverb, a participle or a plural ("Sensing")."""
    start = index
    tokens = table(doc)
    while hyphen_glued(tokens, start):
        start -= 2  # "Single-Image", "Text-to-Image"
    first, last = doc[start], doc[index]
    if not (first.is_alpha and first.is_title or cues.dimension.match(first.text)):
        return None
    if not all(t.is_alpha or t.text == "-" or cues.dimension.match(t.text) for t in doc[start : index + 1]):
        return None
    word, whole = first.lower_, doc[start : index + 1].text.lower()
    if (
        first.is_stop
        or word in cues.task_modifier_stoplist
        or whole in cues.task_modifier_stoplist
        or word in cues.task_context_before
        or last.lower_ in cues.task_setting_ends
        or word in cues.naming_heads
        or (start == index and word.endswith(("ly", "ing", "ed", "s")))
        or last.lower_.endswith(("ing", "ed"))
    ):
        return None
    return start


def title_task_start(doc: Doc, start: int, cues: NameCues, most: int = 2) -> int:
    """Grow a Title Case lexicon task in the title left over at most ``most`` Title Case words (or glued
    compounds) that make it a narrower task (pure): "... for Video Polyp Segmentation", "Robust Audio-Visual
    Segmentation" (not over "Robust"), "Hyperspectral Single-Image Super-Resolution"; not over the first
    word of a subtitle, which spells out the name before the colon."""
    tokens = table(doc)
    for _ in range(most):
        if start == 0 or not in_title(doc, start - 1):
            break
        index = start - 1
        if hyphen_glued(tokens, start):
            index = start - 2  # "Single-" + "Image Super-Resolution"
        before = _title_modifier_start(doc, index, cues)
        if before is None or (before > 0 and doc[before - 1].text == ":"):
            break  # "BiDA: Bi-directional Domain Adaptation for ...": a subtitle spells out the coined name
        start = before
    return start


def _spells_out_a_pair(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether ``doc[start:end]`` is written as the long form of an abbreviation the paper defines for a
    system ("a Bi-directional Domain Adaptation (BiDA) framework": a head noun of task_attributive_nouns
    follows): the abbreviation, not the task it narrows, decides what the name is."""
    words = doc[start:end].text.lower()
    for long_form, short_form in doc._.abbreviations or ():
        if long_form.text.lower() == words:
            after = short_form.end + (short_form.end < len(doc) and doc[short_form.end].text == ")")
            if after < len(doc) and doc[after].lower_ in cues.task_attributive_nouns:
                return True
    return False


def _title_cased(span: Span) -> bool:
    """Whether every word of a span starts with a capital ("Segmentation", "Super-Resolution")."""
    return all(t.text[:1].isupper() for t in span if t.is_alpha)


def _narrowed_in_title(doc: Doc, span: Span, cues: NameCues) -> bool:
    """A one-word lexicon task in the title right after a Title Case or all-caps word that narrows it
    ("Remote Sensing Segmentation", "OCT to OCTA Translation", "Scientific VQA"): the title names a narrower
    task than the bare word (pure)."""
    if span.start == 0 or len(span.text.split()) != 1 or not in_title(doc, span.start):
        return False
    before = doc[span.start - 1]
    return (
        before.is_alpha
        and before.text[:1].isupper()
        and not before.is_stop
        and not before.is_sent_start
        and before.lower_ not in cues.task_modifier_stoplist
        and before.lower_ not in cues.task_context_before
    )


def _task_phrase_opener(doc: Doc, start: int, cues: NameCues) -> int:
    """End of a word opening a task phrase that is not part of the task's name (pure), or ``start``: a verb
    ("decomposes ultra-long generation", "to evaluate endpoint detection") or a quality word or number
    ("sub-optimal detection", "seven question-answering")."""
    token = doc[start]
    if not token.is_lower:
        return start
    end = start + 1
    tokens = table(doc)
    while end + 1 < len(doc) and hyphen_glued(tokens, end + 1):
        end += 2  # a glued compound: "sub-optimal"
    word, whole = token.lower_, doc[start:end].text.lower()
    verb = end == start + 1 and (
        (start > 0 and doc[start - 1].lower_ == "to" and not word.endswith(_ADJECTIVE_ENDINGS))
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)
    )
    if verb or token.like_num or word in cues.task_modifier_stoplist or whole in cues.task_modifier_stoplist:
        return end
    return start


def _trim_task_phrases(doc: Doc, spans: list[Span], cues: NameCues) -> list[Span]:
    """Trim a verb, quality word or number off the front of a task phrase; a phrase left with one word
    ("sub-optimal detection") names no task and is dropped."""
    out = []
    for span in spans:
        if span.label_ != "Task" or get_evidence(span) != "task-phrase":
            out.append(span)
            continue
        start = _task_phrase_opener(doc, span.start, cues)
        if start == span.start:
            out.append(span)
        elif len(doc[start : span.end].text.split()) > 1:
            trimmed = Span(doc, start, span.end, label="Task", kb_id=span.kb_id_)
            set_evidence(trimmed, "task-phrase")
            out.append(trimmed)
    return out


#: Cues that find a name once, by its context; later uses of the name have no cue.
_CONTEXT_CUES = frozenset(
    {"title", "propose", "naming", "head-name", "compare", "dataset-head", "model-shape", "model-verb", "list"}
)


def _variant_end(doc: Doc, end: int, cues: NameCues) -> int:
    """The end of a name ending at ``end`` grown over glued name parts and a variant part ("VCMamba" + "-B")."""
    end = glued_extent(doc, end - 1, end, cues)[1]
    if (
        end + 1 < len(doc)
        and hyphen_glued(table(doc), end + 1)
        and cues.variant_part.match(doc[end + 1].text)
        and not (end + 2 < len(doc) and doc[end + 2].text == "-" and not doc[end + 1].whitespace_)
    ):
        end += 2
    return end


def _closes_name_run(token: Token) -> bool:
    """Whether ``token`` ends a phrase right before it: punctuation other than a hyphen, a slash or a parenthesis,
    or a lower-case function word ("... Verifiable Rewards." / "... with Momentum and"; not "... Bregman
    divergence", "... Human-Aligned", "... Layers (SALs)", a long form "(... with Tools)")."""
    if token.is_sent_start:
        return True
    if token.is_punct:
        return token.text not in {"-", "(", ")", "/"}
    return token.is_stop and token.text.islower()


def _plain_capitalised(token: Token) -> bool:
    """A plain word with only its first letter capital ("Verifiable", not "RLVR", "FooNet" or "the")."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:].islower()


def _mentions_name(texts: list[str], words: tuple[str, ...], cues: NameCues) -> bool:
    """Whether the tokens ``texts`` are the name ``words`` again, or a variant of it glued by an underscore to its
    last word ("PP-OCRv6" then "PP-OCRv6_medium achieves ...": the tokenizer keeps "OCRv6_medium" one token, so
    the variant is the whole mention, never the bare family name)."""
    if tuple(texts) == words:
        return True
    last = texts[-1]
    return (
        len(texts) == len(words)
        and tuple(texts[:-1]) == words[:-1]
        and last.startswith(words[-1])
        and bool(cues.underscore_variant.match(last[len(words[-1]) :]))
    )


def _repeated_mentions(doc: Doc, spans: list[Span], cues: NameCues) -> list[Span]:
    """Every other occurrence of a name that a context cue found once ("Cappy: ..." then "Cappy outperforms"),
    grown over a glued variant part ("VCMamba: ..." then "VCMamba-B achieves")."""
    tokens = table(doc)
    added: list[Span] = []
    seen: set[tuple[str, ...]] = set()
    named = {span_text(span) for span in spans}
    for span in spans:
        # an abbreviation's long form is the same name in another case too ("Text-to-image person
        # re-identification (TIReID)" and the title's "Text-to-image Person Re-identification")
        long_form = get_evidence(span) == "abbreviation" and span.end - span.start > 2 and not span.text.isupper()
        if get_evidence(span) not in _CONTEXT_CUES and not long_form:
            continue
        texts = tokens.lower if long_form else tokens.text
        words = tuple(texts[span.start : span.end])
        if words in seen or not (long_form or words[0][:1].isupper()):
            continue
        seen.add(words)
        size = len(words)
        for start in range(len(texts) - size + 1):
            if (
                texts[start].startswith(words[0])
                and start != span.start
                and _mentions_name(texts[start : start + size], words, cues)
            ):
                end = _variant_end(doc, start + size, cues) if span.label_ in ("Model", "Method") else start + size
                if end != start + size and doc[start:end].text in named:
                    continue  # "CHURRO" then "CHURRO-DS, the largest ... dataset": a name of its own, no variant
                repeat = Span(doc, start, end, label=span.label_, kb_id=span.kb_id_)
                set_evidence(repeat, "repeat")
                added.append(repeat)
    return added


def _family(text: str, cues: NameCues) -> str | None:
    """The family name of a size variant written as one name ("Critique-Coder-8B", "DA-VIT-Base",
    "SAIL-VL2 2B" -> the text before the size), None when the last part is no size (a count of examples,
    "Lay2Story-1M", "-10K", is none)."""
    for separator in ("-", " "):
        family, _, size = text.rpartition(separator)
        if family and (cues.parameter_count.match(size) or size in cues.model_size_parts):
            return family
    return None


def _sized_families(spans: list[Span], cues: NameCues) -> list[Span]:
    """A name the paper also writes with a size ("ReasonIR" and "ReasonIR-8B", "DA-VIT" and "DA-VIT-Tiny")
    names a family of trained models: a Model, with every size variant of it, whatever one mention said
    (a lexicon Method keeps its type: "LoRA" is no model)."""
    texts = {span_text(span) for span in spans}
    families = {
        family
        for span in spans
        if (family := _family(span_text(span), cues)) is not None and (span.label_ == "Model" or family in texts)
    }
    out = []
    for span in spans:
        coined = span.label_ == "Method" and not get_evidence(span).startswith("lexicon")
        if coined and (span.text in families or _family(span.text, cues) in families):
            relabeled = Span(doc=span.doc, start=span.start, end=span.end, label="Model", kb_id=span.kb_id_)
            set_evidence(relabeled, get_evidence(span))
            span = relabeled
        out.append(span)
    return out


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
      is typed by the word after the short form, else it is a weak Method
      when ``proposed`` and no entity otherwise, although it ends like a
      process noun (see :func:`_quantity_long_form`);
    - a single hyphenated compound ("out-of-distribution (OOD)") or a phrase
      ending in an adjective ("independent and identically distributed (IID)")
      is no entity;
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
            if label == "Model" and not proposed and _model_class(long_form, short_text):
                return None, False  # "Large Reasoning Models (LRMs)", "world model (WM)": a class of models
            return label, True
    if head in cues.task_long_form_heads or (long_form.text.islower() and head in cues.task_phrase_heads):
        return "Task", True
    label = head_noun_type(after, cues) if after is not None else None
    if label in ("Dataset", "Metric", "Task") and " " in long_form.text.strip():
        return label, True  # "a software engineering (SE) task", "the ... (XB) benchmark"
    if " " not in long_form.text.strip() or head.endswith(_ADJECTIVE_ENDINGS):
        return None, False
    if head in cues.long_form_class_heads:  # "Computer-use agents (CUAs)", "Directed Acyclic Graph (DAG)"
        return ("Method", False) if proposed else (None, False)
    if _quantity_long_form(words, cues):  # "mutual information (MI)": what a method reads, not what it is built on
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


#: a lowercase word of two or more letters glued to a capitalised name ("likeQwen3-VL", "theAD-DualDiff")
_GLUED_WORD = re.compile(r"^([a-z]{2,})[A-Z]")
#: Zipf frequency (``wordfreq``, English) from which a glued lowercase word is a function word of running text
#: ("like" 6.4, "the" 7.7), above the coined prefixes of names ("open" 5.5 in "openPangu", "deep", "meta")
GLUED_WORD_ZIPF = 5.6


def _glued_word(span: Span) -> bool:
    """Whether a name found by context starts with a frequent English word glued to a capitalised name because
    the source lost a space ("large-scale models likeQwen3-VL", "theAD-DualDiff"): no name a reader can use.
    Coined prefixes stay ("openPangu", "mBERT", "iPhone"), and so does a word before a single capital ("inD")."""
    if not span[0].text[:1].islower():
        return False
    match = _GLUED_WORD.match(span.text)
    if match is None or get_evidence(span).startswith("lexicon"):
        return False
    if sum(ch.isalpha() for ch in span.text[match.end(1) :]) < 2:
        return False  # "inD", "highD": a word and a capital letter name a dataset of their own
    return english_zipf(match.group(1)) >= GLUED_WORD_ZIPF


#: Zipf frequency (``wordfreq``, English) from which the stem of a word in -ing is a verb ("grow" 4.7, "rethink"
#: 3.0; "sibl" and "str" are no words)
VERB_STEM_ZIPF = 2.5


def _metric_at_cutoff(span: Span, cues: NameCues) -> Span:
    """A name written "<name>@<k>" (``metric_cutoff_shape``) is a metric at a cutoff k ("2.70% on mAP@3+tgt and
    2.1% on mR@3", "RTA@5", "Cons@5"), never a dataset, whatever the "on" before it suggests."""
    if span.label_ != "Dataset" or not cues.metric_cutoff_shape.match(span.text):
        return span
    retyped = Span(doc=span.doc, start=span.start, end=span.end, label="Metric")
    set_evidence(retyped, get_evidence(span))
    return retyped


def _occurrences_of(doc: Doc, phrases: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Token ranges where ``doc`` writes one of ``phrases`` (lower-cased token texts), case aside."""
    lower = [token.lower_ for token in doc]
    found = []
    for words in phrases:
        size = len(words)
        found += [(i, i + size) for i in range(len(lower) - size + 1) if tuple(lower[i : i + size]) == words]
    return found


def _verb_in_ed(word: str) -> bool:
    """Whether ``word`` is an English past participle: a word in its own right whose stem, without "-ed" or
    "-d", is one too ("shaped", "focused", "protected", "stained"; not "biomed", "embed")."""
    if len(word) < 6 or not word.endswith("ed") or english_zipf(word) < VERB_STEM_ZIPF:
        return False
    return any(english_zipf(stem) >= VERB_STEM_ZIPF for stem in (word[:-2], word[:-1]))


def _participle_modifier(span: Span) -> bool:
    """Whether a name found by context ends in an English participle glued by a hyphen ("a novel U-shaped
    network", "an Arctic-focused foundation model", "a CLS-protected aggregation", "H&E-stained slides"): the
    compound describes something, it names nothing. Lexicon names stay, and so does a coined word after the
    hyphen ("GLiNER-biomed")."""
    if len(span) < 3 or get_evidence(span).startswith("lexicon"):
        return False
    last = span[-1]
    return hyphen_glued(table(span.doc), last.i) and last.is_alpha and last.is_lower and _verb_in_ed(last.text)


def _verb_in_ing(word: str) -> bool:
    """Whether ``word`` is a verb in -ing: the word without "-ing" (or with an "e" back, or with a doubled
    consonant undone) is an English word ("rethinking", "growing", "recognizing", "running"; not "sibling",
    "string")."""
    if len(word) < 6 or not word.endswith("ing"):
        return False
    stem = word[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return any(len(form) > 2 and english_zipf(form) >= VERB_STEM_ZIPF for form in stems)


def no_name_long_form(long_form: Span, short_text: str, cues: NameCues) -> bool:
    """Whether an abbreviation's long form is no name to show for the pair, so that the short form names it:

    - a sentence: it holds a verb of ``long_form_clause_words`` ("LiMA (Less input is More faithful for
      Attribution)");
    - a verb phrase: it opens with a capitalised verb in -ing, then its object, then a lowercase function word
      (``title_function_words``: "Growing Networks with Autonomous Pruning (GNAP)", "RFOP: Rethinking Fusion and
      Orthogonal Projection"), while a participle before a head noun ("Sliding Tile Attention (STA)") and a
      gerund noun joined right away ("Pruning and Clustering-Based Token Reduction", "Thinking with Camera")
      stay;
    - half expanded: it ends in the short form's last hyphen part ("Dynamic Extreme VIew Synthesis-GRPO
      (DEVIS-GRPO)").
    """
    words = [t.text for t in long_form]
    if any(word in cues.long_form_clause_words for word in words[1:]):
        return True
    first = words[0]
    gerund = first[:1].isupper() and first[1:].islower() and _verb_in_ing(first.lower())
    if gerund and len(words) > 2 and words[1] not in cues.title_function_words:
        if any(word in cues.title_function_words for word in words[2:]):
            return True  # the verb's object, then more: "Rethinking Fusion and ...", "Growing Networks with ..."
    tail = short_text.rsplit("-", 1)
    return len(tail) == 2 and len(tail[1]) > 1 and long_form.text.endswith("-" + tail[1])


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
    (``_MODIFIER_ENDINGS``, not a head word) before "(SF)" and a lowercase head noun ("a Spatial Video-Audio
    Contrastive (SVAC) learning strategy", "a Conditional Supervised Contrastive (CSC) objective"). A long form
    that ends in a head word of its own stays ("Direct Preference Optimization (DPO) training", "Hybrid Token
    Retrieval (HTR) module", "Arithmetic Progression of Interval (API) method": a noun after a preposition), and
    so does one with no head noun after the short form ("(SVAC) to align ...")."""
    doc = long_form.doc
    words = [t.text for t in long_form if t.text != "-"]
    last = words[-1] if words else ""
    if len(words) < 2 or not (last[:1].isupper() and last[1:].islower()) or not last.endswith(_MODIFIER_ENDINGS):
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


def _model_class(long_form: Span, short_text: str) -> bool:
    """Whether a long form headed by a model word names a class of models, not one model: the pair is
    plural ("Large Reasoning Models (LRMs)", "Vision Foundation Models (VFMs)") or the long form is
    written in lowercase ("world model (WM)", "vision foundation model (VFM)"); "Hierarchical Reasoning
    Model (HRM)" names one."""
    plural = long_form[-1].text.endswith("s") and len(short_text) > 2 and short_text.endswith("s")
    return plural or long_form.text.islower()


def _type_strength(span: Span, weak: set[tuple[int, int]]) -> int:
    if get_evidence(span).startswith("lexicon"):
        return 3
    return 1 if (span.start, span.end) in weak else 2


def unify_types(spans: list[Span], weak: set[tuple[int, int]], pairs=()) -> list[Span]:
    """One type per name: relabel every mention of a name with its best-supported type.

    Mentions are the same name when their normalised texts are equal whatever
    their case ("LENS" in a title, "Lens" in the abstract) or an abbreviation
    pair ``(long, short)`` ties them. The type is the one with the strongest
    evidence (lexicon 3, a type the text states 2, the default guess in
    ``weak`` 1), then the most mentions, then the earliest.
    """
    if len(spans) < 2:
        return spans
    keys = [normalize_name(span_text(s).lower()) for s in spans]  # "LENS" in the title is "Lens" in the abstract
    alias = {}
    for long_form, short_form in pairs or ():
        a, b = normalize_name(long_form.text.lower()), normalize_name(short_form.text.lower())
        alias[b] = alias.get(a, a)
        alias.setdefault(b + "s", alias[b])
    keys = [alias.get(k, k) for k in keys]
    votes: dict[str, dict[str, list[int]]] = {}
    for index, (key, span) in enumerate(zip(keys, spans, strict=True)):
        vote = votes.setdefault(key, {}).setdefault(span.label_, [0, 0, -index])
        vote[0] = max(vote[0], _type_strength(span, weak))
        vote[1] += 1
    out = []
    for key, span in zip(keys, spans, strict=True):
        labels = votes[key]
        best = max(labels, key=lambda label: tuple(labels[label])) if len(labels) > 1 else span.label_
        if best == "Method" and labels.get("Model", (0,))[0] == labels["Method"][0] == 2:
            # "PyTester, a Text-to-Testcase generation approach" and "PyTester, a small language model": both
            # stated; a model is the narrower thing, and what a paper trains and releases
            best = "Model"
        if best != span.label_:
            relabeled = Span(doc=span.doc, start=span.start, end=span.end, label=best, kb_id="")
            set_evidence(relabeled, get_evidence(span))
            span = relabeled
        out.append(span)
    return out


class EntityDecider:
    """Choose the final entity spans from all candidates."""

    def __init__(
        self,
        generic: frozenset[str],
        cues: NameCues,
        propose_verbs: frozenset[str] = frozenset(),
        known_forms: dict[str, frozenset[str]] | None = None,
        listed_forms: dict[str, tuple[str, ...]] | None = None,
    ):
        self.generic = generic
        self.cues = cues
        self.propose_verbs = propose_verbs
        self.known_forms = known_forms or {}  # lexicon canonical name -> its normalised surface forms
        self.listed_forms = listed_forms or {}  # lexicon canonical name -> its surface forms as written
        self.all_forms = frozenset().union(*self.known_forms.values())
        self._lower_dataset_heads = frozenset(word.lower() for word in cues.dataset_heads)

    def is_generic(self, span: Span) -> bool:
        """A generic phrase; a lexicon name counts only when written in lowercase ("quality", not "QuALITY")."""
        written = span_text(span)
        if get_evidence(span).startswith("lexicon") and written != written.lower():
            return False
        text = " ".join(written.lower().split())
        return text in self.generic or (text.endswith("s") and text[:-1] in self.generic)

    def is_attributive_task(self, doc: Doc, span: Span) -> bool:
        """A task name that modifies a following noun ("instruction-following training", "QA accuracy").

        Such a mention names a kind of training, ability or score, not the
        task the work addresses; other mentions of the name still count.
        """
        return (
            span.label_ == "Task" and span.end < len(doc) and doc[span.end].lower_ in self.cues.task_attributive_nouns
        )

    def is_name_part(self, doc: Doc, span: Span) -> bool:
        """A task name glued by a hyphen into a larger coined name ("MT" in "MT-DNN", "QA" in "QA-GNN")."""
        return span.label_ == "Task" and glued_extent(doc, span.start, span.end, self.cues) != (span.start, span.end)

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans.get(CANDIDATES, []))  # iterating a span group makes new Span objects each time
        starts = {s.start for s in found}
        candidates = [
            self._grow(doc, s, starts)
            for s in found
            if not self.is_generic(s) and not _LATEX_COMMAND.search(span_text(s))
        ]
        candidates = [s for s in candidates if not crosses_sentence(doc, s.start, s.end)]
        candidates = _drop_weak_overlaps(candidates)
        candidates = [s for s in candidates if not self.is_attributive_task(doc, s) and not self.is_name_part(doc, s)]
        candidates = [
            s
            for s in _trim_task_phrases(doc, candidates, self.cues)
            if not (s.label_ == "Task" and get_evidence(s) == "lexicon" and _narrowed_in_title(doc, s, self.cues))
        ]
        pairs = doc._.abbreviations
        weak = set(doc.user_data.pop(WEAK_TYPES, None) or ())
        if pairs:
            overridden: set[tuple[int, int]] = set()
            classes: set[tuple[int, int]] = set()
            unnamed: set[tuple[str, ...]] = set()
            added = self._abbreviation_spans(doc, pairs, candidates, weak, overridden, classes, unnamed)
            if unnamed:  # "Growing Networks with Autonomous Pruning (GNAP)": GNAP names it, in the title too
                inside = _occurrences_of(doc, unnamed)
                candidates = [
                    s
                    for s in candidates
                    if get_evidence(s).startswith("lexicon") or not any(a <= s.start and s.end <= b for a, b in inside)
                ]
            if overridden:  # a local definition replaces the lexicon's reading of its short form
                candidates = [
                    s
                    for s in candidates
                    if not (get_evidence(s).startswith("lexicon") and (s.start, s.end) in overridden)
                ]
            if classes:  # "small vision-language models (sVLMs)": "a detection-guided sVLM framework" names no sVLM
                candidates = [
                    s for s in candidates if get_evidence(s).startswith("lexicon") or (s.start, s.end) not in classes
                ]
            candidates.extend(added)
        decided = _drop_shortened_tasks(unify_types(resolve_overlaps(candidates), weak, pairs))
        decided = [
            _metric_at_cutoff(span, self.cues)
            for span in self._own_names_typed(doc, decided)
            if not _glued_word(span)
            and not _participle_modifier(span)
            and span_text(span) not in self.cues.setting_acronyms
        ]
        decided = self._score_names_typed(doc, decided)
        listed = self._list_members(doc, decided, weak)
        if listed:
            decided = resolve_overlaps(decided + listed)
        repeats = _repeated_mentions(doc, decided, self.cues)
        decided = resolve_overlaps(decided + repeats) if repeats else decided
        doc.spans[ENTITIES] = _sized_families(decided, self.cues)
        return doc

    def _grow(self, doc: Doc, span: Span, starts: set[int] = frozenset()) -> Span:
        """Grow names over glued parts (Model, Dataset), tasks over hyphen compounds and a Title Case method over
        its Title Case qualifier (``starts``: where other candidates begin, which a qualifier never runs over)."""
        if span.label_ in ("Model", "Dataset"):
            start, end = glued_extent(doc, span.start, span.end, self.cues)
            if span.label_ == "Dataset" and get_evidence(span) == "lexicon":
                subset = self._subset_extent(doc, start, end)
                if subset != (start, end) and normalize_name(doc[subset[0] : subset[1]].text) not in self.all_forms:
                    # "GPQA Diamond", "Foggy Cityscapes": another dataset, not the known one (a listed subset,
                    # "SWE-bench Lite", is matched whole)
                    grown = Span(doc, *subset, label="Dataset", kb_id="")
                    set_evidence(grown, "lexicon-variant")
                    return grown
            elif span.label_ == "Dataset":
                end = self._acronym_part_end(doc, start, end)  # "UC Merced", "IU X-Ray": not the source alone
            if span.label_ == "Model":
                end = _variant_end(doc, end, self.cues)  # "EfficientNet-B3"
                end = self._numbered_word_end(doc, end)  # "GPT-image-1"
                if end > span.end and doc[end - 1].like_num:
                    end = variant_end(doc, end, self.cues)  # "GPT-4-1106" + "-turbo": variant words after a date part
            if (
                end < len(doc)
                and self.cues.version.match(table(doc).text[end])
                and not doc[end].is_sent_start
                and not is_percentage(doc, end)  # "(GQA 60.81%)": a score after the name
            ):
                end += 1  # "Natural Instructions V2", "SQuAD v1.1"
            elif span.label_ == "Model" and self._single_digit_version(doc, start, end):
                end += 1  # "LLaMA-Omni 2"
            if span.label_ == "Model":
                end = self._spaced_release_end(doc, self._spaced_variant_end(doc, end))
            if (
                end < len(doc)
                and doc[end].text == "+"
                and not doc[end - 1].whitespace_
                and (doc[end].whitespace_ or end + 1 == len(doc) or doc[end + 1].is_punct)
            ):
                end += 1  # "HER2+", "Spider+": a trailing plus belongs to the name
        elif span.label_ == "Task" and (_lowercase_name(span, self.cues) or span.text.isupper()):
            start, end = compound_start(doc, span.start, self.cues.task_setting_ends), span.end
            if get_evidence(span) == "lexicon" and not span.text.isupper():
                start = task_modifier_start(doc, start, self.cues)
        elif span.label_ == "Task" and get_evidence(span) == "lexicon" and _title_cased(span):
            start, end = title_task_start(doc, span.start, self.cues), span.end
            if start != span.start and _spells_out_a_pair(doc, start, end, self.cues):
                return span  # "... based on Bi-directional Domain Adaptation", then "(BiDA) framework"
        elif span.label_ == "Metric":
            start, end = self._metric_start(doc, span.start), span.end
        elif span.label_ == "Method" and (qualified := self._qualified_method_end(doc, span, starts)) > span.end:
            start, end = span.start, qualified
        elif span.label_ == "Method" and get_evidence(span).startswith("lexicon") and is_coined(span.text):
            # "RED-CNN", "LSTM-CRF": a known acronym glued into a larger coined name is part of that name
            start, end = glued_extent(doc, span.start, span.end, self.cues, coined_only=True)
            if any(self.cues.model_shape.match(t.text) or self.cues.size_suffix.match(t.text) for t in doc[start:end]):
                return span  # "Zephyr-7B-SFT" is a model, "SFT" its variant
        else:
            return span
        if (start, end) == (span.start, span.end):
            return span
        kb_id = "" if span.label_ in ("Method", "Metric") else span.kb_id_  # "Patho-FID" is no FID
        grown = Span(doc, start, end, label=span.label_, kb_id=kb_id)
        set_evidence(grown, "lexicon-variant" if get_evidence(span) == "lexicon" else get_evidence(span))
        return grown

    def _qualified_method_end(self, doc: Doc, span: Span, starts: set[int]) -> int:
        """The end of a known method written in Title Case in running text and continued by a qualifier in Title
        Case: a ``method_qualifier_connectors`` word and up to three plain capitalised words that close the
        phrase (:func:`_closes_name_run`: "Reinforcement Learning via Verifiable Rewards." is one name,
        "Reinforcement Learning" a fragment of it). Not over another candidate name ("Supervised Fine-Tuning with
        Reinforcement Learning": two names), a model or dataset ("with Large Language Models": what the method
        is applied to), nor in the title, where every word is capitalised. A run before a parenthesis is left to
        the abbreviation it defines ("Mamba-2 with Selective Attention Layers (SALs)")."""
        end = span.end
        if (
            not get_evidence(span).startswith("lexicon")
            or in_title(doc, span.start)
            or end + 1 >= len(doc)
            or doc[end].lower_ not in self.cues.method_qualifier_connectors
            or not all(token.text[:1].isupper() for token in span if token.is_alpha)
        ):
            return end
        grown = end + 1
        while grown < len(doc) and grown - end <= 3 and _plain_capitalised(doc[grown]) and grown not in starts:
            grown += 1
        if grown == end + 1 or not (grown == len(doc) or _closes_name_run(doc[grown])):
            return end  # no qualifier, or the phrase runs on ("Flow Matching via Bregman divergence")
        heads = self.cues.model_heads | self.cues.dataset_heads
        if any(token.text in heads for token in doc[end + 1 : grown]):
            return end  # "Reinforcement Learning with Large Language Models": what it is applied to, another thing
        return grown

    def _subset_extent(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Grow a known dataset name in the abstract over a word that makes it a subset or variant of its own.

        The word is a capitalised plain word after a space, on either side
        ("GPQA Diamond", "LIBERO Object", "SWE-Bench Lite", "Foggy Cityscapes",
        "Moving MNIST"), or a lowercase word glued by a hyphen after it
        ("ImageNet-hard", "VideoMME-long"); not a head, task or metric word
        ("MMLU Benchmark", "COCO Detection", "CheXpert Macro-F1"), a suffix
        ("ImageNet-based", "COCO-pretrained"), a stop word or a known name of
        the lexicon ("Llama MMLU"). Titles, written in Title Case, are left alone.
        """
        cues = self.cues
        if in_title(doc, start):
            return start, end
        if (
            end + 1 < len(doc)
            and hyphen_glued(table(doc), end + 1)
            and doc[end + 1].is_alpha
            and doc[end + 1].is_lower
            and len(doc[end + 1].text) > 2
            and not doc[end + 1].is_stop
            and doc[end + 1].lower_ not in cues.suffix_stoplist
            and not doc[end + 1].text.endswith(("ed", "ing"))  # "RELLIS-3D-demonstrating": a dash, then a verb
        ):
            end += 2
        elif end < len(doc) and doc[end - 1].whitespace_ and self._subset_word(doc, end):
            end += 1
        else:
            end = self._acronym_part_end(doc, start, end)  # "KITTI MOTS"
        if start >= 1 and doc[start - 1].whitespace_ and self._subset_word(doc, start - 1):
            start -= 1
        return start, end

    def _acronym_part_end(self, doc: Doc, start: int, end: int) -> int:
        """The end of the spaced name word after a dataset written as one acronym (``end`` when there is none).

        "UC Merced", "IU X-Ray", "CMU MOSI", "NWPU VHR-10", "KITTI MOTS", "CH SIMS": after a bare acronym a
        coined word (with its hyphen-glued parts: "X-Ray"), and a capitalised plain word after that ("ASL STEM
        Wiki"), or a capitalised plain word (:meth:`_subset_word`) is the rest of the name. Not a known name of
        the lexicon ("COCO FID", "POPE F1"), a setting acronym ("ORFD OOD scenarios"), a generic acronym,
        a head or metric word, a word glued to a hyphen compound after it ("CLIP ViT-based"), nor a plain
        word that modifies a lowercase noun after it ("on SAR Target detection"); titles, in Title Case, are
        left alone.
        """
        if end - start != 1 or end >= len(doc) or not is_acronym(doc[start].text) or not doc[start].whitespace_:
            return end
        if in_title(doc, start) or doc[end].is_sent_start or not doc[end].text[:1].isupper():
            return end
        if self._subset_word(doc, end):
            return end if modifies_next(doc, end + 1, self.cues) else end + 1
        part_end = glued_extent(doc, end, end + 1, self.cues)[1]
        text = doc[end:part_end].text
        if (
            is_coined(text)
            and "$" not in text
            and text not in self.cues.acronym_stoplist
            and text not in self.cues.setting_acronyms  # "on ORFD OOD scenarios": the setting, no subset
            and text not in self.cues.metric_heads
            and normalize_name(text) not in self.all_forms
            and not self.cues.size_suffix.match(text)
            and not self.cues.model_shape.match(text)
            and not (part_end < len(doc) and doc[part_end].text in {"-", "/"} and not doc[part_end - 1].whitespace_)
        ):
            if (
                part_end < len(doc)
                and self._subset_word(doc, part_end)
                and not modifies_next(doc, part_end + 1, self.cues)
            ):
                return part_end + 1  # "ASL STEM Wiki"
            return part_end
        return end

    def _subset_word(self, doc: Doc, index: int) -> bool:
        """A capitalised plain word that can name a subset or variant of a dataset next to it (see
        :meth:`_subset_extent`)."""
        token = doc[index]
        text, cues = token.text, self.cues
        return (
            token.is_alpha
            and len(text) > 2
            and text[:1].isupper()
            and text[1:].islower()
            and not token.is_sent_start
            and not token.is_stop
            and token.lower_ not in cues.task_modifier_stoplist  # "ALFWorld Overall results": a quality, no subset
            and not (index + 1 < len(doc) and doc[index + 1].text == "-" and not token.whitespace_)
            and token.lower_ not in cues.dataset_heads
            and token.lower_ not in cues.task_phrase_heads
            and token.lower_ not in cues.metric_nouns
            and text not in cues.lexicon_trimmed_heads
            and text not in cues.metric_heads
            and text not in cues.method_heads
            and normalize_name(text) not in self.all_forms
        )

    def _list_members(self, doc: Doc, spans: list[Span], weak: set[tuple[int, int]]) -> list[Span]:
        """Coined names listed right after a known model or dataset take its type ("GPT-4o and FooVLM",
        "ImageNet, FooSet and COCO"): along ", " / "and" / "or" from a lexicon name, member by member
        ("EvalCrafter, VideoPhy, and VidProM").

        Only names with a letter shape of their own count (mixed case or a
        digit: "InfoSeek", "Motion-X"), not short acronyms ("MRI and CT").
        """
        taken: set[int] = set()
        for span in spans:
            taken.update(range(span.start, span.end))
        known = {span_text(span) for span in spans}
        added: list[Span] = []
        queue = list(spans)
        for span in queue:  # a listed name continues the list ("EvalCrafter, VideoPhy, and VidProM")
            if span.label_ not in _LISTED_TYPES or not get_evidence(span).startswith(("lexicon", "list")):
                continue
            for start in self._listed_after(doc, span.end):
                end = name_end(doc, start, self.cues, allow_plain=False)
                if end == start or taken.intersection(range(start, end)) or not _listed_shape(doc[start:end].text):
                    continue
                if doc[start:end].text in known:
                    continue  # a name the paper uses otherwise ("On ImageNet, LumaNet achieves ...")
                if doc[start - 1].text == "," and not (end < len(doc) and doc[end].text in {",", "and", "or"}):
                    continue  # "On ImageNet, FooNet achieves": a comma alone makes no list
                if end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
                    continue  # "and FooNet-based": a modifier
                if span.label_ == "Model":
                    end = self._spaced_release_end(doc, end)  # "GLM-5 and MiniMax M2.7"
                listed = Span(doc, start, end, label=span.label_)
                set_evidence(listed, "list")
                weak.add((start, end))
                taken.update(range(start, end))
                added.append(listed)
                queue.append(listed)
        return added

    @staticmethod
    def _listed_after(doc: Doc, end: int) -> list[int]:
        """The start of the next list member after a name ending at ``end`` (", X", " and X", ", and X")."""
        index = end
        while index < len(doc) and doc[index].text in {",", "and", "or"} and index - end < 2:
            if doc[index].is_sent_start:
                return []
            index += 1
        return [index] if index > end and index < len(doc) and not doc[index].is_sent_start else []

    def _spaced_variant_end(self, doc: Doc, end: int) -> int:
        """Grow a versioned model name over capitalised variant words after a space
        ("SD3.5 Large", "Gemini 1.5 Pro", "Claude 3.5 Sonnet", also "GPT-5.4 mini"; not "BERT Large": no version)."""
        grown = end
        while (
            grown < len(doc)
            and grown - end < 2
            and doc[grown - 1].text[-1:].isdigit()
            and (
                (doc[grown].text[:1].isupper() and doc[grown].text in self.cues.variant_words)
                or doc[grown].text in self.cues.spaced_lowercase_variants  # "GPT-5.4 mini"
            )
            and not (grown + 1 < len(doc) and doc[grown + 1].text == "-" and not doc[grown].whitespace_)
            and not doc[grown].is_sent_start
        ):
            grown += 1
        return grown

    def _spaced_release_end(self, doc: Doc, end: int) -> int:
        """Grow a Model name over the spaced mark of one release: a capital with a version number ("MiniMax M2.7",
        "Kimi K2.5") or a capitalised variant word with one ("Claude Opus 4.6", "Gemini Pro 1.0"). Without it the
        name is the family or the company, not the model compared. Not over a name of its own ("Flan T5" is
        grown, "BERT T5" is two names only when a lexicon knows "T5"), nor into the next sentence or a hyphen
        compound ("Claude Opus 4.6-based"), nor after a size ("Qwen3.5-0.8B L9": a layer of that model)."""
        cues = self.cues
        if end >= len(doc) or doc[end].is_sent_start or not doc[end - 1].whitespace_:
            return end
        if cues.size_suffix.match(doc[end - 1].text):
            return end  # "Qwen3.5-0.8B L9 H4": after a sized model, a layer or a head, no release
        text = doc[end].text
        if cues.release_mark.match(text) and normalize_name(text) not in self.all_forms:
            grown = end + 1
        elif (
            end + 1 < len(doc)
            and text[:1].isupper()
            and text in cues.variant_words
            and doc[end].whitespace_
            and cues.release_number.match(doc[end + 1].text)
        ):
            grown = end + 2
        elif (hyphened := self._hyphened_release(doc, end)) > end:
            grown = hyphened
        else:
            return end
        if grown < len(doc) and doc[grown].text == "-" and not doc[grown - 1].whitespace_:
            return end
        return grown

    def _numbered_word_end(self, doc: Doc, end: int) -> int:
        """Grow a Model name over a hyphen-glued lowercase word with a number ("GPT-image-1", "gpt-oss-20"):
        the model is that product, not the family. A glued word with no number ("GPT-based") is no part."""
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and self.cues.numbered_word_part.match(doc[end + 1].text)
        ):
            return end + 2
        return end

    def _hyphened_release(self, doc: Doc, index: int) -> int:
        """The end of a variant word joined by a hyphen to a version after a spaced Model name, ``index`` when
        there is none: "Claude Opus-4.6", "Whisper large-v3", "Gemini Pro-1.5" name one release, the bare name
        the family. A variant word with no version ("BERT large-scale") is none."""
        cues = self.cues
        head, hyphen, tail = doc[index].text.partition("-")
        if hyphen and head in cues.variant_words and self._release(tail):
            return index + 1  # one token: "Opus-4.6"
        if (
            index + 2 < len(doc)
            and doc[index].text in cues.variant_words
            and doc[index + 1].text == "-"
            and not doc[index].whitespace_
            and not doc[index + 1].whitespace_
            and self._release(doc[index + 2].text)
        ):
            return index + 3  # "large" "-" "v3"
        return index

    def _release(self, text: str) -> bool:
        """Whether ``text`` is a release number or a version ("4.6", "v3")."""
        return bool(self.cues.release_number.match(text) or self.cues.version.match(text))

    def _metric_start(self, doc: Doc, start: int) -> int:
        """Grow a metric name left over a narrowing qualifier ("Top-3 accuracy", "weighted success rate",
        "macro F1") or a word glued by a hyphen ("Patho-FID", "macro-average accuracy")."""
        cues = self.cues
        tokens = table(doc)
        if hyphen_glued(tokens, start):
            if (
                doc[start - 2].is_alpha
                and doc[start - 2].lower_ not in cues.task_modifier_stoplist  # "High-Sensitivity": a quality
                and not doc[start - 1].is_sent_start
                and not doc[start].is_sent_start
            ):
                start -= 2
        if start >= 1 and not doc[start].is_sent_start:
            word = doc[start - 1].text
            if word.lower() in cues.metric_qualifiers or cues.metric_qualifier_shape.match(word):
                start -= 1
            elif hyphen_glued(tokens, start - 1) and doc[start - 3 : start].text.lower() in cues.metric_qualifiers:
                start -= 3  # "macro-averaged F1"
        return start

    def _single_digit_version(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a single digit after a model name is its version: after a hyphenated name ("LLaMA-Omni 2", not
        "GPT-4 2 times"), or after any name when a capitalised variant word follows it ("the Gemini 3 Pro
        reaches ...", "Nemotron 3 Nano"), which then grows the name further (not "Gemini 3 times")."""
        if end >= len(doc) or not doc[end - 1].is_alpha or doc[end].is_sent_start:
            return False
        digit = doc[end].text
        if len(digit) != 1 or digit not in "23456789":
            return False
        after = doc[end + 1] if end + 1 < len(doc) else None
        if end - start >= 3:
            return after is None or after.lower_ not in self.cues.version_counts
        return (
            after is not None
            and doc[end].whitespace_ != ""
            and after.text[:1].isupper()
            and after.text in self.cues.variant_words
            and not after.is_sent_start
        )

    def _abbreviation_spans(
        self,
        doc: Doc,
        pairs,
        candidates: list[Span],
        weak: set[tuple[int, int]],
        overridden: set[tuple[int, int]],
        classes: set[tuple[int, int]],
        unnamed: set[tuple[str, ...]],
    ) -> list[Span]:
        """Spans of the abbreviation pairs and their later short forms, typed by what is known of either form.

        ``overridden`` collects the lexicon readings a local definition replaces; ``classes`` the short forms of
        a class of models ("Large Reasoning Models (LRMs)"), which no other cue makes a name; ``unnamed`` the
        long forms (lower-cased token texts) that name nothing (:func:`no_name_long_form`), whose short form
        names the pair."""
        by_end = {}
        by_range = {}
        for span in candidates:
            by_end.setdefault(span.end, []).append(span)
            previous = by_range.get((span.start, span.end))
            if previous is None or not get_evidence(previous).startswith("lexicon"):
                by_range[(span.start, span.end)] = span  # a lexicon reading of a range is the one to check
        added: list[Span] = []
        task_words = {s.text for s in candidates if s.label_ == "Task"}
        for long_form, short_form in pairs:
            if any(s.label_ == "Task" and s.start == long_form.start for s in by_end.get(long_form.end, [])):
                task_words.add(short_form.text)  # "Open-vocabulary object detection (OVD)"
        for long_form, short_form in pairs:
            if self.is_generic(long_form) or self.is_generic(short_form):
                continue
            known = by_range.get((short_form.start, short_form.end))
            inner = [s for s in by_end.get(long_form.end, []) if s.start >= long_form.start]
            label = kb_id = None
            stated = True
            whole = [s for s in inner if s.start == long_form.start]
            local = known is not None and bool(whole) and whole[0].kb_id_ != known.kb_id_
            redefined = known is not None and not local and self._redefined(long_form, short_form, known)
            if redefined:
                # "Segment Any Crack (SAC)", "OWT: A Foundational Organ-Wise Tokenization Framework": the paper's
                # own definition of a short form the lexicon knows as something else (soft actor-critic,
                # OpenWebText) wins; the pair is typed like any pair the lexicon does not know
                known, local = None, True
            if known is not None and not local:
                label, kb_id = known.label_, known.kb_id_
                if get_evidence(known) == "dataset-head" and not self._introduced(
                    doc, min(long_form.start, short_form.start)
                ):
                    named, named_stated = long_form_typing(long_form, short_form.text, self.cues)
                    if named_stated and named in self.cues.long_form_named_types and named != label:
                        # "Remote Sensing Visual Question Answering (RSVQA) ... a novel RSVQA dataset": the long
                        # form names a task; "RSVQA dataset" is a dataset for it (not "we introduce SPIQA (...)")
                        label, kb_id = named, ""
            elif inner:  # a local definition ("misinformation detection (MMD)") beats a lexicon's short form
                best = min(inner, key=lambda s: s.start)
                label, kb_id = best.label_, best.kb_id_ if best.start == long_form.start else ""
                if (best.start, best.end) in weak:
                    # a guessed type yields to what the long form names ("Time Reversed Language Models")
                    proposed = self._introduced(doc, long_form.start)
                    typed, stated = long_form_typing(long_form, short_form.text, self.cues, proposed=proposed)
                    if typed is not None and stated:
                        label = typed
            else:
                after = self._word_after_parenthesis(doc, short_form.end)
                proposed = self._introduced(doc, long_form.start)
                label, stated = long_form_typing(long_form, short_form.text, self.cues, after, proposed)
                if label is None and not proposed and self._model_class_pair(long_form, short_form.text):
                    classes.update(self._occurrences(doc, short_form))
                if short_form.text not in self.cues.acronym_stoplist:
                    last = max(short_form.end, long_form.end)  # "ATLAS (AGI-Oriented Testbed ...), a ... suite"
                    end = last + 1 if last < len(doc) and doc[last].text == ")" else None
                    described = appositive_type(doc, end, self.cues) if end is not None else None
                    if after_task_of(doc, long_form.start, self.cues) or self._task_headed(long_form, task_words):
                        # "we introduce the task of Memorability Feedback (MemFeed)", "a new paradigm called
                        # Continual Few-shot ReID (CFReID)": a setting of a task is a Task
                        label, stated = "Task", True
                    elif described is not None:
                        label, stated = described, True  # "Point cloud registration (PCR) is a fundamental task"
                    elif label == "Method" and self._title_purpose(doc, long_form):
                        label, stated = "Task", True  # "... Transformers for Earth Observation": "... (EO)"
            lexical = known is not None and get_evidence(known).startswith("lexicon")
            capitals = [] if lexical else self._capitals_of(doc, short_form)
            if label is None or not (is_coined(short_form.text) or short_form.text.isupper() or capitals):
                if redefined:  # "infrared (IR)": no entity, and no lexicon reading (information retrieval) either
                    overridden.update(self._occurrences(doc, short_form))
                continue
            for start, end in capitals:
                reading = by_range.get((start, end))
                if reading is not None and self._redefined(long_form, short_form, reading, elsewhere=True):
                    overridden.add((start, end))  # "CLUE: ..." with "Clue (Clustering and ...)": no CLUE benchmark
            named_by_long = not (
                no_name_long_form(long_form, short_form.text, self.cues)
                or modifier_long_form(long_form, short_form, self.cues)
            )
            whole_long = [(long_form.start, long_form.end)] if named_by_long else []
            if not named_by_long:
                unnamed.add(tuple(token.lower_ for token in long_form))
            for start, end in whole_long + self._occurrences(doc, short_form) + capitals:
                if local and (start, end) != (long_form.start, long_form.end):
                    overridden.add((start, end))
                span = Span(doc, start, end, label=label, kb_id=kb_id or "")
                set_evidence(span, "abbreviation")
                added.append(span)
                if not stated:
                    weak.add((start, end))
        return added

    def _title_purpose(self, doc: Doc, long_form: Span) -> bool:
        """Whether a long form typed a Method by its ending alone ("Earth Observation", "-tion") is what the
        title says the work is for: the title ends with "for <long form>" ("UniverSat: Resolution- and
        Modality-Agnostic Transformers for Earth Observation"), the field or task of the paper, no method.
        A long form with a method head word ("... Distillation", "... Network") is typed by it and stays."""
        heads = {word.lower() for word in self.cues.method_heads} | self.cues.method_part_heads
        if long_form[-1].lower_ in heads or long_form.start < title_token_end(doc):
            return False
        title = doc[: title_token_end(doc)]
        words = [t.lower_ for t in long_form]
        size = len(words)
        return any(
            [t.lower_ for t in title[i : i + size]] == words and i + size == len(title) and title[i - 1].lower_ == "for"
            for i in range(1, len(title) - size + 1)
        )

    def _model_class_pair(self, long_form: Span, short_text: str) -> bool:
        """Whether a pair names a class of models: a model head word ending a plural or lowercase long form."""
        heads = {word.lower() for word in self.cues.model_heads}
        return long_form[-1].lower_ in heads and _model_class(long_form, short_text)

    def _task_headed(self, long_form: Span, task_words: set[str]) -> bool:
        """Whether a long form's head (its last word, or the word before its first preposition) is a task
        name or a task's short form in this paper ("Continual OVD with Novel Concept Injection")."""
        words = [t for t in long_form if t.text != "-"]
        for index, token in enumerate(words[1:], start=1):
            if token.is_lower and token.lower_ in self.cues.appositive_stops:
                words = words[:index]
                break
        return len(words) > 1 and words[-1].text in task_words

    def _redefined(self, long_form: Span, short_form: Span, known: Span, *, elsewhere: bool = False) -> bool:
        """Whether a lexicon short form is defined locally as another thing.

        When the lexicon entry lists a long form of the short form ("soft
        actor-critic" for SAC), the paper's long form must spell the same name
        (:func:`same_long_form`: "Convolution Neural Networks" for CNN), else
        it is another thing ("Segment Any Crack (SAC)", "Prior-Guided Data
        Distillation (PGD)"). When it lists none (MIMIC-CXR, GPT-2), a long form
        is read as the lexicon's unless it names a type of its own that differs
        from the entry's ("Organ-Wise Tokenization (OWT)" is no OpenWebText). ``elsewhere``: ``known`` is a
        reading of the short form at another place (in capitals: "CLUE" for "Clue (Clustering and ...)"), so
        the order of the pair ("SF (long form)") says nothing.
        """
        if not get_evidence(known).startswith("lexicon") or not known.kb_id_:
            return False
        if long_form.start > short_form.start and not elsewhere:
            return False  # "42x PPO (Puffer Pong)": a parenthesis after a known short form redefines nothing
        forms = self.known_forms.get(known.kb_id_)
        if forms is None or normalize_name(long_form.text) in forms:
            return False
        spelled = [form for form in self.listed_forms.get(known.kb_id_, ()) if spells_out(short_form.text, form)]
        if spelled:
            words = self.cues.long_form_function_words
            return not any(same_long_form(long_form.text, form, words) for form in spelled)
        typed, stated = long_form_typing(long_form, short_form.text, self.cues)
        return typed is not None and stated and typed != known.label_

    def _own_names_typed(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """The paper's own method or model keeps the type the text gives it wherever a lexicon types the name
        otherwise (issue #15: types consistent within a paper, by what the text says). A lexicon name of another
        type that the paper introduces with a describing phrase ("We introduce DAVIS, a simple ... post-hoc
        technique", the title "LAMA-Net: A Convergent Network Architecture for ...") is a Method or Model in
        every mention of the paper, without the lexicon's entry (the DAVIS dataset, the LAMA probe); a lexicon
        Model or Method name introduced as a dataset or benchmark ("Falcon: A Comprehensive Chinese Text-to-SQL
        Benchmark", "We introduce Falcon, a cross-domain ... benchmark") is a Dataset the same way (not the
        Falcon LLM). Only a one-word coined name (or, for a Model or Method name, a capitalised word): a task
        phrase the paper works in is no name of its own."""
        retyped: dict[str, str] = {}
        for span in spans:
            if not get_evidence(span).startswith("lexicon"):
                continue
            system = span.label_ in ("Method", "Model")
            text = span_text(span)
            if " " in text or not (is_coined(text) or (system and text[:1].isupper())):
                continue  # "we introduce native-resolution image synthesis, a ... paradigm": a task, no coined name
            titled = span.start == 0 and span.end < len(doc) and doc[span.end].text == ":"
            if not (titled or self._introduced(doc, span.start) or self._named_as(doc, span.start)):
                continue
            label = appositive_type(doc, span.end, self.cues) or self._named_as(doc, span.start)
            if system and label == "Dataset" and self._collection_of(doc, span.end):
                continue  # "We introduce Atlas-Chat, the first-ever collection of large language models"
            if label in (("Dataset",) if system else ("Method", "Model")):
                retyped[text] = label  # "We introduce Falcon, a ... text-to-SQL benchmark": no Falcon LLM
        if not retyped:
            return spans
        out = []
        for span in spans:
            label = retyped.get(span_text(span))
            if label is not None:
                span = Span(doc, span.start, span.end, label=label)
                set_evidence(span, "propose")
            out.append(span)
        return out

    def _collection_of(self, doc: Doc, end: int) -> bool:
        """Whether the describing phrase after a name (up to its sentence's end or ten words) has a dataset head
        word followed by "of" ("a new suite of multimodal models", "a collection of LLMs"): a set of what
        comes after "of", not a dataset."""
        stop = min(len(doc) - 1, end + 10)
        return any(
            doc[index].lower_ in self._lower_dataset_heads
            and doc[index + 1].lower_ == "of"
            and not doc[index + 1].is_sent_start
            for index in range(end, stop)
        )

    def _score_names_typed(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A one-word name ending in a metric word (``metric_name_endings``: "VDCSCORE", "CLIPscore") that only the
        context ("performance on VDCSCORE") typed a Dataset is a Metric, unless a dataset head word or a metric
        follows one of its mentions ("the WorldScore benchmark", "reaches 74.9 JumpScore mAP")."""
        endings = self.cues.metric_name_endings
        candidates = [
            span
            for span in spans
            if span.label_ == "Dataset"
            and get_evidence(span) == "dataset-head"
            and " " not in span.text
            and len(span.text) > 5
            and span.text.lower().endswith(endings)
        ]
        if not candidates:
            return spans
        candidate_ids = {id(span) for span in candidates}
        heads = self._lower_dataset_heads
        metric_starts = {span.start for span in spans if span.label_ == "Metric"}
        benchmarks = {  # every mention, also one no span holds yet
            doc[i].text for i in range(len(doc) - 1) if doc[i + 1].lower_ in heads or (i + 1) in metric_starts
        }
        out = []
        for span in spans:
            if id(span) in candidate_ids and span.text not in benchmarks:
                retyped = Span(doc, span.start, span.end, label="Metric")
                set_evidence(retyped, get_evidence(span))
                span = retyped
            out.append(span)
        return out

    def _named_as(self, doc: Doc, start: int) -> str | None:
        """The type a naming cue gives the name at ``start`` by the head word before it ("a highly interpretable
        neural network architecture called LAMA-Net": Method; "a model dubbed X": Model), else None."""
        if start < 2 or doc[start - 1].lower_ not in self.cues.naming_cues:
            return None
        head = doc[start - 2].lower_
        if head in self.cues.model_heads:
            return "Model"
        return "Method" if head in self.cues.method_heads else None

    def _introduced(self, doc: Doc, start: int) -> bool:
        """Whether a propose verb ("we introduce a ...") or a naming cue ("..., dubbed the Video Promotion
        attack (ViPro)", ``naming_cues``) comes shortly before ``start`` in its sentence."""
        tokens = table(doc)
        for index in range(start - 1, max(-1, start - 6), -1):
            if tokens.lower[index] in self.propose_verbs or tokens.lower[index] in self.cues.naming_cues:
                return True
            if tokens.starts_sentence(index) or tokens.text[index] == ",":
                break  # "we introduce CheXficient, a chest X-ray (CXR) foundation model": CXR is not introduced
        return False

    @staticmethod
    def _word_after_parenthesis(doc: Doc, end: int) -> str | None:
        """The word after "(SF)" (or after "SF" when it is not parenthesised)."""
        index = end + 1 if end < len(doc) and doc[end].text == ")" else end
        return doc[index].text if index < len(doc) else None

    @staticmethod
    def _capitals_of(doc: Doc, short_form: Span) -> list[tuple[int, int]]:
        """Token ranges where a mixed-case one-word short form is written in capitals: "CLUE: Non-parametric
        Verification ..." and "we present Clue (Clustering and Experience-based Verification)" are one name,
        which the paper's definition types. Empty for a short form already in capitals or of several tokens."""
        if len(short_form) != 1:
            return []
        found = (doc.char_span(start, end) for start, end in capital_spellings(doc_text(doc), short_form.text))
        return [(span.start, span.end) for span in found if span is not None and len(span) == 1]

    @staticmethod
    def _occurrences(doc: Doc, short_form: Span) -> list[tuple[int, int]]:
        """Token ranges where the short form (or its plural) occurs, also one of several tokens ("MT-DNN")."""
        texts = table(doc).text
        words = [token.text for token in short_form]
        last = words[-1]
        plurals = {last, last + "s", last + "'s"}
        if len(last) > 2 and last.endswith("s") and last[-2].isupper():
            plurals.add(last[:-1])  # "TRLMs" is also written "TRLM"
        size = len(words)
        if size == 1:
            return [(i, i + 1) for i, token_text in enumerate(texts) if token_text in plurals]
        first, middle = words[0], words[1:-1]
        spacing = [bool(token.whitespace_) for token in short_form[:-1]]
        return [
            (i, i + size)
            for i in range(len(texts) - size + 1)
            if texts[i] == first
            and texts[i + size - 1] in plurals
            and texts[i + 1 : i + size - 1] == middle
            and [bool(token.whitespace_) for token in doc[i : i + size - 1]] == spacing
        ]


@Language.factory("claimgraph_entities", default_config={"directory": None})
def make_entities(nlp: Language, name: str, directory: str | None) -> EntityDecider:
    """Build the entity decision component."""
    lexicon = load_lexicon(directory)
    forms = {entry.name: frozenset(normalize_name(form) for form in entry.forms) for entry in lexicon.entries}
    listed = {entry.name: tuple(entry.forms) for entry in lexicon.entries}
    return EntityDecider(lexicon.generic, name_cues(), author_cues().propose_verbs, forms, listed)
