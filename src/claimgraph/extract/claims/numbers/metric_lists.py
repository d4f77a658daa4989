"""How lists pair numbers with metrics: by position ("accuracy and F1 of 85% and 0.81, respectively",
"a / b precision / recall"), a metric left out of a repeated pattern ("64.89% accuracy on A and 94.24% on B"),
or none when the counts differ."""

from __future__ import annotations

from claimgraph.extract.claims.numbers.metrics import _Metric
from claimgraph.extract.claims.numbers.words import _CHANGE_NOUNS, _LIST_JOINERS, _original, _unit
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.quantities.number_cues import NumberCues, number_cues


def _elided_metric(
    view: SentenceView, bound: list[tuple[_Metric | None, str]], nc: NumberCues
) -> list[tuple[_Metric | None, str]]:
    """A number of the same unit that repeats the previous number's pattern with its metric left out takes
    that metric: "64.89% accuracy on AffectNet and 94.24% on FERG", "75.8% success rate on AndroidWorld and
    96.8% on ScreenSpot-V2", "FVD scores of 103.3 on UCF101 and 25.5 on K600", "mIoU of 85.35% on A, 87.05%
    on B, and 52.19% on C" (the number after a place and a joiner, itself followed by a named place); not
    when the list names another metric for each member before it ("62.9 R@1 on MSCOCO, 68.8 NDCG@10 on
    Vatex, 69.9 on MTEB multilingual": 69.9 is no NDCG@10)."""
    words, quantities = view.words, view.quantities
    datasets = {i for e in view.entities if e.label == "Dataset" for i in range(e.first, e.last + 1)}
    out = list(bound)
    for k in range(1, len(quantities)):
        q, p = quantities[k], quantities[k - 1]
        previous, how = out[k - 1]
        if out[k][0] is not None or previous is None or how not in ("after", "before", "list"):
            continue
        if how == "after" and previous.first <= p.last:
            continue
        if k >= 2 and out[k - 2][0] not in (None, previous) and out[k - 2][1] == how == "after":
            continue  # "62.9 R@1 on MSCOCO, 68.8 NDCG@10 on Vatex, 69.9 on MTEB": each member names its own
        if _unit(p) != _unit(q) or q.last + 1 >= len(words) or words[q.last + 1] not in nc.place_words:
            continue
        between = range(previous.last + 1 if how == "after" and previous.first > p.last else p.last + 1, q.first)
        if not 2 <= len(between) <= 8 or words[between[0]] not in nc.place_words:
            continue
        if words[q.first - 1] not in _LIST_JOINERS:
            continue
        j = q.last + 2 + (q.last + 2 < len(words) and words[q.last + 2] == "the")
        if j >= len(words) or not (j in datasets or _original(view, j)[:1].isupper()):
            continue  # "and 12% on average": no named place after the number
        if _place_run(view, between, datasets, nc):
            out[k] = (previous, "list")
    return _elided_from_to(view, out, nc, datasets)


def _elided_from_to(
    view: SentenceView, out: list[tuple[_Metric | None, str]], nc: NumberCues, datasets: set[int]
) -> list[tuple[_Metric | None, str]]:
    """ "improving accuracy on AIME-2024 from 38.2% to 39.9%, on AIME-2025 from 19.8% to 22.3%": a later
    "from a to b" pair of the same units after a place and a comma takes the first pair's metric."""
    words, quantities = view.words, view.quantities
    for k in range(2, len(quantities) - 1):
        a, b, before = quantities[k], quantities[k + 1], quantities[k - 1]
        if out[k][0] is not None or out[k + 1][0] is not None or words[a.first - 1] not in nc.from_words:
            continue
        if words[a.last + 1 : b.first] not in (("to",),) or _unit(a) != _unit(before) or _unit(b) != _unit(a):
            continue
        metric, how = out[k - 1]
        if metric is None or words[quantities[k - 2].first - 1] not in nc.from_words:
            continue
        if words[quantities[k - 2].last + 1 : before.first] != ("to",):
            continue
        between = range(before.last + 1, a.first - 1)
        if not 2 <= len(between) <= 8 or words[between[0]] not in (",", ";", "and"):
            continue
        if not any(words[i] in nc.place_words for i in between):
            continue
        if _place_run(view, between, datasets, nc, (";",)):
            out[k] = out[k + 1] = (metric, "list")
    return out


def _place_run(
    view: SentenceView, between: range, datasets: set[int], nc: NumberCues, more: tuple[str, ...] = ()
) -> bool:
    """Whether the words ``between`` two numbers only name places: datasets, list joiners, "the", place
    words, data nouns and capitalised words ("on AffectNet and", ", on AIME-2025"; ``more``: other words
    allowed)."""
    words = view.words
    return all(
        i in datasets
        or words[i] in _LIST_JOINERS
        or words[i] == "the"
        or words[i] in more
        or words[i] in nc.place_words
        or words[i] in nc.dataset_nouns
        or _original(view, i)[:1].isupper()
        for i in between
    )


_METRIC_LIST_LEAD = number_cues().metric_list_leads  # "63.1% and 64.2% in HOTA and IDF1"


