"""Unit tests of the per-paper scoring functions."""

from __future__ import annotations

import pytest

from claimgraph.evaluate import Counts, match_claims, max_matching, pair_papers, parse_paper
from claimgraph.evaluate.scoring import (
    quantity_text_key,
    score_entities,
    score_proposes,
    score_quantities,
    score_relations,
)


def paper(**fields):
    return parse_paper({"id": fields.pop("id", "x"), "title": fields.pop("title", ""), **fields})


def ent(text, etype, *aliases):
    return {"text": text, "type": etype, "aliases": list(aliases)}


def claim(text, ctype="finding", subject=None, quantities=(), hedged=False):
    return {"text": text, "type": ctype, "subject": subject, "quantities": list(quantities), "hedged": hedged}


def test_entity_type_must_agree() -> None:
    gold = paper(entities=[ent("BERT", "Model")])
    pred = paper(entities=[ent("BERT", "Method")])
    assert score_entities(gold.entities, pred.entities, "Model") == Counts(0, 0, 1)
    assert score_entities(gold.entities, pred.entities, "Method") == Counts(0, 1, 0)


def test_each_gold_entity_found_once() -> None:
    gold = paper(entities=[ent("chain-of-thought", "Method", "chain-of-thought", "CoT")])
    pred = paper(entities=[ent("CoT", "Method"), ent("Chain of Thought", "Method"), ent("COT", "Method")])
    assert score_entities(gold.entities, pred.entities, "Method") == Counts(1, 2, 0)


def test_predicted_aliases_do_not_count_only_text() -> None:
    # the guide: a predicted entity is correct when its *text* equals a gold alias
    gold = paper(entities=[ent("LoRA", "Method")])
    pred = paper(entities=[ent("Low-Rank Adaptation", "Method", "Low-Rank Adaptation", "LoRA")])
    assert score_entities(gold.entities, pred.entities, "Method") == Counts(0, 1, 1)


def test_matching_is_maximal_not_greedy() -> None:
    # pred 0 could take either gold entity; a greedy choice of gold 0 would
    # leave pred 1 unmatched.
    gold = paper(entities=[ent("Llama 2", "Model", "Llama 2", "Llama"), ent("Llama", "Model")])
    pred = paper(entities=[ent("LLaMA", "Model"), ent("Llama-2", "Model")])
    assert score_entities(gold.entities, pred.entities, "Model") == Counts(2, 0, 0)
    assert max_matching([[0, 1], [0]], 2) == [1, 0]


@pytest.mark.parametrize(
    ("pred_value", "pred_unit", "expected"),
    [
        (2.8e9, "parameters", Counts(1, 0, 0)),
        (2.8e9 * (1 + 9e-7), "parameters", Counts(1, 0, 0)),
        (2.8e9 * (1 + 2e-6), "parameters", Counts(0, 1, 1)),
        (2.8e9, "Parameters", Counts(0, 1, 1)),
        (2.8e9, None, Counts(0, 1, 1)),
    ],
)
def test_quantity_value_and_unit(pred_value, pred_unit, expected) -> None:
    gold = paper(quantities=[{"text": "2.8B", "value": 2.8e9, "unit": "parameters"}])
    pred = paper(quantities=[{"text": "2.8B", "value": pred_value, "unit": pred_unit}])
    assert score_quantities(gold.quantities, pred.quantities) == expected


def test_quantity_null_units_and_zero() -> None:
    gold = paper(quantities=[{"text": "0", "value": 0, "unit": None}, {"text": "3", "value": 3, "unit": None}])
    pred = paper(quantities=[{"text": "0", "value": 0.0, "unit": None}, {"text": "3", "value": 3, "unit": None}])
    assert score_quantities(gold.quantities, pred.quantities) == Counts(2, 0, 0)


def test_claim_threshold_exactly_half() -> None:
    gold = paper(claims=[claim("one two three four five six seven eight nine ten")]).claims
    half = paper(claims=[claim("One two three four five and more words")]).claims
    below = paper(claims=[claim("one two three four")]).claims
    assert match_claims(gold, half) == [(0, 0)]
    assert match_claims(gold, below) == []


