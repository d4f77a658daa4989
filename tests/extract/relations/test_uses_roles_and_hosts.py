"""``uses`` lists whose items each carry a role phrase ("X for mask extraction, and Y for ...",
relations/uses/tails.py ``_role_before_item``) and the host the authors put something into ("we
integrate product quantization into VQGAN", relations/uses/context.py ``_put_into``)."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses_reader

ROLE_ENTS = {
    **ENTS,
    "VQGAN": "Method",
    "product quantization": "Method",
    "knowledge distillation": "Method",
    "Diffusion Transformer": "Method",
    "LoRaD": "Method",
    "Score Distillation": "Method",
    "Llama-2": "Model",
}

found_in = uses_reader(ROLE_ENTS)


@pytest.mark.parametrize(
    "sentence,tails",
    [
        ("FooNet uses SAM2 for accurate mask extraction, and DINOv2 for efficient adaptation.", {"SAM2", "DINOv2"}),
        (
            "FooNet leverages CLIP for robust initialisation and DINOv2 features for per-frame matching.",
            {"CLIP", "DINOv2"},
        ),
        ("FooNet employs SAM2 for mask proposals and CLIP to label them.", {"SAM2", "CLIP"}),
    ],
)
def test_list_goes_on_past_each_items_role(sentence, tails):
    assert {("FooNet", t) for t in tails} <= found_in(sentence)


@pytest.mark.parametrize(
    "sentence,absent",
    [
        # the second name has no role of its own: it opens another clause
        ("FooNet uses SAM2 for mask extraction, and DINOv2 outperforms it.", "DINOv2"),
        # the first role names a model: not a role phrase of plain words
        ("FooNet uses SAM2 for Llama-2, and DINOv2 for adaptation.", "DINOv2"),
        # a role phrase longer than six words
        (
            "FooNet uses SAM2 for the fast and accurate extraction of object masks in cluttered scenes, and DINOv2 for"
            " adaptation.",
            "DINOv2",
        ),
    ],
)
def test_list_stops_at_a_role_without_a_parallel_item(sentence, absent):
    assert ("FooNet", absent) not in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        ("We integrate product quantization into VQGAN.", "VQGAN"),
        ("FooNet incorporates product quantization into the VQGAN.", "VQGAN"),
        (
            "Our method injects dense semantics into a Diffusion Transformer through frame replacement.",
            "Diffusion Transformer",
        ),
        (
            "Second, we integrate task-specific training into the knowledge distillation process.",
            "knowledge distillation",
        ),
    ],
)
def test_host_the_authors_put_something_into(sentence, tail):
    assert ("FooNet", tail) in found_in(sentence)


@pytest.mark.parametrize(
    "sentence,tail",
    [
        # others put it into the host
        ("Existing methods integrate product quantization into VQGAN.", "VQGAN"),
        ("While prior work integrates product quantization into VQGAN, FooNet does not.", "VQGAN"),
        # a clause mark between the verb and "into"
        ("We integrate product quantization, which is cheap, into VQGAN.", "VQGAN"),
    ],
)
def test_no_host_of_others_or_across_a_clause(sentence, tail):
    assert ("FooNet", tail) not in found_in(sentence)


def test_own_named_part_put_into_a_method_is_no_base():
    found = found_in(
        "We further integrate LoRaD into Score Distillation, resulting in FooNet.",
        proposes=("FooNet", "LoRaD"),
        propose="We propose FooNet and LoRaD, a low-rank rotation.",
    )
    assert not any(tail == "Score Distillation" for _, tail in found)
