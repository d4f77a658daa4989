"""Coined names that only the proposal sentence marks: "we present X, a ... method"."""

from tests.extract.helpers import make_doc


def proposed(nlp, abstract, title=""):
    return [(s.text, s.label_) for s in make_doc(nlp, title, abstract)._.proposes]


def entities(nlp, abstract):
    return [(s.text, s.label_) for s in make_doc(nlp, "", abstract).spans["entities"]]


def test_a_lower_case_coined_name_before_an_appositive_is_proposed(entity_nlp):
    # realabs: "We present hyper-connections, a simple yet effective method ..." was no entity, no proposal
    text = "We present hyper-connections, a simple yet effective method that can serve as an alternative to residual."
    assert proposed(entity_nlp, text) == [("hyper-connections", "Method")]
    text = "We introduce folktexts, a software package to generate risk scores from survey data."
    assert proposed(entity_nlp, text) == [("folktexts", "Method")]


def test_the_appositive_types_the_name(entity_nlp):
    text = "We introduce mathbank, a large benchmark of competition problems for reasoning."
    assert proposed(entity_nlp, text) == [("mathbank", "Dataset")]
    text = "We present reasoner-small, a 7B reasoning model trained with reinforcement learning."
    assert proposed(entity_nlp, text) == [("reasoner-small", "Model")]


def test_later_mentions_of_the_coined_name_are_entities(entity_nlp):
    text = "We propose proxy-tuning, a lightweight decoding algorithm. Experiments show that proxy-tuning helps."
    assert entities(entity_nlp, text).count(("proxy-tuning", "Method")) == 2


def test_no_appositive_name_without_a_kind_or_for_a_task(entity_nlp):
    # a task or a metric is no proposal; an appositive without a kind noun names nothing
    assert proposed(entity_nlp, "We introduce panoptic captioning, a novel task of describing images.") == []
    assert proposed(entity_nlp, "We propose consistency, a metric of agreement between runs.") == []
    assert proposed(entity_nlp, "We present results, a comprehensive analysis of scaling.") == []
    # a determiner or a count opens a description, not a name
    assert proposed(entity_nlp, "We propose two variants, a small method and a large one.") == []
    # others' proposals are not the authors'
    assert proposed(entity_nlp, "Prior work introduced hyper-connections, a simple method.") == []
