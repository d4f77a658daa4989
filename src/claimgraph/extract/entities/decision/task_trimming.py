"""Task names cut back or dropped once candidates are grown: a verb, quality word or number is trimmed off
the front of a task phrase (:func:`trim_task_phrases`), a one-word lexicon task that the title narrows is no
task of its own (:func:`narrowed_in_title`), and a task said shorter beside the longer task the paper names
is the same task (:func:`drop_shortened_tasks`)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimgraph.extract.entities.decision.english_words import ADJECTIVE_ENDINGS
from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import hyphen_glued
from claimgraph.extract.pipeline.sentences import in_title
from claimgraph.extract.pipeline.token_table import table


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
        (start > 0 and doc[start - 1].lower_ == "to" and not word.endswith(ADJECTIVE_ENDINGS))
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3)
    )
    if verb or token.like_num or word in cues.task_modifier_stoplist or whole in cues.task_modifier_stoplist:
        return end
    return start


def trim_task_phrases(doc: Doc, spans: list[Span], cues: NameCues) -> list[Span]:
    """Trim a verb, quality word or number off the front of a task phrase; a phrase left with one word
    ("sub-optimal detection") names no task and is dropped."""
    out = []
    for span in spans:
        if span.label_ != "Task" or get_evidence(span) != "task-phrase":
            out.append(span)
            continue
        start = _task_phrase_opener(doc, span.start, cues)
        if start == span.start or "(" in span.text:  # "human-object interaction (HOI) detection": spelled out
            out.append(span)
        elif len(doc[start : span.end].text.split()) > 1:
            trimmed = Span(doc, start, span.end, label="Task", kb_id=span.kb_id_)
            set_evidence(trimmed, "task-phrase")
            out.append(trimmed)
    return out


def narrowed_in_title(doc: Doc, span: Span, cues: NameCues) -> bool:
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


def _shortenable(span: Span) -> bool:
    """A task phrase, or a one-word lexicon task ("segmentation", "super-resolution", "QA")."""
    evidence = get_evidence(span)
    return evidence == "task-phrase" or (evidence == "lexicon" and len(span.text.split()) == 1)


def drop_shortened_tasks(spans: list[Span]) -> list[Span]:
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
