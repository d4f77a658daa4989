"""Score one predicted paper against its gold paper (the guide's "Scoring").

Every function here is pure and works on one paper; :mod:`.report` sums the
counts over papers (micro averages).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from claimgraph.evaluate.annotations import GoldClaim, GoldEntity, GoldQuantity, PairRelation, PaperAnnotation
from claimgraph.evaluate.counts import Accuracy, Counts, matched_counts
from claimgraph.names import normalize_name
from claimgraph.vocabulary import ENTITY_TYPES, PAIR_RELATIONS

QUANTITY_REL_TOL = 1e-6
_WORD = re.compile(r"\w+")


def score_entities(gold: Iterable[GoldEntity], pred: Iterable[GoldEntity], etype: str) -> Counts:
    """Entities of one type: a prediction is right when its normalised text
    equals a normalised alias (or the text) of a gold entity of that type;
    each gold entity is found at most once (a maximum one-to-one matching, so
    "SPT" and "Semantic-aware Permutation Training" predicted as two entities
    give one true and one false positive)."""
    gold_keys = [{k for k in map(normalize_name, e.aliases) if k} for e in gold if e.type == etype]
    pred_keys = [normalize_name(e.text) for e in pred if e.type == etype]
    candidates = [[j for j, keys in enumerate(gold_keys) if key in keys] for key in pred_keys]
    return matched_counts(candidates, len(gold_keys))


def score_quantities(gold: tuple[GoldQuantity, ...], pred: tuple[GoldQuantity, ...]) -> Counts:
    """Quantities match on value (relative tolerance 1e-6) and unit (exact
    string, ``None`` equals ``None``), one-to-one."""
    candidates = [
        [j for j, g in enumerate(gold) if p.unit == g.unit and math.isclose(p.value, g.value, rel_tol=QUANTITY_REL_TOL)]
        for p in pred
    ]
    return matched_counts(candidates, len(gold))


def alias_index(entities: Iterable[GoldEntity]) -> dict[str, frozenset[str]]:
    """Map each normalised alias to the normalised aliases of every entity
    (of any type) that has it."""
    index: dict[str, set[str]] = {}
    for entity in entities:
        keys = {k for k in map(normalize_name, entity.aliases) if k}
        for key in keys:
            index.setdefault(key, set()).update(keys)
    return {key: frozenset(keys) for key, keys in index.items()}


def expand(text: str, index: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The normalised text plus the aliases of the entities it names."""
    key = normalize_name(text)
    return index.get(key, frozenset()) | {key}


def score_proposes(gold: PaperAnnotation, pred: PaperAnnotation) -> Counts:
    """``proposes`` items match when their alias-expanded names intersect
    (each side expanded through its own entity list), one-to-one."""
    gold_index, pred_index = alias_index(gold.entities), alias_index(pred.entities)
    gold_sets = [expand(t, gold_index) for t in gold.proposes]
    candidates = [[j for j, keys in enumerate(gold_sets) if expand(p, pred_index) & keys] for p in pred.proposes]
    return matched_counts(candidates, len(gold_sets))


def score_relations(gold: PaperAnnotation, pred: PaperAnnotation) -> dict[str, Counts]:
    """Per relation type: a predicted triple matches a gold triple of the same
    relation when heads and tails both match through aliases, one-to-one."""
    gold_index, pred_index = alias_index(gold.entities), alias_index(pred.entities)

    def sides(rel: PairRelation, index: Mapping[str, frozenset[str]]) -> tuple[frozenset[str], frozenset[str]]:
        return expand(rel.head, index), expand(rel.tail, index)

    result: dict[str, Counts] = {}
    for name in PAIR_RELATIONS:
        gold_sides = [sides(r, gold_index) for r in gold.relations if r.relation == name]
        pred_sides = [sides(r, pred_index) for r in pred.relations if r.relation == name]
        candidates = [[j for j, (gh, gt) in enumerate(gold_sides) if ph & gh and pt & gt] for ph, pt in pred_sides]
        result[name] = matched_counts(candidates, len(gold_sides))
    return result


def claim_words(text: str) -> Counter[str]:
    """The words of a sentence as a multiset: ``\\w+`` runs, case-folded."""
    return Counter(_WORD.findall(text.casefold()))


