"""benchmarks/external.py and the SciREX, SciERC and TDMSci benchmarks: readers and scoring arithmetic.

Every fixture is written here by hand, in each dataset's format, into
``tmp_path``; nothing is taken from the datasets themselves.
"""

from __future__ import annotations

import io
import json
import sys
import tarfile
from pathlib import Path

import pytest

from claimgraph.evaluate.counts import Counts
from claimgraph.extract.model import Entity, Extraction, Mention
from tests.benchmarks.helpers import load_script

scirex = load_script("bench_scirex")
scierc = load_script("bench_scierc")
tdmsci = load_script("bench_tdmsci")
external = sys.modules["external"]  # the module the scripts import (they put benchmarks/ on sys.path)
Span, Document = external.Span, external.Document


def _abstract(text: str, *gold: tuple[str, str], neutral=(), original=()) -> Document:
    """A document whose gold spans are given as (substring, type), found in order in the abstract."""
    spans = []
    for surface, etype in gold:
        start = text.index(surface)
        spans.append(Span("abstract", start, start + len(surface), etype))
    return Document("d", "", text, tuple(spans), tuple(neutral), tuple(original))


def _at(doc: Document, surface: str, etype: str, field: str = "abstract") -> Span:
    text = doc.title if field == "title" else doc.abstract
    start = text.index(surface)
    return Span(field, start, start + len(surface), etype)


# ---------------------------------------------------------------- joining tokens


def test_join_tokens_detokenises_and_keeps_offsets():
    tokens = ["V", "-", "Net", "(", "CNNs", ")", "reach", "84", ".", "3", "%", "."]
    text, offsets = external.join_tokens(tokens)
    assert text == "V-Net (CNNs) reach 84.3%."
    assert [text[s:e] for s, e in offsets] == tokens


def test_join_tokens_with_spaces_only():
    text, offsets = external.join_tokens(["TF", "-", "IDF"], detokenize=False)
    assert text == "TF - IDF"
    assert offsets == [(0, 2), (3, 4), (5, 8)]


# ---------------------------------------------------------------- type mapping


def _extraction(doc_id: str, *entities: tuple[str, str, list[tuple[str, int, int]]]) -> Extraction:
    return Extraction(
        id=doc_id,
        title="",
        entities=tuple(
            Entity(text=text, type=etype, aliases=(), mentions=tuple(Mention(s, e, f) for f, s, e in mentions))
            for text, etype, mentions in entities
        ),
        quantities=(),
        proposes=(),
    )


def test_predicted_spans_map_model_to_method_and_keep_every_mention():
    extraction = _extraction(
        "p",
        ("BERT", "Model", [("title", 0, 4), ("abstract", 10, 14)]),
        ("dropout", "Method", [("abstract", 20, 27)]),
        ("SQuAD", "Dataset", [("abstract", 30, 35)]),
    )
    assert external.predicted_spans(extraction) == [
        Span("title", 0, 4, "Method"),
        Span("abstract", 10, 14, "Method"),
        Span("abstract", 20, 27, "Method"),
        Span("abstract", 30, 35, "Dataset"),
    ]


def test_predicted_spans_drop_repeats_after_mapping():
    extraction = _extraction("p", ("X", "Model", [("abstract", 0, 1)]), ("X", "Method", [("abstract", 0, 1)]))
    assert external.predicted_spans(extraction) == [Span("abstract", 0, 1, "Method")]


# ---------------------------------------------------------------- scoring arithmetic


def test_exact_and_overlap_counts_by_hand():
    doc = _abstract(
        "We train Fast R-CNN on the PASCAL VOC dataset and report mean average precision.",
        ("Fast R-CNN", "Method"),
        ("PASCAL VOC dataset", "Dataset"),
        ("mean average precision", "Metric"),
    )
    predicted = [
        _at(doc, "Fast R-CNN", "Method"),  # exact
        _at(doc, "PASCAL VOC", "Dataset"),  # overlap only (the guide drops "dataset")
        _at(doc, "report", "Task"),  # wrong
    ]
    exact = external.score([doc], [predicted], "exact").counts
    overlap = external.score([doc], [predicted], "overlap").counts
    assert exact["Method"] == Counts(1, 0, 0)
    assert exact["Dataset"] == Counts(0, 1, 1)
    assert exact["Metric"] == Counts(0, 0, 1)
    assert exact["Task"] == Counts(0, 1, 0)
    assert exact["micro"] == Counts(1, 2, 2)
    assert overlap["Dataset"] == Counts(1, 0, 0)
    assert overlap["micro"] == Counts(2, 1, 1)
    assert overlap["micro"].f1 == pytest.approx(4 / 6)


