"""The best of a compared set (relations/pairs/best_of_set.py): a set-up that lists three or more named
systems and a later sentence whose subject is one of them with a superlative result."""

from __future__ import annotations

from tests.extract.claim_docs import RelationReader

ENTS = {
    "AlphaDepth": "Model",
    "BetaDepth": "Model",
    "GammaDepth": "Model",
    "DeltaDepth": "Model",
    "Depth Max": "Model",
}
READ = RelationReader("", ENTS)
SETUP = "We evaluate four depth estimators (AlphaDepth, BetaDepth, GammaDepth, and DeltaDepth) on forest images."


def test_superlative_subject_beats_the_other_members():
    text = f"{SETUP} The images come from parks. Our results show that BetaDepth achieves the best overall accuracy."
    assert READ.outperforms(text, ()) == {
        ("BetaDepth", "AlphaDepth"),
        ("BetaDepth", "GammaDepth"),
        ("BetaDepth", "DeltaDepth"),
    }


def test_performs_best_after_a_reporting_verb():
    text = f"{SETUP} Results indicate GammaDepth performed best on dense scenes."
    assert READ.outperforms(text, ()) == {
        ("GammaDepth", "AlphaDepth"),
        ("GammaDepth", "BetaDepth"),
        ("GammaDepth", "DeltaDepth"),
    }


def test_restricted_shared_or_hedged_superlatives_give_nothing():
    assert READ.outperforms(f"{SETUP} Among the small models, BetaDepth achieves the highest accuracy.", ()) == set()
    assert READ.outperforms(f"{SETUP} BetaDepth achieves the best or second best accuracy.", ()) == set()
    assert READ.outperforms(f"{SETUP} BetaDepth might achieve the best accuracy on larger scenes.", ()) == set()


def test_member_not_opening_the_clause_or_set_too_far_back_gives_nothing():
    assert READ.outperforms(f"{SETUP} Fine-tuning AlphaDepth with BetaDepth achieves the best accuracy.", ()) == set()
    far = f"{SETUP} The parks differ. Light varies. Trees vary. Weather varies. BetaDepth achieves the best accuracy."
    assert READ.outperforms(far, ()) == set()


def test_a_list_of_two_or_no_set_up_word_gives_nothing():
    two = "We evaluate AlphaDepth and BetaDepth on forest images. BetaDepth achieves the best accuracy."
    assert READ.outperforms(two, ()) == set()
    listed = "AlphaDepth, BetaDepth, GammaDepth and DeltaDepth are popular. BetaDepth achieves the best accuracy."
    assert READ.outperforms(listed, ()) == set()


def test_a_member_cut_from_a_longer_name_is_no_rival():
    text = (
        "We compare four estimators (AlphaDepth, ML Depth Max, GammaDepth, and DeltaDepth) on forest images. "
        "AlphaDepth achieves the highest accuracy."
    )
    assert READ.outperforms(text, ()) == {("AlphaDepth", "GammaDepth"), ("AlphaDepth", "DeltaDepth")}
