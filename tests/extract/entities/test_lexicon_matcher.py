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


def test_a_count_of_thousands_glued_to_a_model_is_no_variant(entity_nlp):
    found = entities(entity_nlp, "We evaluate on benchmarks including BERT-30K, ZorbEval and FlimBench.")
    assert ("BERT-30K", "Model", "BERT") not in found  # a set of 30K examples, no size of BERT
    assert ("BERT-30K", "Dataset") in {(t, label) for t, label, _ in found}
    found = entities(entity_nlp, "We fine-tune OPT-6.7b and BERT-110M on it.")
    assert {("OPT-6.7b", "Model", "OPT"), ("BERT-110M", "Model", "BERT")} <= set(found)


def test_ambiguous_entry_needs_model_context(entity_nlp):
    assert entities(entity_nlp, "Mistral winds blow.") == []
    assert [t for t, _, _ in entities(entity_nlp, "We use Mistral 7B here.")] == ["Mistral 7B"]


def test_variant_end_stops_at_prose():
    doc = spacy.blank("en")("LLaMA-2 - the model")
    assert variant_end(doc, 1, name_cues()) == 1


def _core(text, forms):
    from claimgraph.extract.entities.lexicon_matcher import core_extent
    from tests.extract.helpers import blank

    doc = blank()(text)
    start, end = core_extent(doc, 0, len(doc), tuple(forms), name_cues())
    return doc[start:end].text


def test_core_extent_drops_a_head_word_after_the_entrys_own_name():
    assert _core("F1 score", ["F1", "F1 score"]) == "F1"
    assert _core("BLEU scores", ["BLEU", "BLEU scores"]) == "BLEU"
    assert _core("F1-score", ["F1", "F1-score"]) == "F1"
    assert _core("MATH dataset", ["MATH", "MATH dataset"]) == "MATH"
    assert _core("the Pile", ["Pile", "the Pile"]) == "Pile"
    assert _core("exact match score", ["exact match", "exact match score"]) == "exact match"


def test_core_extent_keeps_words_that_are_part_of_the_name():
    # the rest is no form of the entry: the head word belongs to the name
    assert _core("Knesset Corpus", ["Knesset Corpus"]) == "Knesset Corpus"
    assert _core("BLEU", ["BLEU"]) == "BLEU"
    # "rate" is no trimmed head word
    assert _core("win rate", ["win", "win rate"]) == "win rate"


def test_core_extent_cuts_a_kind_noun_after_a_form_in_any_case():
    # the guide writes the architecture as "Transformer"; a paper's lower-case "transformer" is that form too
    forms = ["Transformer", "Transformers", "transformer architecture"]
    assert _core("transformer architecture", forms) == "transformer"
    assert _core("Transformer architectures", forms) == "Transformer"
    # a rest that is no form of the entry stays ("decoder-only" alone names nothing)
    assert _core("decoder-only architecture", ["decoder-only transformer", "decoder-only architecture"]) == (
        "decoder-only architecture"
    )


def test_trimmed_metric_and_dataset_in_the_pipeline(entity_nlp):
    found = entities(entity_nlp, "We train on the Pile and report accuracy.")
    assert ("Pile", "Dataset", "the Pile") in found


def test_thinking_and_exp_are_variant_words():
    doc = blank_doc("gemini-2.0-flash-thinking-exp wins")
    assert variant_end(doc, 1, name_cues()) == 7  # "gemini-2.0" "-flash" "-thinking" "-exp"
    doc = blank_doc("Gemini thinking is slow")  # a variant word needs to be glued on
    assert variant_end(doc, 1, name_cues()) == 1


def blank_doc(text):
    from tests.extract.helpers import blank

    return blank()(text)


def test_plural_form_of_lowercase_phrases():
    from claimgraph.extract.entities.lexicon_matcher import plural_form

    assert plural_form("false positive rate") == "false positive rates"
    assert plural_form("knowledge graph embedding") == "knowledge graph embeddings"
    assert plural_form("sentence-level accuracy") == "sentence-level accuracies"
    assert plural_form("accuracy") is None  # one word: left to the lexicon
    assert plural_form("word error rates") is None
    assert plural_form("top-k sampling 2") is None


def test_packaged_lexicon_matches_regular_plurals_unless_the_entry_lists_its_own():
    from claimgraph.extract import paper_doc
    from claimgraph.extract.pipeline import shared_pipeline
    from claimgraph.ingest.model import Paper

    nlp = shared_pipeline()
    doc = nlp(
        paper_doc(
            nlp, Paper(id="t", title="", abstract="It cuts false positive rates and gives 2x inference speedups.")
        )
    )
    found = {(s.text, s.label_) for s in doc.spans["entities"]}
    assert ("false positive rates", "Metric") in found
    assert ("inference speedups", "Metric") not in found  # "speedup" lists "speedups": no plural is added