def test_claim_words_are_a_multiset() -> None:
    gold = paper(claims=[claim("a b c d")]).claims
    repeated = paper(claims=[claim("a a a a")]).claims  # shares only one "a"
    assert match_claims(gold, repeated) == []


def test_claims_best_overlap_first() -> None:
    gold = paper(claims=[claim("alpha beta gamma delta"), claim("alpha beta epsilon zeta")]).claims
    # pred 0 shares 2/4 with gold 0 and 4/4 with gold 1; pred 1 shares 4/4 with gold 0
    pred = paper(claims=[claim("alpha beta epsilon zeta"), claim("alpha beta gamma delta")]).claims
    assert match_claims(gold, pred) == [(0, 1), (1, 0)]


def test_claims_exact_sentence_beats_paragraph() -> None:
    gold = paper(claims=[claim("X beats Y on Z.")]).claims
    pred = paper(claims=[claim("X beats Y on Z. It also does many other things."), claim("X beats Y on Z.")]).claims
    assert match_claims(gold, pred) == [(0, 1)]


def test_quantity_text_key() -> None:
    assert quantity_text_key("1.24 %") == quantity_text_key("1.24%")
    assert quantity_text_key("2.8 B") == quantity_text_key("2.8B")
    assert quantity_text_key("1.24%") != quantity_text_key("1.25%")


def test_proposes_through_both_alias_lists() -> None:
    gold = paper(entities=[ent("Mixture-of-Experts", "Method", "Mixture-of-Experts", "MoE")], proposes=["MoE"])
    pred = paper(entities=[ent("MoE", "Method", "MoE", "mixture of experts")], proposes=["mixture of experts"])
    assert score_proposes(gold, pred) == Counts(1, 0, 0)
    unrelated = paper(proposes=["Sparse MoE"])
    assert score_proposes(gold, unrelated) == Counts(0, 1, 1)


def test_relations_need_same_type_and_direction() -> None:
    gold = paper(
        entities=[ent("SPT", "Method"), ent("GPT-3", "Model")],
        relations=[{"head": "SPT", "relation": "outperforms", "tail": "GPT-3"}],
    )
    pred = paper(
        relations=[
            {"head": "GPT 3", "relation": "outperforms", "tail": "SPT"},
            {"head": "SPT", "relation": "outperforms", "tail": "BERT"},
            {"head": "SPT", "relation": "uses", "tail": "GPT-3"},
            {"head": "spt", "relation": "outperforms", "tail": "GPT3"},
        ]
    )
    scores = score_relations(gold, pred)
    assert scores["outperforms"] == Counts(1, 2, 0)
    assert scores["uses"] == Counts(0, 1, 0)
    assert scores["evaluated_on"] == Counts(0, 0, 0)
    wrong_tail = paper(relations=[{"head": "SPT", "relation": "outperforms", "tail": "BERT"}])
    assert score_relations(gold, wrong_tail)["outperforms"] == Counts(0, 1, 1)


def test_pairing_by_title_only_when_unambiguous() -> None:
    gold = [paper(id="a", title="Same Title"), paper(id="b", title="Same title")]
    pred = [paper(id="z", title="same title")]
    pairs, coverage = pair_papers(gold, pred)
    assert [p for _, p in pairs] == [None, None]
    assert coverage.ignored == ("z",)
    assert coverage.missing == ("a", "b")


def test_id_pairing_wins_over_title() -> None:
    gold = [paper(id="a", title="T1"), paper(id="b", title="T2")]
    pred = [paper(id="b", title="T1"), paper(id="c", title="T1")]
    pairs, coverage = pair_papers(gold, pred)
    assert [(g.id, p.id if p else None) for g, p in pairs] == [("a", "c"), ("b", "b")]
    assert (coverage.by_id, coverage.by_title) == (1, 1)
