"""``uses`` tails that are the head itself under another name (its long form after a modifier, a longer
name that opens with the head's), a more general technique than the one the sentence names ("discrete
flow matching"), a benchmark named after a model ("the Chameleon benchmark") or a practice ("prompt
engineering"), and the lexicon forms
that named a different technique than the text."""

from __future__ import annotations

import pytest

from claimgraph.extract.lexicons import load_lexicon


def _extracted(title: str, abstract: str) -> set[tuple[str, str]]:
    """``uses`` (head, tail) pairs of the full packaged pipeline."""
    from claimgraph.extract import extract
    from claimgraph.ingest.model import Paper

    found = next(extract([Paper(id="p", title=title, abstract=abstract)]))
    return {(r.head, r.tail) for r in found.relations if r.relation == "uses"}


@pytest.mark.parametrize(
    ("title", "abstract", "pair"),
    [
        (  # the title's tail ends in the words the acronym spells, after a modifier: PGPO itself
            "PGPO: Enhancing Agent Reasoning via Pseudocode-style Planning Guided Preference Optimization",
            "We propose PGPO, a planning method for agents built on LoRA.",
            ("PGPO", "Pseudocode-style Planning Guided Preference Optimization"),
        ),
        (  # a longer name that opens with the head's: an instance the head makes, not what it uses
            "MorfFlex: A Framework for Morphological Lexicons",
            "We propose MorfFlex, a framework for morphological lexicons. As the primary example of MorfFlex "
            "in use we introduce MorfFlex CZ, a morphological dictionary of Czech.",
            ("MorfFlex", "MorfFlex CZ"),
        ),
        (  # "discrete" makes a technique of its own: the model does not use plain flow matching
            "FUDOKI: Unified Multimodal Generation",
            "We introduce FUDOKI, a unified multimodal model purely based on discrete flow matching.",
            ("FUDOKI", "flow matching"),
        ),
        (  # a model name before a dataset noun names the benchmark, not the model a result is reached on
            "ForeAgent: Detecting AI-Generated Images",
            "We propose ForeAgent, a detection agent. ForeAgent achieves state-of-the-art performance on the "
            "Chameleon benchmark, reaching 82.18% accuracy.",
            ("ForeAgent", "Chameleon"),
        ),
        (  # a practice, not a method the system is built on
            "Summit Concierge: An Event Assistant",
            "We present Summit Concierge, an event assistant. To address these challenges, Summit Concierge "
            "combines prompt engineering, retrieval grounding, and lightweight human validation.",
            ("Summit Concierge", "prompt engineering"),
        ),
        (  # a field of computing, named by its abbreviation too
            "HiPerRAG: Scientific Retrieval at Scale",
            "We introduce HiPerRAG, a RAG workflow powered by high performance computing (HPC) to index "
            "and retrieve knowledge from 3.6 million scientific articles.",
            ("HiPerRAG", "high performance computing"),
        ),
    ],
)
def test_the_head_under_another_name_and_a_more_general_technique_are_no_tails(title, abstract, pair):
    assert pair not in _extracted(title, abstract)


@pytest.mark.parametrize(
    ("title", "abstract", "pair"),
    [
        (  # the trailing words do not spell the acronym: a use
            "PGPO: Enhancing Agent Reasoning via Pseudocode-style Token Merging",
            "We propose PGPO, a planning method for agents.",
            ("PGPO", "Pseudocode-style Token Merging"),
        ),
        (  # the tail shares only the head's first word: a use
            "LLaMA Lens: Probing Language Models",
            "We propose LLaMA Lens, a probing framework. LLaMA Lens is built on LLaMA-2 Chat.",
            ("LLaMA Lens", "LLaMA-2 Chat"),
        ),
        (  # no modifier of a kind of its own before the technique
            "FUDOKI: Unified Multimodal Generation",
            "We introduce FUDOKI, a unified multimodal model purely based on flow matching.",
            ("FUDOKI", "flow matching"),
        ),
        (  # the model itself after the result: the model the method is applied to
            "ForeAgent: Detecting AI-Generated Images",
            "We propose ForeAgent, a detection agent. ForeAgent achieves average gains of 5.1% on Qwen2.5-3B.",
            ("ForeAgent", "Qwen2.5-3B"),
        ),
        (  # a method in the same list stays a use
            "Summit Concierge: An Event Assistant",
            "We present Summit Concierge, an event assistant. To address these challenges, Summit Concierge "
            "combines prompt engineering, retrieval-augmented generation, and lightweight human validation.",
            ("Summit Concierge", "retrieval-augmented generation"),
        ),
    ],
)
def test_the_same_shapes_without_the_own_name_or_kind_stay_uses(title, abstract, pair):
    assert pair in _extracted(title, abstract)


def test_lexicon_forms_name_the_technique_the_text_names():
    forms = {form: entry.name for entry in load_lexicon().entries for form in entry.forms}
    # a discrete wavelet transform is one wavelet transform; process supervision is no reward model
    assert forms["discrete wavelet transform"] == forms["DWT"] == "discrete wavelet transform"
    assert forms["wavelet transform"] == "wavelet transform"
    assert forms["process supervision"] == "process supervision"
    assert forms["process reward model"] == forms["PRM"] == "process reward model"
    # an encoder-decoder architecture (a U-Net is one) is no encoder-decoder transformer
    assert "encoder-decoder architecture" not in forms
    assert forms["encoder-decoder Transformer"] == "encoder-decoder transformer"
