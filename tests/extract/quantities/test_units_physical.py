"""Units of physical measures and LaTeX spaces between a number and its unit (issue #17: a value keeps its unit)."""

from __future__ import annotations

import pytest

from claimgraph.extract.quantities.numbers import find_quantities


def units(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an RMSE of 1.77~m on DFC23", ("1.77~m", 1.77, "m")),
        ("a mean absolute error of 0.006 rad/s relative", ("0.006 rad/s", 0.006, "rad/s")),
        ("and 13.89mm HD95 on Synapse", ("13.89mm", 13.89, "mm")),
        ("within 5° of the target", ("5°", 5.0, "°")),
        ("to 20.93$^\\circ$, and", ("20.93$^\\circ$", 20.93, "°")),
        ("an MAE of 13.64 g/mol", ("13.64 g/mol", 13.64, "g/mol")),
        ("an RMSE of 0.438 m.", ("0.438 m", 0.438, "m")),
        ("step latency of 0.367\\,s", ("0.367\\,s", 0.367, "s")),
        ("step latency of 8.377,s with ECoT", ("8.377,s", 8.377, "s")),
        ("achieves 31.68\\,dB PSNR", ("31.68\\,dB", 31.68, "dB")),
    ],
)
def test_physical_units_and_latex_spaces(text, expected):
    assert units(text) == [expected]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a model with 1.5 M parameters", "parameters"),  # an upper-case M is no metre
        ("We use 7 M images", "images"),
        ("it reaches 85.3 mAP", None),
        ("it is 3,5 times faster", "x"),
    ],
)
def test_no_physical_unit_where_none_is_written(text, unit):
    assert units(text)[-1][2] == unit


def test_latex_subscripts_are_no_numbers():
    assert units("boosts $mAP_{0.5}$ from 35.70 to 38.11") == [("35.70", 35.7, None), ("38.11", 38.11, None)]


@pytest.mark.parametrize(
    "text",
    [
        "on 256\\(\\times\\)256 inputs",
        "at 384$\\times$384 resolution",
        "reaching FID at $256\\times256$ and",  # inside one math group
        "at 512 × 512 resolution",
        "images of 256\\times 256",
    ],
)
def test_latex_shapes_are_no_quantities(text):
    assert units(text) == []


def test_a_latex_factor_stays_a_factor():
    assert units("a 1.3$\\times$ speedup over 3 baselines")[0] == ("1.3$\\times$", 1.3, "x")
    assert units("1.3\\times faster and 3 × fewer steps")[0][2] == "x"  # no digit after the sign: a factor
    assert [u[1] for u in units("reaching 1.91 FID at $256\\times256$ and 2.38 FID")] == [1.91, 2.38]


def test_a_confidence_level_lends_no_unit_to_the_number_before():
    assert units("cancers (AUC: 0.85, 95% CI: 0.83-0.87), calcifications")[0] == ("0.85", 0.85, None)
    assert units("scores of 85.2, 80.1 and 75.3%")[0] == ("85.2", 85.2, "%")


def test_a_name_with_a_size_is_no_pixel_count():
    assert units("on 1Mpx/Gen4 (+0.5 mAP") == [("+0.5", 0.5, None)]
