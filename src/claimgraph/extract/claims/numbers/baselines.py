"""Whether the sentence marks a number as a compared system's (a baseline's score): a marker right
before it ("vs. 80.2", "than 45%"), a comparison phrase it stands in ("compared to X at F1 = 0.97"), or
brackets after a compared name ("outperforming RFT (53.6%)") or after a class of compared methods."""

from __future__ import annotations

from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, cue_before
from claimgraph.extract.quantities.number_cues import NumberCues


def _entity_before(view: SentenceView, quantity: Located, labels: tuple[str, ...]) -> Located | None:
    """A name right before the number: "GPT-4 (35.6%)", "GPT-4: 80.1", "GPT-4's 80%"."""
    words, i = view.words, quantity.first - 1
    while i >= 0 and words[i] in ("(", ":", "=", "'s", "’s", "of", "at", "with", "only", "achieves", "scores"):
        i -= 1
    if i == quantity.first - 1 or i < 0:
        return None
    for e in view.entities:
        if e.last == i and e.label in labels:
            return e
    return None


def _bracketed_baseline(view: SentenceView, quantity: Located, nc: NumberCues) -> tuple[bool, Located | None]:
    """Whether the number stands in brackets after a name the sentence compares with, and that name.

    "outperforming CLAM (F1 = 0.7576, FPR = 69.26%)", "compared to ShieldGemma-2
    (64.80% accuracy)", "both T2M-GPT (FID = 0.116) and MMM (FID = 0.080)". Not
    "Qwen3-VL (35.5 vs 29.6)" (the first number is the subject's), not a name
    after "on"/"in" ("surpassing GPT-4 on MMLU (85.2%)"), and not when the
    comparison word is past a clause break ("outperforms X while reaching Y (...)").
    """
    words, i = view.words, quantity.first - 1
    while i >= 0 and quantity.first - i <= 10 and words[i] not in ("(", ")"):
        i -= 1
    if i <= 0 or words[i] != "(":
        return False, None
    close = i + 1
    while close < len(words) and words[close] != ")" and close - i <= 16:
        if words[close] in nc.versus_words:
            return False, None
        close += 1
    last = _cited_name_end(words, i - 1)  # "matching UDOP~\\cite{udop} (89.8 AP)": the name before the citation
    if last < 0:
        return False, None
    name = next((e for e in view.entities if e.last == last), None)
    if name is not None:
        if name.label not in ("Model", "Method"):
            return False, None
        start = name.first
    else:
        token = view.sentence.doc[view.starts[last]].text
        named_class = words[last] in nc.compared_class_nouns  # "Geo-foundation models (mIoU: 76.4)"
        if not named_class and (
            not any(c.isupper() or c.isdigit() for c in token) or not any(c.isalpha() for c in token)
        ):
            depth, k = 0, last  # "an improvement over ImageNet only initialization (94.6%)",
            while k >= 0 and i - k <= 16:  # "compared to a U-Net baseline (.87 Dice) and zero-shot MedSAM (.90 Dice)"
                w = words[k]
                if w == ")" or (w == "(" and depth):
                    depth += 1 if w == ")" else -1
                    k -= 1
                    continue
                if depth == 0 and (w in (",", ";", ".", ":", "(") or w in nc.bracket_clause_breaks):
                    break
                if depth == 0 and (w in nc.baseline_markers or w in nc.outperform_words):
                    return True, None
                k -= 1
            return False, None
        start = last
    if start > 0 and words[start - 1] in nc.place_words:
        return False, None
    markers = nc.baseline_markers | nc.outperform_words
    depth, outside = 0, 0  # words inside the brackets of earlier members of a list do not count
    for k in range(start - 1, -1, -1):
        w = words[k]
        depth += (w == ")") - (w == "(")
        if depth > 0:
            continue
        outside += 1
        if outside > 30:
            break
        if w in (";", ".", ":") or w in nc.bracket_clause_breaks:
            return False, None
        if w in markers:
            return True, name
    return False, None


def _cited_name_end(words: tuple[str, ...], k: int) -> int:
    """Word ``k``, or the last word before the citation that ends at word ``k`` ("UDOP~\\cite{udop}",
    "UDOP [12]"), so that a bracketed number after a citation is still the cited name's."""
    if words[k] == "}":
        j = next((j for j in range(k - 1, max(-1, k - 6), -1) if words[j].startswith("\\cite")), None)
        if j is None:
            return k
        k = j - 1
    elif words[k] == "]":
        j = next((j for j in range(k - 1, max(-1, k - 8), -1) if words[j] == "["), None)
        if j is None or not all(w[:1].isdigit() or w in (",", "-") for w in words[j + 1 : k]):
            return k
        k = j - 1
    else:
        return k
    return k - 1 if k > 0 and words[k] == "~" else k


def _class_bracket(view: SentenceView, quantity: Located, nc: NumberCues) -> bool:
    """Whether the number stands in brackets right after a class of compared methods no entity names
    ("Geo-foundation models (mIoU: 76.37 - 87.10)"): the score of that class, not of the nearest named
    baseline."""
    words, i = view.words, quantity.first - 1
    while i >= 0 and quantity.first - i <= 10 and words[i] not in ("(", ")"):
        i -= 1
    if i <= 0 or words[i] != "(" or words[i - 1] not in nc.compared_class_nouns:
        return False
    return not any(e.last == i - 1 for e in view.entities)


def _marker_before(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """A baseline marker in the three words before a number, not past a comma ("vs. 80.2", "than 45%",
    "up from 58.8%"; not "against strong baselines, reaching 59.8%")."""
    if first >= 2 and f"{words[first - 2]} {words[first - 1]}" in nc.baseline_pairs:
        return True
    return cue_before(words, first, nc.baseline_markers, (",", ";"), reach=3)


def _compared_clause(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """A number inside a comparison phrase, before any clause break: "compared to stateless ILION at
    F1 = 0.9756 with 5% FPR", "versus 72.1% for X" (the numbers are the compared one's)."""
    for k in range(first - 1, max(-1, first - 11), -1):
        w = words[k]
        if w in (",", ";", ":", "(", ")", ".") or w in nc.bracket_clause_breaks:
            return False
        if w in nc.versus_words or (w == "compared" and k + 1 < len(words) and words[k + 1] in ("to", "with")):
            return True
    return False


def _bracket_label(words: tuple[str, ...], first: int) -> int | None:
    """The index of the label word of "label: number" right before word ``first`` inside a bracket, or None."""
    if first < 2 or words[first - 1] != ":":
        return None
    for k in range(first - 2, max(-1, first - 16), -1):
        if words[k] in ("(", "["):
            return first - 2
        if words[k] in (")", "]", ";", "."):
            return None
    return None


def _own_labelled(words: tuple[str, ...], first: int, nc: NumberCues) -> bool | None:
    """In a bracket listing "label: number" pairs one of which is the paper's own ("(ours: 0.72,
    imaging-only: 0.75 AUC)"), whether the number at word ``first`` is labelled as the paper's own (True)
    or as another system's (False: a baseline's score); None when the number has no such label or the
    bracket no own label."""
    label = _bracket_label(words, first)
    if label is None:
        return None
    start = label
    while start >= 0 and words[start] not in ("(", "["):
        start -= 1
    end = next((k for k in range(first, len(words)) if words[k] in (")", "]")), len(words))
    labels = [k - 1 for k in range(start + 2, end) if words[k] == ":"]
    if len(labels) < 2 or not any(words[k] in nc.own_markers for k in labels):
        return None
    return words[label] in nc.own_markers
