"""Lowercase task phrases coordinated with a known task (cue ``task-phrase``): in "temporal localization,
spatial grounding, and collision type classification" or "streaming video understanding and proactive
reasoning" the members of a list share their kind, so a member written like a task name (lowercase words
ending in a task head noun) is a task when another member is one."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import LIST_JOINS

_MOST_WORDS = 4


def _word(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether ``doc[index]`` can be a word of a lowercase task phrase: a lowercase content word, a dimension
    ("3D"), or any piece of a glued hyphen compound ("text-to-image") (pure)."""
    token = doc[index]
    if token.is_sent_start and index > 0:
        return False
    glued = index > 0 and doc[index - 1].text == "-" and not doc[index - 1].whitespace_
    if cues.dimension.match(token.text):
        return True
    return token.is_alpha and token.is_lower and (glued or not token.is_stop)


def _glue(doc: Doc, index: int) -> bool:
    """Whether ``doc[index]`` is a "-" glued between two words."""
    return (
        doc[index].text == "-"
        and 0 < index < len(doc) - 1
        and not doc[index].whitespace_
        and not doc[index - 1].whitespace_
        and doc[index + 1].is_alpha
    )


def _named_like_a_task(doc: Doc, start: int, end: int, cues: NameCues) -> bool:
    """Whether ``doc[start:end]`` is written like a task name (pure): at most four words, the last a task head
    noun (one word alone only a head of task_phrase_heads: "tracking", not "reasoning"), with no quality or
    setting word ("better", "consistent") before it, not opened by an adverb or a verb in "-ing"."""
    words = [t for t in doc[start:end] if t.text != "-"]
    if not words or len(words) > _MOST_WORDS or doc[end - 1].text == "-":
        return False
    head = doc[end - 1].lower_
    if len(words) == 1 and head not in cues.task_phrase_heads:
        return False
    if head not in cues.task_phrase_heads | cues.title_task_heads | cues.task_subject_heads:
        return False
    first = doc[start].lower_
    if first in cues.not_name_starts or (first.endswith(("ly", "ing")) and len(words) > 1):
        return False  # "spanning understanding": a verb, not a modifier
    return not any(t.lower_ in cues.task_modifier_stoplist or t.lower_ in cues.task_setting_ends for t in words[:-1])


def _after(doc: Doc, end: int, cues: NameCues):
    """The member of a list right after a task ending at ``end`` (", X", " and X", ", and X"), or None."""
    index = end
    while index < len(doc) and index < end + 2 and doc[index].lower_ in LIST_JOINS:
        index += 1
    if index == end or index >= len(doc):
        return None
    start = last = index
    while last < len(doc) and (_word(doc, last, cues) or _glue(doc, last)):  # up to a stop word or a mark
        if doc[last].lower_ in cues.task_context_after:
            break
        last += 1
    closed = last == len(doc) or doc[last].is_punct or doc[last].is_stop or doc[last].lower_ in cues.task_context_after
    if closed and last > start and _named_like_a_task(doc, start, last, cues):
        return start, last
    return None


def _before(doc: Doc, start: int, cues: NameCues):
    """The member of a list right before a task starting at ``start`` ("X, " / "X and " / "X, and "), or None:
    the longest lowercase phrase that a list opener ("on", "including", ",", "(") or a sentence start comes
    before and that no verb opens ("to learn ...", "performed ...", "termed ...": a word in -ed or -ing)."""
    end = start
    while end > 0 and end > start - 2 and doc[end - 1].lower_ in LIST_JOINS:
        end -= 1
    if end == start or end == 0:
        return None
    first, openings = end, []
    while first > 0 and (_word(doc, first - 1, cues) or _glue(doc, first - 1)) and end - first < 2 * _MOST_WORDS:
        first -= 1
        openings.append(first)
    for opening in reversed(openings):  # the longest first
        before = doc[opening - 1].lower_ if opening > 0 else ""
        opened = (
            opening == 0 or doc[opening].is_sent_start or before in cues.task_context_before or before in {":", ";"}
        )
        if before == "to" or (opening < end - 1 and doc[opening].lower_.endswith(("ed", "ing"))):
            continue  # "to learn ...", "and performed target detection and ...": a verb opens a clause
        if opened and doc[opening].text != "-" and _named_like_a_task(doc, opening, end, cues):
            return opening, end
    return None


def listed_tasks(doc: Doc, tasks: list[tuple[int, int]], taken: list[tuple[int, int]], cues: NameCues):
    """The lowercase task phrases listed beside the ``tasks`` spans (start, end), member by member, so that a
    list's later members follow from its earlier ones; a member that overlaps a name of ``taken`` (another
    type's) is left out."""
    known = set(tasks)
    queue = list(tasks)
    while queue:
        start, end = queue.pop()
        for member in (_after(doc, end, cues), _before(doc, start, cues)):
            if member is None or member in known:
                continue
            if any(s < member[1] and member[0] < e for s, e in taken):
                continue
            if any(s < member[1] and member[0] < e for s, e in known):
                continue
            known.add(member)
            queue.append(member)
            yield member[0], member[1], "task-phrase", "Task"
