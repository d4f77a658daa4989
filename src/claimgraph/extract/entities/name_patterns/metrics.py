"""A known lowercase metric grown over the noun that says what it measures (cue ``metric-phrase``:
"detection accuracy", "patch-level accuracy"), lowercase phrases ending in a word of measurement that the text
measures (cue ``measured-phrase``: "a 2x gain in rendering speed", "a training cost of $535"), and coined names
that a score's wording makes metrics (cue ``scored-name``: "a CES score of 0.40", "+5.4 CLAIR on GCG")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimgraph.extract.entities.evidence import get_evidence
from claimgraph.extract.entities.lexicon_matcher import CANDIDATES, metric_introduced
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import LIST_JOINS
from claimgraph.extract.entities.name_shapes import ends_hyphen_compound, hyphen_glued, is_coined
from claimgraph.extract.pipeline.token_table import TokenTable, table
from claimgraph.extract.quantities.units import is_unit_word

_NOMINAL_ENDINGS = ("tion", "ment")  # "alignment accuracy", "geolocation accuracy"
_MEASURED_ENDINGS = ("ic", "ical")  # adjectives that say what is measured: "diagnostic accuracy", "geometric accuracy"
#: a number in digits or a factor written before what it measures ("95", "16.2x", "2times"), not "3D" or "4K"
_FACTOR = re.compile(r"^\d[\d.,]*(?:x|×|times|-fold)?$")
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


def scored_names(doc: Doc, taken: set[int], cues: NameCues):
    """A coined one-token name that no other cue took (token indices ``taken``) is a Metric when the text
    reports a score of it: before "score(s)" with a number just after ("a CES score of 0.40", "FBS scores above
    0.80"), or right after a signed change and before the end of its list place ("+10.1 nAP,", "+5.4 CLAIR on
    GCG", "+7% LEA)"). Units ("+4.3 dB"), class acronyms ("VLM score") and hyphen parts are left alone. So is a
    run of capitalised words before a capitalised metric word with a value after it ("a Question Recognition
    Accuracy of 0.913"), grown over the known metric the head may be."""
    tokens = table(doc)
    for index, text in enumerate(tokens.text):
        if text in cues.metric_heads:  # the head may be a known metric that the run narrows
            start = _title_case_start(doc, index, taken)
            if index - start >= 1 and _number_follows(doc, index + 1, cues):
                yield start, index + 1, "scored-name", "Metric"  # "a Question Recognition Accuracy of 0.913"
        elif (
            text != tokens.lower[index]  # a coined name has a capital: most words stop here
            and index not in taken
            and (_before_valued_score(doc, tokens, index, cues) or _after_signed_change(tokens, index, cues))
            and _metric_shaped(doc, index, cues)
        ):
            yield index, index + 1, "scored-name", "Metric"


def _title_case_start(doc: Doc, head: int, taken: set[int]) -> int:
    """The first of the capitalised words (up to three, no sentence opener, none taken) before ``head``."""
    start = head
    while (
        start > 0
        and head - start < 3
        and not doc[start].is_sent_start
        and (start - 1) not in taken
        and doc[start - 1].is_alpha
        and doc[start - 1].is_title
        and not doc[start - 1].is_stop
    ):
        start -= 1
    if doc[start].is_sent_start:
        return head  # "Mean Reciprocal Rank of ..." opening a sentence or the title: no run to trust
    return start


def _number_follows(doc: Doc, after: int, cues: NameCues) -> bool:
    """Whether a number follows at ``after`` in the sentence, after at most two value connectors ("of", "=")."""
    index = after
    while index < len(doc) and index - after < 2 and doc[index].lower_ in cues.metric_value_connectors:
        index += 1
    return index < len(doc) and index > after and not doc[index].is_sent_start and doc[index].like_num


def _metric_shaped(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether token ``index`` could name a metric by itself: coined, not a unit nor a class acronym, not a
    part of a hyphen compound."""
    text = doc[index].text
    if not is_coined(text) or text in cues.acronym_stoplist or is_unit_word(text):
        return False
    glued_before = index > 0 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_
    glued_after = index + 1 < len(doc) and doc[index].whitespace_ == "" and doc[index + 1].text == "-"
    return not (glued_before or glued_after)


def _before_valued_score(doc: Doc, tokens: TokenTable, index: int, cues: NameCues) -> bool:
    """Whether "score(s)" follows token ``index`` and a number follows within a few words in its sentence, not
    right after it (then "scores" is a verb). The first test reads the token table: most words fail it."""
    if index + 1 >= len(tokens) or tokens.lower[index + 1] not in cues.scored_name_heads:
        return False
    if index + 2 < len(doc) and doc[index + 2].like_num:
        return False  # "FooNet scores 62.9 R@1": a verb, the name scores
    for after in range(index + 2, min(len(doc), index + 6)):
        if doc[after].is_sent_start or doc[after].text in {",", ";", "("}:
            return False
        if doc[after].like_num or doc[after].text[:1].isdigit():
            return True
    return False


def _after_signed_change(tokens: TokenTable, index: int, cues: NameCues) -> bool:
    """Whether token ``index`` follows a signed number ("+10.1", "+7 %") and ends its place in a list."""
    before = index - 1
    if before >= 0 and tokens.text[before] in {"%", "\\%"}:
        before -= 1
    if before < 0 or not _signed_number(tokens.text[before]):
        return False
    after = index + 1
    return after >= len(tokens) or tokens.lower[after] in cues.scored_name_closers


def _signed_number(text: str) -> bool:
    """Whether ``text`` is a number written with a plus sign ("+10.1", "+5")."""
    return text.startswith("+") and text[1:].replace(".", "", 1).isdigit()


def measured_phrases(doc: Doc, taken: set[int], cues: NameCues):
    """A lowercase phrase of one or two modifiers and a word of measurement (``measure_heads``: "rendering
    speed", "training cost", "visual fidelity") is a Metric where the text measures it: a number right before
    it ("a 16.2x attention speedup", "95% attention sparsity") or after it ("a training cost of $535", "reduces
    first-frame latency from 73 s to 1.7 s"), "in terms of" before it or before the list it ends ("in terms of
    enhancement quality and processing speed"), "in" after a verb of winning ("outperforms X in style
    consistency"), or a change noun and "in"/"of" before it ("a drastic reduction in memory usage"). A bare head
    ("reduces cost by 40%") names nothing. Of the tokens other cues took (``taken``) only a task may be a
    modifier ("a 3x parsing speed": the task a measure word follows is no mention of it), and only a known
    one-word metric a head, which grows over what it measures ("query latency")."""
    tokens = table(doc)
    if cues.measure_heads.isdisjoint(tokens.lower):
        return
    candidates = doc.spans.get(CANDIDATES, [])
    tasks = {i for span in candidates if span.label_ == "Task" for i in range(span.start, span.end)}
    bare = {span.start for span in candidates if span.label_ == "Metric" and len(span) == 1}  # no modifier
    taken = taken - tasks
    for head, lower in enumerate(tokens.lower):
        if lower not in cues.measure_heads or (head in taken and head not in bare) or tokens.text[head] != lower:
            continue
        if head + 1 < len(doc) and (tokens.text[head + 1] == "-" or doc[head + 1].lower_ in cues.measure_heads):
            continue  # "cost-effective", "speed-up": the head is a part of a longer word
        start = _measure_modifier_start(doc, head, taken, cues)
        if start == head or any(doc[index].is_sent_start for index in range(start + 1, head + 1)):
            continue
        if _digits_follow(doc, head + 1, cues) or _number_before(doc, start) or _measure_introduced(doc, start, cues):
            yield start, head + 1, "measured-phrase", "Metric"


def _measure_modifier_start(doc: Doc, head: int, taken: set[int], cues: NameCues) -> int:
    """The start of up to two plain lowercase modifiers before the measure word at ``head`` (a hyphen compound
    counts as one: "first-frame latency"); none that is a stop word, a quality or change word
    (``measure_modifier_stoplist``) or shaped like a verb, comparative or adjective of quality."""
    start = head
    for _ in range(2):
        if ends_hyphen_compound(doc, start):
            first = start - 3
        elif start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_lower:
            first = start - 1
        else:
            break
        if first >= 1 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_:
            break  # "end-to-end inference time": a longer compound is no part of the name
        words = [doc[index] for index in range(first, start) if doc[index].text != "-"]
        if any(
            word.is_stop
            or word.lower_ in cues.measure_modifier_stoplist
            or (word.lower_.endswith(_NOT_MODIFIER_ENDINGS) and not word.lower_.endswith(("ing", "er", "ss")))
            or len(word.text) < 3
            for word in words
        ) or any(index in taken for index in range(first, start)):
            break
        if start < head and doc[first].lower_.endswith("ing"):
            break  # "reducing generation length": a gerund before a modifier is a verb
        start = first
    return start


def _digits_follow(doc: Doc, after: int, cues: NameCues) -> bool:
    """Whether a number written in digits (or a sum: "$535") follows at ``after`` in the sentence, after at most
    two value connectors ("of", "from"); "the robustness of three detectors" counts detectors."""
    index = after
    while index < len(doc) and index - after < 2 and doc[index].lower_ in cues.metric_value_connectors:
        index += 1
    if index < len(doc) and doc[index].text in {"$", "~", "≈"} and index + 1 < len(doc):
        index += 1
    if index >= len(doc) or index == after or doc[index].is_sent_start or cues.dimension.match(doc[index].text):
        return False  # "preserves the rendering efficiency of 3D Gaussian Splatting": a dimension, no value
    return doc[index].text[:1].isdigit()


def _number_before(doc: Doc, start: int) -> bool:
    """Whether a number in digits, a percentage or a factor ("16.2x") stands right before ``start`` in its sentence
    (a number in words counts things: "imposes two structural costs")."""
    if start < 1 or doc[start].is_sent_start:
        return False
    word = doc[start - 1]
    return word.text in {"%", "\\%"} or _FACTOR.match(word.text) is not None  # not "3D geometric consistency"


def _measure_introduced(doc: Doc, start: int, cues: NameCues) -> bool:
    """Whether "in terms of" (``metric_introducers``) stands before ``start`` or before the list that the
    phrase at ``start`` ends (up to four words an item: "in terms of accuracy, speed and memory
    usage"), or "in" after a verb of winning does, with no verb in "-ing" between ("outperforms prior methods in
    style consistency and video quality"; not "outperforms X in balancing cost and accuracy"), or a change noun
    and "in"/"of" stand right before it ("a reduction in memory usage")."""
    if start >= 2 and doc[start - 1].lower_ in {"in", "of"} and doc[start - 2].lower_ in cues.measure_change_nouns:
        return True
    index, run, gerund = start, 0, False
    for _ in range(24):
        if index < 1 or doc[index].is_sent_start:
            return False
        if metric_introduced(doc, index, cues):
            return True
        if doc[index].lower_.endswith("ing"):
            gerund = True  # "outperforms X in balancing cost and accuracy", "..., demonstrating superior Y": a verb
        if doc[index - 1].lower_ == "in" and not gerund and _compared_before(doc, index - 1, cues):
            return True
        word = doc[index - 1]
        if word.text in {".", ";", ":", "(", ")"} or word.like_num:
            return False  # a clause or a number ends the list
        run = 0 if word.lower_ in LIST_JOINS else run + 1
        if run > 4:
            return False  # "..., producing images that also keep X": a clause, no list item
        index -= 1
    return False


def _compared_before(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether a verb of winning (``comparison_list_verbs``) stands within eight words before ``index`` in its
    clause: "outperforms prior methods in X" names X the measure of the win."""
    for before in range(index - 1, max(-1, index - 9), -1):
        if doc[before].text in {".", ";", ":", ","} or doc[before + 1].is_sent_start:
            return False
        if doc[before].lower_ in cues.comparison_list_verbs:
            return True
    return False
