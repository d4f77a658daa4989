"""Coined names listed after the authors' proposal of a counted plural kind ("We propose two detectors: ZorbDet
and QuuxDet", "we introduce three benchmarks, namely FooBench, BarQA and QuuxSet"): each item of the list that
opens with a coined name is a name of the kind the plural noun says (``proposal_list_kinds``)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimgraph.extract.entities.abbreviations import best_long_form
from claimgraph.extract.entities.name_cues import NameCues
from claimgraph.extract.entities.name_patterns.proposed import name_after
from claimgraph.extract.pipeline.list_items import before_marker, closes_marker, joins_items, past_article
from claimgraph.extract.pipeline.token_table import TokenTable, table

#: Tokens from the proposal verb to its counted plural noun ("propose two novel lightweight detectors").
_NOUN_REACH = 6


def proposal_list(doc: Doc, verb: int, cues: NameCues):
    """The coined names that open the items of a list after the proposal verb at ``verb``: its object is a
    number word (``proposal_list_counts``) and, within a few lower-case words, a plural kind noun of
    ``proposal_list_kinds``, which a colon or "namely" (", namely") follows. An item opens right after that
    opener, or after ",", ";" or "and", past a list marker ("(1)", "2)") and an article; at most as many
    names as the number says. Each name is ``(start, end, "propose", label)`` with the noun's type."""
    size = len(doc)
    tokens = table(doc)
    opened = _list_opener(doc, verb, cues)
    if opened is None:
        return
    opener, count, label = opened
    found = 0
    index = opener + 1
    while index < size and found < count and not doc[index].is_sent_start:
        if _opens_counted_item(tokens, index, opener):
            items = list(name_after(doc, index, "list-item", cues, allow_plain=True, multiword=True, label=label))
            if items:
                end = _item_end(doc, items[0][0], items[0][1])
                yield items[0][0], end, "propose", label
                found += 1
                index = end
                continue
        index += 1


def _list_opener(doc: Doc, verb: int, cues: NameCues) -> tuple[int, int, str] | None:
    """``(opener, count, label)`` of a counted plural kind noun after the verb at ``verb`` that a colon or
    "namely" closes, or None."""
    size = len(doc)
    count = None
    for j in range(verb + 1, min(size, verb + 1 + _NOUN_REACH)):
        token = doc[j]
        if token.is_sent_start:
            return None
        word = token.lower_
        if count is None:
            if word not in cues.proposal_list_counts:
                return None
            count = cues.proposal_list_counts[word]
            continue
        if word in cues.proposal_list_kinds:
            k = j + 1
            if k < size and doc[k].text == "," and k + 1 < size and doc[k + 1].lower_ == "namely":
                k += 1
            if k < size and not doc[k].is_sent_start and (doc[k].text == ":" or doc[k].lower_ == "namely"):
                return k, count, cues.proposal_list_kinds[word]
            return None
        if not ((token.text.isalpha() and token.text.islower()) or token.text == "-"):
            return None
    return None


def _opens_counted_item(tokens: TokenTable, index: int, opener: int) -> bool:
    """Whether the token at ``index`` may open an item of the counted list after ``opener``: past an article and
    a list marker of any short number or word ("(1)", "2)", "b)"), the opener itself, ",", ";" or "and" stands
    before it. Unlike the announced lists of relations/proposes (``announced._opens_announced_item``), a marker
    opens no item by itself here: the list is read from its opener on, item by item, so what stands before the
    marker must open it too."""
    j = past_article(tokens, index, opener)
    if j > opener + 1 and closes_marker(tokens, j):
        j = before_marker(tokens, j)
    return j == opener or (j > opener and joins_items(tokens, j))


def _item_end(doc: Doc, start: int, end: int) -> int:
    """Where a list item's name ends: at an "and" inside it, which joins the next item ("Advantage Reweighting
    and Low-Probability Token Isolation (LPTI)", "Monte Carlo Dropout and Additive Gaussian Noise"), unless the
    abbreviation in parentheses right after it spells it from its first word ("Heterogeneous Collaborative and
    Expansion Mixture-of-Experts (HCE-MoE)")."""
    joins = [k for k in range(start + 1, end - 1) if doc[k].lower_ == "and"]
    if not joins:
        return end
    close = next((k for k in range(end + 1, min(len(doc), end + 6)) if doc[k].text == ")"), None)
    if end < len(doc) and doc[end].text == "(" and close is not None:
        begins = best_long_form(doc[end + 1 : close].text, doc[start:end].text)
        if begins == 0:
            return end
        if begins is not None:
            offset = doc[start].idx + begins
            return max((k for k in joins if doc[k].idx < offset), default=joins[0])
    return joins[0]
