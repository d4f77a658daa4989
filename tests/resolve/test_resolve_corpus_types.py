"""Corpus typing: strong evidence in some papers types a name's weakly typed occurrences in others."""

from __future__ import annotations

import itertools
import random

import pytest

from claimgraph.resolve import Resolver, resolve
from claimgraph.resolve.corpus_types import corpus_type, is_ordinary_word, is_short_acronym, is_strong
from claimgraph.resolve.registry import AliasRegistry
from tests.resolve.cases import LEXICON, ent, paper

EMPTY = AliasRegistry()


def run(*papers, corpus_typing=True):
    return resolve(papers, lexicon=LEXICON, registry=EMPTY, corpus_typing=corpus_typing)


def node_of(r, paper_id, text, type_):
    return r.entity(r.key_for(paper_id, text, type_))


# ------------------------------------------------------------------ the decision


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"Model": (1, 0), "Method": (0, 1)}, ("Model", ["Method"])),
        ({"Task": (8, 0), "Dataset": (0, 1), "Model": (0, 3)}, ("Task", ["Dataset", "Model"])),
        ({"Model": (1, 0), "Method": (0, 2)}, ("Model", [])),  # one vote against many
        ({"Model": (1, 0), "Method": (1, 0), "Dataset": (0, 1)}, (None, [])),  # a tie decides nothing
        ({"Model": (3, 0), "Method": (2, 0), "Dataset": (0, 1)}, (None, [])),  # no margin
        ({"Model": (2, 0), "Method": (1, 5), "Dataset": (0, 1)}, ("Model", ["Dataset"])),  # strong Method stays
        ({"Model": (0, 4), "Method": (0, 1)}, (None, [])),  # weak against weak decides nothing
    ],
)
def test_corpus_type(counts, expected):
    assert corpus_type(counts) == expected


def test_strong_evidence_is_a_naming_rule_that_read_the_type():
    naming = ("lexicon", "abbreviation", "title", "propose", "naming")
    assert [is_strong(e, "Model") for e in naming] == [True] * 5
    # the naming rules' default type is Method: only the lexicon's Method is strong
    assert [is_strong(e, "Method") for e in naming] == [True, False, False, False, False]
    weak = ("head-name", "model-shape", "compare", "list", "repeat", "")
    assert [is_strong(e, "Dataset") for e in weak] == [False] * 6


def test_ordinary_words_and_short_acronyms():
    assert [is_ordinary_word(w) for w in ("Bridge", "hybrid", "Visual")] == [True] * 3
    assert [is_ordinary_word(w) for w in ("Mamba", "GlaS", "SAM", "DiTaiListener-Edit", "Video Thinker")] == [False] * 5
    assert [is_short_acronym(w) for w in ("VQA", "T2V", "CLAP", "SWIR")] == [True] * 4
    assert [is_short_acronym(w) for w in ("GlaS", "FooLM", "DINOV3", "Mamba", "GPT-4", "X")] == [False] * 6


# ------------------------------------------------------------------ across papers


def test_strong_evidence_types_bare_mentions_elsewhere():
    r = run(
        paper("p1", ent("FooNet", "Model", evidence="propose")),
        paper("p2", ent("FooNet", "Method", evidence="head-name")),
    )
    assert [(e.key, e.type, e.paper_ids) for e in r.entities] == [("Model:foonet", "Model", ("p1", "p2"))]
    assert r.key_for("p2", "FooNet", "Method") == r.key_for("p2", "FooNet", "Model") == "Model:foonet"
    assert r.key_for("p2", "FooNet") == "Model:foonet"


def test_off_keeps_one_node_per_type():
    r = run(
        paper("p1", ent("FooNet", "Model", evidence="propose")),
        paper("p2", ent("FooNet", "Method", evidence="head-name")),
        corpus_typing=False,
    )
    assert [e.key for e in r.entities] == ["Method:foonet", "Model:foonet"]
    assert r.key_for("p2", "FooNet", "Model") is None


def test_weak_never_beats_strong():
    weak = [paper(f"p{i}", ent("FooNet", "Method", evidence="head-name")) for i in range(2, 6)]
    r = run(paper("p1", ent("FooNet", "Model", evidence="propose")), *weak)
    assert node_of(r, "p1", "FooNet", "Model").type == "Model"  # four weak votes do not retype it
    assert node_of(r, "p2", "FooNet", "Method").type == "Method"  # nor does one strong vote retype four weak ones
    assert len(r.entities) == 2


