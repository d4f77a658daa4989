import spacy

from claimgraph.extract.entities.lexicon_matcher import variant_end
from claimgraph.extract.entities.name_cues import name_cues
from tests.extract.helpers import make_doc


def entities(nlp, text, title=""):
    doc = make_doc(nlp, title, text)
    return [(s.text, s.label_, s.kb_id_) for s in doc.spans["entities"]]


def test_case_sensitive_forms_and_canonical(entity_nlp):
    found = entities(entity_nlp, "We compare BERT with GPT3 and bert.")
    assert ("BERT", "Model", "BERT") in found
    assert ("GPT3", "Model", "GPT-3") in found
    assert all(text != "bert" for text, _, _ in found)


def test_lowercase_forms_match_any_case(entity_nlp):
    found = entities(entity_nlp, "Results on Machine Translation and question answering.")
    assert ("Machine Translation", "Task", "machine translation") in found
    assert ("question answering", "Task", "question answering") in found


def test_model_variants_are_one_name(entity_nlp):
    found = entities(entity_nlp, "We fine-tune LLaMA-7B, Llama-2-13b-chat, OPT-6.7b and Mistral 7B.")
    texts = {t: k for t, _, k in found}
    assert texts == {"LLaMA-7B": "LLaMA", "Llama-2-13b-chat": "Llama 2", "OPT-6.7b": "OPT", "Mistral 7B": "Mistral"}


def test_ambiguous_entry_needs_model_context(entity_nlp):
    assert entities(entity_nlp, "Mistral winds blow.") == []
    assert [t for t, _, _ in entities(entity_nlp, "We use Mistral 7B here.")] == ["Mistral 7B"]


def test_variant_end_stops_at_prose():
    doc = spacy.blank("en")("LLaMA-2 - the model")
    assert variant_end(doc, 1, name_cues()) == 1
