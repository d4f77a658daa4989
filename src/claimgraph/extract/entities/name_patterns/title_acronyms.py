"""A title "ACRONYM: Long Form ..." read as an abbreviation pair that joins ``doc._.abbreviations``
(:func:`title_acronym_pair`), with :func:`initials_spell`, which tells whether a long form spells an acronym."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.abbreviation_forms import defined_short_forms
from claimgraph.extract.entities.name_cues import name_cues
from claimgraph.extract.entities.name_shapes import hyphen_glued
from claimgraph.extract.pipeline.sentences import title_token_end
from claimgraph.extract.pipeline.token_table import table

_INITIALS_SKIPPED = frozenset({"of", "and", "for", "via", "with", "in", "on", "the", "a", "an", "to", "by", "from"})


def initials_spell(short: str, long_text: str) -> bool:
    """Whether the word initials of ``long_text`` spell ``short`` (pure; stricter than Schwartz-Hearst).

    Every word gives its initial, and may add the initials of its
    hyphen-joined parts ("Organ-Wise" gives O or OW); a connector word
    ("of", "for", ...) may give nothing; the last word gives the last letter.

    >>> initials_spell("PVPO", "Pre-Estimated Value-Based Policy Optimization")
    True
    >>> initials_spell("ODG", "Occupancy Prediction Using Dual")
    False
    >>> initials_spell("VISTA", "Vision-Language Imitation of Situational Thinking and")
    False

    A word with more capitals than parts may give all its capitals ("STacked AutoRegressive" spells STAR).

    >>> initials_spell("STAR", "STacked AutoRegressive")
    True
    """
    letters = [ch.lower() for ch in short if ch.isalnum()]
    words = [[part for part in word.split("-") if part] for word in long_text.split()]
    words = [parts for parts in words if parts]
    if words and len(words[-1]) == 1 and words[-1][0].lower() in _INITIALS_SKIPPED:
        return False  # "VISTA: Vision-Language Imitation of Situational Thinking and Attention": not "... and"
    reachable = {0}
    for index, parts in enumerate(words):
        initials = [part[0].lower() for part in parts]
        following: set[int] = set()
        for position in reachable:
            if parts[0].lower() in _INITIALS_SKIPPED and index < len(words) - 1:
                following.add(position)  # a connector gives nothing
            if position < len(letters) and initials[0] == letters[position]:
                following.add(position + 1)
                taken = position + 1
                for initial in initials[1:]:  # "Organ-Wise": O, then W
                    if taken < len(letters) and initial == letters[taken]:
                        taken += 1
                        following.add(taken)
                    else:
                        break
            capitals = [ch.lower() for ch in "".join(parts) if ch.isupper()]
            if len(capitals) > len(parts) and letters[position : position + len(capitals)] == capitals:
                following.add(position + len(capitals))  # "STacked AutoRegressive" spells STAR by its capitals
        reachable = following
        if not reachable:
            return False
    return len(letters) in reachable


def title_acronym_pair(doc: Doc) -> None:
    """A title "ACRONYM: Long Form ..." defines the acronym like "Long Form (ACRONYM)" would.

    "OWT: A Foundational Organ-Wise Tokenization Framework for ...": the
    shortest run of subtitle words, starting within its first four words,
    whose initials spell the acronym (:func:`initials_spell`) is its long form;
    the pair joins ``doc._.abbreviations``. A long form never opens with a small word ("FIRE: A Dataset
    for Feedback Integration and Refinement Evaluation" is "Feedback Integration and Refinement
    Evaluation", "APRES: An Agentic Paper Revision and Evaluation System" drops "An").
    """
    title_end = title_token_end(doc)
    if len(doc) < 4 or doc[1].text != ":" or title_end <= 1:
        return
    short = doc[0].text
    if not (2 <= len(short) <= 8 and short.isupper() and short.isalnum() and short[0].isalpha()):
        return
    if short in defined_short_forms(doc):
        return  # the abstract defines it itself
    for start in range(2, min(6, len(doc))):
        if start >= title_end or doc[start].text[:1].lower() != short[0].lower():
            continue
        if doc[start].lower_ in name_cues().long_form_function_words:
            continue  # "FIRE: A Dataset for Feedback Integration and ...", "APRES: An Agentic ...": no first word
        for end in range(start + 1, min(start + 10, len(doc) + 1)):
            if end > title_end:
                return
            if initials_spell(short, doc[start:end].text):
                end = _title_words_after(doc, end, title_end)
                if any(token.text == "," for token in doc[start:end]):
                    return  # "BAPPA: Benchmarking Agents, Plans, and Pipelines for ...": a list, no name
                if end < title_end and any(t.lower_ in name_cues().title_goal_openers for t in doc[2:start]):
                    return  # "BLUE: Toward Better Language Use in Efficient ... Models for ...": a goal
                if end - start > 1 and doc[end - 1].text != "-":
                    pairs = list(doc._.abbreviations or [])
                    pairs.append((doc[start:end], doc[0:1]))
                    doc._.abbreviations = sorted(pairs, key=lambda pair: pair[1].start)
                return
        return


def _title_words_after(doc: Doc, end: int, title_end: int) -> int:
    """Grow a title long form over the capitalised words that end its name ("PACT: Pruning and
    Clustering-Based Token Reduction for ..."), not over a head word of a description ("Framework");
    ``title_end`` is the first token after the title. Words grown over that modify a head word take
    it too ("MAKE: Multi-Aspect Knowledge-Enhanced Vision-Language Pretraining for ...", "MMGT:
    Motion Mask Guided Two-Stage Network for ..."): the long form ends with its noun phrase, not
    before the noun; a long form whose initials end at a noun stays ("OWT: A Foundational Organ-Wise
    Tokenization Framework")."""
    cues = name_cues()
    heads = {word.lower() for word in cues.dataset_heads | cues.model_heads | cues.method_heads | cues.metric_heads}

    def name_word(index: int) -> bool:
        token = doc[index]
        return (
            index < title_end
            and token.is_alpha
            and token.text[:1].isupper()
            and token.text[1:].islower()
            and token.lower_ not in heads
            and token.lower_ not in cues.naming_heads
            and token.lower_ not in cues.appositive_stops
        )

    tokens = table(doc)
    initials_end = end
    while end < len(doc):
        if name_word(end):
            end += 1
        elif (  # "SAMM2D: Scale-Aware Multi-Modal 2D Dual-Encoder for ...": the hyphenated word ends the name
            end + 1 < len(doc) and hyphen_glued(tokens, end + 1) and name_word(end + 1)
        ):
            end += 2
        else:
            break
    head = end < title_end and doc[end].text[:1].isupper() and doc[end].lower_ in heads | cues.naming_heads.keys()
    if end > initials_end and head:
        end += 1  # the head word the grown words modify
    return end