def test_strong_in_paper_evidence_is_never_overridden_by_the_corpus():
    r = run(
        paper("p1", ent("FooNet", "Model", evidence="propose")),
        paper("p2", ent("FooNet", "Model", evidence="title")),
        paper("p3", ent("FooNet", "Model", evidence="naming")),
        paper("p4", ent("FooNet", "Method", evidence="lexicon")),
        paper("p5", ent("FooNet", "Method", evidence="head-name")),
        paper("p6", ent("FooNet", "Dataset", evidence="list")),
    )
    assert node_of(r, "p4", "FooNet", "Method").key == "Method:foonet"
    assert node_of(r, "p5", "FooNet", "Method").key == "Method:foonet"  # its key has strong evidence: kept
    assert node_of(r, "p6", "FooNet", "Dataset").key == "Model:foonet"  # 3 strong Model against 1 strong Method
    assert {e.key for e in r.entities} == {"Method:foonet", "Model:foonet"}


def test_ties_stay_as_they_are():
    r = run(
        paper("p1", ent("FooNet", "Model", evidence="propose")),
        paper("p2", ent("FooNet", "Method", evidence="lexicon")),
        paper("p3", ent("FooNet", "Dataset", evidence="list")),
    )
    assert {e.key: e.type for e in r.entities} == {
        "Dataset:foonet": "Dataset",
        "Method:foonet": "Method",
        "Model:foonet": "Model",
    }


def test_a_default_method_retypes_nothing():
    # "we present CodeArena, ..." types it Method by default; another paper's "the CodeArena benchmark" stays
    r = run(
        paper("p1", ent("CodeArena", "Method", evidence="propose")),
        paper("p2", ent("CodeArena", "Dataset", evidence="dataset-head")),
    )
    assert {e.key: e.type for e in r.entities} == {"Dataset:codearena": "Dataset", "Method:codearena": "Method"}
    r = run(  # a proposal the text calls a model is strong
        paper("p1", ent("CodeArena", "Model", evidence="propose")),
        paper("p2", ent("CodeArena", "Method", evidence="head-name")),
    )
    assert {e.key: e.type for e in r.entities} == {"Model:codearena": "Model"}


def test_a_name_a_paper_coins_is_never_retyped():
    # "we present Solaris, a device ..." (Method by default) is not the Solaris model two other papers propose
    r = run(
        paper("p1", ent("Solaris", "Method", evidence="propose")),
        paper("p2", ent("Solaris", "Model", evidence="propose")),
        paper("p3", ent("Solaris", "Model", evidence="title")),
    )
    assert {e.key: e.paper_ids for e in r.entities} == {"Method:solaris": ("p1",), "Model:solaris": ("p2", "p3")}


def test_a_lexicon_name_keeps_its_type():
    # LoRA is a Method of the lexicon: strongly typed Model elsewhere, its weak Method use is not retyped
    r = run(
        paper("p1", ent("LoRA", "Model", evidence="propose")),
        paper("p2", ent("LoRA", "Model", evidence="propose")),
        paper("p3", ent("LoRA", "Method", evidence="head-name")),
    )
    assert node_of(r, "p3", "LoRA", "Method").type == "Method"


def test_a_set_with_strong_names_is_not_retyped():
    # p3's weak "BarNet" is one entity with a strongly typed long form in p2: the set keeps its type
    r = run(
        paper("p1", ent("BarNet", "Model", evidence="propose")),
        paper("p2", ent("Bar Network", "Method", "BarNet Alt", evidence="lexicon")),
        paper("p3", ent("BarNet", "Method", "Bar Network", evidence="head-name")),
    )
    assert node_of(r, "p3", "BarNet", "Method").type == "Method"


def test_ordinary_words_are_not_typed_by_the_corpus():
    r = run(
        paper("p1", ent("Bridge", "Method", evidence="propose")),
        paper("p2", ent("Bridge", "Dataset", evidence="head-name")),
    )
    assert node_of(r, "p2", "Bridge", "Dataset").type == "Dataset"
    assert len(r.entities) == 2


def test_short_acronyms_are_typed_by_lexicon_evidence_only():
    coined = run(
        paper("p1", ent("CLAP", "Method", evidence="naming")),  # "CLAP, Clustering to Localize Across ..."
        paper("p2", ent("CLAP", "Model", evidence="head-name")),  # the audio-text model
    )
    assert len(coined.entities) == 2
    known = run(
        paper("p1", ent("VQA", "Task", evidence="lexicon")),
        paper("p2", ent("VQA", "Dataset", evidence="dataset-head")),
    )
    assert [(e.key, e.paper_ids) for e in known.entities] == [("Task:vqa", ("p1", "p2"))]


def test_a_size_variant_types_its_family():
    r = run(
        paper("p1", ent("FooLM-7B", "Model", evidence="propose")),
        paper("p2", ent("FooLM", "Method", evidence="compare")),
    )
    family = node_of(r, "p2", "FooLM", "Method")
    assert (family.key, family.type, family.paper_ids) == ("Model:foolm", "Model", ("p2",))
    assert node_of(r, "p1", "FooLM-7B", "Model").variant_of == "Model:foolm"


