"""The dataset a number is on: named right after it, by "respectively" order or position in a list,
before the bracket it opens, or the sentence's only dataset; none when the name is cut short, acts as a
system, names a score or is what the number is compared with."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues
from claimgraph.extract.claims.numbers.number_lists import _by_position, _number_run
from claimgraph.extract.claims.numbers.words import _CHANGE_NOUNS, _LIST_JOINERS, _PLACES, _original
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.pipeline.token_table import doc_text
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues


def _place_after(view: SentenceView, last: int, datasets: list[Located]) -> tuple[list[Located], bool]:
    """The datasets named right after word ``last`` ("85.3% on GSM8K", "85.3% accuracy on the GSM8K
    dataset", "on ISIC-2017 and OAI-ZIB") and whether an "on" there names something else
    ("47.3% MOTA on real satellite video data")."""
    words, starts = view.words, {e.first: e for e in datasets}
    other, nc = False, number_cues()
    first = last + 1
    if first < len(words) and words[first] == ")" and "(" in words[max(0, last - 3) : last]:
        first += 1  # "near-perfect accuracy (99.8%) on ..."
    for i in range(first, min(len(words), first + 5)):
        w = words[i]
        if w in (",", ";", "(", ")", "and", "or", "while", "with", "compared", "vs", "vs."):
            break
        if w not in _PLACES:
            continue
        k = i + 1
        while k < len(words) and words[k] in ("the", "a", "an", "both", "all"):
            k += 1
        if k not in starts and w == "on":  # "on the hidden test set of the SemanticKITTI-MOS dataset"
            j = k
            while j < len(words) and (words[j] in nc.split_words or words[j] in nc.dataset_nouns):
                j += 1
            if j > k and j + 1 < len(words) and words[j] == "of":
                j += 1 + (words[j + 1] == "the")
                if j in starts:
                    k = j
                elif j < len(words) and _original(view, j)[:1].isupper():
                    return [], True  # a named place we do not know as a dataset
        if k not in starts:
            other = other or (w == "on" and k < len(words) and words[k] not in nc.split_words)
            continue
        found = [starts[k]]
        j = starts[k].last + 1
        while j + 1 < len(words) and words[j] in _LIST_JOINERS:  # "on A, B and C"
            n = j + 1 + (words[j] == "," and words[j + 1] in ("and", "or"))
            if n >= len(words):
                break
            if n not in starts:
                name = _original(view, n)
                if not name[:1].isdigit() and (name[:1].isupper() or any(c.isdigit() for c in name)):
                    return [], True  # "on ISIC-2017 and PrivSet": which one is not said
                break
            found.append(starts[n])
            j = starts[n].last + 1
        return found, False
    return [], other


def _named_before_bracket(view: SentenceView, quantity: Located, datasets: list[Located]) -> list[Located] | None:
    """The place named right before the bracket a number opens: "MiniF2F-Test (69.8% pass@32)" gives
    [MiniF2F-Test]; "Ineq-Comp-Seed (52.2% pass@32)", a name we do not know as a dataset, gives []; None
    when no name stands there. The bracket may hold a list of labelled numbers ("on ELLAR (Top-1: 55.13%,
    Top-5: 78.87%)"); after a place word, a name no dataset covers gives [] ("on LUMINA-26 (Top-1: ...)")."""
    words, i = view.words, quantity.first - 1
    while i >= 0 and words[i] in ("$", "~", "\u2248"):
        i -= 1
    labelled = i >= 0 and words[i] in (":", "=")
    if labelled:
        i = _label_list_bracket(words, i)
    if i < 1 or words[i] != "(":
        return None
    ends = {e.last: e for e in datasets}
    if i - 1 in ends:
        return [ends[i - 1]]
    if labelled and i >= 2 and words[i - 2] in number_cues().place_words:
        return []  # "on LUMINA-26 (Top-1: 75.95%, Top-5: 93.58%)": on a place we do not know as a dataset
    if any(e.last == i - 1 for e in view.entities):
        return None  # a model's or metric's bracket: "GPT-4 (35.6%)", "accuracy (99.8%)"
    name, word = _original(view, i - 1), words[i - 1]
    if name[:1].isupper() and any(c.isdigit() or c == "-" for c in word) and not name.isupper():
        return []  # an unknown name of a place
    return None


def _label_list_bracket(words: tuple[str, ...], colon: int) -> int:
    """The opening bracket of a list of labelled numbers that the colon (or "=") at ``colon`` stands in:
    "(Top-1: 55.13%, Top-5: 78.87%)" (labels, colons, numbers and commas only, at most twelve words back),
    else ``colon``."""
    for k in range(colon - 1, max(-1, colon - 13), -1):
        if words[k] == "(":
            return k
        if words[k] in (")", ";", ".", "and", "or") or (words[k].isalpha() and len(words[k]) > 12):
            return colon
    return colon


def _coordinated(view: SentenceView, dataset: Located, numbers: frozenset[int]) -> bool:
    """Whether the dataset stands in a list of names ("chest X-rays (MIMIC-CXR) and fundus images",
    "on ISIC-2017 and OAI-ZIB"), not alone."""
    words, nc = view.words, number_cues()
    starts = {e.first for e in view.entities if e.label == "Dataset"}
    j = dataset.last + 1
    while j < len(words) and (words[j] == ")" or words[j] in nc.dataset_nouns):
        j += 1
    k = j + (j < len(words) and words[j] == "$")
    if k + 1 < len(words) and words[k].strip("$") in nc.to_words and words[k] != "to":
        return True  # "(AIME $\\rightarrow$ BeyondAIME)": a transfer between two places
    if j + 1 < len(words) and words[j] in _LIST_JOINERS and j + 1 not in numbers:
        nxt = words[j + 1]
        if j + 1 in starts or (words[j] != "," and nxt not in nc.non_qualifiers and nxt != "respectively"):
            return True  # "(MIMIC-CXR) and fundus images (FairGenMed)"; not "On X dataset, FooNet reaches"
    i = dataset.first - 1
    while i >= 0 and words[i] in ("(", "the"):
        i -= 1
    return i >= 1 and words[i] in _LIST_JOINERS and i - 1 not in numbers


def _dataset_for(
    view: SentenceView,
    quantities: tuple[Located, ...],
    index: int,
    datasets: list[Located],
    metrics: frozenset[int],
    cues: ClaimCues | None = None,
) -> Span | None:
    """The dataset a number is on (:func:`_dataset_on`), unless its name is cut short: a capitalised word
    that no entity covers follows it ("85.35% on ISPRS Vaihingen, 87.05% on ISPRS Potsdam": "ISPRS" alone
    names neither), so the number is shown with no dataset rather than a fragment."""
    found = _dataset_on(view, quantities, index, datasets, metrics)
    if found is None:
        return None
    located = next((d for d in datasets if d.span == found), None)
    if located is not None and cues is not None and _acts(view, located, cues):
        return None  # "CLUE reduced FID to 9.30": a system named like a dataset, not the place
    return None if located is not None and _cut_short(view, located) else found


def _acts(view: SentenceView, dataset: Located, cues: ClaimCues) -> bool:
    """Whether a dataset's name is the subject of a verb of scoring, change or comparison ("CLUE reduced FID
    to 9.30 (vs. 46.81)", "X outperforms ..."), across an adverb: the name is a system's there, the
    sentence names no place. Not after a place word, also across a determiner ("on the CIFAR-10 set"), not
    before a dataset noun ("set", "benchmark") or a score noun ("the VBench score by 7%")."""
    nc, words, i = number_cues(), view.words, dataset.last + 1
    while i < len(words) and words[i].endswith("ly") and words[i].isalpha():
        i += 1  # "CLUE consistently reduces"
    k = dataset.first - 1
    while k >= 0 and words[k] in ("the", "a", "an"):
        k -= 1
    if i >= len(words) or (k >= 0 and words[k] in nc.place_words):
        return False
    if words[i] in nc.dataset_nouns or words[i] in nc.score_nouns or words[i] in _CHANGE_NOUNS:
        return False
    verbs = cues.achieve_cues | cues.improve_verbs | cues.decrease_cues | cues.beat_verbs | cues.perform_verbs
    return words[i] in verbs


def _cut_short(view: SentenceView, dataset: Located) -> bool:
    """Whether the word after a dataset's name continues the name: a capitalised word, no dataset noun, no
    split word, no entity and no number ("ISPRS Vaihingen", "ISPRS Potsdam", "DVS128 Gesture"); or the name
    is a letter or two glued by a slash to a word before it, a part of a compound ("a controlled A/B
    benchmark"), not a dataset's name."""
    span = dataset.span
    if len(span.text) <= 2 and span.start_char > 0 and doc_text(span.doc)[span.start_char - 1] == "/":
        return True
    i, nc = dataset.last + 1, number_cues()
    if i >= len(view.words) or view.words[i] in nc.dataset_nouns or view.words[i] in nc.split_words:
        return False  # "the GSM8K benchmark", "Structured3D Validation split", "R2R-CE Val-Unseen"
    if any(e.first <= i <= e.last for e in view.entities) or any(q.first <= i <= q.last for q in view.quantities):
        return False
    word = _original(view, i)
    return word[:1].isupper() and word.isalpha()


def _dataset_on(
    view: SentenceView, quantities: tuple[Located, ...], index: int, datasets: list[Located], metrics: frozenset[int]
) -> Span | None:
    """The dataset a number is on: by "respectively" order, the one named right after it or after the
    list of numbers it ends ("85% and 76% on A and B": by position), else the sentence's only dataset when
    no other number is tied to it, no "on" after the number names something else and the dataset stands
    alone (not "on A and B" where B is no dataset we know)."""
    if not datasets:
        return None
    count = len(quantities)
    if "respectively" in view.present and count == len(datasets) and count > 1:
        return datasets[index].span
    words = view.words
    bracketed = _named_before_bracket(view, quantities[index], datasets)
    if bracketed is not None:
        return bracketed[0].span if bracketed else None
    start, end = _number_run(words, quantities, index, metrics)
    for k in range(index, end + 1):
        found, other = _place_after(view, quantities[k].last, datasets)
        if not found and other:
            return None
        if found:
            picked = found[0] if len(found) == 1 else _by_position(found, start, end, index)
            return None if picked is None else picked.span
    if len(datasets) != 1 or ("respectively" in view.present and count > 1):
        return None
    only = datasets[0]
    q = quantities[index]
    lo, hi = min(q.last, only.first), max(q.first, only.last)
    if ";" in words[lo:hi]:
        return None  # "... reaching an RFS of 8.06; it also does well on NAVSIM": another clause
    numbers = frozenset(i for q in quantities for i in range(q.first, q.last + 1))
    for k, q in enumerate(quantities):
        if k != index and any(e.span == only.span for e in _place_after(view, q.last, datasets)[0]):
            return None  # "61.1% MOTA on SDM-Car-SU and 47.3% MOTA on real data": tied to another number
    if _coordinated(view, only, numbers):
        return None
    nc, i = number_cues(), only.first - 1
    while i >= 0 and words[i] in ("the", "a", "an"):
        i -= 1
    if i >= 0 and (words[i] in nc.baseline_markers or words[i] in nc.outperform_words or words[i] in nc.aid_words):
        return None  # "an improvement over ImageNet only initialization", "with ImageNet-1K as ID": no test set
    if i >= 1 and words[i] in ("on", "with") and words[i - 1] in nc.aid_words:
        return None  # "models trained on Cell200-s": a training set
    glued = words[only.last]
    if "-" in glued and glued.rsplit("-", 1)[1] in nc.aid_words:
        return None  # "Our ImageNet-pretrained ViT ... achieves an AUC of 0.859": the data it was trained on
    number = quantities[index]
    if only.first > number.last and _names_a_score(words, only, nc):
        return None  # "drops LPIPS (from 0.480 to 0.169) and boosts the VBench score": VBench is a score here
    if only.first > number.last and _compared_after(words, number.last + 1, only.first, nc):
        return None  # "85.90%, surpassing Adv-CPG by +6 points and noise-based P3-Mask by +16": a compared name
    return only.span


def _names_a_score(words: tuple[str, ...], dataset: Located, nc: NumberCues) -> bool:
    """Whether a dataset's name stands before a score noun ("the VBench score"): it names that score, not
    the place of the numbers before it."""
    return dataset.last + 1 < len(words) and words[dataset.last + 1] in nc.score_nouns


def _compared_after(words: tuple[str, ...], lo: int, hi: int, nc: NumberCues) -> bool:
    """Whether an outperform word stands in ``words[lo:hi]`` (between a number and the dataset after it)
    with no place word after it: the name at ``hi`` is compared with, not the place of the number."""
    compared = False
    for w in words[lo:hi]:
        if w in nc.outperform_words and w != "over":  # "over" may be a place: "averaged over X"
            compared = True
        elif w in nc.place_words:
            compared = False
    return compared
