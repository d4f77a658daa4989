"""Resolution of spelling variants, abbreviations and lexicon aliases."""

from __future__ import annotations

from dataclasses import replace

from claimgraph.extract.lexicons import Lexicon, LexiconEntry
from claimgraph.resolve import resolve
from claimgraph.resolve.registry import AliasRegistry, load_registry
from tests.resolve.cases import LEXICON, ent, paper

EMPTY = AliasRegistry()


def by_key(resolution):
    return {entity.key: entity for entity in resolution.entities}


def test_case_hyphen_and_space_variants_are_one_node():
    r = resolve(
        [paper("p1", ent("GPT-3")), paper("p2", ent("GPT3")), paper("p3", ent("gpt 3"))],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    assert [e.key for e in r.entities] == ["Model:gpt3"]
    node = r.entities[0]
    assert node.aliases == ("GPT-3", "GPT3", "gpt 3")
    assert node.paper_ids == ("p1", "p2", "p3")
    assert {r.key_for(p, t) for p, t in [("p1", "GPT-3"), ("p2", "GPT3"), ("p3", "gpt 3")]} == {"Model:gpt3"}


def test_abbreviation_within_a_paper_is_one_entity():
    r = resolve(
        [paper("p1", ent("Semantic-aware Permutation Training", "Method", "SPT"))],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    (node,) = r.entities
    assert node.key == "Method:semantic aware permutation training"
    assert node.label == "Semantic-aware Permutation Training"
    assert r.key_for("p1", "SPT") == node.key


def test_short_form_links_across_papers_when_unambiguous():
    r = resolve(
        [
            paper("p1", ent("Semantic-aware Permutation Training", "Method", "SPT")),
            paper("p2", ent("SPT", "Method")),
            paper("p3", ent("semantic aware permutation training", "Method", "SPT")),
        ],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    (node,) = r.entities
    assert node.label == "Semantic-aware Permutation Training"  # a long form, not "SPT"
    assert node.paper_ids == ("p1", "p2", "p3")
    assert r.key_for("p2", "SPT") == node.key


def test_short_form_with_two_expansions_stays_separate():
    r = resolve(
        [
            paper("p1", ent("Semantic-aware Permutation Training", "Method", "SPT")),
            paper("p2", ent("Sparse Prefix Tuning", "Method", "SPT")),
            paper("p3", ent("SPT", "Method")),
        ],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    assert sorted(by_key(r)) == [
        "Method:semantic aware permutation training",
        "Method:sparse prefix tuning",
        "Method:spt",
    ]
    assert r.key_for("p1", "SPT") == "Method:semantic aware permutation training"
    assert r.key_for("p2", "SPT") == "Method:sparse prefix tuning"
    assert r.key_for("p3", "SPT") == "Method:spt"
    assert by_key(r)["Method:spt"].paper_ids == ("p3",)


def test_a_short_form_a_paper_coins_without_spelling_it_out_is_not_another_papers_long_form():
    """ "We propose SAGE, ..." (no long form) is that paper's own SAGE, not another paper's "Specialized Analyzer
    Group for Expert-like Detection (SAGE)": the letters mean what the paper that uses them says, and the coining
    paper says nothing of that long form. Without the proposal the bare use joins the only expansion."""
    expanded = ent("Specialized Analyzer Group for Expert-like Detection", "Method", "SAGE")
    coining = replace(paper("p2", ent("SAGE", "Method")), proposes=("SAGE",))
    r = resolve([paper("p1", expanded), coining], lexicon=LEXICON, registry=EMPTY)
    assert r.key_for("p1", "SAGE") == "Method:specialized analyzer group for expert like detection"
    assert r.key_for("p2", "SAGE") == "Method:sage"
    assert by_key(r)["Method:sage"].label == "SAGE"
    r = resolve([paper("p1", expanded), paper("p2", ent("SAGE", "Method"))], lexicon=LEXICON, registry=EMPTY)
    assert r.key_for("p2", "SAGE") == r.key_for("p1", "SAGE")


def test_short_form_used_with_two_types_stays_separate():
    r = resolve(
        [
            paper("p1", ent("Adaptive Rank Control", "Method", "ARCo")),
            paper("p2", ent("ARCo", "Dataset")),
            paper("p3", ent("ARCo", "Method")),
        ],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    assert r.key_for("p3", "ARCo") == "Method:arco"
    assert r.key_for("p1", "ARCo") == "Method:adaptive rank control"
    assert r.key_for("p2", "ARCo") == "Dataset:arco"


def test_lexicon_aliases_share_the_canonical_node():
    r = resolve(
        [
            paper("p1", ent("LLaMA 2")),
            paper("p2", ent("Llama2")),
            paper("p3", ent("LLaMA-2")),
            paper("p4", ent("Chain-of-Thought prompting", "Method", "CoT")),
            paper("p5", ent("Low-Rank Adaptation", "Method")),
            paper("p6", ent("LoRA", "Method")),
        ],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    nodes = by_key(r)
    llama2 = nodes["Model:llama2"]
    assert (llama2.label, llama2.canonical, llama2.paper_ids) == ("Llama 2", "Llama 2", ("p1", "p2", "p3"))
    assert r.key_for("p4", "Chain-of-Thought prompting") == "Method:chain of thought"
    assert nodes["Method:chain of thought"].label == "chain-of-thought"
    assert r.key_for("p5", "Low-Rank Adaptation") == r.key_for("p6", "LoRA") == "Method:lora"


def test_extractor_canonical_anchors_the_entity():
    r = resolve(
        [
            paper("p1", ent("CoT reasoning", "Method", canonical="chain-of-thought")),
            paper("p2", ent("chain of thought", "Method")),
        ],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    (node,) = r.entities
    assert node.key == "Method:chain of thought"
    assert node.canonical == "chain-of-thought"
    assert node.aliases == ("CoT reasoning", "chain of thought")


def test_registry_alias_merges_names_normalisation_keeps_apart():
    r = resolve(
        [paper("p1", ent("BigBench Hard", "Dataset")), paper("p2", ent("BIG-Bench Hard", "Dataset"))],
        lexicon=LEXICON,
        registry=load_registry(),
    )
    (node,) = r.entities
    assert node.label == "BIG-Bench Hard"
    assert node.paper_ids == ("p1", "p2")
    without = resolve(
        [paper("p1", ent("BigBench Hard", "Dataset")), paper("p2", ent("BIG-Bench Hard", "Dataset"))],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    assert len(without.entities) == 2


def test_key_for_typed_and_normalised_lookups():
    r = resolve(
        [paper("p1", ent("ARC", "Dataset"), ent("ARC", "Method"), ent("GPT-3"))],
        lexicon=LEXICON,
        registry=EMPTY,
    )
    assert r.key_for("p1", "ARC", "Method") == "Method:arc"
    assert r.key_for("p1", "ARC", ("Task", "Dataset")) == "Dataset:arc"
    assert r.key_for("p1", "GPT 3") == "Model:gpt3"
    assert r.key_for("p1", "GPT-4") is None
    assert r.key_for("p2", "GPT-3") is None
    assert r.entity("Model:gpt3").label == "GPT-3"


def test_result_does_not_depend_on_input_order():
    papers = [
        paper("p1", ent("Semantic-aware Permutation Training", "Method", "SPT"), ent("LLaMA-7B")),
        paper("p2", ent("SPT", "Method"), ent("GPT 3"), ent("Llama-2-13b-chat")),
        paper("p3", ent("GPT-3"), ent("BERT-base")),
    ]
    forward = resolve(papers, lexicon=LEXICON, registry=EMPTY)
    backward = resolve(list(reversed(papers)), lexicon=LEXICON, registry=EMPTY)
    assert forward == backward
    assert dict(forward.key_of) == dict(backward.key_of)


def test_resolution_pickles():
    import pickle

    r = resolve([paper("p1", ent("LLaMA-7B"), ent("GPT-3"))], lexicon=LEXICON, registry=EMPTY)
    copy = pickle.loads(pickle.dumps(r))
    assert copy == r
    assert copy.key_for("p1", "GPT 3") == "Model:gpt3"
    assert copy.entity("Model:llama7b").params == 7e9


def test_a_short_form_the_paper_defines_otherwise_is_not_the_lexicons():
    # issue #17: "Efficient Multi-scale Attention (EMA)" is not the lexicon's EMA (exponential moving average)
    lexicon = Lexicon(
        entries=(LexiconEntry("exponential moving average", "Method", ("exponential moving average", "EMA")),),
        generic=frozenset(),
    )
    extractions = [
        paper("p1", ent("Efficient Multi-scale Attention", "Method", "EMA", evidence="abbreviation")),
        paper("p2", ent("EMA", "Method")),
        paper("p3", ent("exponential moving averages", "Method", "EMA", evidence="abbreviation")),
    ]
    r = resolve(extractions, lexicon=lexicon, registry=EMPTY)
    assert r.key_for("p1", "EMA") == "Method:efficient multi scale attention"
    assert by_key(r)[r.key_for("p1", "EMA")].canonical is None
    # a bare EMA and a long form that agrees with the lexicon's (plural, hyphens aside) are the lexicon's entity
    assert r.key_for("p2", "EMA") == r.key_for("p3", "EMA") != r.key_for("p1", "EMA")
    assert by_key(r)[r.key_for("p2", "EMA")].canonical == "exponential moving average"


def test_a_long_form_spelled_differently_still_reaches_the_lexicon_through_its_short_form():
    lexicon = Lexicon(entries=(LexiconEntry("LoRA", "Method", ("LoRA", "low-rank adaptation")),), generic=frozenset())
    r = resolve([paper("p1", ent("Low Rank Adaption", "Method", "LoRA"))], lexicon=lexicon, registry=EMPTY)
    assert by_key(r)[r.key_for("p1", "LoRA")].canonical == "LoRA"


def test_an_ambiguous_abbreviation_is_expanded_only_by_the_papers_own_definition():
    """Issue #17: KaSA's bare "FFT" (full fine-tuning) was shown as the Fourier transform. "FFT" is marked
    ``ambiguous_abbreviations`` in the lexicon: a paper that defines it by the lexicon's long form keeps the
    expansion, a bare use keeps its own name, and bare uses do not join the corpus's one expansion."""
    from claimgraph.resolve import resolve as resolve_all

    r = resolve_all(
        [
            paper("p1", ent("fast Fourier transform", "Method", "FFT", canonical="Fourier transform")),
            paper("p2", ent("FFT", "Method", canonical="Fourier transform")),
            paper("p3", ent("FFT", "Method", "Fast Fourier Transform", canonical="Fourier transform")),
            paper("p4", ent("full fine-tuning", "Method", "FFT")),
        ],
        registry=EMPTY,
    )
    fourier = r.key_for("p1", "fast Fourier transform")
    assert r.entity(fourier).label == "Fourier transform"
    assert r.key_for("p1", "FFT") == fourier and r.key_for("p3", "FFT") == fourier
    assert r.entity(r.key_for("p2", "FFT")).label == "FFT"
    assert r.key_for("p4", "FFT") != fourier


def test_a_papers_own_definition_of_a_known_abbreviation_comes_first():
    """Issue #17: "Iterative Patch Optimization (IPO)" was shown as identity preference optimization."""
    lexicon = Lexicon(
        entries=(
            LexiconEntry("identity preference optimization", "Method", ("identity preference optimization", "IPO")),
            LexiconEntry("ViT", "Model", ("ViT",)),
        ),
        generic=frozenset(),
    )
    r = resolve(
        [
            paper(
                "p1", ent("IPO", "Method", "Iterative Patch Optimization", canonical="identity preference optimization")
            ),
            paper("p2", ent("IPO", "Method", canonical="identity preference optimization")),
            paper(
                "p3",
                ent("IPO", "Method", "Identity Preference Optimisation", canonical="identity preference optimization"),
            ),
            paper("p4", ent("ViT", "Model", "Vision Transformer", canonical="ViT")),
            paper("p5", ent("IPO", "Method", "as an offline objective", canonical="identity preference optimization")),
        ],
        lexicon=lexicon,
        registry=EMPTY,
    )
    own = r.entity(r.key_for("p1", "IPO"))
    assert own.label == "Iterative Patch Optimization" and own.canonical is None
    known = r.key_for("p2", "IPO")
    assert r.entity(known).label == "identity preference optimization"
    assert r.key_for("p3", "IPO") == known and own.key != known
    assert r.entity(r.key_for("p4", "ViT")).label == "ViT"  # no long form listed to disagree with
    assert r.key_for("p5", "IPO") == known  # a phrase whose initials do not spell IPO is no definition


def test_a_defined_short_form_sharing_only_some_words_with_the_lexicons_long_form_is_the_papers():
    """Issue #17: "Multi-View Slot attention (MVS)" was keyed to multi-view stereo, "Semi-supervised Learning
    (SSL)" to self-supervised learning: a known long form's word missing from the paper's, and one of the paper's
    missing from it, make another thing. A dropped or added qualifier, a hyphen written as one word, or one word
    swapped in a long name keep the lexicon's entry."""
    lexicon = Lexicon(
        entries=(
            LexiconEntry("multi-view stereo", "Method", ("multi-view stereo", "MVS")),
            LexiconEntry("self-supervised learning", "Method", ("self-supervised learning", "SSL")),
            LexiconEntry("3D Gaussian Splatting", "Method", ("3D Gaussian Splatting", "3DGS")),
            LexiconEntry("GRPO", "Method", ("group relative policy optimization", "GRPO")),
        ),
        generic=frozenset(),
    )
    r = resolve(
        [
            paper("p1", ent("Multi-View Slot attention", "Method", "MVS", evidence="abbreviation")),
            paper("p2", ent("Semi-supervised Learning", "Method", "SSL", evidence="abbreviation")),
            paper("p3", ent("multiview stereo", "Method", "MVS", evidence="abbreviation")),
            paper("p4", ent("3D Gaussian", "Method", "3DGS", evidence="abbreviation")),
            paper("p5", ent("group relative preference optimization", "Method", "GRPO", evidence="abbreviation")),
        ],
        lexicon=lexicon,
        registry=EMPTY,
    )
    assert r.entity(r.key_for("p1", "MVS")).label == "Multi-View Slot attention"
    assert r.entity(r.key_for("p2", "SSL")).label == "Semi-supervised Learning"
    assert r.entity(r.key_for("p3", "MVS")).label == "multi-view stereo"
    assert r.entity(r.key_for("p4", "3DGS")).label == "3D Gaussian Splatting"
    assert r.entity(r.key_for("p5", "GRPO")).label == "GRPO"


def test_a_defined_name_containing_a_lexicon_name_does_not_take_its_canonical():
    """Issue #17: "Semantic-Fast-SAM (SFS)" (found by its abbreviation, with the canonical of the SAM inside it)
    was shown as SAM. An extractor canonical counts for a name found by another rule than the lexicon only when
    one of its forms is a form of that entry ("Low-Rank Adaptation (LoRA)")."""
    lexicon = Lexicon(
        entries=(
            LexiconEntry("SAM", "Model", ("SAM", "Segment Anything Model")),
            LexiconEntry("LoRA", "Method", ("LoRA", "Low-Rank Adaptation")),
        ),
        generic=frozenset(),
    )
    r = resolve(
        [
            paper("p1", ent("Semantic-Fast-SAM", "Model", "SFS", canonical="SAM", evidence="abbreviation")),
            paper("p2", ent("Segment Anything Model", "Model", "SAM", canonical="SAM")),
            paper("p3", ent("Low Rank Adaptation", "Method", "LoRA", canonical="LoRA", evidence="abbreviation")),
        ],
        lexicon=lexicon,
        registry=EMPTY,
    )
    own = r.entity(r.key_for("p1", "SFS"))
    assert own.label == "Semantic-Fast-SAM" and own.canonical is None
    assert r.key_for("p1", "SFS") != r.key_for("p2", "SAM")
    assert r.entity(r.key_for("p3", "LoRA")).canonical == "LoRA"


def test_a_short_form_the_paper_defines_by_apposition_is_not_the_lexicons():
    """Issue #17: "We propose STAR, a Structure Aware Routing ..." was shown as the lexicon's self-taught
    reasoner; the paper's own definition, written as an apposition, comes first (extract, then resolve)."""
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    abstract = "We propose STAR, a Structure Aware Routing for mixtures of experts. STAR is stable."
    extractions = list(extract([Paper(id="p1", title="Routing experts", abstract=abstract)]))
    r = resolve(extractions)
    node = r.entity(r.key_for("p1", "Structure Aware Routing"))
    assert node.label == "Structure Aware Routing" and "STAR" in node.aliases
    assert node.canonical is None  # no lexicon entry's name


def test_an_acronym_a_paper_proposes_without_spelling_it_out_is_not_the_lexicons_long_form():
    """Issue #17: "We propose MOLE, a routing framework for ..." (no long form) coins the letters the lexicon
    spells out as another name (here "mixture of low-rank experts"): the paper's MOLE is keyed in that paper
    alone, labelled MOLE, with no lexicon entry. A paper that only uses MOLE, or proposes a name whose
    lexicon entry is itself an acronym (DataComp-LM for DCLM) or the same name ("Self-Critique"), keeps the
    lexicon's node."""
    lexicon = Lexicon(
        entries=(
            LexiconEntry("mixture of low-rank experts", "Method", ("mixture of low-rank experts", "MOLE")),
            LexiconEntry("DCLM", "Dataset", ("DCLM", "DataComp-LM")),
            LexiconEntry("self-critique", "Method", ("self-critique",)),
        ),
        generic=frozenset(),
    )
    coining = replace(paper("p1", ent("MOLE", "Method", canonical="mixture of low-rank experts")), proposes=("MOLE",))
    using = paper("p2", ent("MOLE", "Method", canonical="mixture of low-rank experts"))
    release = replace(paper("p3", ent("DataComp-LM", "Dataset", canonical="DCLM")), proposes=("DataComp-LM",))
    spelled = replace(
        paper("p4", ent("mixture of low-rank experts", "Method", "MOLE", evidence="abbreviation")), proposes=("MOLE",)
    )
    capitalised = replace(paper("p5", ent("Self-Critique", "Method")), proposes=("Self-Critique",))
    r = resolve([coining, using, release, spelled, capitalised], lexicon=lexicon, registry=EMPTY)
    own = r.entity(r.key_for("p1", "MOLE"))
    assert own.label == "MOLE" and own.canonical is None and own.paper_ids == ("p1",)
    assert r.key_for("p2", "MOLE") == r.key_for("p4", "MOLE") == "Method:mixture of low rank expert"
    assert r.key_for("p3", "DataComp-LM") == "Dataset:dclm"
    assert r.key_for("p5", "Self-Critique") == "Method:self critique"  # the lexicon's name in capitals
