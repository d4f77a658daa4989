"""benchmarks/fact_precision.py: sampling facts of a tiny corpus, and scoring judged files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.benchmarks.helpers import ABSTRACTS, BENCHMARKS, load_script

fp = load_script("fact_precision")


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "abstracts.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ABSTRACTS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sampled(corpus, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "facts.jsonl"
    assert fp.main(["sample", "--data", str(corpus), "--papers", "5", "-o", str(out)]) == 0
    return out


def test_sample_draws_every_kind_with_sentences_and_empty_judgements(sampled):
    records = _read(sampled)
    assert {r["kind"] for r in records} == set(fp.KINDS)
    assert [r["kind"] for r in records] == sorted((r["kind"] for r in records), key=fp.KINDS.index)
    for record in records:
        assert record["judgement"] == "" and record["note"] == ""
        assert record["paper"] in {a["id"] for a in ABSTRACTS}
        assert record["sentence"] and record["fact"]
    assert len({r["id"] for r in records}) == len(records)
    facts = {r["fact"] for r in records}
    assert "LumaNet --uses--> ResNet-50" in facts
    assert "paper proposes LumaNet (Method)" in facts
    scores = [r for r in records if r["kind"] == "metric_value" and r["detail"]["quantity"] == "87.2%"]
    assert scores and all("ImageNet" in r["fact"] and "87.2" in r["sentence"] for r in scores)
    markdown = sampled.with_suffix(".md").read_text(encoding="utf-8")
    assert all(r["id"] in markdown for r in records)


def test_sample_is_deterministic_and_draws_a_subset(corpus, sampled, tmp_path):
    again, smaller = tmp_path / "again.jsonl", tmp_path / "smaller.jsonl"
    fp.main(["sample", "--data", str(corpus), "--papers", "5", "-o", str(again)])
    assert again.read_bytes() == sampled.read_bytes()
    assert again.with_suffix(".md").read_bytes() == sampled.with_suffix(".md").read_bytes()
    fp.main(["sample", "--data", str(corpus), "--papers", "5", "--per-kind", "2", "-o", str(smaller)])
    drawn, full = _read(smaller), _read(sampled)
    for kind in fp.KINDS:
        assert sum(r["kind"] == kind for r in drawn) == min(2, sum(r["kind"] == kind for r in full))
    assert {r["id"] for r in drawn} <= {r["id"] for r in full}


def test_held_out_papers_are_dropped_and_the_others_keep_their_draw(corpus, tmp_path):
    held_out = tmp_path / "recent-test.jsonl"
    held_out.write_text(json.dumps({"id": "2501.00003", "title": "x"}) + "\n", encoding="utf-8")
    ids = fp.held_out_ids(held_out)
    assert ids == {"2501.00003"}
    assert fp.held_out_ids(tmp_path / "absent.jsonl") == frozenset()
    drawn = [json.loads(line)["id"] for line in fp.sample_lines(corpus, 4, 5)]
    assert "2501.00003" in drawn
    kept = [json.loads(line)["id"] for line in fp.sample_lines(corpus, 4, 5, exclude=ids)]
    assert kept == [i for i in drawn if i != "2501.00003"]


def test_papers_read_while_tuning_are_kept_out_of_a_fresh_sample(corpus, tmp_path):
    tuned = tmp_path / "recent-dev.jsonl"
    tuned.write_text(json.dumps({"id": "2501.00002"}) + "\n", encoding="utf-8")
    pool = fp.pool_ids(corpus, 2, 11)
    assert len(pool) == 2
    assert pool == {json.loads(line)["id"] for line in fp.sample_lines(corpus, 2, 11)}
    excluded = fp.excluded_ids([tuned], corpus, 2, [11])
    assert excluded >= pool | {"2501.00002"}
    assert fp.excluded_ids([], corpus, 2, []) == fp.held_out_ids()
    packed = tmp_path / "read.jsonl.gz"
    packed.write_bytes(gzip.compress(tuned.read_bytes()))
    assert fp.held_out_ids(packed) == {"2501.00002"}
    out = tmp_path / "fresh.jsonl"
    args = ["sample", "--data", str(corpus), "--papers", "5", "--per-kind", "3", "-o", str(out)]
    fp.main([*args, "--exclude", str(tuned), "--exclude-seed", "11"])
    assert not {r["paper"] for r in _read(out)} & (pool | {"2501.00002"})
    assert "without the papers of recent-dev.jsonl, the pool of seed 11" in out.with_suffix(".md").read_text()


def test_a_pool_drawn_at_another_size_is_kept_out_with_its_own_size(tmp_path):
    corpus = tmp_path / "listings.jsonl"
    abstract = "We propose FooNet, a method for parsing."
    rows = [{"id": f"2501.{i:05d}", "title": f"Parsing study {i}", "abstract": abstract} for i in range(200)]
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    read = fp.pool_ids(corpus, 21, 13)  # an earlier sample of 21 papers, seed 13
    assert not read <= fp.pool_ids(corpus, 60, 13)  # Python draws another set at another size, not a superset
    out = tmp_path / "fresh.jsonl"
    args = ["sample", "--data", str(corpus), "--papers", "60", "--per-kind", "60", "--seed", "5", "-o", str(out)]
    fp.main([*args, "--exclude-seed", "13", "--exclude-papers", "21"])
    drawn = {r["paper"] for r in _read(out)}
    assert drawn and not drawn & read
    fp.main([*args, "--exclude-seed", "13:21"])  # the same pool, its size given with its seed
    assert {r["paper"] for r in _read(out)} == drawn
    assert "the pool of seed 13 (21 papers)" in out.with_suffix(".md").read_text()


def test_the_held_out_split_is_the_annotated_recent_test_file():
    assert BENCHMARKS.parent / "tests" / "data" / "recent-test.jsonl" == fp.HELD_OUT


def test_a_sample_judged_correct_scores_one(sampled, tmp_path):
    judged = tmp_path / "judged.jsonl"
    judged.write_text("".join(json.dumps({**r, "judgement": "correct"}) + "\n" for r in _read(sampled)))
    tallies = fp.tally(fp.read_judged(judged))
    assert [t.kind for t in tallies] == list(fp.KINDS)
    assert all(t.precision == 1.0 and t.judged == t.correct > 0 for t in tallies)


def _judged(kind: str, judgements: list[str]) -> list[dict]:
    return [
        {"kind": kind, "id": f"{kind}-{n}", "paper": "p", "fact": "f", "sentence": "s", "judgement": j, "note": ""}
        for n, j in enumerate(judgements)
    ]


def test_score_counts_judgements_and_wilson_intervals(tmp_path, capsys):
    records = _judged("outperforms", ["correct"] * 8 + ["partly", "wrong"])
    records += _judged("metric_value", ["correct", "partly", "partly", "wrong", "", ""])
    judged, table = tmp_path / "judged.jsonl", tmp_path / "table.md"
    judged.write_text("".join(json.dumps(r) + "\n" for r in records) + "\n")
    assert fp.main(["score", str(judged), "--markdown", str(table)]) == 0
    assert table.read_text().splitlines()[2:] == [
        "| metric_value | 4 | 1 | 2 | 1 | 0.25 [0.05, 0.70] |",
        "| outperforms | 10 | 8 | 1 | 1 | 0.80 [0.49, 0.94] |",
    ]
    printed = capsys.readouterr().out
    assert "0.80 [0.49, 0.94]" in printed and "2 facts not judged yet" in printed


def test_wilson_interval():
    assert [round(x, 4) for x in fp.wilson(8, 10)] == [0.4902, 0.9433]
    assert fp.wilson(0, 5)[0] == 0.0 and fp.wilson(5, 5)[1] == 1.0


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "invalid JSON"),
        ('["a list"]', "expected a JSON object"),
        ('{"kind": "cites", "id": "x", "judgement": ""}', "kind 'cites' is not one of"),
        ('{"kind": "uses", "id": "uses-0", "judgement": "correct"}', "id 'uses-0' is missing or repeated"),
        ('{"kind": "uses", "id": "y", "judgement": "right"}', "judgement 'right' is not one of"),
        ('{"kind": "uses", "id": "y", "judgement": "", "note": 3}', "note must be a string"),
    ],
)
def test_a_bad_line_is_named_by_file_and_line(tmp_path, capsys, line, message):
    judged = tmp_path / "judged.jsonl"
    judged.write_text("".join(json.dumps(r) + "\n" for r in _judged("uses", ["correct", "wrong"])) + line + "\n")
    assert fp.main(["score", str(judged)]) == 2
    error = capsys.readouterr().err
    assert f"{judged}:3: {message}" in error


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def test_score_pools_several_files(tmp_path, capsys):
    first = _write(tmp_path / "a.jsonl", _judged("uses", ["correct", "wrong"]))
    second = [{**r, "id": f"b-{r['id']}"} for r in _judged("uses", ["correct", "correct", "partly"])]
    assert fp.main(["score", str(first), str(_write(tmp_path / "b.jsonl", second))]) == 0
    assert "uses       5        3       1      1       0.60 [0.23, 0.88]" in capsys.readouterr().out


def test_a_fact_pooled_twice_is_named_by_file_and_line(tmp_path, capsys):
    first = _write(tmp_path / "a.jsonl", _judged("uses", ["correct", "wrong"]))
    again = tmp_path / "b.jsonl"
    fresh, repeated = _judged("evaluated_on", ["correct"])[0], _judged("uses", ["partly"])[0]  # id uses-0 again
    again.write_text("\n\n" + json.dumps(fresh) + "\n" + json.dumps(repeated) + "\n")
    assert fp.main(["score", str(first), str(again)]) == 2
    assert f"{again}:4: fact uses-0 is in {first} too" in capsys.readouterr().err  # blank lines counted


def test_agreement_of_two_judgings(tmp_path):
    first = _judged("uses", ["correct"] * 6 + ["partly", "wrong", "wrong", "correct"])
    second = _judged("uses", ["correct"] * 5 + ["partly", "partly", "wrong", "correct", "wrong"])
    second.append({**second[0], "id": "only-in-second"})
    (row,) = fp.agreement(first, second)
    assert (row.facts, row.same, row.both_correct, row.first_only, row.second_only) == (10, 7, 5, 2, 1)
    assert row.correct_agreement == 0.7
    assert row.precisions == (0.7, 0.6)
    # chance agreement: 0.7 * 0.6 + 0.3 * 0.4 = 0.54; kappa = (0.7 - 0.54) / 0.46
    assert round(row.kappa, 4) == round(0.16 / 0.46, 4)


def test_agreement_leaves_out_unjudged_facts_and_kinds_judged_once():
    first = _judged("uses", ["correct", ""]) + _judged("proposes", ["wrong"])
    second = _judged("uses", ["correct", "correct"])
    (row,) = fp.agreement(first, second)
    assert (row.kind, row.facts, row.kappa) == ("uses", 1, None)  # both all-correct: kappa undefined


def test_agree_prints_a_table_and_refuses_files_with_nothing_in_common(tmp_path, capsys):
    first = _write(tmp_path / "a.jsonl", _judged("evaluated_on", ["correct", "wrong"]))
    second = _write(tmp_path / "b.jsonl", _judged("evaluated_on", ["correct", "partly"]))
    table = tmp_path / "agree.md"
    assert fp.main(["agree", str(first), str(second), "--markdown", str(table)]) == 0
    assert table.read_text().splitlines()[2] == "| evaluated_on | 2 | 0.50 | 1.00 | 1.00 | 0.50 / 0.50 |"
    other = _write(tmp_path / "c.jsonl", _judged("uses", ["correct"]))
    assert fp.main(["agree", str(first), str(other)]) == 2
    assert "no fact is judged in both files" in capsys.readouterr().err


def test_agree_counts_facts_judged_once_and_refuses_another_sample(tmp_path, capsys):
    first = _write(tmp_path / "a.jsonl", _judged("uses", ["correct", "wrong", "partly"]))
    second = _write(tmp_path / "b.jsonl", _judged("uses", ["correct", "wrong", ""]))
    assert fp.main(["agree", str(first), str(second)]) == 0
    assert "1 facts judged in one file only" in capsys.readouterr().out
    other = [{**r, "fact": "X --uses--> Y"} if r["id"] == "uses-1" else r for r in _judged("uses", ["correct"] * 3)]
    other_sample = _write(tmp_path / "c.jsonl", other)
    assert fp.main(["agree", str(first), str(other_sample)]) == 2
    assert f"{other_sample}:2: fact uses-1 reads 'X --uses--> Y' here but 'f' in {first}" in capsys.readouterr().err
