from tests.extract.helpers import make_doc


def found(nlp, abstract, title=""):
    doc = make_doc(nlp, title, abstract)
    return {(s.text, s.label_, s.id_) for s in doc.spans["entities"]}


def test_title_name_before_colon(entity_nlp):
    result = found(entity_nlp, "Long sequence modeling matters.", title="CItruS: Chunked State Eviction")
    assert ("CItruS", "Method", "title") in result


def test_title_without_coined_name_gives_nothing(entity_nlp):
    result = found(entity_nlp, "Text.", title="Probing Natural Language Inference Models: A Study")
    assert not any(cue == "title" for _, _, cue in result)


def test_proposed_name_and_type_from_context(entity_nlp):
    result = found(entity_nlp, "We introduce FooBench, a benchmark of 500 tasks. We present QuaRot, a new method.")
    assert ("FooBench", "Dataset", "propose") in result
    assert ("QuaRot", "Method", "propose") in result


def test_dataset_heads_before_and_after(entity_nlp):
    result = found(entity_nlp, "We test on the Knesset Corpus and the SciQA dataset.")
    assert ("Knesset Corpus", "Dataset", "dataset-head") in result
    assert ("SciQA", "Dataset", "dataset-head") in result


def test_sized_model_shape(entity_nlp):
    assert ("Zorro-13B", "Model", "model-shape") in found(entity_nlp, "Our Zorro-13B model is strong.")


def test_generic_acronyms_are_not_names(entity_nlp):
    result = found(entity_nlp, "It outperforms LLMs and NLP systems on the AI benchmark.")
    assert result == set()
