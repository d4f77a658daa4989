"""The type a describing phrase gives a name (pure): "X, a super-resolution benchmark for ...", "X: A Scene
Graph Dataset for ..." (:func:`appositive_type`), "a benchmark dataset, termed X" (:func:`named_head_type`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.tokens import BRACKETS, head_noun_type, in_compound
from claimgraph.extract.entities.name_shapes import hyphen_glued, is_capitalised, is_coined
from claimgraph.extract.pipeline.token_table import table

_APPOSITIVE_WORDS = 8


def _stop_word(token: Token, cues: NameCues) -> bool:
    """Whether a word ends a describing phrase: a stop word, also capitalised in a Title Case title ("...
    Benchmark For Visual Reasoning")."""
    return token.text in cues.appositive_stops or (
        token.text[:1].isupper() and token.lower_ in cues.appositive_stops and not token.is_sent_start
    )


def appositive_type(doc: Doc, end: int, cues: NameCues) -> str | None:
    """Type of the name ending at ``end`` from the phrase that describes it (pure).

    "X, a super-resolution benchmark for ...", "X, an interpretable metric
    that ...", "X: A Scene Graph Dataset for ..." (a title), "X is a 7B
    model": the phrase after a comma, dash or "is" that starts with an
    article (after a colon also without one, unless it starts with an "-ing"
    or "-ly" word) is read up to a stop word ("for", "that", "with", ...)
    or a participle ("trained"), and its last word, when a head noun, gives
    the type. None when there is no such
    phrase or it has no head noun.
    """
    if end >= len(doc) or doc[end].text not in cues.appositive_starts:
        return None
    index = end + 1
    limit = min(len(doc), index + _APPOSITIVE_WORDS)
    while index < limit and (doc[index].text in cues.appositive_skip or cues.markup.match(doc[index].text)):
        index += 1
    if index == end + 1 and (
        doc[end].text != ":" or index >= len(doc) or doc[index].lower_.endswith(("ing", "ly")) or doc[index].is_stop
    ):
        return None  # "X, which ...", "X is trained": no describing noun phrase; "X: Uncovering ..." neither
    first = index
    limit = min(len(doc), limit + 4)  # room for hyphen compounds
    while index < limit:
        token = doc[index]
        if token.text == "-" and in_compound(doc, index - 1):
            limit = min(len(doc), limit + 2)  # "a state-of-the-art open-source omni-modal model": words, not pieces
        elif token.text == "(" and (close := _short_form_close(doc, index, cues)) is not None:
            index = close + 1  # "a chest X-ray (CXR) foundation model": a short form inside the phrase
            continue
        after_head = (  # a head word closes the phrase, unless it ends a compound modifier ("Multi-Agent Generated")
            index > first and head_noun_type(doc[index - 1].text, cues) is not None and not in_compound(doc, index - 1)
        )
        if (
            (_stop_word(token, cues) and not in_compound(doc, index))
            or token.is_sent_start
            or (  # "a model conditioned on", "Language Models Based on"; not "a transformer-based model"
                index > first
                and token.lower_.endswith("ed")
                and not in_compound(doc, index)
                and (after_head or (token.is_lower and not _modifier_before_head(doc, index, cues)))
            )
            or (  # "the first plant counting benchmark incorporating ...", not "a model merging framework"
                after_head
                and token.lower_.endswith("ing")
                and not (index + 1 < len(doc) and head_noun_type(doc[index + 1].text, cues))
            )
            or (after_head and _participle_compound(doc, index))  # "a 7B open-source model fine-tuned with ..."
            or (  # "the first backdoor attack targeting MDE models": a verb after the phrase's noun, no modifier
                index > first + 1
                and token.is_lower
                and token.lower_.endswith("ing")
                and not in_compound(doc, index)
                and token.text.capitalize() not in cues.method_heads  # "an omni-modal embedding foundation model"
                and doc[index - 1].is_lower
                and not (index + 1 < len(doc) and head_noun_type(doc[index + 1].text, cues))
                and not (index + 1 < len(doc) and doc[index + 1].lower_ in {"and", "or", ","})
            )
        ):
            break
        index += 1
    last = index - 1
    if last - 3 >= first and doc[last].text == ")" and doc[last - 2].text == "(" and not _suffixed(doc, index, cues):
        # "a vision-language model (VLM) designed to ...": the head is before the short form; not "a large
        # multimodal model (LMM) based approach", whose "based" makes it a modifier
        last -= 3
    if (
        last > first
        and doc[last].is_lower
        and doc[last].lower_.endswith("ly")
        and head_noun_type(doc[last].text, cues) is None  # not "family"
    ):
        last -= 1  # "an efficient 2.6B-parameter open-source world model natively trained for ..."
    label = head_noun_type(doc[last].text, cues) if index > first else None
    if label is None and index > first:
        label = _coordinated_head_type(doc, index, limit + 4, cues)
    return label


def _coordinated_head_type(doc: Doc, index: int, limit: int, cues: NameCues) -> str | None:
    """The type of the head noun after modifiers joined by "and", "or" or commas, from ``index`` on: "a more
    realistic and challenging benchmark for ...", "a large-scale, high-difficulty, and cross-disciplinary
    evaluation suite composed of ..." (a participle after the head ends the phrase)."""
    for _ in range(3):
        if index >= len(doc) or doc[index].lower_ not in {"and", "or", ","}:
            return None
        comma = doc[index].text == ","
        start = index = index + 1 + (index + 1 < len(doc) and comma and doc[index + 1].lower_ in {"and", "or"})
        if comma and start < len(doc) and doc[start].lower_.endswith(("ing", "ed")):
            return None  # "..., allowing the model to ...": a clause, no modifier
        while index < min(limit, len(doc)) and not _stop_word(doc[index], cues) and not doc[index].is_sent_start:
            if doc[index].text in cues.appositive_skip:
                return None  # "..., the model ...": a new phrase
            if index > start and head_noun_type(doc[index - 1].text, cues) and doc[index].lower_.endswith("ed"):
                break  # "... evaluation suite composed of"
            index += 1
        if index > start and (label := head_noun_type(doc[index - 1].text, cues)) is not None:
            return label
    return None


_NAMED_HEAD_WINDOW = 14


def named_head_type(doc: Doc, cue: int, cues: NameCues) -> str | None:
    """Type of the name after a naming cue from the noun phrase the cue follows (pure).

    "a benchmark dataset, termed HARDVS 2.0", "a large-scale dataset for
    multi-modal pretraining, called ImageNeXt", "the resulting algorithm,
    named SELM": the phrase starts at the nearest article before the cue and
    is read up to its first stop word ("for", "with", ","); its last word,
    when a head noun, gives the type. None without an article in reach
    ("trained with a loss termed X" has the phrase "a loss": no head noun).
    """
    start = cue - 1
    lowest = max(0, cue - _NAMED_HEAD_WINDOW)
    while start >= lowest and doc[start].lower_ not in cues.appositive_skip:
        if doc[start].is_sent_start or doc[start].text in BRACKETS:
            start = lowest - 1
            break
        start -= 1
    if start < lowest:  # no article: the word right before the cue ("... dataset called IIAEData")
        previous = cue - 1 if cue > 0 and doc[cue - 1].text != "," else cue - 2
        return head_noun_type(doc[previous].text, cues) if previous >= 0 else None
    index = start + 1
    while index < cue and (doc[index].text not in cues.appositive_stops or in_compound(doc, index)):
        index += 1
    return head_noun_type(doc[index - 1].text, cues) if index > start + 1 else None


def _short_form_close(doc: Doc, index: int, cues: NameCues) -> int | None:
    """The index of ")" when ``doc[index]`` opens a parenthesised short form of one token ("(CXR)") of a
    description ("a chest X-ray (CXR) foundation model"), not of a name in Title Case ("our proposed Dynamic
    Gaussian Surfels (DGS) technique", which the phrase then describes instead) unless a dataset or model head
    noun follows it ("the first Emotionally Supportive Role-Playing (ESRP) dataset": a dataset)."""
    if not (index + 2 < len(doc) and doc[index + 2].text == ")" and is_coined(doc[index + 1].text)):
        return None
    if all(token.text[:1].isupper() or not token.is_alpha for token in doc[max(0, index - 3) : index]):
        following = head_noun_type(doc[index + 3].text, cues) if index + 3 < len(doc) else None
        return index + 2 if following in ("Dataset", "Model") else None
    return index + 2


def _suffixed(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether ``doc[index]`` is a modifier suffix written apart ("(LMM) based", "(RL) driven")."""
    return index < len(doc) and doc[index].lower_ in cues.suffix_stoplist


def _participle_compound(doc: Doc, index: int) -> bool:
    """Whether a hyphen compound ending in a participle starts at ``index`` ("fine-tuned", "pre-trained")."""
    return (
        index + 2 < len(doc)
        and doc[index].is_lower
        and hyphen_glued(table(doc), index + 2)
        and doc[index + 2].lower_.endswith("ed")
    )


def second_appositive_type(doc: Doc, end: int, cues: NameCues) -> str | None:
    """Type from a describing phrase after a spelled-out name between commas: "LOCORE, Long-Context Re-ranker,
    a model that ..." (the capitalised words between the commas are the name's long form)."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    index = end + 1
    while index < min(len(doc), end + 8) and (
        is_capitalised(doc[index])
        or is_coined(doc[index].text)
        or (doc[index].text == "-" and index > end + 1)
        or hyphen_glued(table(doc), index)  # "Re-ranker"
    ):
        if doc[index].is_sent_start:
            return None
        index += 1
    if index == end + 1 or index >= len(doc) or doc[index].text != ",":
        return None
    return appositive_type(doc, index, cues)


def _modifier_before_head(doc: Doc, index: int, cues: NameCues) -> bool:
    """Whether the "-ed" word at ``index`` is an adjective of the phrase's head ("the first MLLM-based unified
    change detection model", "a carefully curated benchmark"): a head noun follows within four words, with no
    stop word between ("a model trained on ..." is a participle after its head)."""
    for following in doc[index + 1 : min(len(doc), index + 5)]:
        if following.text in cues.appositive_stops or following.is_sent_start:
            return False
        if head_noun_type(following.text, cues) is not None:
            return True
    return False
