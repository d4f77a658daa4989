from tests.extract.helpers import make_doc


def proposed(nlp, abstract, title=""):
    return [s.text for s in make_doc(nlp, title, abstract)._.proposes]


def test_author_proposal_verbs(entity_nlp):
    assert proposed(entity_nlp, "In this paper, we introduce QuaRot, a rotation method.") == ["QuaRot"]


def test_other_peoples_proposals_are_not_ours(entity_nlp):
    assert proposed(entity_nlp, "Prior work introduced QuaRot for pruning.") == []


def test_title_name_is_proposed(entity_nlp):
    assert proposed(entity_nlp, "It evicts states.", title="CItruS: Chunked State Eviction") == ["CItruS"]


def test_naming_cue(entity_nlp):
    assert proposed(entity_nlp, "Our approach, dubbed FlexiQ, prunes heads.") == ["FlexiQ"]


def test_only_methods_models_datasets(entity_nlp):
    assert proposed(entity_nlp, "We propose to study question answering.") == []


def test_our_type_word_name_is_proposed(entity_nlp):
    assert proposed(entity_nlp, "Using memory, our multi-agent framework OMNE won first place.") == ["OMNE"]


def test_lexicon_name_before_title_colon_is_proposed(entity_nlp):
    assert proposed(entity_nlp, "We train it.", title="LLaMA: Open Models") == ["LLaMA"]
