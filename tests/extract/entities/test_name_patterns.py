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


def test_multiword_names_after_naming_cues(entity_nlp):
    result = found(entity_nlp, "We summarize a framework, termed Internal Consistency, which explains it.")
    assert ("Internal Consistency", "Method", "naming") in result
    result = found(entity_nlp, "In this work, we propose Chain of Code (CoC), a simple extension.")
    assert ("Chain of Code", "Method", "propose") in result


def test_multiword_names_stop_at_the_title_end(entity_nlp):
    result = found(entity_nlp, "Recent work is strong.", title="We Present Named Entity Recognition in Medicine")
    assert all(not text.endswith("Recent") for text, _, _ in result)


def test_coined_name_after_a_type_word(entity_nlp):
    result = found(
        entity_nlp, "Using it, our multi-agent framework OMNE won. We build a new dataset, HardEdit, of cases."
    )
    assert ("OMNE", "Method", "head-name") in result
    assert ("HardEdit", "Dataset") in {(text, label) for text, label, _ in result}


def test_title_phrase_ending_in_a_method_word(entity_nlp):
    result = found(
        entity_nlp, "Models depend on order.", title="Set-Based Prompting: Provably Solving Order Dependency"
    )
    assert ("Set-Based Prompting", "Method", "title") in result
    result = found(entity_nlp, "Edits matter.", title="The Butterfly Effect of Model Editing: Few Edits Break Models")
    assert not any(cue == "title" for _, _, cue in result)


def test_task_phrases_in_task_context(entity_nlp):
    result = found(entity_nlp, "We evaluate on dialogue understanding tasks and improve reasoning.")
    assert ("dialogue understanding", "Task", "task-phrase") not in result  # "understanding" is too generic
    result = found(entity_nlp, "We evaluate on cross-lingual entity detection tasks.")
    assert ("cross-lingual entity detection", "Task", "task-phrase") in result
