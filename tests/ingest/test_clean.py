"""Text cleanup: whitespace, LaTeX quotes and escapes, HTML entities."""

from __future__ import annotations

import pytest

from claimgraph.ingest.clean import clean_text


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
        ("x &#32; &nbsp;\ty", "x y"),
        ("&#10;&#10;a&#10;", "a"),
        (" &#32; ", ""),
        ("``q'' \\% &amp;&lt;", '"q" % &<'),
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
