from claimgraph.extract.sentences import sentence_starts
from tests.extract.helpers import blank, make_doc


def sentences(title, abstract):
    nlp = blank()
    nlp.add_pipe("claimgraph_sentences")
    return [s.text for s in make_doc(nlp, title, abstract).sents]


def test_title_is_its_own_sentence_without_punctuation():
    assert sentences("A Title Without Period", "We show X. It works.") == [
        "A Title Without Period",
        "We show X.",
        "It works.",
    ]


def test_et_al_and_abbreviations_do_not_split():
    text = "As shown by Wang et al. in prior work, e.g. on GLUE, it holds. Next one."
    assert sentences("", text) == ["As shown by Wang et al. in prior work, e.g. on GLUE, it holds.", "Next one."]


def test_closing_quote_stays_with_its_sentence():
    assert sentences("", 'They call it "magic." Then it fails.') == ['They call it "magic."', "Then it fails."]


def test_question_and_exclamation_end_sentences():
    assert sentences("", "Does it work? Yes! It does.") == ["Does it work?", "Yes!", "It does."]


def test_pure_function_on_empty_doc():
    nlp = blank()
    assert sentence_starts(nlp.make_doc(""), None) == []
