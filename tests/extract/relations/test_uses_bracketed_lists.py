"""``uses`` lists whose items carry their abbreviation in parentheses (relations/uses/tails.py): the
list goes on past "(ABBR)" when "and"/"or" or another bracketed item follows, and stops at a lone
comma that ends an opening phrase before the sentence's subject."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses_reader

BRACKET_ENTS = {
    **ENTS,
    "Spike Attention Mechanism": "Method",
    "SAM": "Method",
    "Feature Sampling Strategy": "Method",
    "FSS": "Method",
    "Deep Feature Mixing": "Method",
    "DFM": "Method",
    "Orthogonal Decomposition": "Method",
    "OD": "Method",
    "dynamic time warping": "Method",
    "DTW": "Method",
    "BehaveSim": "Method",
}

found_in = uses_reader(BRACKET_ENTS)


@pytest.mark.parametrize(
    "sentence,tails",
    [
        (
            "FooNet incorporates the Spike Attention Mechanism (SAM) and the Feature Sampling Strategy (FSS).",
            {"Spike Attention Mechanism", "Feature Sampling Strategy"},
        ),
        (
            "FooNet integrates Orthogonal Decomposition (OD), Feature Sampling Strategy (FSS), and Deep Feature"
            " Mixing (DFM).",
            {"Orthogonal Decomposition", "Feature Sampling Strategy", "Deep Feature Mixing"},
        ),
    ],
)
def test_list_goes_on_past_an_abbreviation(sentence, tails):
    assert {("FooNet", t) for t in tails} <= found_in(sentence)


def test_name_after_a_bracket_and_a_lone_comma_is_the_subject():
    found = found_in(
        "By aligning trajectories using dynamic time warping (DTW), BehaveSim distinguishes algorithms.",
        proposes=("BehaveSim",),
        propose="We propose BehaveSim, a new similarity measure.",
    )
    assert ("BehaveSim", "dynamic time warping") in found
    assert not any(tail == "BehaveSim" for _, tail in found)
