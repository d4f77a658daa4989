import spacy
from spacy.tokens import Doc, Span

from claimgraph.extract.entities.decision import long_form_type, resolve_overlaps
from claimgraph.extract.entities.name_cues import name_cues
from tests.extract.helpers import make_doc


def test_longest_span_wins_then_evidence():
    doc = spacy.blank("en")("long context question answering")
    short = Span(doc, 2, 4, label="Task")
    short.id_ = "lexicon"
    longer = Span(doc, 0, 4, label="Task")
    longer.id_ = "dataset-head"
    same_a = Span(doc, 0, 1, label="Method")
    same_a.id_ = "compare"
    same_b = Span(doc, 0, 1, label="Model")
    same_b.id_ = "lexicon"
    assert [s.text for s in resolve_overlaps([short, longer])] == ["long context question answering"]
    assert [s.label_ for s in resolve_overlaps([same_a, same_b])] == ["Model"]


def test_long_form_type_from_head_word():
    cues = name_cues()
    nlp = spacy.blank("en")
    assert long_form_type(nlp("Semantic-aware Permutation Training"), "SPT", cues) == "Method"
    assert long_form_type(nlp("Needle Retrieval Benchmark"), "NRB", cues) == "Dataset"
    assert long_form_type(nlp("expected calibration error"), "ECE", cues) == "Metric"
    assert long_form_type(nlp("aspect sentiment classification"), "ASC", cues) == "Task"
    assert long_form_type(nlp("artificial general intelligence"), "AGI", cues) is None
    assert long_form_type(nlp("out-of-distribution"), "OOD", cues) is None
    assert long_form_type(nlp("independent and identically distributed"), "IID", cues) is None
    assert long_form_type(nlp("tractable dropout inference"), "TDI", cues) == "Method"
    assert long_form_type(nlp("long-term memory"), "LTM", cues) == "Method"


def test_generic_phrases_are_dropped(entity_nlp):
    doc = make_doc(entity_nlp, "", "Large language models improve performance on question answering.")
    assert [s.text for s in doc.spans["entities"]] == ["question answering"]


def test_abbreviation_pairs_type_both_forms(entity_nlp):
    if not Doc.has_extension("abbreviations"):
        Doc.set_extension("abbreviations", default=None)
    doc = entity_nlp.make_doc("We propose Semantic-aware Permutation Training (SPT). SPT works.")
    doc._.abbreviations = [(doc[2:7], doc[8:9])]
    for _, component in entity_nlp.pipeline:
        doc = component(doc)
    texts = [(s.text, s.label_) for s in doc.spans["entities"]]
    assert texts == [
        ("Semantic-aware Permutation Training", "Method"),
        ("SPT", "Method"),
        ("SPT", "Method"),
    ]
    doc._.abbreviations = None


def test_names_grow_over_glued_parts_and_versions(entity_nlp):
    doc = make_doc(entity_nlp, "", "We compare FLAN-GPT3-175B and OPT-IML-30B on the SciQA dataset V2 today.")
    texts = [(s.text, s.label_) for s in doc.spans["entities"]]
    assert ("OPT-IML-30B", "Model") in texts
    assert ("SciQA dataset V2", "Dataset") not in texts
    doc = make_doc(entity_nlp, "", "Results on Natural Questions V2 and GSM8K v1.1 improve.")
    assert {s.text for s in doc.spans["entities"]} >= {"GSM8K v1.1"}


def test_suffix_words_are_not_name_parts(entity_nlp):
    doc = make_doc(entity_nlp, "", "We propose QuaRot-based pruning for models.")
    assert [s.text for s in doc.spans["entities"]] == ["QuaRot"]


def test_task_grows_over_hyphen_compound_modifiers(entity_nlp):
    doc = make_doc(entity_nlp, "", "We study long-context question answering and short-form QA.")
    assert [s.text for s in doc.spans["entities"]] == ["long-context question answering", "short-form QA"]


def test_a_name_found_by_context_is_found_again_later(entity_nlp):
    doc = make_doc(
        entity_nlp,
        "Cappy: Boosting Multi-Task Models",
        "Cappy is small. Later, Cappy wins and Cappy-like ideas spread.",
    )
    cappy = [s for s in doc.spans["entities"] if s.text == "Cappy"]
    assert [s.id_ for s in cappy] == ["title", "repeat", "repeat", "repeat"]
    assert len({s.label_ for s in cappy}) == 1
