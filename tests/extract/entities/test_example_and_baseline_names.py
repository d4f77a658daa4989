"""Names listed as examples inside a parenthesis that opens with "e.g." / "such as" after a type word, and the
coined name of a baseline next to the word "baseline" (entities/name_patterns/examples.py, head_names.py).
Hand-written sentences, positive and negative."""

from tests.extract.helpers import entity_set as found
from tests.extract.helpers import make_doc


def test_examples_in_a_parenthesis_after_a_type_word(entity_nlp):
    result = found(entity_nlp, "We compare graph search algorithms (e.g., ZorbWalk, QuuxHop) on six corpora.")
    assert {("ZorbWalk", "Method"), ("QuuxHop", "Method")} <= result
    result = found(entity_nlp, "It improves on current strong baselines (e.g., FlimCluster) by 3%.")
    assert any(text == "FlimCluster" for text, _ in result)
    result = found(entity_nlp, "Large diffusion models (such as QuuxDiT and ZorbGen-2) are slow to sample.")
    assert {("QuuxDiT", "Model"), ("ZorbGen-2", "Model")} <= result


def test_one_example_is_enough_after_e_g(entity_nlp):
    result = found(entity_nlp, "Older registration algorithms (e.g., ZorbReg) take days per subject.")
    assert ("ZorbReg", "Method") in result


def test_a_parenthesis_without_an_example_word_still_needs_two_names(entity_nlp):
    result = found(entity_nlp, "We compare pruning techniques (QuuxPrune) on the data.")
    assert not any(text == "QuuxPrune" for text, _ in result)  # one name alone may be the phrase's abbreviation


def test_a_role_after_as_is_no_example(entity_nlp):
    result = found(entity_nlp, "Our agent helps search techniques (as ZorbSearchers) on hard questions.")
    assert not any(text == "ZorbSearchers" for text, _ in result)


def test_a_coined_name_before_or_after_the_word_baseline(entity_nlp):
    result = found(entity_nlp, "It outperforms the sequential ZorbTravel baseline by 8 points.")
    assert ("ZorbTravel", "Method") in result
    result = found(entity_nlp, "It runs 31 times faster than the adaptive baseline (Quux-CV) on video.")
    assert ("Quux-CV", "Method") in result


def test_no_baseline_name_from_an_acronym_a_lowercase_word_or_a_plural(entity_nlp):
    result = found(entity_nlp, "Training is as stable as with an FP8 baseline at large scale.")
    assert not any(text == "FP8" for text, _ in result)
    result = found(entity_nlp, "It leads every reproduced sub-1B baseline on the hard split.")
    assert not any(text == "sub-1B" for text, _ in result)
    result = found(entity_nlp, "It clearly beats the LLM and ZorbRM baselines on all tasks.")
    assert ("ZorbRM", "Method") not in result  # a name before a plural is as often a class


def test_a_baseline_name_is_no_proposal(entity_nlp):
    doc = make_doc(entity_nlp, "", "We present FlimSeg. It gains 1.4 points over our QuuxLong baseline.")
    assert ("QuuxLong", "Method") in {(s.text, s.label_) for s in doc.spans["entities"]}
    assert "QuuxLong" not in {s.text for s in doc._.proposes}


def test_names_listed_as_backbones(entity_nlp):
    result = found(entity_nlp, "Our module plugs into SR backbones (e.g., ZorbSR, Quux-SR, FlimNet) with gains.")
    assert {"ZorbSR", "Quux-SR", "FlimNet"} <= {text for text, _ in result}
    result = found(entity_nlp, "It helps strong skeleton backbones such as GaitZorb and GaitQuux on two sets.")
    assert {"GaitZorb", "GaitQuux"} <= {text for text, _ in result}


def test_a_listed_name_before_a_kind_word_only_modifies_it(entity_nlp):
    result = found(entity_nlp, "Two schemes serve as backbones: Zorb-Quux Models (ZQMs), which align text.")
    assert not any(text == "Zorb-Quux" for text, _ in result)


def test_examples_of_a_plural_model_class_word_are_models(entity_nlp):
    result = found(entity_nlp, "It is little studied in single-stream diffusion transformers (e.g., Zorb-Image).")
    assert ("Zorb-Image", "Model") in result
    result = found(entity_nlp, "We fine-tune VLAs such as ZorbAct and QuuxVLA on real robots.")
    assert {("ZorbAct", "Model"), ("QuuxVLA", "Model")} <= result
    result = found(entity_nlp, "It plugs into strong backbones (e.g., ZorbNet, Quux-SR) with gains.")
    assert {("ZorbNet", "Model"), ("Quux-SR", "Model")} <= result


def test_a_capitalised_example_of_a_model_class_in_brackets(entity_nlp):
    result = found(entity_nlp, "It was studied in dual-stream architectures (e.g., Zorble), not elsewhere.")
    assert ("Zorble", "Model") in result
    result = found(entity_nlp, "Most text is written in many languages (e.g., Zorble) by hand.")
    assert not any(text == "Zorble" for text, _ in result)  # no type word: no example read


def test_a_plain_capitalised_model_among_coined_ones_with_an_alias(entity_nlp):
    result = found(entity_nlp, "We attack three VLM architectures: Dolphy, ZorbDrive (Zorb-L), and QuuxVAD.")
    assert {("Dolphy", "Model"), ("ZorbDrive", "Model"), ("QuuxVAD", "Model")} <= result
    result = found(entity_nlp, "We study models such as Dolphy, Whale and Shark in the wild.")
    assert not any(text in {"Dolphy", "Whale", "Shark"} for text, _ in result)  # no coined name in the list


def test_no_model_from_a_class_or_from_a_list_of_known_architectures(entity_nlp):
    result = found(entity_nlp, "It protects generative architectures (GANs, ZAEs, VAEs) from misuse.")
    assert not any(text == "ZAEs" for text, _ in result)  # a plural acronym names a class
    result = found(entity_nlp, "It protects generative architectures (ZANsformer, QuuxGen, VAEs) from misuse.")
    assert ("ZANsformer", "Model") in result  # it opens like "ZANs" but the whole word is a name
    result = found(entity_nlp, "It beats adapter architectures including LoRA, Zorb-Adapter and FlimTune.")
    assert ("Zorb-Adapter", "Method") in result  # a known method in the list: architectures, not models
    assert ("Zorb-Adapter", "Model") not in result
    result = found(entity_nlp, "Two schemes serve as foundation backbones: Zorb-Quux Models (ZQMs), which align.")
    assert not any(text == "Zorb-Quux" for text, _ in result)
