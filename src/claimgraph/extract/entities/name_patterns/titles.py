"""Names in the title: the name before its colon (cue ``title``), Title Case task names (``task-phrase``:
"... for Long Sequence Modeling") and method names after "via" / "through" / "using" (``title``)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_shapes import hyphen_glued, is_acronym, is_capitalised, is_coined, name_end
from claimgraph.extract.pipeline.sentences import title_token_end
from claimgraph.extract.pipeline.token_table import table


def title_name(doc: Doc, cues: NameCues):
    """The name before the title's colon (cue ``title``, its type left to the guess): the name that fills the
    title up to the colon (at most four tokens), or a Title Case phrase that names something
    (:func:`_repeated_title_phrase`)."""
    title_end = title_token_end(doc)
    tokens = table(doc)
    for index in range(1, min(8, title_end)):
        if tokens.text[index] == ":":
            end = name_end(doc, 0, cues, allow_plain=True)
            if end == index and end <= 4:
                yield 0, end, "title", None
            elif _repeated_title_phrase(doc, index, title_end, cues):
                # "A Joint Many-Task Model: ...": the article is no part of the name
                article = tokens.text[0] in cues.appositive_skip and bool(doc[0].whitespace_)
                start = 1 if article and index > 2 else 0
                yield start, index, "title", None
            return


def _repeated_title_phrase(doc: Doc, colon: int, title_end: int, cues: NameCues) -> bool:
    """A Title Case phrase before the title's colon (``title_end``: the first token after the title)
    that names something.

    It names something when the abstract uses it again, or when its last
    word is a capitalised method or dataset word ("Prompting", "Bench").
    """
    words = doc[:colon]
    if len(words) < 2 or len(words) > 6 or not is_capitalised(words[-1]):
        return False
    for token in words:
        if not (
            is_capitalised(token)
            or is_coined(token.text)
            or token.text == "-"
            or token.lower_ in {"of", "for", "with", "and", "in", "on", "to"}
            or (token.i and doc[token.i - 1].text == "-")
        ):
            return False
    if words.text.lower() in doc[title_end:].text.lower():
        return True
    # "Set-Based Prompting: ...": a phrase ending in a method or dataset word
    head = words[-1].text
    first = words[0].lower_
    return (
        not first.endswith("ing")
        and first not in cues.not_name_starts
        and not any(token.lower_ == "and" for token in words)  # "Concurrent Image Understanding and Generation"
        and (head in cues.method_heads or head in cues.dataset_heads)
    )


def title_tasks(doc: Doc, cues: NameCues):
    """Title Case task names in the title: "... Eviction for Long Sequence Modeling", "for Implicature
    Resolution by LLMs". The run of capitalised words ends in a task head word and stands after
    "for" / "in" / ":" (or at the title start); quality words before it are no part of it."""
    tokens = table(doc)
    end_index = title_token_end(doc)
    task_ends: set[int] = set()
    for head in range(1, end_index):
        token = doc[head]
        if token.lower_ not in cues.title_task_heads or not token.text[:1].isupper():
            continue
        following = doc[head + 1] if head + 1 < end_index else None
        if following is not None and (following.text[:1].isupper() or following.text == "-"):
            if following.text == "-" or following.lower_ not in cues.appositive_stops:
                continue  # "Detection Framework": the phrase goes on; not "Detection In X-Ray Images"
        start = head
        while start > 0 and head - start < 5:
            previous = doc[start - 1]
            if hyphen_glued(tokens, start):
                start -= 2  # a hyphen compound ("Multi-Object")
            elif (
                previous.text[:1].isupper() and previous.is_alpha and previous.lower_ not in cues.title_task_before
            ) or cues.dimension.match(previous.text):
                start -= 1  # also "3D" ("Scalable 3D Generation")
            else:
                break
        listed = start > 1 and doc[start - 1].lower_ == "and" and start - 1 in task_ends
        if start > 0 and doc[start - 1].lower_ not in cues.title_task_before and not listed:
            continue  # "... on Pathology Detection and Osteoarthritis Grading": a listed task is one too
        if doc[start].lower_ in cues.indefinite_articles or doc[start].is_stop:
            continue  # "M4-SAR: A Multi-Resolution, Multi-Polarization ... Dataset": a description; "From ..."
        while start < head:  # quality words and settings are no part of the task
            first = doc[start]
            compound_end = start + 3 if start + 2 < head and doc[start + 1].text == "-" else None
            if compound_end is not None and doc[start + 2].lower_ in cues.task_setting_ends:
                start = compound_end
            elif first.lower_ not in cues.title_task_nouns and (
                first.lower_ in cues.task_modifier_stoplist
                or first.lower_ in cues.task_setting_ends
                or first.lower_.endswith("ing")  # "Rethinking Human Pose Forecasting", "Unifying ..."
            ):
                glued = start + 2 <= head and doc[start + 1].text == "-" and not first.whitespace_
                start += 3 if glued else 1  # "Low-Data Classification": the whole compound goes
            else:
                break
        if start < head and (not is_coined(doc[start].text) or is_acronym(doc[start].text)):
            task_ends.add(head + 1)
            yield start, head + 1, "task-phrase", "Task"  # also "for SAR Image Recognition", "RGB-X Tracking"


def title_methods(doc: Doc, cues: NameCues):
    """Title Case method names after "via" / "through" / "using" in the title: "... Segmentation via
    Audio-Guided Visual Convergent Alignment", "... via Feature Pyramids and Consistency-Based Implicit
    Matching". A run has two words or more (a hyphen compound is one) and ends where the capitalised words
    end; a run ending in a model or dataset head word ("via Large Language Models") is left to other rules,
    and one ending in a quantity word ("via Causal Importance", "via Pointwise Mutual Information") names
    what the method measures, no method."""
    end_index = title_token_end(doc)
    for cue in range(1, end_index - 1):
        if doc[cue].lower_ not in cues.title_method_before:
            continue
        start = cue + 1
        while start < end_index:
            end, words = _title_run(doc, start, end_index, cues)
            last = doc[end - 1].lower_ if end > start else ""
            method_word = last in cues.proposed_phrase_heads or last.endswith(cues.method_long_form_endings)
            method_word = method_word and last not in cues.long_form_quantity_heads  # "via Causal Importance"
            generic = last in cues.title_task_heads or last in cues.title_method_generic_heads
            compound = start + 1 < end and doc[start + 1].text == "-"  # "Strong-Branch Compensation" stays
            if end > start and not compound and _title_run_opener(doc[start].lower_, cues):
                generic = True  # "via Exploiting Frame-Event Fusion", "via Simple Distillation": no name
            if end < end_index and doc[end].lower_ in cues.title_phrase_continuations:
                generic = True  # "via Cartesian Product Routing in Mixture-of-Experts": a longer phrase
            if words >= 2 and method_word and not generic:
                yield start, end, "title", "Method"
            if words == 0 or end + 1 >= end_index or doc[end].lower_ != "and":
                break
            start = end + 1  # "via Feature Pyramids and Consistency-Based Implicit Matching"


def _title_run_opener(lower: str, cues: NameCues) -> bool:
    """A first word of a Title Case run that is no part of a method's name: a verb in -ing or a quality word."""
    return lower.endswith("ing") or lower in cues.task_modifier_stoplist


def _title_run(doc: Doc, start: int, limit: int, cues: NameCues) -> tuple[int, int]:
    """The end of a run of capitalised words (hyphen compounds joined) from ``start`` and its word count."""
    index, words = start, 0
    tokens = table(doc)
    while index < limit:
        token = doc[index]
        if index > start and hyphen_glued(tokens, index + 1):
            index += 1  # "Audio-Guided", "Position-based"
            continue
        glued = index > start and doc[index - 1].text == "-"
        if not token.is_alpha or not (token.text[:1].isupper() or glued):
            break
        if not glued and token.lower_ in cues.title_function_words:
            break  # "... Masking And Latent Inpainting": a capitalised "And" joins two names
        words += 0 if glued else 1
        index += 1
    if index > start and doc[index - 1].text == "-":
        index -= 1
    return index, words
