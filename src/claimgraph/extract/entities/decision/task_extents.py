"""How far a known task name reaches (pure functions of the doc): a lowercase task grows left over the words
that make it a narrower task ("streaming video understanding", :func:`task_modifier_start`), a Title Case task
of the title over its Title Case modifiers ("Video Polyp Segmentation", :func:`title_task_start`), an acronym
task over a lowercase word and a lowercase task over an acronym ("medical VQA", "PCB defect detection",
:func:`acronym_task_grows`, :func:`acronym_modifier_start`), unless the
grown words spell out an abbreviation the paper defines for a system (:func:`spells_out_a_pair`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.abbreviation_forms import is_defined_form, long_forms
from claimgraph.extract.entities.decision.english_words import MODIFIER_ENDINGS
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import compound_start, ends_hyphen_compound, hyphen_glued
from claimgraph.extract.pipeline.sentences import in_title
from claimgraph.extract.pipeline.token_table import table
from claimgraph.names import normalize_name


def lowercase_name(span: Span, cues: NameCues) -> bool:
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


def acronym_task_grows(doc: Doc, span: Span) -> bool:
    """Whether an acronym task name may grow over the word before it as a lowercase task does ("medical
    VQA", "math QA") (pure): not when the paper spells the acronym out ("named entity recognition (NER)"),
    whose pair stays one entity, nor when the acronym modifies what follows it ("a separate OCR stage",
    "long T2I evaluators", "T2I-based methods"), where the word before describes that head, not the task."""
    if is_defined_form(doc, span.text):
        return False
    if span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_:
        return False
    return span.end == len(doc) or not (doc[span.end].is_alpha and doc[span.end].is_lower) or doc[span.end].is_stop


def acronym_modifier_start(doc: Doc, start: int, end: int, cues: NameCues, all_forms: frozenset[str]) -> int:
    """Grow a lowercase lexicon task name left over an acronym that names what the task works on ("HSI
    reconstruction", "AIGV detection", "GHG prediction") (pure): two to five capitals, not opening the
    sentence, neither a name the lexicon knows nor an ``acronym_stoplist`` word ("LLM reasoning", "AI video
    generation"), not glued after "/" or "-", not spelled out as an adjective ("autoregressive (AR)"), and not
    when the task is a long form the paper abbreviates ("UAV vision-language navigation (VLN)")."""
    if start == 0:
        return start
    token = doc[start - 1]
    text = token.text
    if token.is_sent_start or not (text.isalpha() and text.isupper() and 2 <= len(text) <= 5):
        return start
    if text in cues.acronym_stoplist or normalize_name(text) in all_forms:
        return start  # "AI video generation", "LLM reasoning"
    if start >= 2 and doc[start - 2].text in ("-", "/") and not doc[start - 2].whitespace_:
        return start  # "Text-to-SQL generation", "GLI/PED tumor segmentation": a glued compound is read elsewhere
    if is_defined_form(doc, doc[start:end].text) or any(
        form.split()[-1].lower().endswith(MODIFIER_ENDINGS) for form in long_forms(doc, text)
    ):
        return start  # "vision-language navigation (VLN)" stays one pair; "autoregressive (AR)" is a way of working
    return start - 1


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


def spells_out_a_pair(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
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


def title_cased(span: Span) -> bool:
    """Whether every word of a span starts with a capital ("Segmentation", "Super-Resolution")."""
    return all(t.text[:1].isupper() for t in span if t.is_alpha)
