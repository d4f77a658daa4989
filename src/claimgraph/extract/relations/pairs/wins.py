"""Whether a comparison word states a win: clause openings and breaks, "compared to Y" wins
(:func:`_compare_win`) and wins that are only costs (:func:`_cost_object`), gains far before "over"
(:func:`_far_gains`, :func:`_wins_over`), and passive wins ("X is outperformed by Y": :func:`_passive_wins`)."""

from __future__ import annotations

from spacy.tokens import Span

from claimgraph.extract.claims.cues import ClaimCues, RelationCues
from claimgraph.extract.claims.subjects import ACTORS, PaperContext
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView
from claimgraph.extract.relations.guards import ReadingCues
from claimgraph.extract.relations.pairs.sentences import RelationMatch, _score, _Sentence, _stands_for_class


def _opens(words: tuple[str, ...], index: int) -> bool:
    """Whether the comparison at ``index`` opens its sentence or clause ("Compared to X, ...",
    "In comparison with X, ..."), also after a short sentence adverb and its comma ("Also, compared
    to previous methods, OTCCLIP improves ...", "In addition, compared with X, ...")."""
    j = index - 1
    while j >= 0 and words[j] not in (",", ";", ":"):
        j -= 1
    if j in (1, 2) and words[j] == "," and all(w.isalpha() for w in words[:j]):
        return index - j <= 4
    return j < 0 and index <= 3


def _comma_break(view: SentenceView, index: int, tail: Located) -> bool:
    """Whether a comma between the comparison and the name ends the compared phrase: the word
    after it neither starts a name nor joins a list ("compared to X, Y, and Z" goes on)."""
    words = view.words
    starts = {e.first for e in view.entities}
    for j in range(index + 1, tail.first):
        if words[j] == "," and j + 1 < len(words) and j + 1 not in starts and words[j + 1] not in ("and", "or"):
            return True
    return False


def _clause_end(view: SentenceView, index: int, tail: Located, kind: str, reading: ReadingCues) -> bool:
    """Whether a semicolon, or a colon after a comparison other than a win verb, stands between the
    comparison at ``index`` and the name: the clause of the comparison ended there ("requires more than
    concurrent kernel launches: naive colocation of X requires ..."); a win verb's colon opens its list
    of rivals only when a name, or a list word and a name, follows it ("outperforms three baselines: X, Y
    and Z", "outperforms all rivals: e.g., X"), not a phrase of its own ("diversity dominates depth:
    combining different learners (X, Y) ..."). A colon inside brackets labels a score and ends nothing."""
    words = view.words
    gap = words[index + 1 : tail.first]
    if ";" in gap:
        return True
    colons = [index + 1 + k for k, w in enumerate(gap) if w == ":" and _open_brackets(gap[:k]) == 0]
    if not colons:
        return False  # "(XGBoost AUROC: 0.75, logistic regression: 0.72)": a label inside brackets
    if kind != "beat":
        return True
    colon = colons[-1]
    starts = {e.first for e in view.entities}
    j = colon + 1
    leads = reading.colon_list_leads | reading.list_intros
    while j < tail.first and j not in starts and (words[j] in leads or words[j] in (",", "(")):
        j += 1
    return j not in starts


def _open_brackets(words: tuple[str, ...]) -> int:
    """How many brackets the words open and do not close."""
    return max(0, words.count("(") - words.count(")"))


def _made_to_win(view: SentenceView, head: Span, index: int) -> bool:
    """Whether another name followed by "to" stands between the head and the comparison ("ScPO
    finetunes Llama-3 8B to be superior to X"): the head made that model win, it did not win."""
    words = view.words
    return any(
        e.span.start >= head.end and e.last + 1 < index and words[e.last + 1] == "to" and e.label in ACTORS
        for e in view.entities
    )


def _opening_end(view: SentenceView, index: int, head: Span) -> int:
    """Where the rivals of an opening comparison ("Compared to X and Y, FooNet improves ...")
    end: at the winner, named or "we"/"our"/"it"; the sentence end when the comparison does
    not open the sentence or the winner comes before it."""
    words = view.words
    if not _opens(words, index):
        return len(words)
    inside = view.sentence.start <= head.start < view.sentence.end
    starts = [view.word_of(head.start)] if inside else []
    starts += [j for j in range(index + 1, len(words)) if words[j] in ("we", "our", "it", "its")]
    starts += [e.first for e in view.entities if e.key == head.text.lower()]
    return min((j for j in starts if j > index), default=len(words))


