"""Names a type word next to them types (cue ``head-name``: "TabPFN, a ... foundation model", "the
DictaBERT model", "a specialized benchmark (LIConBench)"), and capitalised method names in running text
(``capitalised-run``: "a Body Part Consistency Module")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.appositives import appositive_type
from claimgraph.extract.entities.name_patterns.tokens import BRACKETS, capitalised_compound, introductory, looks_coined
from claimgraph.extract.entities.name_patterns.type_guess import after_task_of
from claimgraph.extract.entities.name_shapes import glued_extent, hyphen_glued, is_coined, name_end
from claimgraph.extract.pipeline.token_table import table, tokens_text


def appositive_name(doc: Doc, index: int, cues: NameCues):
    """A coined name that a describing phrase after it types ("TabPFN, a transformer-based tabular
    foundation model", "DFlash, a leading draft model", "FooBench is a benchmark of ...")."""
    last = doc[index - 1]
    glued = glued_extent(doc, index - 1, index, cues)[0]
    if (
        not is_coined(last.text)
        and not capitalised_compound(doc[glued:index])
        and (not last.text[:1].isupper() or not any(is_coined(token.text) for token in doc[glued:index]))
    ):
        return  # "S3CE-Net is a ... model": the name is the whole glued compound; not "GenAI-benchmark"
    if introductory(doc, index - 1, cues) and doc[index].text == ",":
        return  # "In GenAI-benchmark, our 2.7B model achieves ...": the comma closes an opening phrase
    if last.text in cues.acronym_stoplist or BRACKETS.intersection(last.text):
        return
    if "$" in last.text or cues.markup.match(last.text):
        return  # LaTeX source ("$Δ$VLA")
    if doc[index].is_sent_start or (doc[index].text == "," and last.whitespace_):
        return
    start = glued_extent(doc, index - 1, index, cues)[0]
    if start > 0 and doc[start - 1].text in {"-", "/"} and not doc[start - 1].whitespace_:
        return
    label = appositive_type(doc, index, cues)
    if label is not None:
        yield start, index, "head-name", label


def around_head(doc: Doc, head: int, label: str, cues: NameCues):
    """A coined name right before a type word or in parentheses right after it.

    "the baseline DictaBERT model", "the DictaBERT architecture", "a
    specialized benchmark (LIConBench)", "a language model (TRLM-Ba)". The
    name before the head must look coined: mixed case or a digit
    ("DictaBERT", "Qwen2"), or an acronym of four or more letters ("TRLM");
    short acronyms ("EMA model", "GNN model") are too often generic.
    """
    if label in ("Model", "Method") and head >= 1 and doc[head - 1].whitespace_ and not doc[head - 1].is_sent_start:
        end = head
        start = end - 1
        tokens = table(doc)
        while hyphen_glued(tokens, start):
            start -= 2  # "Knesset-DictaBERT"
        if start > 0 and doc[start - 1].text in {"-", "/"} and not doc[start - 1].whitespace_:
            pass  # the end of a compound ("GPT-style model"): no name
        elif (
            name_end(doc, start, cues, allow_plain=False) == end
            and looks_coined(doc[start:end].text)
            and not BRACKETS.intersection(doc[start:end].text)
        ):
            yield start, end, "head-name", label
    if head + 3 < len(doc) and doc[head].is_lower and doc[head + 1].text == "(" and not doc[head + 2].is_sent_start:
        end = name_end(doc, head + 2, cues, allow_plain=False)
        if end > head + 2 and end < len(doc) and doc[end].text == ")" and looks_coined(doc[head + 2 : end].text):
            yield head + 2, end, "head-name", label


def baseline_name(doc: Doc, head: int, cues: NameCues):
    """The coined name of a baseline, a Method, right before the baseline word or alone in parentheses after
    it ("the sequential FooTravel baseline", "the self-reconstruction baseline (Foo-MAE)"), as
    :func:`around_head` reads them, with the evidence of a compared name. The name must open with a capital
    and hold a lowercase letter: an acronym before the word is too often a number format ("an FP8
    baseline"), a lowercase word a size ("every sub-1B baseline")."""
    for start, end, _, label in around_head(doc, head, "Method", cues):
        text = doc[start:end].text
        if text[:1].isupper() and any(ch.islower() for ch in text):
            yield start, end, "compare", label  # a rival, never the paper's own ("our FooNet baseline")


def capitalised_method(doc: Doc, head: int, cues: NameCues):
    """A run of capitalised words in running text that ends in a capitalised method head word: the name of a
    method or of a part of one ("a Body Part Consistency Module", "the Policy Correction Mechanism", "Random
    Memory Rehearsal", "Frequency-aware Token Matching"), with a lowercase part word after it ("a Panoramic
    Depth Fusion module"). Two words at least (a glued compound is one), three when the head is a broad
    method word ("Multimodal Fusion Transformer", not "Vision Transformer"); not from the first word of a
    sentence, not when more capitalised words follow, not when every word before the head is a quality word,
    not a class of systems ("GUI Agent"), and not over a known name of another type that ends with it ("Video
    Question Generation", "Video Swin Transformer")."""
    following = doc[head + 1] if head + 1 < len(doc) else None
    if following is not None and (
        following.text[:1].isupper() or (following.text == "-" and not doc[head].whitespace_)
    ):
        return
    if doc[head].lower_ in cues.long_form_class_heads:
        return
    start, words = head, 1
    tokens = table(doc)
    while start > 0 and words < 6:
        previous = doc[start - 1]
        glued = start >= 3 and doc[start - 2].text == "-" and hyphen_glued(tokens, start - 1)
        if glued and doc[start - 3].text[:1].isupper():
            start -= 3  # "Vision-Language", "Frequency-aware"
        elif previous.is_alpha and previous.text[:1].isupper() and previous.lower_ not in cues.title_function_words:
            start -= 1
        else:
            break
        words += 1
    while start < head and doc[start].is_sent_start:
        start += 1  # "Dynamic Token Pruning is ...": a capitalised first word says nothing
        words -= 1
    least = 2 if doc[head].lower_ in cues.method_part_heads else 3  # "Vision Transformer" names a kind
    if words < least or start == head or doc[start].is_sent_start:
        return
    if start > 0 and doc[start - 1].text in {"-", "/"} and not doc[start - 1].whitespace_:
        return  # "Parameter-Efficient Fine-Tuning": a piece of a longer compound
    if (following is not None and following.text == "(") or after_task_of(doc, start, cues):
        return  # a long form before its short form is typed with the pair; "the task of Memorability Feedback"
    if all(token.lower_ in cues.task_modifier_stoplist or token.text == "-" for token in doc[start:head]):
        return  # "Efficient Attention", "Novel Framework": no name
    if any(
        span.end == head + 1 and span.label_ != "Method" and get_evidence(span).startswith("lexicon")
        for span in doc.spans.get(CANDIDATES, [])
    ):
        return
    end = head + 1
    if following is not None and following.text in cues.name_part_nouns:
        end += 1  # "a Panoramic Depth Fusion module"
    yield start, end, "capitalised-run", "Method"


def _mixed_case(text: str) -> bool:
    """A coined shape that is no plain acronym: a capital after a lower-case letter ("ConverseNet", "ChatLSP")
    or capitalised hyphen parts ("AIR-Gen", "ChiM-Nav")."""
    if not text.replace("-", "").replace(".", "").isalnum():
        return False  # LaTeX or brackets ("D$^2$-Align"): a written form of another name
    parts = [part for part in text.split("-") if part]
    if any(a.islower() and b.isupper() for a, b in zip(text, text[1:], strict=False)):
        return True
    return (
        len(parts) > 1
        and all(part[:1].isupper() for part in parts)
        and any(p.lower() != p.upper() and not p.isupper() for p in parts)
    )


def contracts(name: str, long_text: str) -> bool:
    """Whether every case part of ``name`` opens a word of ``long_text``: a short name of it ("ModeSeq" of
    "Mode-as-Sequence", "KCR-Transformer" of "Transformer with Kernel Complexity Reduction").

    >>> contracts("ModeSeq", "Mode-as-Sequence"), contracts("AutoEdit", "Automatic Driving")
    (True, False)
    """
    parts = [part.lower() for part in re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", name)]
    words = [word.lower() for word in re.split(r"[\s-]+", long_text) if word]
    if len(parts) < 2 or len(words) < 2:
        return False
    return all(any(word.startswith(part) for word in words) for part in parts)


def subject_names(doc: Doc, prose_start: int, cues: NameCues, known: set[str]):
    """A coined name the abstract makes the subject of its verbs at least twice ("AutoEdit rewrites selected
    tokens ... inference-time AutoEdit improves PDMS"): the paper's own or a discussed system, a name
    (cue ``subject-name``; not a plain acronym, which may be a unit or a class of systems)."""
    subjects: dict[str, list[tuple[int, int]]] = {}
    tokens = table(doc)
    size = len(tokens)
    index = prose_start
    while index < size:
        if not tokens.text[index][:1].isupper() or (index > 0 and hyphen_glued(tokens, index)):
            index += 1
            continue
        end = name_end(doc, index, cues, allow_plain=False)
        if end <= index:
            index += 1
            continue
        text = tokens_text(doc, index, end)
        opener = index - 1
        while opener >= prose_start:
            if tokens.lower[opener] in cues.subject_name_determiners:
                opener -= 1  # "The AIR-Gen enables"
            elif opener - 2 >= prose_start and tokens.text[opener].islower() and hyphen_glued(tokens, opener):
                opener -= 3  # a lowercase hyphen compound before it: "inference-time AutoEdit improves"
            else:
                break
        opens = (
            opener < prose_start
            or tokens.starts_sentence(opener + 1)
            or tokens.lower[opener] in cues.subject_name_openers
        )
        verb = end
        while verb < size and (tokens.lower[verb] in cues.subject_name_adverbs or tokens.lower[verb].endswith("ly")):
            verb += 1  # "ReBA also lowers", "X consistently outperforms"
        word = tokens.text[verb] if verb < size else ""
        finite = word.islower() and (
            (word.endswith("s") and not word.endswith(("ss", "us", "ous"))) or word in cues.subject_name_verbs
        )
        if _mixed_case(text.replace(" ", "")) and opens and finite and text not in cues.acronym_stoplist:
            subjects.setdefault(text, []).append((index, end))
        index = end
    for text, spans in subjects.items():
        if len(spans) >= 2 and text not in known and not any(contracts(text, name) for name in known):
            for start, end in spans:
                yield start, end, "subject-name", None