def test_overlap_is_one_to_one():
    doc = _abstract("a long method name here", ("long method name", "Method"))
    predicted = [_at(doc, "long", "Method"), _at(doc, "method name", "Method")]
    counts = external.score([doc], [predicted], "overlap").counts
    assert counts["Method"] == Counts(1, 1, 0)


def test_overlap_prefers_the_largest_overlap_for_the_match_it_keeps():
    doc = _abstract("neural machine translation models", ("neural machine translation", "Task"))
    predicted = [_at(doc, "translation models", "Task"), _at(doc, "neural machine translation", "Task")]
    result = external.score([doc], [predicted], "overlap")
    assert result.counts["Task"] == Counts(1, 1, 0)
    [error] = result.errors
    assert (error.kind, error.text) == ("fp", "translation models")


def test_a_type_mismatch_is_one_fp_and_one_fn_but_a_hit_when_types_are_ignored():
    doc = _abstract("We evaluate on ImageNet.", ("ImageNet", "Dataset"))
    predicted = [_at(doc, "ImageNet", "Task")]
    counts = external.score([doc], [predicted], "exact").counts
    assert counts["micro"] == Counts(0, 1, 1)
    assert counts["any type"] == Counts(1, 0, 0)


def test_the_same_characters_in_title_and_abstract_do_not_match():
    doc = Document("d", "GAN", "GAN", (Span("title", 0, 3, "Method"),))
    counts = external.score([doc], [[Span("abstract", 0, 3, "Method")]], "exact").counts
    assert counts["Method"] == Counts(0, 1, 1)


def test_neutral_spans_neither_reward_nor_punish():
    text = "We use Japanese text and the NEGRA corpus."
    doc = _abstract(
        text,
        ("NEGRA corpus", "Dataset"),
        neutral=[Span("abstract", text.index("Japanese text"), text.index("Japanese text") + 13, "Dataset")],
    )
    predicted = [_at(doc, "Japanese text", "Dataset"), _at(doc, "NEGRA", "Dataset"), _at(doc, "We", "Dataset")]
    assert external.score([doc], [predicted], "exact").counts["Dataset"] == Counts(0, 2, 1)
    assert external.score([doc], [predicted], "overlap").counts["Dataset"] == Counts(1, 1, 0)
    assert external.score([doc], [predicted], "overlap").counts["any type"] == Counts(1, 1, 0)


def test_counts_add_up_over_documents():
    one = _abstract("BERT", ("BERT", "Method"))
    two = _abstract("GPT and T5", ("GPT", "Method"), ("T5", "Method"))
    predictions = [[_at(one, "BERT", "Method")], [_at(two, "T5", "Method"), _at(two, "and", "Method")]]
    counts = external.score([one, two], predictions, "exact").counts
    assert counts["Method"] == Counts(2, 1, 1)
    assert counts["micro"].precision == pytest.approx(2 / 3)
    assert counts["micro"].recall == pytest.approx(2 / 3)


def test_errors_carry_a_note_about_the_other_side():
    text = "We propose Stacked GANs."
    doc = _abstract(text, ("Stacked GANs", "Method"), original=[_at(_abstract(text), "We", "Generic")])
    predicted = [_at(doc, "GANs", "Method"), _at(doc, "We", "Task")]
    errors = {(e.kind, e.text): e.note for e in external.score([doc], [predicted], "exact").errors}
    assert errors[("fn", "Stacked GANs")] == "predicted Method 'GANs'"
    assert errors[("fp", "We")] == "gold Generic 'We'"


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown matching mode"):
        external.compatible(Span("abstract", 0, 1, "Task"), Span("abstract", 0, 1, "Task"), "fuzzy")


def test_table_lists_gold_and_both_readings():
    doc = _abstract("BERT", ("BERT", "Method"))
    results = {mode: external.score([doc], [[_at(doc, "BERT", "Method")]], mode) for mode in external.MODES}
    lines = external.table(results).splitlines()
    assert "exact P" in lines[0] and "overlap P" in lines[0]
    method = next(line for line in lines if line.startswith("Method"))
    assert method.split() == ["Method", "1", "|", "1.000", "1.000", "1.000", "|", "1.000", "1.000", "1.000"]
    dataset = next(line for line in lines if line.startswith("Dataset"))
    assert "-" in dataset.split()  # undefined precision and recall are dashes, not zeros


# ---------------------------------------------------------------- SciREX