def _metrics_after_numbers(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]]
) -> list[tuple[_Metric | None, str]]:
    """A list of numbers followed by a list of metrics: "63.1% and 64.2% in HOTA and IDF1, respectively"
    pairs them by position when "respectively" says so and the counts match; otherwise, none of the list
    is bound (which number is which metric's is not said)."""
    words, quantities = view.words, view.quantities
    starts = {m.first: m for m in metrics}
    fixed, k = list(out), 0
    while k < len(quantities):
        end = k
        while end + 1 < len(quantities) and _joined_numbers(words, quantities[end], quantities[end + 1]):
            end += 1
        if end > k:
            i = quantities[end].last + 1
            while (
                i < len(words) and i not in starts and words[i] in _METRIC_LIST_LEAD and i - quantities[end].last <= 3
            ):
                i += 1
            chain: list[_Metric] = []
            goes_on = False  # the list of measures goes on past the last known metric
            while i in starts:
                chain.append(starts[i])
                i = starts[i].last + 1
                if i + 2 < len(words) and words[i] == "(" and words[i + 2] == ")":
                    i += 3  # "Peak Signal-to-Noise Ratio (PSNR), ..."
                goes_on = False
                while i < len(words) and words[i] in ("and", "or", ",", "/", "&") and i + 1 < len(words):
                    i += 1
                    goes_on = words[i - 1] != "," or words[i][:1].isalpha()
                    if i in starts:
                        break
            if len(chain) == 1 and goes_on and i not in starts and _members_to_respectively(view, i):
                # "88%, 82% and 80% for accuracy, macro-precision and mac-ro-recall, respectively": the
                # first number is the first measure's, the others belong to measures we do not know
                fixed[k + 1 : end + 1] = [(None, "")] * (end - k)
            elif len(chain) > 1:
                paired = len(chain) == end - k + 1 and "respectively" in view.present
                fixed[k : end + 1] = [(m, "after") for m in chain] if paired else [(None, "")] * (end - k + 1)
        k = end + 1
    return fixed


def _members_to_respectively(view: SentenceView, i: int) -> bool:
    """Whether the words from ``i`` up to "respectively" are only more members of a list of measures: words
    and list joiners, no place word ("macro-precision, and macro-recall, respectively"; not "on X and Y,
    respectively", where the numbers are one measure's on several places)."""
    words, places = view.words, number_cues().place_words
    members = 0
    for j in range(i, min(len(words), i + 16)):
        w = words[j]
        if w == "respectively":
            return members > 0
        if w in places or not (w in _LIST_JOINERS or w.replace("-", "").isalnum()):
            return False
        members += w not in _LIST_JOINERS
    return False


def _joined_numbers(words: tuple[str, ...], a: Located, b: Located) -> bool:
    """Whether only list joiners stand between two numbers ("63.1% and 64.2%", "0.9, 0.8, and 0.7")."""
    gap = words[a.last + 1 : b.first]
    return 0 < len(gap) <= 2 and all(w in (",", "and", "or", "&") for w in gap)


def _slashed(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]]
) -> list[tuple[_Metric | None, str]]:
    """ "99.79 / 99.54 / 99.66 precision / recall / F1": numbers and metrics joined by slashes pair by
    position; when the counts differ, none is bound."""
    words, quantities = view.words, view.quantities
    starts = {m.first: m for m in metrics}
    fixed, k = list(out), 0
    while k < len(quantities):
        end = k
        while end + 1 < len(quantities) and words[quantities[end].last + 1 : quantities[end + 1].first] == ("/",):
            end += 1
        if end > k:
            chain, i = [], quantities[end].last + 1
            while i in starts:
                chain.append(starts[i])
                i = starts[i].last + 1
                if i + 1 < len(words) and words[i] == "/" and i + 1 in starts:
                    i += 1
            if len(chain) == end - k + 1:
                fixed[k : end + 1] = [(m, "after") for m in chain]
            elif len(chain) > 1:
                fixed[k : end + 1] = [(None, "")] * (end - k + 1)
            else:  # "34.66 dB / 0.9234 SSIM": a number of another unit than the last measures something else
                unit = _unit(quantities[end])
                for n in range(k, end):
                    if _unit(quantities[n]) != unit:
                        fixed[n] = (None, "")
        k = end + 1
    return fixed


def _coordinated_metrics(
    view: SentenceView, metrics: list[_Metric], out: list[tuple[_Metric | None, str]], nc: NumberCues
) -> list[tuple[_Metric | None, str]]:
    """Numbers after a list of metrics: "accuracy and F1 of 85% and 0.81, respectively" pairs them by
    position; "m-HIoU and HOTA scores of 20.68 and 10.73" (a member we do not know) or "precision and
    recall of 0.9" (counts differ, or no "respectively") binds none."""
    words = view.words
    ends = {m.last: m for m in metrics}
    fixed = list(out)

    def unbracket(i: int) -> int:  # "Mean Absolute Error (MAE) and ...": step over the abbreviation
        if i >= 2 and words[i] == ")" and words[i - 2] == "(":
            return i - 3
        return i

    for m in metrics:
        chain, unknown, i = [m], False, m.first - 1
        if i >= 1 and words[i] == "(" and i - 1 in ends:  # "Mean Absolute Percentage Error (MAPE) of"
            i = ends[i - 1].first - 1
        while i >= 1 and words[i] in ("and", "or", ",", "/", "&"):
            before = i - 1
            while before > 0 and words[before] in ("and", "or", ","):
                before -= 1  # "precision, recall, and F1"
            before = unbracket(before)
            if before in ends:
                chain.insert(0, ends[before])
                i = ends[before].first - 1
                continue
            w = words[before]
            unknown = w[:1].isalpha() and not (
                w in nc.non_qualifiers or w in nc.gap_before or w in nc.neutral_modifiers or w in _CHANGE_NOUNS
            )
            break
        if len(chain) == 1 and not unknown:
            continue
        mine = [k for k, (x, how) in enumerate(out) if x is m and how in ("before", "list")]
        if not mine:
            continue
        paired = not unknown and "respectively" in view.present and len(mine) == len(chain)
        for n, k in enumerate(mine):
            fixed[k] = (chain[n], out[k][1]) if paired else (None, "")
    return fixed
