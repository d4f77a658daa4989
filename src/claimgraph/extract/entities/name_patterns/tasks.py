"""Lowercase task phrases (cue ``task-phrase``): in task context ("on dialogue understanding"), after "the
task of" ("the task of learning permutations") and as the subject of a sentence ("Monocular 3D lane detection
is challenging")."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.proposed import ADJECTIVE_ENDINGS
from claimgraph.extract.entities.name_patterns.tokens import after_parenthesis, in_compound
from claimgraph.extract.entities.name_shapes import ends_hyphen_compound


def subject_task(doc: Doc, start: int, cues: NameCues):
    """A task phrase that opens a sentence as its subject: "Monocular 3D lane detection is challenging",
    "Offline handwritten signature verification aims to ...", "Accurate lung tumor segmentation (LTS) is
    ...". The phrase is a capitalised word and up to five lowercase words or glued compounds ("3D",
    "text-to-image"), its last word a task head, and a subject verb follows (after an optional short form
    in parentheses); leading quality words ("Accurate and reliable") are no part of it."""
    if doc[start].is_stop:
        return  # "While 3D semantic segmentation is ...", "Both anomaly understanding and grounding are ..."
    heads = cues.task_phrase_heads | cues.task_subject_heads
    index, head = start, None
    while index < len(doc) and index - start < 9:
        token = doc[index]
        if token.lower_ in heads and (index == start or token.is_lower):
            head = index
            break
        glued = token.text == "-" and not token.whitespace_ and not doc[index - 1].whitespace_
        word = token.is_alpha and (token.is_lower or index == start) and not (token.is_stop and index > start)
        last = doc[index - 1]
        if (
            index > start + 1
            and not glued
            and last.is_alpha
            and not last.is_stop
            and _called_a_task(doc, after_parenthesis(doc, index), cues)
        ):
            if any(t.lower_.endswith("ly") for t in doc[start:index]):
                return  # "Generating physically consistent 3D scenes is a ... problem": a clause, no name
            head = index - 1  # "Single-image relighting is a challenging task": the sentence names it a task
            break
        if not (word or glued or in_compound(doc, index) or cues.dimension.match(token.text)):
            return
        index += 1
    if head is None or head == start:
        return
    after = after_parenthesis(doc, head + 1)
    if after >= len(doc) or doc[after].lower_ not in cues.task_subject_verbs:
        return
    while start < head and (doc[start].lower_ in cues.task_modifier_stoplist or doc[start].lower_ in {"and", ","}):
        if in_compound(doc, start):
            break  # "Low-light novel view synthesis", "Fine-grained visual reasoning": a compound stays whole
        start += 1
    if start < head and doc[start].lower_ not in cues.not_name_starts and not doc[start].lower_.endswith("ly"):
        yield start, head + 1, "task-phrase", "Task"


def _called_a_task(doc: Doc, verb: int, cues: NameCues) -> bool:
    """Whether ``doc[verb]`` is a subject verb that calls what comes before it a task (pure): "is a
    (challenging) task", "remains a fundamental problem"; up to three words between the article and the noun."""
    if verb + 2 >= len(doc) or doc[verb].lower_ not in cues.task_subject_verbs:
        return False
    if doc[verb + 1].lower_ not in cues.indefinite_articles:
        return False
    for index in range(verb + 2, min(len(doc), verb + 6)):
        token = doc[index]
        if token.lower_ in cues.task_of_nouns:
            return True
        if not (token.is_alpha or token.text == "-"):
            return False
    return False


def task_phrase(doc: Doc, head: int, cues: NameCues):
    """One or two lowercase modifiers (hyphen compounds count as one) before a task head noun."""
    start = head
    modifiers = 0
    while modifiers < 2 and start > 0:
        previous = doc[start - 1]
        if not (previous.is_alpha and previous.is_lower) or previous.is_sent_start:
            break
        if ends_hyphen_compound(doc, start):
            if previous.lower_ in cues.task_setting_ends:
                break  # "real-time", "high-quality": a quality of the work, not part of the task
            start -= 3  # a hyphen compound ("cross-lingual") is one modifier
        elif (
            not previous.is_stop
            and previous.lower_ not in cues.task_modifier_stoplist
            and previous.lower_ not in cues.task_context_before
            and not previous.lower_.endswith(("ly", "ing", "ed"))
        ):
            start -= 1
        else:
            break
        modifiers += 1
    if start == head:
        return
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[head + 1].lower_ if head + 1 < len(doc) else ""
    if before in cues.task_context_before or after in cues.task_context_after:
        yield start, head + 1, "task-phrase", "Task"