def test_a_parameter_count_is_strong_evidence_for_the_family():
    sized = run(
        paper("p1", ent("FooLM-7B", "Model", evidence="model-shape")),  # "FooLM-7B outperforms ..."
        paper("p2", ent("FooLM", "Method", evidence="compare")),
    )
    assert node_of(sized, "p2", "FooLM", "Method").key == "Model:foolm"
    worded = run(  # a variant word is weak evidence: weak against weak decides nothing
        paper("p1", ent("FooLM-base", "Model", evidence="model-shape")),
        paper("p2", ent("FooLM", "Method", evidence="compare")),
    )
    assert node_of(worded, "p2", "FooLM", "Method").key == "Method:foolm"


def test_a_paper_naming_its_method_and_its_sized_models_keeps_its_method():
    # "RoTS is a synthesis framework ... our models RoTS-7B and RoTS-32B"
    r = run(paper("p1", ent("RoTS", "Method", evidence="head-name"), ent("RoTS-7B", "Model", evidence="model-shape")))
    assert node_of(r, "p1", "RoTS", "Method").type == "Method"
    r = run(  # another paper's "RoTS-7B" is evidence for it
        paper("p1", ent("RoTS", "Method", evidence="head-name")),
        paper("p2", ent("RoTS-7B", "Model", evidence="model-shape")),
    )
    assert node_of(r, "p1", "RoTS", "Method").type == "Model"


def test_a_name_spelled_otherwise_is_another_entity():
    r = run(
        paper("p1", ent("Polaris", "Method", evidence="propose")),
        paper("p2", ent("PolaRiS", "Dataset", evidence="dataset-head")),  # "the SIMPLER and PolaRiS benchmarks"
    )
    assert node_of(r, "p2", "PolaRiS", "Dataset").type == "Dataset"
    r = run(
        paper("p1", ent("Wan2.1", "Model", evidence="propose")),
        paper("p2", ent("Wan-2.1", "Method", evidence="compare")),  # hyphens and spaces are no spelling
    )
    assert node_of(r, "p2", "Wan-2.1", "Method").type == "Model"


def test_a_bare_short_form_typed_by_the_corpus_joins_its_long_form():
    papers = (
        paper("p1", ent("Quux Pretrained Transformer", "Model", "QuPTx", evidence="abbreviation")),
        paper("p2", ent("QuPTx", "Model", evidence="propose")),
        paper("p3", ent("QuPTx", "Method", evidence="head-name")),
    )
    r = run(*papers)
    assert r.key_for("p3", "QuPTx") == r.key_for("p1", "QuPTx") == "Model:quux pretrained transformer"
    off = run(*papers, corpus_typing=False)  # a short form used with two types links to no long form
    assert (off.key_for("p3", "QuPTx"), off.key_for("p2", "QuPTx")) == ("Method:quptx", "Model:quptx")


# ------------------------------------------------------------------ determinism


def corpus():
    names = [("FooNet", "Model"), ("BarNet", "Dataset"), ("FooLM", "Method"), ("VQA", "Task")]
    evidences = ["propose", "head-name", "list", "title", "lexicon", "compare"]
    rng = random.Random(7)
    papers = []
    for i in range(40):
        chosen = rng.sample(names, 2)
        papers.append(
            paper(
                f"p{i:03d}",
                *(
                    ent(text, rng.choice(["Model", "Method", "Dataset", type_]), evidence=rng.choice(evidences))
                    for text, type_ in chosen
                ),
                ent(f"FooLM-{i % 3 + 1}B", "Model", evidence="propose"),
            )
        )
    return papers


def test_the_result_does_not_depend_on_the_input_order():
    papers = corpus()
    expected = run(*papers)
    assert any(e.type != "Method" for e in expected.entities if e.key.endswith(":foolm"))
    for seed in range(3):
        shuffled = papers[:]
        random.Random(seed).shuffle(shuffled)
        assert run(*shuffled) == expected


@pytest.mark.parametrize("shard", [1, 3, 7, 40])
def test_pass_two_by_shards_gives_the_whole_resolution(shard):
    papers = corpus()
    whole = run(*papers)
    resolver = Resolver(LEXICON, EMPTY)
    mentions = [resolver.add(p) for p in papers]
    table = resolver.finish()
    for start in range(0, len(papers), shard):
        part = table.resolution(itertools.chain.from_iterable(mentions[start : start + shard]))
        for p in papers[start : start + shard]:
            for e in p.entities:
                key = whole.key_for(p.id, e.text, e.type)
                assert part.key_for(p.id, e.text, e.type) == key
                assert part.entity(key).type == whole.entity(key).type