def _scirex_doc(doc_id: str, words: str, sentences, sections, ner) -> dict:
    """A SciREX record; ``words`` is written as one string of space-separated tokens."""
    return {
        "doc_id": doc_id,
        "words": words.split(),
        "sentences": sentences,
        "sections": sections,
        "ner": ner,
        "coref": {},
        "coref_non_salient": {},
        "n_ary_relations": [],
        "method_subrelations": {},
    }


# layout 1: "document : TITLE" then the abstract sentences, then a heading
_DOC_WORDS = (
    "document : V - Net : Segmentation with CNNs "  # 0-8 title (0-1 dropped)
    "We propose V - Net . "  # 9-14
    "It reaches 0.87 Dice on PROMISE12 . "  # 15-21
    "section : Introduction Deep nets ."  # 22-27
)
_DOC = _scirex_doc(
    "a" * 40,
    _DOC_WORDS,
    [[0, 9], [9, 15], [15, 22], [22, 25], [25, 28]],
    [[0, 22], [22, 28]],
    [
        [2, 5, "Method"],  # V-Net in the title
        [6, 7, "Task"],  # Segmentation
        [11, 14, "Method"],  # V-Net in the abstract
        [18, 19, "Metric"],  # Dice
        [20, 21, "Material"],  # PROMISE12 -> Dataset
        [25, 27, "Method"],  # in the introduction: not scored
    ],
)
# layout 2: a title section, then "section : Abstract"
_ABS_WORDS = "InfoGAN : Interpretable GANs section : Abstract We test InfoGAN on MNIST . section : Introduction"
_ABS = _scirex_doc(
    "b" * 40,
    _ABS_WORDS,
    [[0, 2], [2, 4], [4, 7], [7, 13], [13, 16]],
    [[0, 4], [4, 13], [13, 16]],
    [[0, 1, "Method"], [9, 10, "Method"], [11, 12, "Material"], [4, 7, "Task"]],
)
# neither layout: the body starts at once
_BODY = _scirex_doc("c" * 40, "Some paper text . More text .", [[0, 4], [4, 7]], [[0, 7]], [])
# layout 1 with nothing but the title in the first section
_BARE = _scirex_doc("d" * 40, "document : Bare Title section : Intro", [[0, 4], [4, 7]], [[0, 4], [4, 7]], [])


def _write_scirex(tmp_path: Path, docs: list[dict]) -> Path:
    path = tmp_path / "train_docs.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, payload in [
            *((f"train_docs/{d['doc_id']}.json", d) for d in docs),
            ("doc_ids.txt", {"doc_ids": [d["doc_id"] for d in docs]}),
        ]:
            data = json.dumps(payload).encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_scirex_reader_cuts_title_and_abstract_in_both_layouts(tmp_path):
    corpus = scirex.read_scirex(_write_scirex(tmp_path, [_ABS, _DOC, _BODY, _BARE]))
    assert [d.id for d in corpus.documents] == ["a" * 40, "b" * 40]
    first, second = corpus.documents
    assert first.title == "V-Net: Segmentation with CNNs"
    assert first.abstract == "We propose V-Net. It reaches 0.87 Dice on PROMISE12."
    assert [(s.field, first.text(s), s.type) for s in first.gold] == [
        ("title", "V-Net", "Method"),
        ("title", "Segmentation", "Task"),
        ("abstract", "V-Net", "Method"),
        ("abstract", "Dice", "Metric"),
        ("abstract", "PROMISE12", "Dataset"),
    ]
    assert second.title == "InfoGAN: Interpretable GANs"
    assert second.abstract == "We test InfoGAN on MNIST."
    # the heading "section : Abstract" is no text, so its (odd) mention is dropped
    assert [(s.field, second.text(s), s.type) for s in second.gold] == [
        ("title", "InfoGAN", "Method"),
        ("abstract", "InfoGAN", "Method"),
        ("abstract", "MNIST", "Dataset"),
    ]
    assert dict(corpus.left_out) == {
        "c" * 40: "no 'document :' title and no 'section : Abstract' heading in the first three sections",
        "d" * 40: "first section holds only the title",
    }


def test_scirex_reader_leaves_out_an_abstract_no_heading_ends(tmp_path, monkeypatch):
    monkeypatch.setattr(scirex, "MAX_ABSTRACT_TOKENS", 10)
    corpus = scirex.read_scirex(_write_scirex(tmp_path, [_DOC]))
    assert corpus.documents == ()
    assert corpus.left_out == (("a" * 40, "abstract longer than 10 tokens (no heading ends it)"),)