def task_of_phrase(doc: Doc, noun: int, cues: NameCues):
    """The lowercase phrase that "the task of" / "the problem of" names: "the task of learning permutations
    on ...", "the problem of inverse permutation learning in ...". It runs over lowercase words and glued
    compounds up to a stop word or punctuation (at most four words). It must end in a task head word
    ("summarization", "learning") unless it has several words after a noun of task_of_phrase_nouns ("the
    task of aligning lip movements"); "the problem of data contamination" names a difficulty."""
    if noun < 1 or doc[noun - 1].lower_ != "the" or noun + 2 >= len(doc) or doc[noun + 1].lower_ != "of":
        return
    start = end = noun + 2
    words = 0
    while end < len(doc) and words < 5 and not doc[end].is_sent_start:
        token = doc[end]
        if token.is_alpha and token.is_lower and not token.is_stop:
            end += 1
            words += 1
        elif (
            token.text == "-"
            and end > start
            and end + 1 < len(doc)
            and not token.whitespace_
            and not doc[end - 1].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
        else:
            break
    if words == 0 or words > 4:
        return
    headed = doc[end - 1].lower_ in cues.task_phrase_heads | cues.task_subject_heads
    if not headed and (words == 1 or doc[noun].lower_ not in cues.task_of_phrase_nouns):
        return  # "the problem of data contamination": a difficulty, not a task
    if not headed and end < len(doc) and doc[end].lower_ in cues.task_of_phrase_coordinators:
        return  # "the task of unpaired audio and image recognition": modifiers of a head further on
    if not headed and doc[start].lower_.endswith("ing") and _defines_named_task(doc, noun - 1, cues):
        return  # "Image retrieval is the task of finding images ...": what the named task does
    if ends_hyphen_compound(doc, start + 3) and doc[start + 2].lower_ in cues.task_setting_ends:
        start += 3  # "the task of high-fidelity surface reconstruction": a quality of the work goes
    known = any(
        span.start < end and start < span.end and get_evidence(span).startswith("lexicon") and len(span) > 1
        for span in doc.spans.get(CANDIDATES, [])
    )
    if start < end and not known:  # "the problem of sparse novel view synthesis (NVS)": the lexicon's task
        yield start, end, "task-phrase", "Task"


def _defines_named_task(doc: Doc, article: int, cues: NameCues) -> bool:
    """Whether "the task of" at ``doc[article]`` follows a task the sentence has just named (pure): after a
    subject verb ("Image retrieval is the task of ...") or a comma ("de-identification, the task of ...")."""
    if article < 2 or doc[article].is_sent_start:
        return False
    before = doc[article - 1]
    return before.text == "," or before.lower_ in cues.task_subject_verbs


def abbreviated_task(doc: Doc, paren: int, cues: NameCues):
    """A task name with the short form of its first words inside it: "text-to-image (T2I) generation",
    "Finite element (FE) modeling of ...". ``doc[paren]`` is the "(" of a short form the paper defines
    for the words right before it, and a lowercase task head word follows the ")"; the name runs from the
    long form to that word. Leading quality words ("direct", "multimodal") are no part of it."""
    if paren + 3 >= len(doc) or doc[paren + 2].text != ")":
        return
    head = doc[paren + 3]
    if not (head.is_lower and head.lower_ in cues.task_phrase_heads | cues.task_subject_heads):
        return
    if paren + 4 < len(doc) and doc[paren + 4].text == "-":
        return  # "(T2I) generation-based ...": the task word opens a compound
    candidates = doc.spans.get(CANDIDATES, [])
    tasks = [span for span in candidates if span.label_ == "Task"]
    start = next((long.start for long, short in doc._.abbreviations or () if _defines(long, short, paren)), None)
    if start is None and any(span.start == paren + 1 and span.end == paren + 2 for span in tasks):
        # "text-to-image (T2I)": two known forms of one task, whatever their letters
        start = next((span.start for span in tasks if span.end == paren), None)
    if start is None:
        return
    last = doc[paren - 1].lower_
    if last in cues.model_heads | cues.method_heads or last.endswith(ADJECTIVE_ENDINGS):
        return  # "large language model (LLM) reasoning", "autoregressive (AR) generation": a model, a way of working
    if start > 0 and doc[start - 1].lower_ in cues.naming_cues:
        return  # "an approach called Local Random Access Sequence (LRAS) modeling": the name of a method
    yield start, paren + 4, "task-phrase", "Task"


def _defines(long_form, short_form, paren: int) -> bool:
    """Whether an abbreviation pair is "<long form> (<short form>)" with its "(" at ``paren``."""
    return long_form.end == paren and short_form.start == paren + 1 and short_form.end == paren + 2
