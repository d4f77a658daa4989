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


def test_generic_step_after_a_relative_clause_is_not_proposed(entity_nlp):
    # issue #17: a generic step ("supervised fine-tuning") credited as a proposal of the PuzzleBen paper
    text = (
        "In this work, we introduce self-reinforcement, which begins with LoRA "
        "on a small collection of annotated questions."
    )
    assert proposed(entity_nlp, text) == []


def test_name_after_a_preposition_is_not_the_proposed_object(entity_nlp):
    text = "This study presents a comprehensive benchmark comparing LoRA and QuaRot on medical images."
    assert proposed(entity_nlp, text) == []


def test_proposal_right_after_the_verb_still_counts(entity_nlp):
    assert proposed(entity_nlp, "We propose QuaRot, which rotates weights to remove outliers.") == ["QuaRot"]


def test_coordinated_propose_verb_shares_the_authors_subject(entity_nlp):
    text = "Specifically, we devise a pipeline for constructing self-correction data and propose QuaRot for it."
    assert proposed(entity_nlp, text) == ["QuaRot"]


def test_name_inside_a_hyphenated_modifier_is_not_proposed(entity_nlp):
    # round 3: "a novel Mamba-based visual tracking framework" proposes the framework, not Mamba
    text = "In this paper, we propose a novel Mamba-based tracking framework that adopts a state space model."
    assert "Mamba" not in proposed(entity_nlp, text)


def test_name_before_a_hyphenated_modifier_is_skipped_for_the_next_name(entity_nlp):
    text = "In this paper, we introduce a LoRA-style method QuaRot for pruning."
    assert proposed(entity_nlp, text) == ["QuaRot"]


def test_a_hyphenated_name_itself_is_still_proposed(entity_nlp):
    assert proposed(entity_nlp, "We introduce Mamba, a tracker.") == ["Mamba"]


def test_established_name_before_a_kind_noun_is_not_proposed(entity_nlp):
    # round 4: "we introduce a self-supervised learning framework for VQA" proposed "self-supervised learning"
    text = "To bridge this gap, we introduce a chain-of-thought framework for video quality assessment."
    assert proposed(entity_nlp, text) == []


def test_kind_noun_after_an_established_name_moves_to_the_coined_name(entity_nlp):
    text = "We propose a low-rank adaptation method, QuaRot, for pruning."
    assert proposed(entity_nlp, text) == ["QuaRot"]


def test_coined_name_before_a_kind_noun_is_still_proposed(entity_nlp):
    assert proposed(entity_nlp, "We introduce the QuaRot framework for pruning.") == ["QuaRot"]


def test_name_with_its_abbreviation_before_a_hyphenated_modifier_is_not_proposed(entity_nlp):
    # round 4: "a Vision Transformer (ViT)-based semantic communication framework" proposed ViT
    text = "This paper presents a low-rank adaptation (LoRA)-based communication framework for images."
    assert proposed(entity_nlp, text) == []


def test_propose_verb_used_as_a_noun_proposes_nothing(entity_nlp):
    # round 4: "Central to our design is a block-wise SSM scanning scheme" proposed SSM
    assert proposed(entity_nlp, "Central to our design is a block-wise LoRA scanning scheme.") == []
    assert proposed(entity_nlp, "We design QuaRot, a rotation scheme.") == ["QuaRot"]