def test_scirex_split_is_half_and_half_fixed_and_independent_of_order():
    ids = [f"{i:040x}" for i in range(306)]
    splits = scirex.assign_splits(ids)
    assert sum(s == "heldout" for s in splits.values()) == 153
    assert splits == scirex.assign_splits(list(reversed(ids)))
    # the order comes from the salted hash, not from the ids themselves
    assert [splits[i] for i in sorted(ids)] != ["dev"] * 153 + ["heldout"] * 153


def test_scirex_heldout_ids_come_from_doc_ids_txt(tmp_path):
    path = _write_scirex(tmp_path, [_DOC, _ABS, _BODY, _BARE])
    held = scirex.heldout_ids(path)
    assert len(held) == 2
    assert held == {i for i, s in scirex.assign_splits(scirex.read_doc_ids(path)).items() if s == "heldout"}


def _fake_extract(spans_by_text: dict[str, list[tuple[str, str]]]):
    """An extractor stand-in: for each paper, tags the listed substrings of its abstract."""

    def extract(papers, jobs=1, **_):
        for paper in papers:
            entities = []
            for surface, etype in spans_by_text.get(paper.abstract, []):
                start = paper.abstract.index(surface)
                entities.append((surface, etype, [("abstract", start, start + len(surface))]))
            yield _extraction(paper.id, *entities)

    return extract


def test_scirex_main_scores_both_splits_and_writes_json(tmp_path, monkeypatch, capsys):
    import claimgraph.extract

    _write_scirex(tmp_path, [_DOC, _ABS])
    monkeypatch.setattr(
        claimgraph.extract,
        "extract",
        _fake_extract(
            {
                "We propose V-Net. It reaches 0.87 Dice on PROMISE12.": [("V-Net", "Model"), ("Dice", "Metric")],
                "We test InfoGAN on MNIST.": [("MNIST", "Dataset"), ("test", "Task")],
            }
        ),
    )
    out = tmp_path / "scirex.json"
    assert scirex.main(["--data-dir", str(tmp_path), "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["meta"]["documents"] == 2 and result["meta"]["dataset"] == "SciREX"
    assert set(result["splits"]) == {"dev", "heldout"}
    micro = {split: data["exact"]["scores"]["micro"] for split, data in result["splits"].items()}
    assert sum(m["tp"] for m in micro.values()) == 3  # V-Net, Dice, MNIST
    assert sum(m["fp"] for m in micro.values()) == 1  # "test"
    assert sum(m["fn"] for m in micro.values()) == 5  # 2 + 3 title mentions, PROMISE12, InfoGAN
    assert "heldout (the number that counts)" in capsys.readouterr().out


# ---------------------------------------------------------------- SciERC


def _write_scierc(tmp_path: Path) -> Path:
    record = {
        "clusters": [],
        "sentences": [
            ["We", "parse", "the", "NEGRA", "corpus", "-LRB-", "German", "text", "-RRB-", "."],
            ["Our", "CRF", "improves", "F1", "."],
        ],
        "ner": [
            [[1, 1, "Task"], [3, 4, "Material"], [6, 7, "Material"]],
            [[11, 11, "Method"], [13, 13, "Metric"], [10, 10, "Generic"]],
        ],
        "relations": [[], []],
        "doc_key": "X00-0001",
    }
    path = tmp_path / "test.json"
    path.write_text(json.dumps(record) + "\n\n", encoding="utf-8")
    return path


def test_scierc_reader_unescapes_uses_inclusive_ends_and_filters_material(tmp_path):
    [doc] = scierc.read_scierc(_write_scierc(tmp_path))
    assert doc.id == "X00-0001" and doc.title == ""
    assert doc.abstract == "We parse the NEGRA corpus (German text). Our CRF improves F1."
    assert [(doc.text(s), s.type) for s in doc.gold] == [
        ("parse", "Task"),
        ("NEGRA corpus", "Dataset"),
        ("CRF", "Method"),
        ("F1", "Metric"),
    ]
    assert [(doc.text(s), s.type) for s in doc.neutral] == [("German text", "Dataset")]
    assert ("Our", "Generic") in [(doc.text(s), s.type) for s in doc.original]


def test_scierc_named_material_rule():
    assert scierc.is_named_material("ACE 2003 corpus")
    assert scierc.is_named_material("Penn WSJ")
    assert not scierc.is_named_material("English/Chinese language pairs")
    assert not scierc.is_named_material("Japanese text")


def test_scierc_reader_names_the_line_of_a_bad_span(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"doc_key": "k", "sentences": [["a"]], "ner": [[[0, 3, "Task"]]]}) + "\n")
    with pytest.raises(ValueError, match=r"bad.json:1: k: span \[0, 3\] outside 1 tokens"):
        scierc.read_scierc(path)


