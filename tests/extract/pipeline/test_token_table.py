"""The cached text readers of token_table give what spaCy's Doc.text and Span.text give."""

from spacy.tokens import Span

from claimgraph.extract.entities.evidence import get_evidence, set_evidence
from claimgraph.extract.pipeline.token_table import doc_text, span_text, tokens_text
from tests.extract.helpers import blank, make_doc

TEXT = "Fine-tuned  LLaMA-7B (ours) beats GPT-4 on GSM8K, e.g. by 3.5%!  Really."


def test_doc_text_is_the_doc_text():
    doc = blank()(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    assert doc_text(make_doc(blank(), "A Title", TEXT)) == "A Title " + TEXT


def test_span_text_is_span_text_for_every_span():
    doc = blank()(TEXT)  # double spaces give whitespace tokens; spans may end before one
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_evidence_functions_match_the_extension():
    doc = blank()(TEXT)
    span = Span(doc, 2, 5, label="Model")
    assert get_evidence(span) == span._.evidence == ""
    set_evidence(span, "propose")
    assert span._.evidence == get_evidence(span) == "propose"
    span._.evidence = "lexicon"  # stronger evidence wins, through either door
    assert get_evidence(Span(doc, 2, 5, label="Model")) == "lexicon"
    set_evidence(span, "repeat")  # weaker: kept as it was
    assert span._.evidence == "lexicon"


def test_tokens_text_is_the_text_of_every_token_range():
    doc = blank()(TEXT)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 3):  # an end past the doc is clipped, as in doc[start:end]
            assert tokens_text(doc, start, end) == doc[start:end].text
    assert tokens_text(doc, 4, 2) == doc[4:2].text == ""
