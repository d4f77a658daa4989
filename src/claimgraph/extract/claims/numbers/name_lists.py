"""Lists of Model or Method names that own a list of numbers: coordinated names ("A, B and C achieve"),
names glossed in brackets, a list "respectively" pairs; a member we cannot name holds its place."""

from __future__ import annotations

from claimgraph.extract.claims.numbers.words import _ACTORS, _LIST_JOINERS, _original
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.quantities.number_cues import number_cues


def _name_word(view: SentenceView, i: int) -> bool:
    """Whether word ``i`` is part of a name: inside an entity, or written with a capital or a digit
    and no function word ("OpenAI", "ViT-L/14")."""
    return any(e.first <= i <= e.last for e in view.entities) or _unknown_member(view, i)


def _name_list(view: SentenceView, name: Located) -> list[Located | None]:
    """The coordinated Model or Method names ``name`` ends: "GPTZero, Claude and GPT-4o", "A and B"
    (the names in order; ``[name]`` alone when it stands in no list). A member we do not know as a name
    holds its place as None: one word between two list commas ("o3-mini, o1, and DeepSeek-R1"), or up to
    three name words after a list comma or opening the list ("found that GPTZero, Claude Opus-4.6, and
    GPT-5.5"). The last member follows "and", "or" or "&": a bare comma before ``name`` ends no list ("Based on
    Qwen-2.5-Coder-14B, Bird-Fixer achieves 38.11%": an opening phrase, then the clause's subject)."""
    words, openers = view.words, number_cues().name_list_openers
    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    chain: list[Located | None] = [name]
    i = name.first - 1
    if i >= 0 and words[i] == ",":
        return chain
    while i >= 1 and words[i] in _LIST_JOINERS:
        before = i - 1
        if words[i] in ("and", "or", "&") and words[before] == ",":
            before -= 1  # "A, B, and C"
        if before in ends:
            chain.insert(0, ends[before])
            i = ends[before].first - 1
            continue
        if before >= 2 and words[before - 1] == "," and before - 2 in ends and _unknown_member(view, before):
            chain.insert(0, None)  # "o3-mini, o1, and DeepSeek-R1": "o1" is a member we cannot name
            i = before - 1
            continue
        first = _name_group(view, before)
        if first is not None and first >= 2 and (words[first - 1] == "," or words[first - 1] in openers):
            chain.insert(0, None)  # "GPTZero, Claude Opus-4.6, and GPT-5.5": members we cannot name
            i = first - 1
            continue
        break
    return chain


def _glossed_name_list(view: SentenceView, before: int) -> list[Located | None]:
    """The list of two or more Model or Method names that ends right before word ``before`` (across the
    words that link a name to its number: "achieve", "achieving", ",", "only"), each name optionally
    glossed in brackets: "Mamba (state-space), RWKV-4 (linear attention), and RecurrentGemma (gated
    recurrence), achieving ..."; "models (e.g., GPT-5 and Qwen3-VL) achieve ...". A member we do not know
    as a name holds its place as None ("RWKV-4"); at least one member is named. Empty when there is none."""
    words, nc = view.words, number_cues()
    ends = {e.last: e for e in view.entities if e.label in _ACTORS}
    covered = {i for e in view.entities for i in range(e.first, e.last + 1)}
    k = before - 1
    while k >= 0 and (words[k] in nc.owner_links or words[k] == ",") and words[k] not in ("(", "of", "with"):
        k -= 1  # "..., achieving", "achieve only"
    chain: list[Located | None] = []
    while k >= 0:
        if words[k] == ")":
            opening = _opening_bracket(words, k)
            if opening is None:
                break
            glossed = opening - 1 in ends or (opening - 1 not in covered and _unknown_member(view, opening - 1))
            k = opening - 1 if glossed else k - 1  # a gloss after a name, or the bracket that holds the list
        if k in ends:
            chain.insert(0, ends[k])
            k = ends[k].first - 1
        elif k >= 0 and k not in covered and _unknown_member(view, k):
            chain.insert(0, None)
            k -= 1
        else:
            break
        joiners = 0
        while k >= 0 and words[k] in _LIST_JOINERS:
            k, joiners = k - 1, joiners + 1
        if not joiners:
            break
    return chain if len(chain) >= 2 and any(c is not None for c in chain) else []


def _respective_names(view: SentenceView, before: int, count: int) -> list[Located | None]:
    """The one list of ``count`` Model or Method names before word ``before`` that "respectively" pairs
    with a list of as many numbers ("GPT-4o and Gemini 1.5 Pro outperformed alternatives and displayed
    promising BERTScore of 0.906 and 0.888 respectively"); empty without "respectively", when no list or
    several lists of that length stand there, when as many datasets do (the numbers are then per
    dataset), or when the list is what the sentence compares with ("outperforms current CNN and ViT-based
    models with a mean Dice score of 0.624 and 0.883 respectively": the numbers are the paper's)."""
    if "respectively" not in view.present or count < 2:
        return []
    if sum(e.label == "Dataset" for e in view.entities) == count:
        return []
    nc, words = number_cues(), view.words
    markers = nc.outperform_words | nc.baseline_markers | nc.than_comparatives
    lists = []
    for e in view.entities:
        if e.label in _ACTORS and e.last < before:
            chain = _name_list(view, e)
            if len(chain) == count and all(c is not None for c in chain):
                lists.append(chain)
    if len(lists) != 1 or not markers.isdisjoint(words[max(0, lists[0][0].first - 3) : lists[0][0].first]):
        return []  # "our method outperforms current CNN and ViT-based models with a Dice of 0.624 and 0.883"
    return lists[0]


def _opening_bracket(words: tuple[str, ...], close: int) -> int | None:
    """The "(" that the ")" at word ``close`` closes, at most eight words back, or None."""
    for k in range(close - 1, max(-1, close - 9), -1):
        if words[k] == ")":
            return None
        if words[k] == "(":
            return k
    return None


def _name_group(view: SentenceView, last: int) -> int | None:
    """The first word of a run of one to three name words (:func:`_name_word`) ending at word ``last``
    ("Claude Opus-4.6"), or None."""
    first = last
    while first >= 0 and last - first < 3 and _name_word(view, first):
        first -= 1
    return first + 1 if first < last else None


def _unknown_member(view: SentenceView, i: int) -> bool:
    """Whether word ``i`` can be an unrecognised name in a list of names: one word holding a digit or a
    capital ("o1", "Gemini"), no function word."""
    word = _original(view, i)
    return (
        word[:1].isalnum()
        and any(c.isdigit() or c.isupper() for c in word)
        and view.words[i] not in number_cues().non_qualifiers
    )
