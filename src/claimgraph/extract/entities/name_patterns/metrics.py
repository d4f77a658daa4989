"""A known lowercase metric grown over the noun that says what it measures (cue ``metric-phrase``:
"detection accuracy", "patch-level accuracy")."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import ends_hyphen_compound, hyphen_glued
from claimgraph.extract.pipeline.token_table import table

_NOMINAL_ENDINGS = ("tion", "ment")  # "alignment accuracy", "geolocation accuracy"
_MEASURED_ENDINGS = ("ic", "ical")  # adjectives that say what is measured: "diagnostic accuracy", "geometric accuracy"
#: endings of a word before the measured noun that make it no part of the metric's name: verbs ("improves",
#: "maximize"), comparatives and quality adjectives ("higher", "comparable", "competitive", "excellent")
_NOT_MODIFIER_ENDINGS = (
    "ly",
    "ing",
    "ed",
    "s",
    "ize",
    "ise",
    "est",
    "er",
    "able",
    "ible",
    "ive",
    "ous",
    "ful",
    "ent",
    "ant",
)


def metric_phrases(doc: Doc, cues: NameCues):
    """A known lowercase metric grown left over the noun that says what it measures: "detection accuracy",
    "pose estimation accuracy", "patch-level accuracy", "segmentation success rate".

    The noun is a task head or another nominal word ("-tion", "-sion",
    "-ment": "alignment accuracy"), or a "-level" compound;
    one more lowercase modifier may come before a nominal word ("surface
    reconstruction accuracy"), never a verb or a quality word ("improves
    detection accuracy", "high detection accuracy": those are no part of the
    name, nor are "average", "state-of-the-art" ... before the bare metric).
    Only a generic measure whose meaning depends on what it measures grows
    ("accuracy", "error", "success rate": the nouns that make a task before
    them attributive); "language modeling perplexity" is perplexity on a task.
    """
    candidates = doc.spans.get(CANDIDATES, [])
    metrics = [
        span
        for span in candidates
        if span.label_ == "Metric"
        and get_evidence(span).startswith("lexicon")
        and span.text.islower()
        and span[-1].lower_ in cues.task_attributive_nouns  # "accuracy", "error rate"; not "perplexity"
        and span.start > 0
        and not doc[span.start].is_sent_start
    ]
    if not metrics:
        return
    for metric in metrics:
        if _valued(doc, metric.start, metric.end, cues):
            continue  # "90.9% classification accuracy": the number reader weighs the words before the metric
        start = _metric_modifier_start(doc, metric.start, cues)
        if start < metric.start:
            yield start, metric.end, "metric-phrase", "Metric"


def _valued(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether a number is reported with the metric in ``doc[start:end]``: right before its modifier
    ("90.9% classification accuracy") or after it ("band alignment accuracy of 0.958"). Those metrics are
    left as the lexicon found them, for the number reader (claims), which tells a neutral modifier
    ("classification accuracy" is accuracy) from a qualifier ("band alignment accuracy" binds no number)."""
    lowest = max(0, start - 3)
    while lowest < start and any(doc[index].is_sent_start for index in range(lowest + 1, start + 1)):
        lowest += 1  # not across a sentence start
    if any(doc[index].like_num or doc[index].text == "%" for index in range(lowest, start)):
        return True
    after = end
    while after < len(doc) and after - end < 3 and doc[after].lower_ in cues.metric_value_connectors:
        after += 1
    return after < len(doc) and (doc[after].like_num or doc[after].text[:1].isdigit())


def _metric_modifier_start(doc: Doc, start: int, cues: NameCues) -> int:
    """The start of the modifiers that say what the metric at ``start`` measures (``start``: none)."""
    word = doc[start - 1]
    if ends_hyphen_compound(doc, start) and word.lower_ == "level":
        return start - 3  # "patch-level accuracy"
    if not (word.is_alpha and word.is_lower and not word.is_stop and word.whitespace_):
        return start
    if hyphen_glued(table(doc), start - 1):
        return start  # "question-answering accuracy": the accuracy of a task said as a compound
    if word.lower_ not in cues.metric_modifier_heads and not word.lower_.endswith(_NOMINAL_ENDINGS + _MEASURED_ENDINGS):
        return start
    if word.lower_ in cues.task_modifier_stoplist or word.is_sent_start:
        return start
    first = start - 1
    if word.lower_ not in cues.metric_modifier_heads and word.lower_.endswith(_MEASURED_ENDINGS):
        return first  # "diagnostic accuracy"; not "refine anatomical accuracy": an adjective takes no modifier
    before = doc[first - 1] if first > 0 else None
    if (
        before is not None
        and not word.is_sent_start
        and before.is_alpha
        and before.is_lower
        and len(before.text) > 2
        and not before.is_stop
        and before.lower_ not in cues.task_modifier_stoplist  # "improves", "enhance", "high"
        and not before.lower_.endswith(_NOT_MODIFIER_ENDINGS)  # "improves", "maximize", "lighting"
        and not hyphen_glued(table(doc), first - 1)  # "state-of-the-art recognition accuracy", "low-bit ..."
        and not (first >= 2 and (doc[first - 2].lower_ == "to" or doc[first - 2].lower_.endswith("ly")))
    ):  # "to affect calibration accuracy", "significantly influence recognition accuracy": a verb
        first -= 1  # "surface reconstruction accuracy", "semantic alignment accuracy"
    return first
