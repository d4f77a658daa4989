"""The best of a compared set: a sentence that sets up a comparison of three or more named systems
("We evaluate four MDE methods (FooDepth, BarDepth, BazDepth and QuxDepth)") and a later result sentence
whose subject is one of them with a superlative ("FooDepth achieves the best overall performance",
"Results indicate BarNet performed best") give that member's win over each other member
(:func:`best_of_set`); the fact shows the passage from the set-up to the result."""

from __future__ import annotations

from claimgraph.extract.claims.cues import RelationCues
from claimgraph.extract.claims.subjects import ACTORS
from claimgraph.extract.pipeline.sentence_view import Located, SentenceView, written_word
from claimgraph.extract.pipeline.sentences import TITLE_END
from claimgraph.extract.relations.guards import ReadingCues, reading_cues
from claimgraph.extract.relations.pairs.sentences import RelationMatch

#: how many sentences after the set-up the result sentence may stand
REACH = 4


def best_of_set(views: list[SentenceView], rc: RelationCues) -> list[RelationMatch]:
    """``winner --outperforms--> member`` for every other member of a compared set whose member is the
    subject of a superlative result within :data:`REACH` sentences after the set-up."""
    reading = reading_cues()
    found: list[RelationMatch] = []
    title_end = views[0].sentence.doc.user_data.get(TITLE_END) or 0 if views else 0
    for k, view in enumerate(views):
        if view.sentence.start_char < title_end:
            continue  # the fact's passage never joins title and abstract
        members = _compared_members(view, rc, reading)
        if len(members) < 3:
            continue
        keys = {e.key for e in members}
        for later in views[k + 1 : k + 1 + REACH]:
            winner = _superlative_subject(later, keys, rc, reading)
            if winner is None:
                continue
            doc = view.sentence.doc
            passage = doc[view.sentence.start : later.sentence.end]
            seen = {winner.key}
            for e in members:
                if e.key not in seen and not _cut_name(view, e):
                    seen.add(e.key)
                    found.append(RelationMatch(winner.span, "outperforms", e.span, passage, 0.6))
            break
    return found


def _compared_members(view: SentenceView, rc: RelationCues, reading: ReadingCues) -> list[Located]:
    """The named Method/Model list after a set-up word ("evaluate", "compare", "benchmarked",
    "comparison of"): its members follow each other with only list punctuation, joiners, brackets or one
    short unfound capitalised name between them ("(A, Unfound Name, B, and C)"). The longest such list."""
    words = view.words
    cue = next((i for i, w in enumerate(words) if w in rc.eval_verbs or w in reading.set_up_nouns), -1)
    if cue < 0:
        return []
    best: list[Located] = []
    run: list[Located] = []
    for e in sorted((e for e in view.entities if e.first > cue), key=lambda e: e.first):
        if e.label in ACTORS and run and _list_gap(view, run[-1].last + 1, e.first, rc):
            run.append(e)
        else:
            run = [e] if e.label in ACTORS else []
        if len({x.key for x in run}) > len({x.key for x in best}):
            best = list(run)
    return best


def _list_gap(view: SentenceView, lo: int, hi: int, rc: RelationCues) -> bool:
    """Whether the words between two list members only join them, with at most one unfound name of up
    to three capitalised words among them."""
    gap = view.words[lo:hi]
    if not gap or any(w not in rc.list_joiners and w not in ("(", ")") for w in gap):
        named = [written_word(view, j) for j in range(lo, hi) if view.words[j] not in rc.list_joiners]
        named = [t for t in named if t not in ("(", ")")]
        return 0 < len(named) <= 3 and all(t[:1].isupper() for t in named) and "," in gap
    return True


def _cut_name(view: SentenceView, e: Located) -> bool:
    """Whether the member is the end of a longer name the entity stage cut ("ML Depth Pro" found as
    Depth Pro): a capitalised word or a number right before it."""
    if e.first == 0:
        return False
    before = written_word(view, e.first - 1)
    return before[:1].isupper() or before[:1].isdigit()


def _superlative_subject(view: SentenceView, keys: set[str], rc: RelationCues, reading: ReadingCues) -> Located | None:
    """The set member that opens a clause of ``view`` and is followed by a superlative result
    ("X achieves the best/highest ...", "X performs best", "X ranked first"); none when the result is
    restricted ("among the YOLO models") or shared ("the best or second best")."""
    words = view.words
    if "among" in words or any(w in reading.modal_hedges for w in words):
        return None
    for e in view.entities:
        if e.key not in keys:
            continue
        before = e.first - 1
        if before >= 0 and words[before] == "the":
            before -= 1
        if before >= 0 and words[before] not in reading.best_leads:
            continue
        if any(x.first < e.first and x.label in ACTORS for x in view.entities):
            continue  # another name before it: not the clause's subject
        j = e.last + 1
        while j < len(words) and words[j] in rc.adverbs:
            j += 1
        if j >= len(words) or words[j] not in reading.best_verbs:
            continue
        j += 1
        if j < len(words) and words[j] == "the":
            j += 1
        if j < len(words) and words[j] in reading.best_words and (j + 1 >= len(words) or words[j + 1] != "or"):
            return e
    return None
