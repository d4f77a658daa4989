"""Text cleanup: whitespace, LaTeX quotes and escapes, HTML entities, offsets."""

from __future__ import annotations

import pytest

from claimgraph.ingest.clean import clean_text, clean_with_offsets


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  a\n  b\t\tc \r\n", "a b c"),
        ("line\u2028break\u00a0here", "line break here"),
        ("studies prefixed with ``Self-'' such as", 'studies prefixed with "Self-" such as'),
        ('``scratch tokens" yield', '"scratch tokens" yield'),
        ("up to 100\\% and A\\&B, x\\_y", "up to 100% and A&B, x_y"),
        ("R&amp;D &lt;3 &quot;q&quot; &#39;s&#x27;", "R&D <3 \"q\" 's'"),
        ("a&#10;b &nbsp; c", "a b c"),
        ("AT&T & co; 5 & 6", "AT&T & co; 5 & 6"),
        ("", ""),
        (" \n\t ", ""),
        ("Småprat: DialoGPT", "Småprat: DialoGPT"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_cleaning_is_idempotent():
    raw = "A ``quoted'' 5\\% gain &amp; more\nlines"
    assert clean_text(clean_text(raw)) == clean_text(raw)


@pytest.mark.parametrize(
    "raw",
    ["plain text", "  lead\n\ntrail  ", "x ``y'' 3\\% &amp; z", "&#10;&#10;a&#10;", "é\u00a0ü"],
)
def test_offsets_point_into_the_original(raw):
    cleaned, offsets = clean_with_offsets(raw)
    assert len(offsets) == len(cleaned) + 1
    assert list(offsets) == sorted(offsets)
    assert offsets[-1] <= len(raw)
    for index, char in enumerate(cleaned):
        if char.isalnum():
            assert raw[offsets[index]] == char


def test_offsets_of_a_word():
    raw = "We  propose\n``Foo''  (12.5\\%)."
    cleaned, offsets = clean_with_offsets(raw)
    assert cleaned == 'We propose "Foo" (12.5%).'
    start = cleaned.index("Foo")
    assert raw[offsets[start] : offsets[start + 3]] == "Foo"
    start = cleaned.index("12.5%")
    assert raw[offsets[start] : offsets[start + 5]] == "12.5\\%"


def test_fast_path_equals_offsets_path(seeds_result):
    samples = [
        "  a\n  b\t\tc \r\n",
        "x &#32; &nbsp;\ty",
        "&#10;&#10;a&#10;",
        "``q'' \\% &amp;&lt;",
        " &#32; ",
    ]
    samples += [p.original_abstract for p in seeds_result.papers]
    for raw in samples:
        assert clean_text(raw) == clean_with_offsets(raw)[0]