def test_scierc_material_recall_counts_every_material(tmp_path):
    [doc] = scierc.read_scierc(_write_scierc(tmp_path))
    predicted = [_at(doc, "NEGRA", "Dataset"), _at(doc, "German text", "Dataset")]
    assert scierc.material_recall([doc], [predicted], "overlap") == Counts(2, 0, 0)
    assert scierc.material_recall([doc], [predicted], "exact") == Counts(1, 1, 1)
    # in the scored rows the unnamed Material is neutral: no fp for "German text"
    assert external.score([doc], [predicted], "exact").counts["Dataset"] == Counts(0, 1, 1)


# ---------------------------------------------------------------- TDMSci


_CONLL = (
    "We\t0\tO\nuse\t3\tO\nPenn\t7\tB-DATASET\nTreebank\t12\tI-DATASET\ndataset\t21\tI-DATASET\n"
    "for\t29\tO\nTF\t33\tB-METRIC\n-\t35\tI-METRIC\nIDF\t36\tI-METRIC\n.\t39\tO\n"
    "\n"
    "Mean\t0\tB-METRIC\nReciprocal\t5\tI-METRIC\nRank\t16\tI-METRIC\n(\t21\tI-METRIC\nMRR\t23\tI-METRIC\n)\t27\tI-METRIC\n"
)


def test_tdmsci_reader_in_both_readings(tmp_path):
    path = tmp_path / "test.conll"
    path.write_text(_CONLL, encoding="utf-8")
    strict = tdmsci.read_conll(path)
    glued = tdmsci.read_conll(path, detokenize=True)
    assert [s.text for s in strict] == ["We use Penn Treebank dataset for TF - IDF .", "Mean Reciprocal Rank ( MRR )"]
    assert [s.text for s in glued] == ["We use Penn Treebank dataset for TF-IDF.", "Mean Reciprocal Rank (MRR)"]
    assert [[s.text[a:b] for _, a, b in s.spans] for s in glued] == [
        ["Penn Treebank dataset", "TF-IDF"],
        ["Mean Reciprocal Rank (MRR)"],
    ]
    assert strict[1].line == 12
    names = tdmsci.gold_names(glued[1], aliases=True)["Metric"]
    assert names == [frozenset({"mean reciprocal rank (mrr)", "mean reciprocal rank", "mrr"})]


def test_tdmsci_reader_refuses_an_unknown_tag(tmp_path):
    path = tmp_path / "bad.conll"
    path.write_text("word\t0\tB-MODEL\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.conll:1"):
        tdmsci.read_conll(path)


def test_tdmsci_scores_distinct_strings_and_aliases(tmp_path):
    path = tmp_path / "test.conll"
    path.write_text(_CONLL, encoding="utf-8")
    sentences = tdmsci.read_conll(path, detokenize=True)
    extractions = [
        _extraction("s0", ("Penn Treebank", "Dataset", [("abstract", 7, 20)])),
        _extraction("s1", ("MRR", "Metric", [("abstract", 22, 25)]), ("MRR", "Metric", [("abstract", 22, 25)])),
    ]
    for aliases, expected in ((False, Counts(0, 2, 3)), (True, Counts(2, 0, 1))):
        pairs = zip(extractions, sentences, strict=True)
        predictions = [tdmsci.predicted_names(e, s.text, aliases=aliases) for e, s in pairs]
        counts, _ = tdmsci.score(sentences, predictions, aliases=aliases)
        assert counts["micro"] == expected, aliases


def test_tdmsci_main_runs_both_readings(tmp_path, monkeypatch):
    import claimgraph.extract

    (tmp_path / "test_500_v2.conll").write_text(_CONLL, encoding="utf-8")
    fake = _fake_extract({"Mean Reciprocal Rank (MRR)": [("MRR", "Metric")]})
    monkeypatch.setattr(claimgraph.extract, "extract", fake)
    out = tmp_path / "tdmsci.json"
    assert tdmsci.main(["--data-dir", str(tmp_path), "--both-readings", "--json", str(out)]) == 0
    readings = json.loads(out.read_text())["readings"]
    assert set(readings) == {"strict", "guide-style"}
    assert readings["strict"]["scores"]["micro"]["tp"] == 0
    assert readings["guide-style"]["scores"]["micro"]["tp"] == 1
