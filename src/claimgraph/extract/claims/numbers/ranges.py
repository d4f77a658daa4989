"""The numbers of "from a to b" (a is the earlier system's, a baseline; b the score), also written "<metric>
a to b" or with arrows, and a range a verb of scaling makes a change ("triple X's accuracy (32.5% to 89.5%)")."""

from __future__ import annotations

from claimgraph.extract.claims.numbers.non_scores import _size_or_cost
from claimgraph.extract.claims.numbers.words import _LIST_JOINERS, BEFORE, _parsed
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, cue_before
from claimgraph.extract.quantities.number_cues import NumberCues


def _scaled_before(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """Whether a verb of scaling ("nearly triple X's accuracy (32.5% to 89.5%)") stands before word
    ``first`` in its clause."""
    return cue_before(words, first, nc.scale_verbs, (";", ".", ":"), reach=BEFORE)


def _arrow_range(text: str, nc: NumberCues) -> bool:
    """Whether a number read as a range is written with an arrow ("15.8%$\\to$26.3%", "0.43->0.88"): the
    values before and after a change, no range of scores."""
    return any(not w.isalpha() and w in text for w in nc.to_words)


def _changed_in_bracket(words: tuple[str, ...], first: int, nc: NumberCues) -> bool:
    """Whether word ``first`` stands in brackets after a verb of change in its clause ("ROC-AUC improves from
    0.9489 to 0.9982 (F1: 0.8048 to 0.9746)", "significantly improved species identification (F1-score: 0.52
    to 0.85, R-squared: 0.75 to 0.98) and damage classification (F1-score: 0.28 to 0.44)"): a range written
    'a to b' there gives the values before and after the change, no range of scores. Earlier closed brackets
    are stepped over; the look-back stops at a clause break."""
    k = first - 1
    while k >= 0 and words[k] != "(":
        if words[k] in (")", ";", ".") or first - k > 15:
            return False
        k -= 1
    seen, depth = 0, 0
    for j in range(k - 1, -1, -1):
        if words[j] == ")":
            depth += 1
        elif words[j] == "(":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif words[j] in (";", ".", ":"):
            return False
        elif words[j] in nc.change_verbs:
            return True
        else:
            seen += 1
            if seen > BEFORE:
                return False
    return False


def _from_to(
    view: SentenceView, quantities: tuple[Located, ...], nc: NumberCues, metrics: frozenset[int] = frozenset()
) -> dict[int, str]:
    """Index -> "baseline"/"score" for the two numbers of "from a to b", also of "<metric> a to b" with no
    "from" when a metric's name (a word of ``metrics``) stands right before a ("with WER 16.57% to 3.15%
    (+80.99%)": 16.57% is the earlier system's, 3.15% the subject's)."""
    roles: dict[int, str] = {}
    words = view.words
    for k in range(len(quantities) - 1):
        a, b = quantities[k], quantities[k + 1]
        if k + 2 < len(quantities) and _size_or_cost(_parsed(b), nc) == "size":
            # "from 81.43 percent on the 8B model to 88.86 percent": a size between names the system
            after = quantities[k + 2]
            between = tuple(w for w in words[b.last + 1 : after.first] if w != "$")
            gap = words[a.last + 1 : after.first]
            before = _before_math(words, a.first)
            if (
                between[-1:] in ((w,) for w in nc.to_words)
                and len(gap) <= 8
                and not any(w in (",", ";", "(", ")", "and", "or") for w in gap)
                and before >= 0
                and words[before] in nc.from_words
            ):
                roles.update({k: "baseline", k + 2: "score"})
                continue
        if b.first <= a.last and _arrow_range(a.span.text, nc):  # "15.8%$\\to$26.3%" read as one word
            roles.update({k: "baseline", k + 1: "score"})
            continue
        between = words[a.last + 1 : b.first]
        if "".join(between) in nc.to_words:
            between = ("".join(between),)  # "3.30 -> 3.03" (the arrow split in two words)
        math = "$" in between and "".join(between) not in nc.to_words
        if math:
            between = tuple(w for w in between if w != "$")  # "from MCC~$0.43$ to $0.88$"
        while len(between) > 1 and between[-1] in nc.to_hedges and between[-1] not in nc.to_words:
            between = between[:-1]  # "from 50.0% to a peak of 58.0%"
        if not between or between[-1] not in nc.to_words:
            continue
        # "from 61% to 75%", "from 0.420 (CT-Agent) to 0.480", "(95.07% to 94.92%)"
        named = (
            len(between) == 1
            or (between[0] == "(" and ")" in between and len(between) <= 6)
            or (len(between) <= 7 and not any(w in (",", ";", "(", ")", "and", "or") for w in between))
        )  # "from 0.195 with a base model supervisor to 0.732"
        head, tail = k, k + 1  # "from 34.66 dB / 0.9234 SSIM to 38.913 dB / 0.971 SSIM": slashed groups
        while head > 0 and words[quantities[head - 1].last + 1 : quantities[head].first] == ("/",):
            head -= 1
        while tail + 1 < len(quantities) and words[quantities[tail].last + 1 : quantities[tail + 1].first] == ("/",):
            tail += 1
        if head < k and tail - k - 1 != k - head:
            continue
        before = _before_math(words, quantities[head].first)  # "from $41.1%$ to $80.1%$", "F1 from $=0.501$"
        opened = before >= 0 and words[before] in nc.from_words
        if math:  # not "AUROC $= 0.97$ to $0.99$": a range of scores
            opened = opened or (before in metrics and not nc.from_words.isdisjoint(words[max(0, before - 3) : before]))
        else:
            opened = opened or (len(between) == 1 and before in metrics)
        if named and (opened or (a.first > 0 and words[a.first - 1] == "(" and len(between) == 1)):
            roles.update({i: "baseline" for i in range(head, k + 1)})
            roles.update({i: "score" for i in range(k + 1, tail + 1 if head < k else k + 2)})
            continue
        j = k  # "from 76% and 61% to 0%": every number of the list after "from" is a baseline
        while j > 0 and all(
            w in _LIST_JOINERS for w in _past_label(words[quantities[j - 1].last + 1 : quantities[j].first])
        ):
            j -= 1
            if (
                quantities[j].first > 0
                and words[quantities[j].first - 1] in nc.from_words
                and len(_past_label(between)) == 1
            ):
                roles.update({i: "baseline" for i in range(j, k + 1)})
                roles[k + 1] = "score"
                break
    return roles


def _past_label(gap: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``gap`` after a bracketed label of one to four words that opens it ("from 59.8% (zero-shot),
    68.2% (fine-tuned) to 70.2%": each earlier number is labelled with its setting); ``gap`` when none opens it."""
    if len(gap) > 2 and gap[0] == "(" and ")" in gap[2:6]:
        close = gap.index(")")
        if all(not w[:1].isdigit() and w not in ("(", ",", ";") for w in gap[1:close]):
            return gap[close + 1 :]
    return gap


def _before_math(words: tuple[str, ...], first: int) -> int:
    """The index of the word before word ``first`` past the LaTeX math opener and equals sign a number may
    be set in ("from $41.1%$", "F1 from $=0.501$", "MCC~$0.43$"); -1 at the sentence start."""
    k = first - 1
    while k >= 0 and words[k] in ("$", "=", "~"):
        k -= 1
    return k
