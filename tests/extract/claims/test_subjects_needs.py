"""A reported clause that states a need ("These findings highlight the need for ...") says what the field
needs, no result of anyone's: such a claim has no subject, while a result or a merit of the paper's own work
keeps it; hand-written sentences through the whole pipeline."""

from __future__ import annotations

from tests.extract.helpers import claim_subject

PROPOSAL = "We propose QuillNet, a sparse attention model for long document summarization. "


def subject(sentence: str, proposal: str = PROPOSAL) -> str | None:
    return claim_subject(proposal, sentence)


def test_findings_that_highlight_a_need_have_no_subject():
    sentence = "These findings highlight the need for sturdier evaluation protocols in document summarization."
    assert subject(sentence) is None


def test_an_adjective_before_the_need_is_passed_over():
    sentence = "Our results underscore the pressing need to rethink how summarizers are benchmarked."
    assert subject(sentence) is None


def test_a_need_after_an_indefinite_article_has_no_subject():
    sentence = "Our findings suggest a need for caution when deploying summarizers in clinical settings."
    assert subject(sentence) is None


def test_a_merit_of_the_method_keeps_the_proposal():
    sentence = "These findings highlight the effectiveness of QuillNet for long document summarization."
    assert subject(sentence) == "QuillNet"


def test_a_reported_gain_keeps_the_proposal():
    sentence = "These results highlight consistent improvements of QuillNet over dense attention baselines."
    assert subject(sentence) == "QuillNet"


def test_reducing_the_need_is_a_result_of_the_method():
    sentence = "Experiments show that our method reduces the need for manual annotation by 40%."
    assert subject(sentence) == "QuillNet"