def _compare_win(view: SentenceView, index: int, cues: ClaimCues, rc: RelationCues, reading: ReadingCues) -> bool:
    """Whether "compared to/with X" (at ``index``, the word "to"/"with") states a win over X: the
    opener is "superior to", or the clause has a win word ("better", "improves", "gains") or
    "higher" before a quality noun or a higher-is-better metric, and no parity or cost reading
    ("comparable accuracy compared to X", "faster inference compared to X" say no win; a win word after
    a cost word or with only cost words as its object, "improves inference speed", is a cost gain), nor a kept
    state ("abilities preserved compared with X")."""
    words = view.words
    if index < 1 or words[index - 1] not in reading.compare_win_openers:
        return False
    if index >= 2 and words[index - 2] in reading.retention_participles:
        return False  # "with its general abilities preserved compared with plain SFT": kept, not won
    if words[index - 1] == "superior":
        return not any(w in rc.parity_words for w in words[max(0, index - 5) : index])
    bounds = (";", ":")
    lo = max((j for j in range(index) if words[j] in bounds or words[j] in rc.subject_clauses), default=-1) + 1
    ends = (j for j in range(index + 1, len(words)) if words[j] in bounds or words[j] in rc.subject_clauses)
    hi = next(ends, len(words))
    clause = words[lo:hi]
    if any(w in rc.parity_words or w in reading.compare_loss_words for w in clause):
        return False  # "comparable accuracy compared to X", "a 0.015 mAP drop compared to X"
    for k, w in enumerate(clause, lo):
        if w in reading.compare_win_words:
            if any(x in reading.compare_cost_words or x in cues.cost_nouns for x in words[max(lo, k - 2) : k]):
                continue  # "24% throughput improvement compared to X": a cost or speed gain, not a win
            if _cost_object(words, k, hi, cues, reading):
                continue  # "Compared to X, LaVi ... improves inference speed by 3.1 times": a speed gain
            return True
        if w == "higher" and k + 1 < len(words):
            after = words[k + 1 : k + 3]
            if any(x in reading.quality_nouns for x in after):
                return True
            metric = next((e for e in view.entities if e.first in (k + 1, k + 2) and e.label == "Metric"), None)
            info = cues.metric_table.get(metric.key) if metric is not None else None
            if info is not None and info.higher_is_better is True:
                return True
    return False


def _cost_object(words: tuple[str, ...], k: int, hi: int, cues: ClaimCues, reading: ReadingCues) -> bool:
    """Whether the object of the win word at ``k`` (up to ``hi``, "by", a comma or a comparison word)
    names only costs ("improves inference speed by 3.1 times"): a cost gain, no win; not "improves
    both efficiency and segmentation accuracy", "improvements in training stability"."""
    content = []
    for j in range(k + 1, min(hi, k + 7)):
        if words[j] in reading.object_ends:
            break
        if words[j] not in reading.object_fillers:
            content.append(words[j])
    return bool(content) and all(w in reading.compare_cost_words or w in cues.cost_nouns for w in content)


def _far_gains(view: SentenceView, marks: tuple[tuple[int, str], ...], reading: ReadingCues) -> list[tuple[int, str]]:
    """ "over" after a gain noun that a number quantifies, with the dataset between them ("up to 5%
    improvement on the widely used AlpacaEval Leaderboard over the baseline of X"): a comparison
    the claims stage's five-word window misses."""
    words = view.words
    if "over" not in view.present:
        return []
    seen = {i for i, _ in marks}
    found = []
    for i, w in enumerate(words):
        if w != "over" or i in seen:
            continue
        for j in range(max(0, i - 12), i):
            if words[j] in reading.gain_nouns and any(
                q.last in (j - 1, j - 2) or q.first in (j + 1, j + 2) and q.last < i for q in view.quantities
            ):  # "5% improvement on X over Y", "gains of 5% on X over Y"
                if not any(x in (",", ";", ":") for x in words[j + 1 : i]):
                    found.append((i, "over"))
                break
    return found


