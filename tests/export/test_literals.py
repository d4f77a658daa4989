"""Typed literals: the right datatype for a value that fits, None for one that does not."""

from __future__ import annotations

import pytest

from claimgraph.export.literals import (
    anyuri_literal,
    boolean_literal,
    date_literal,
    integer_literal,
    string_literal,
)
from claimgraph.export.vocabulary import xsd


@pytest.mark.parametrize(
    ("make", "value", "lexical", "datatype"),
    [
        (string_literal, "GPT-3", "GPT-3", xsd.string),
        (string_literal, 7, "7", xsd.string),
        (integer_literal, 7_000_000_000, "7000000000", xsd.integer),
        (integer_literal, 12.0, "12", xsd.integer),
        (integer_literal, "42", "42", xsd.integer),
        (boolean_literal, False, "false", xsd.boolean),
        (date_literal, "2024-01-31", "2024-01-31", xsd.date),
        (anyuri_literal, " https://arxiv.org/abs/2401.00001 ", "https://arxiv.org/abs/2401.00001", xsd.anyURI),
    ],
)
def test_a_fitting_value_gives_its_typed_literal(make, value, lexical, datatype):
    literal = make(value)
    assert (literal.value, literal.datatype) == (lexical, datatype)


@pytest.mark.parametrize(
    ("make", "value"),
    [
        (string_literal, None),
        (string_literal, ""),
        (integer_literal, True),
        (integer_literal, float("inf")),
        (integer_literal, "seven"),
        (boolean_literal, 1),
        (date_literal, "2024-02-30"),
        (date_literal, "31/01/2024"),
        (anyuri_literal, "  "),
        (anyuri_literal, None),
    ],
)
def test_a_value_that_does_not_fit_gives_none(make, value):
    assert make(value) is None
