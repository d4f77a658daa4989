"""``uses`` between the items of one counted list (relations/uses/siblings.py, cues/uses.json
``uses_sibling_counts``): "two components: the X ..., and the Y ..." names siblings, not a use."""

from __future__ import annotations

import pytest

from tests.extract.relations.test_uses import ENTS, uses

ITEMS = {
    "Quill Routing Block": "Method",
    "Marble Merge Block": "Method",
    "Slate Pooling Block": "Method",
    "QRB": "Method",
    "MMB": "Method",
    "SPB": "Method",
    "Fixed Probing": "Method",
    "Learned Probing": "Method",
}
TABLE = {**ENTS, **ITEMS}
PROPOSES = (
    "FooNet",
    "Quill Routing Block",
    "Marble Merge Block",
    "Slate Pooling Block",
    "Fixed Probing",
    "Learned Probing",
)


def found(sentence: str) -> set[tuple[str, str]]:
    """The uses pairs after the FooNet proposal sentence; the list's items are proposed too."""
    return uses(sentence, proposes=("FooNet", *(p for p in PROPOSES[1:] if p in sentence)), entities=TABLE)


@pytest.mark.parametrize(
    "sentence,head,tail",
    [
        (
            "Specifically, FooNet comprises two typical components: the Quill Routing Block (QRB) routes tokens via "
            "light channel gates, and the Marble Merge Block (MMB) enables fusion of multi-scale maps.",
            "QRB",
            "Marble Merge Block",
        ),
        (
            "We design two probing variants: Fixed Probing, which employs a fixed prompt, and Learned Probing, which "
            "optimizes the prompt.",
            "Fixed Probing",
            "Learned Probing",
        ),
        (
            "Our architecture introduces three key components: the Quill Routing Block (QRB) to identify similar "
            "descriptors, the Marble Merge Block (MMB) to generate enhanced features through weighted aggregation, "
            "and the Slate Pooling Block (SPB) to refine features.",
            "MMB",
            "Slate Pooling Block",
        ),
    ],
)
def test_items_of_one_counted_list_do_not_use_each_other(sentence, head, tail):
    assert (head, tail) not in found(sentence)


@pytest.mark.parametrize(
    "sentence,head,tail",
    [
        # a name inside the first item's own description, not opening another item
        (
            "FooNet has two modules: (a) the Quill Routing Block (QRB), which routes tokens through LoRA and "
            "self-play, and (b) the Marble Merge Block (MMB).",
            "QRB",
            "self-play",
        ),
        (
            "The framework incorporates two key modules: (a) a Quill Routing Block (QRB), which models interactions "
            "through LoRA and global enhancement, and (b) a Marble Merge Block (MMB), which captures features.",
            "QRB",
            "LoRA",
        ),
    ],
)
def test_a_name_inside_an_item_stays_its_tail(sentence, head, tail):
    assert (head, tail) in found(sentence)
