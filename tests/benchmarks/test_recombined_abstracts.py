"""benchmarks/recombined_abstracts.py: abstracts from sentences of real ones, deterministic, never repeated, streamed.

The source records are written here by hand; one test reads ``realabs`` when it is there.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re

import pytest

from claimgraph.ingest import ingest
from claimgraph.ingest.ids import normalize_title
from tests.benchmarks.helpers import load_script

synth = load_script("recombined_abstracts")

FIELDS = ("segmentation of images", "question answering over text", "robot control policies")
STYLES = ("{}: a study of {}", "{} for {}", "{} with {}")


def source_records(count: int = 60) -> list[dict]:
    """Real-looking records: abstracts of 4 to 7 sentences, each sentence naming its abstract and position."""
    records = []
    for number in range(count):
        topic = FIELDS[number % len(FIELDS)]
        sentences = [f"We propose the model Net{number}A for {topic}."]
        sentences += [
            f"Step {position} of paper {number} uses e.g. Data{number}x{position}."
            for position in range(1, 3 + number % 4)
        ]
        sentences.append(f"Net{number}A outperforms GPT-4 on MMLU by {number}.5% in paper {number}.")
        title = STYLES[number % len(STYLES)].format(f"Net{number}A", f"{topic} number {number}")
        records.append({"id": f"r{number}", "title": title, "abstract": " ".join(sentences), "date": "2025-01-02"})
    return records


@pytest.fixture(scope="module")
def records():
    return source_records()


@pytest.fixture(scope="module")
def pools(records):
    return synth.Pools.from_records(records)


def test_split_sentences_keeps_abbreviations_and_broken_lines_together():
    text = "We use e.g. BERT and the method of Smith et al. Here. It reaches 84.3% (see Fig. 2).\nThe\nresults hold."
    assert synth.split_sentences(text) == [
        "We use e.g. BERT and the method of Smith et al. Here.",
        "It reaches 84.3% (see Fig. 2).",
        "The results hold.",
    ]


def test_topic_of_votes_by_keywords_and_title_counts_more():
    assert synth.topic_of("Speech recognition", "We segment images and videos.") == "speech"
    assert synth.topic_of("A note", "We segment images and videos.") == "vision"
    assert synth.topic_of("A note", "Nothing to vote for here.") == synth.GENERAL


def test_title_parts_split_at_a_colon_or_a_connective():
    assert synth.title_parts("Orca 2: Teaching Small Models") == (synth.COLON, "Orca 2", "Teaching Small Models")
    assert synth.title_parts("Fast Nets for Slow Data") == (synth.CONNECTIVE, "Fast Nets", "for Slow Data")
    assert synth.title_parts("Deep Sparse Classification") is None


def test_the_same_seed_gives_the_same_records_and_another_seed_others(pools):
    first = list(synth.recombined(200, seed=3, pools=pools))
    assert first == list(synth.recombined(200, seed=3, pools=pools))
    other = list(synth.recombined(200, seed=4, pools=pools))
    assert [r["abstract"] for r in first] != [r["abstract"] for r in other]
    assert [r["id"] for r in first] == [f"synth-3-{n:07d}" for n in range(200)]


def test_no_whole_text_repeats_and_every_text_is_new(records, pools):
    made = list(synth.recombined(1500, seed=0, pools=pools))
    abstracts = [r["abstract"] for r in made]
    titles = [normalize_title(r["title"]) for r in made]
    assert len(set(abstracts)) == len(abstracts)
    assert len(set(titles)) == len(titles)
    assert not set(abstracts) & {r["abstract"] for r in records}
    assert not set(titles) & {normalize_title(r["title"]) for r in records}
    assert all(title for title in titles)


def test_sentences_come_from_different_abstracts_at_the_same_position(records, pools):
    where = {}  # sentence -> (source abstract, position class)
    for number, record in enumerate(records):
        sentences = synth.split_sentences(record["abstract"])
        for position, sentence in enumerate(sentences):
            kind = "first" if position == 0 else "last" if position == len(sentences) - 1 else "middle"
            where[sentence] = (number, kind)
    for made in synth.recombined(300, seed=1, pools=pools):
        sentences = synth.split_sentences(made["abstract"])
        sources = [where[sentence][0] for sentence in sentences]
        kinds = [where[sentence][1] for sentence in sentences]
        assert len(set(sources)) == len(sources) >= 2
        assert kinds[0] == "first" and kinds[-1] == "last"
        assert set(kinds[1:-1]) <= {"middle"}


def test_fresh_names_rename_unknown_names_throughout_and_leave_the_rest(pools):
    plain = list(synth.recombined(200, seed=2, pools=pools))
    renamed = list(synth.recombined(200, seed=2, pools=pools, fresh_names=1.5))
    assert renamed == list(synth.recombined(200, seed=2, pools=pools, fresh_names=1.5))
    suffix = re.compile(r"(?<=\w)Q[A-Z]+(?![\w-])")
    coined = [name for record in renamed for name in re.findall(r"[\w-]+Q[A-Z]+(?![\w-])", record["abstract"])]
    assert len(set(coined)) >= 200  # 1 or 2 names an abstract, each a new one
    for before, after in zip(plain, renamed, strict=True):
        assert (before["id"], before.get("date")) == (after["id"], after.get("date"))
        assert suffix.sub("", after["abstract"]) == before["abstract"]
        assert suffix.sub("", after["title"]) == before["title"]
        assert "GPT-4 on MMLU" in after["abstract"]  # names of the lexicons are kept


def test_coined_suffixes_never_repeat():
    suffixes = [synth.coined(number) for number in range(2000)]
    assert len(set(suffixes)) == 2000 and suffixes[:3] == ["QA", "QB", "QC"]


def test_records_are_made_one_at_a_time(pools):
    """A trillion records cannot be held: taking the first few proves the generator streams."""
    stream = synth.recombined(10**12, seed=0, pools=pools)
    assert len(list(itertools.islice(stream, 5))) == 5


def test_a_source_too_small_for_new_texts_is_refused():
    tiny = synth.Pools.from_records([{"title": f"T{n}: x{n}", "abstract": f"First {n}. Last {n}."} for n in range(2)])
    with pytest.raises(synth.SourceTooSmall):
        list(synth.recombined(50, seed=0, pools=tiny, tries=200))


def test_written_records_are_read_by_ingest_as_distinct_papers(tmp_path, pools):
    path = tmp_path / "input.jsonl.gz"
    assert synth.write_jsonl(path, synth.recombined(300, seed=0, pools=pools)) == 300
    first = path.read_bytes()
    synth.write_jsonl(path, synth.recombined(300, seed=0, pools=pools))
    assert path.read_bytes() == first  # gzip without a time stamp: same records, same bytes
    result = ingest([path])
    assert len(result.papers) == 300 and result.duplicates == 0 and not result.problems


def test_pools_read_a_gzipped_file(tmp_path, records):
    path = tmp_path / "real.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(record) + "\n" for record in records)
    read = synth.Pools.from_file(path)
    assert len(read.templates) == len(records)
    assert len(read.real_abstracts) == len(records)


def test_vocabulary_profile_counts_types_and_bigrams_per_window():
    profile = synth.vocabulary_profile(["a b a b", "c d"], window=3, checkpoints=[2, 5])
    # tokens: a b a | b c d ; windows: {a,b} 2/3 types, bigrams (a,b),(b,a) 2/3; {b,c,d} 3/3, bigrams (c,d) 1/3
    assert profile.tokens == 6 and profile.texts == 2
    assert profile.types_per_window == pytest.approx((2 / 3 + 1) / 2)
    assert profile.bigrams_per_window == pytest.approx((2 / 3 + 1 / 3) / 2)
    assert profile.types_at == {2: 2, 5: 3, 6: 4}


def test_heaps_fit_recovers_a_power_law():
    k, beta = synth.heaps_fit({n: round(20 * n**0.5) for n in (10**4, 10**5, 10**6, 10**7)})
    assert k == pytest.approx(20, rel=0.01) and beta == pytest.approx(0.5, abs=0.001)
    assert not math.isnan(k)


@pytest.mark.skipif(not synth.REALABS.is_file(), reason="needs ../shared/data/realabs")
def test_realabs_gives_new_distinct_abstracts():
    made = list(synth.recombined(1000, seed=0))
    assert len({r["abstract"] for r in made}) == 1000
    assert len({normalize_title(r["title"]) for r in made}) == 1000