def _wins_over(view: SentenceView, marks: tuple[tuple[int, str], ...], reading: ReadingCues) -> list[tuple[int, str]]:
    """ "over"/"upon" after a win noun or adjective within four words ("superior performance over
    X", "the superior performance of FooNet over X", "clear advantages over X", "improves upon X"),
    which the claims stage does not mark; not "improves upon Gemini's grounding", nor the win of an
    untagged name ("FinLLaMA's superior performance over X")."""
    words = view.words
    if view.present.isdisjoint(reading.win_over_words):
        return []
    seen = {i for i, _ in marks}
    metric_first = {e.last: e.first for e in view.entities if e.label == "Metric"}
    return [
        (i, "over")
        for i, w in enumerate(words)
        if w in ("over", "upon")
        and i not in seen
        and _win_word_before(words, i, metric_first, reading)
        and "'s" not in words[i + 1 : i + 5]  # "improves upon Gemini's object grounding": it refines Gemini's output
        and not any(  # "FinLLaMA's superior performance over X" with FinLLaMA untagged: not the head's win
            words[j] == "'s" and not any(e.last == j - 1 for e in view.entities) for j in range(max(0, i - 4), i)
        )
    ]


def _win_word_before(words: tuple[str, ...], i: int, metric_first: dict[int, int], reading: ReadingCues) -> bool:
    """Whether a win word stands before "over" at ``i``: within four words (a named Metric counts
    as one), no comma between; or "improves" and up to six plain lower-case words naming what
    improves ("improves structural fidelity and generation quality over X"), no preposition."""
    start = _window_start(i, metric_first)
    window = words[start:i]
    if any(x in (",", ";", ":") for x in window):
        return False
    if any(x in reading.win_over_words for x in window):
        return True
    for j in range(i - 1, max(-1, i - 8), -1):
        w = words[j]
        if w in reading.win_over_words:
            return j < start
        if not (w.isalpha() and w.islower()) or w in reading.phrase_preps or w in reading.clause_verbs:
            return False
    return False


def _window_start(index: int, metric_first: dict[int, int], steps: int = 4) -> int:
    """Where a window of ``steps`` words before ``index`` starts when each named Metric counts as
    one word ("improves token acceptance rates and generation speed over X": four words)."""
    j = index - 1
    while j >= 0 and steps > 0:
        j = metric_first.get(j, j) - 1
        steps -= 1
    return j + 1


def _passive(words: tuple[str, ...], index: int, reading: ReadingCues) -> bool:
    """ "X is (consistently) outperformed by Y": a passive win verb followed by "by"."""
    if not words[index].endswith("ed") or index + 1 >= len(words) or words[index + 1] != "by":
        return False
    j = index - 1
    while j >= 0 and (words[j].endswith("ly") or words[j] in ("also", "even", "further", "still")):
        j -= 1
    return j >= 0 and words[j] in reading.passive_auxiliaries


def _passive_wins(
    s: _Sentence, passive: tuple[int, ...], ctx: PaperContext, rc: RelationCues, reading: ReadingCues
) -> list[RelationMatch]:
    """ "BarNet and CLIP are outperformed by FooNet": the name after "by" (or the paper's entity for
    "by our method") beats the names of the clause's subject right before the auxiliary. ``passive``:
    the word indices of the sentence's passive beat marks (:func:`_passive`)."""
    view, words = s.view, s.view.words
    found = []
    for index in passive:
        winner = next((e for e in view.entities if e.first == index + 2 and e.label in ACTORS), None)
        if winner is not None:
            head, explicit = winner.span, True
        elif index + 2 < len(words) and words[index + 2] in rc.own_words and ctx.actor is not None:
            head, explicit = ctx.actor, False
        else:
            continue
        ends = {e.last: e for e in view.entities if e.label in ACTORS}
        j = index - 1
        while j >= 0 and (words[j] in reading.passive_auxiliaries or words[j] in rc.adverbs or words[j].endswith("ly")):
            j -= 1
        losers = []
        while j in ends:  # "BarNet and CLIP are outperformed": the names right before the auxiliary
            losers.append(ends[j])
            j = ends[j].first - 1
            while j >= 0 and words[j] in rc.list_joiners:
                j -= 1
        for tail in losers:
            if tail.key == head.text.lower() or ctx.is_proposed(tail) or _stands_for_class(view, tail.span, ctx, rc):
                continue
            found.append(RelationMatch(head, "outperforms", tail.span, view.sentence, _score(0.75, explicit, s.hedged)))
    return found
