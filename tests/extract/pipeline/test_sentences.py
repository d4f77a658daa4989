import pytest

from claimgraph.extract.pipeline.sentences import in_title, sentence_starts, title_token_end
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


def test_pure_function():
    assert sentence_starts([], [], None) == []
    assert sentence_starts(["Fig", ".", "3", "shows", "it", "."], [0, 3, 5, 7, 13, 15], None) == [
        True,
        False,
        False,
        False,
        False,
        False,
    ]


def test_token_table_matches_sentences():
    nlp = blank()
    nlp.add_pipe("claimgraph_sentences")
    doc = make_doc(nlp, "A Title", "We show X. It works.")
    table = doc.user_data["cg_tokens"]
    assert table.text == [t.text for t in doc]
    assert table.sentence_bounds == [(s.start, s.end) for s in doc.sents]
    assert table.sentence_end(3) == 6


def test_a_decimal_broken_by_a_space_does_not_split():
    text = "It brings a 6.1% gain in IoU, a 23. 0% improvement in FID, and more. Next one."
    assert sentences("", text) == [
        "It brings a 6.1% gain in IoU, a 23. 0% improvement in FID, and more.",
        "Next one.",
    ]


def test_an_enumerator_after_a_number_still_splits():
    assert sentences("", "It uses DINOv2. 2) It pools features.") == ["It uses DINOv2.", "2) It pools features."]


def test_a_sentence_ending_in_a_number_still_splits_before_a_capital():
    assert sentences("", "Accuracy rises to 91. The cost falls.") == ["Accuracy rises to 91.", "The cost falls."]


@pytest.mark.parametrize(
    "text",
    [
        "It beats strong baselines, e.g. GPT-4 and Llama, on every task.",
        "It compares ours vs. GPT-4 on every task.",
        "It holds across regimes (\\textit{e.g.}, W4A4) on every task.",
        "Samples are drawn from the U.S. Army survey on every task.",
        'They ask "Is this a forgery?" but also why it is.',
        "Data are independent (i.i.d.) training samples in every task.",
    ],
)
def test_abbreviations_and_quotes_do_not_split(text):
    assert sentences("", text) == [text]


def test_etc_before_a_capital_ends_the_sentence():
    assert sentences("", "It covers images, audio, etc. The rest follows.") == [
        "It covers images, audio, etc.",
        "The rest follows.",
    ]


def test_in_title_and_title_token_end_read_the_title_offset():
    nlp = blank()
    nlp.add_pipe("claimgraph_sentences")
    doc = make_doc(nlp, "A Short Title", "We show X.")
    assert title_token_end(doc) == 3
    assert [in_title(doc, i) for i in range(len(doc))] == [True] * 3 + [False] * 4
    untitled = make_doc(nlp, "", "We show X.")
    assert title_token_end(untitled) == 0
    assert not any(in_title(untitled, i) for i in range(len(untitled)))