def match_claims(gold: tuple[GoldClaim, ...], pred: tuple[GoldClaim, ...]) -> list[tuple[int, int]]:
    """Pair predicted and gold claims one-to-one, best overlap first.

    A pair qualifies when the two texts share at least half of the gold
    sentence's words (multiset intersection, ``2 * shared >= len(gold)``, and
    at least one shared word). Pairs are taken greedily in order of the
    fraction of gold words shared, then Jaccard overlap (so an exact sentence
    beats a paragraph that contains it), then gold and predicted order.

    Returns
    -------
    list of (int, int)
        ``(gold index, predicted index)`` pairs, in gold order.
    """
    gold_words = [claim_words(c.text) for c in gold]
    pred_words = [claim_words(c.text) for c in pred]
    ranked = []
    for gi, gw in enumerate(gold_words):
        n_gold = sum(gw.values())
        for pi, pw in enumerate(pred_words):
            shared = sum((gw & pw).values())
            if shared and 2 * shared >= n_gold:
                union = n_gold + sum(pw.values()) - shared
                ranked.append((-shared / n_gold, -shared / union, gi, pi))
    ranked.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, gi, pi in ranked:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


@dataclass(frozen=True, slots=True)
class ClaimScore:
    """Claims of one paper: detection counts and scores on matched pairs."""

    detection: Counts
    type: Accuracy
    subject: Accuracy
    hedged: Accuracy
    quantities: Counts


def _subject_correct(gold: GoldClaim, pred: GoldClaim, gold_index: Mapping[str, frozenset[str]]) -> bool:
    if gold.subject is None or pred.subject is None:
        return gold.subject is None and pred.subject is None
    return normalize_name(pred.subject) in expand(gold.subject, gold_index)


def quantity_text_key(text: str) -> str:
    """Comparison key of a quantity text in a claim: :func:`normalize_name`
    with every space removed ("1.24 %" == "1.24%", "2.8 B" == "2.8B")."""
    return normalize_name(text).replace(" ", "")


def _quantity_texts(gold: GoldClaim, pred: GoldClaim) -> Counts:
    gold_q = Counter(map(quantity_text_key, gold.quantities))
    pred_q = Counter(map(quantity_text_key, pred.quantities))
    tp = sum((gold_q & pred_q).values())
    return Counts(tp=tp, fp=sum(pred_q.values()) - tp, fn=sum(gold_q.values()) - tp)


def score_claims(gold: PaperAnnotation, pred: PaperAnnotation) -> ClaimScore:
    """Match claims (:func:`match_claims`), then on the matched pairs score the
    type (equal), the subject (the normalised predicted subject equals any
    alias of the gold subject entity; null equals null), ``hedged`` (equal) and
    the quantity texts (:func:`quantity_text_key`, multiset P/R/F1)."""
    pairs = match_claims(gold.claims, pred.claims)
    gold_index = alias_index(gold.entities)
    detection = Counts(tp=len(pairs), fp=len(pred.claims) - len(pairs), fn=len(gold.claims) - len(pairs))
    ctype, subject, hedged, quantities = Accuracy(), Accuracy(), Accuracy(), Counts()
    for gi, pi in pairs:
        g, p = gold.claims[gi], pred.claims[pi]
        ctype += Accuracy(int(g.type == p.type), 1)
        subject += Accuracy(int(_subject_correct(g, p, gold_index)), 1)
        hedged += Accuracy(int(g.hedged == p.hedged), 1)
        quantities += _quantity_texts(g, p)
    return ClaimScore(detection, ctype, subject, hedged, quantities)


@dataclass(frozen=True, slots=True)
class PaperScore:
    """All counts of one paper, keyed like the report's rows."""

    counts: Mapping[str, Counts]
    claims: ClaimScore


def score_paper(gold: PaperAnnotation, pred: PaperAnnotation | None) -> PaperScore:
    """Score one paper; a missing prediction scores as an empty one (all of
    the gold items become false negatives)."""
    if pred is None:
        pred = PaperAnnotation(id=gold.id, title=gold.title)
    counts: dict[str, Counts] = {t: score_entities(gold.entities, pred.entities, t) for t in ENTITY_TYPES}
    counts["quantities"] = score_quantities(gold.quantities, pred.quantities)
    counts["proposes"] = score_proposes(gold, pred)
    claims = score_claims(gold, pred)
    counts["claims"] = claims.detection
    counts.update(score_relations(gold, pred))
    return PaperScore(counts=counts, claims=claims)


__all__ = [
    "ClaimScore",
    "PaperScore",
    "alias_index",
    "claim_words",
    "expand",
    "match_claims",
    "quantity_text_key",
    "score_claims",
    "score_entities",
    "score_paper",
    "score_proposes",
    "score_quantities",
    "score_relations",
]
