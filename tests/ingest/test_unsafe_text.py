"""Hostile characters at ingest: lone surrogates and control characters are replaced or removed, and counted."""

from __future__ import annotations

import json

import pytest

from claimgraph.ingest import ingest
from claimgraph.ingest.clean import Scrub, clean_text
from claimgraph.ingest.serialize import paper_to_dict

ESC = "\x1b"
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'


def _unsafe(text: str) -> bool:
    return any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or 0xD800 <= ord(c) <= 0xDFFF for c in text)


def _write_jsonl(path, *records) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def test_a_lone_surrogate_is_replaced_and_the_record_kept(tmp_path):
    path = tmp_path / "p.jsonl"
    # json.dumps writes the lone surrogate as the escape "\ud800", as in the report
    _write_jsonl(
        path, {"title": "A \ud800 title", "abstract": "We propose BERT-x \udfff."}, {"title": "B", "abstract": "C."}
    )
    repairs = []
    result = ingest([path], on_repair=repairs.append)
    first = result.papers[0]
    assert (first.title, first.abstract) == ("A \ufffd title", "We propose BERT-x \ufffd.")
    assert first.original_title == "A \ufffd title"
    assert result.problems == ()
    assert [str(r) for r in repairs] == [f"{path}:1: 2 lone surrogates replaced by U+FFFD"]
    assert result.repairs == tuple(repairs)
    for paper in result.papers:
        json.dumps(paper_to_dict(paper), ensure_ascii=False).encode("utf-8")  # what papers.jsonl does


def test_control_characters_are_removed_from_every_field(tmp_path):
    path = tmp_path / "p.jsonl"
    record = {
        "id": f"t{ESC}1",
        "title": f"Ctrl \x00 and {ESC}[31mred{ESC}[0m \x9b2J",
        "abstract": "We propose ROBERTA-y \x07 that improves accuracy on SQuAD\x7f. &#129;[0m\ufffe",
        "authors": [f"Ada{ESC}]0;pwned\x07 Lovelace"],
        "date": f"2024-01-02{ESC}",
        "url": f"https://example.org/{ESC}x",
        "categories": [f"cs.CL{ESC}"],
    }
    _write_jsonl(path, record)
    repairs = []
    result = ingest([path], on_repair=repairs.append)
    (paper,) = result.papers
    fields = paper_to_dict(paper)
    assert not [name for name, value in fields.items() if isinstance(value, str) and _unsafe(value)]
    assert not _unsafe(" ".join(paper.authors + paper.categories))
    assert paper.title == "Ctrl and [31mred[0m 2J"
    assert paper.abstract == "We propose ROBERTA-y that improves accuracy on SQuAD. [0m"
    assert (paper.id, paper.authors, paper.date, paper.categories) == (
        "t1",
        ("Ada]0;pwned Lovelace",),
        "2024-01-02",
        ("cs.CL",),
    )
    assert [r.message for r in repairs] == ["14 control characters removed"]  # &#129; decodes to a C1 control


def test_whitespace_controls_still_become_spaces():
    assert clean_text("a\x0bb\x0cc\x1cd\x85e\tf") == "a b c d e f"
    scrub = Scrub()
    assert scrub.text("a\x0bb\x1c") == "a\x0bb\x1c" and not scrub


def test_every_reader_scrubs(tmp_path):
    array = tmp_path / "a.json"
    array.write_text(json.dumps([{"title": "Array\u0000 title", "abstract": "Text \ud83d."}]), encoding="utf-8")
    feed = tmp_path / "f.xml"
    feed.write_text(
        HEAD + "<entry><id>x:1</id><title>Feed \u009b title</title><summary>Feed text.</summary></entry></feed>\n",
        encoding="utf-8",
    )
    dump = tmp_path / "d.txt"
    dump.write_text(f"Dump {ESC}[2J title\n\nAn abstract {ESC}]8;;x{ESC}\\ long enough to be one.\n", encoding="utf-8")
    repairs = []
    result = ingest([array, feed, dump], on_repair=repairs.append)
    assert result.problems == ()
    assert [p.title for p in result.papers] == ["Array title", "Dump [2J title", "Feed title"]
    assert [r.message for r in repairs] == [
        "1 control character removed, 1 lone surrogate replaced by U+FFFD",
        "3 control characters removed",
        "1 control character removed",
    ]


@pytest.mark.parametrize("char", ["\x00", ESC, "\x7f", "\x9b", "\ud800", "\udfff", "\ufffe", "\uffff"])
def test_clean_text_never_returns_an_unsafe_character(char):
    assert not _unsafe(clean_text(f"a{char}b &#{ord(char)};")) and "\ufffe" not in clean_text(f"x{char}")
