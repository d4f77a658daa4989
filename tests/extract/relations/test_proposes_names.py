"""Proposals named whole and rightly (misreadings of a judged fact sample): a glued coined name before an
appositive, a title phrase after the colon of a named title, the long form of an established name that the
authors train, an established name brought into a field, and theory subtitles. Hand-written, with negatives."""

import pytest

from claimgraph.extract.relations.proposes.cues import title_case_name
from tests.extract.helpers import entity_pipeline, entity_set, proposed


@pytest.fixture(scope="module")
def full_nlp():
    """Abbreviations, the packaged lexicons and proposes."""
    return entity_pipeline(abbreviations=True, proposes=True, lexicon=None)


# --- a coined name glued by hyphens ------------------------------------------------------------------------


def test_a_glued_name_before_an_appositive_is_proposed_whole(full_nlp):
    # realabs: "We propose Learn-by-interact, a data-centric framework ..." gave the name "Learn"
    text = (
        "We propose Learn-by-interact, a data-centric framework to adapt agents to any environment. "
        "Learn-by-interact synthesizes trajectories of agent-environment interactions."
    )
    assert proposed(full_nlp, text) == ["Learn-by-interact"]
    names = [name for name, _ in entity_set(full_nlp, text)]
    assert "Learn" not in names and "Learn-by-interact" in names


def test_a_spaced_phrase_before_an_appositive_is_not_grown(full_nlp):
    text = "We propose Learn by interaction, a data-centric framework to adapt agents."
    assert "Learn by interaction" not in proposed(full_nlp, text)


# --- a title phrase after the colon of a named title ---------------------------------------------------------


VITA = "VITA-VLA: Efficiently Teaching Vision-Language Models to Act via Action Expert Distillation"


def test_a_title_means_the_abstract_never_writes_is_no_proposal_beside_the_titles_name(full_nlp):
    text = "We present a new recipe for robot control. VITA-VLA improves results on LIBERO."
    assert proposed(full_nlp, text, VITA) == ["VITA-VLA"]


def test_a_title_means_the_abstract_writes_is_proposed(full_nlp):
    text = "We propose Action Expert Distillation to teach robots. VITA-VLA improves results on LIBERO."
    assert "Action Expert Distillation" in proposed(full_nlp, text, VITA)


def test_a_title_means_is_proposed_when_the_title_names_nothing_else(full_nlp):
    title = "Robust Audio-Visual Segmentation via Audio-Guided Visual Convergent Alignment"
    text = "We propose a novel method that aligns audio and video features."
    assert proposed(full_nlp, text, title) == ["Audio-Guided Visual Convergent Alignment"]


# --- established names the authors train or bring into a field ------------------------------------------------


def test_the_long_form_of_an_established_name_that_the_authors_train_is_no_proposal(full_nlp):
    # realabs: "We trained 33 You Only Look Once (YOLO) models ..." proposed YOLO, the head of outperforms
    assert proposed(full_nlp, "We trained 33 You Only Look Once (YOLO) models on 22,000 annotated images.") == []


def test_a_coined_long_form_that_the_authors_train_is_proposed(full_nlp):
    text = "We train Sparse Recurrent Fusion Transformer (SRFT), a 7B model for reasoning."
    assert "Sparse Recurrent Fusion Transformer" in proposed(full_nlp, text)


def test_an_established_name_brought_into_a_field_is_no_proposal(full_nlp):
    assert proposed(full_nlp, "Notably, this work introduces NAS to SAR object detection for the first time.") == []
    assert proposed(full_nlp, "We introduce Neural Architecture Search (NAS) into the detection pipeline.") == []


def test_an_established_name_proposed_for_a_purpose_stays(full_nlp):
    assert proposed(full_nlp, "We introduce LoRA to reduce the number of trainable parameters.") == ["LoRA"]


# --- theory subtitles ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "The Reasoning Trap: An Information-Theoretic Bound on Closed-System Reasoning",
        "DriftNet: A Theory of Reward Misspecification",
    ],
)
def test_a_title_name_before_a_theory_or_a_bound_is_a_topic(full_nlp, title):
    assert proposed(full_nlp, "We study why closed-system reasoning fails.", title) == []


def test_a_title_name_before_a_framework_is_proposed(full_nlp):
    title = "DriftNet: A Framework for Reward Misspecification"
    assert proposed(full_nlp, "We study why closed-system reasoning fails.", title) == ["DriftNet"]


# --- names of prior work -------------------------------------------------------------------------------------


def test_a_name_that_prior_work_is_termed_is_no_proposal(full_nlp):
    text = "Recent work in scene understanding, termed Relevance, has established a foundation for scheduling."
    assert proposed(full_nlp, text) == []
    text = "The generalization of DPN is validated on the existing high-resolution MLLM called LLaVA-HR."
    assert proposed(full_nlp, text) == []


def test_a_name_the_authors_term_after_a_prior_work_word_is_proposed(full_nlp):
    text = "Unlike existing methods, we propose a scheduling framework, termed RelaSched, for streaming perception."
    assert proposed(full_nlp, text) == ["RelaSched"]


# --- the owner of what is proposed ------------------------------------------------------------------------


def test_a_possessor_after_a_proposal_verb_is_no_proposal(full_nlp):
    # realabs: "This paper presents Seewo's systems for both tracks" made the team Seewo the paper's method
    text = "This paper presents Seewo's systems for both tracks of the challenge. Our systems use curriculum learning."
    assert proposed(full_nlp, text) == []
    text = "This paper presents HITSZ\u2019s submission for the IWSLT 2025 track."
    assert proposed(full_nlp, text) == []


def test_a_name_the_authors_present_before_its_own_words_is_proposed(full_nlp):
    text = "This paper presents SeewoNet, a speech model for both tracks of the challenge."
    assert proposed(full_nlp, text) == ["SeewoNet"]
    text = "We present SeewoNet, a speech model that follows Meta's recipe."
    assert proposed(full_nlp, text) == ["SeewoNet"]


# --- names of findings and background terms ---------------------------------------------------------------


def test_a_name_given_to_a_finding_is_no_proposal(full_nlp):
    # realabs: "We identify a critical scalability bottleneck, termed Structural Drift" was the paper's method
    text = "We identify a critical scalability bottleneck, termed Structural Drift: performance decays with depth."
    assert proposed(full_nlp, text) == []
    text = "We observe a recurring failure of long-context models, called Context Rot, across all benchmarks."
    assert proposed(full_nlp, text) == []


def test_a_name_given_to_a_background_term_is_no_proposal(full_nlp):
    # realabs: "LLMs with long CoT capability, termed Reasoning Models, demonstrate ..." was proposed
    text = "Language models with long reasoning capability, termed Reasoning Models, solve intricate problems."
    assert proposed(full_nlp, text) == []


def test_a_name_the_authors_coin_in_a_finding_or_passive_sentence_is_proposed(full_nlp):
    text = "We identify this gap and propose a scheduling framework, termed RelaSched, for streaming perception."
    assert proposed(full_nlp, text) == ["RelaSched"]
    text = "To this end, a dual-branch network termed QuxNet is designed for streaming perception."
    assert proposed(full_nlp, text) == ["QuxNet"]
    text = "Here, a novel retrieval module, termed RetroMix, selects the evidence."
    assert proposed(full_nlp, text) == ["RetroMix"]
    text = "We schedule tasks from easy to hard. Our method is termed E2H Reasoner. We observe that it helps."
    assert proposed(full_nlp, text) == ["E2H Reasoner"]
    text = (
        "We introduce a structured prompting framework for traffic scenes. "
        "The resulting compact model, named VISTA, understands low-resolution videos."
    )
    assert proposed(full_nlp, text) == ["VISTA"]


def test_a_named_part_the_authors_identify_is_no_proposal(full_nlp):
    # realabs: "identify a specific layer named the Massive Emergence Layer (ME Layer)" was the paper's method
    text = (
        "We study massive activations and identify a specific layer named the Massive Emergence Layer (ME Layer), "
        "where they first emerge. We then propose RigidFix to reduce the rigidity of the activations."
    )
    assert proposed(full_nlp, text) == ["RigidFix"]
    text = (
        "We propose RigidFix to reduce the rigidity of activations. "
        "In our analysis we identify the Massive Emergence Layer (MEL) module, where they first emerge."
    )
    assert proposed(full_nlp, text) == ["RigidFix"]
    text = (
        "We propose RigidFix to reduce the rigidity of activations. Specifically, we build on this observation, "
        "and a Activation Smoothing Layer (ASL) module smooths the outputs."
    )
    assert proposed(full_nlp, text) == ["RigidFix", "Activation Smoothing Layer"]
    text = (
        "We propose RigidFix to reduce the rigidity of activations. RigidFix comprises a Visual Adapter (VA) and a "
        "Text Adapter (TA). The VA mines image features, while the TA identifies key semantics through the Stacked "
        "Gating Attention (SGA) mechanism."
    )
    assert "Stacked Gating Attention" in proposed(full_nlp, text)


# --- the kind of a named proposal -------------------------------------------------------------------------


def test_a_name_used_as_the_kind_of_a_named_proposal_is_no_proposal(full_nlp):
    # realabs: "continued fine-tuning (CFT)" was proposed and became the head of outperforms
    text = (
        r"We introduce a novel paradigm, \emph{continued fine-tuning (CFT)}, which recovers pretrained knowledge. "
        "We propose a simple, model-agnostic CFT strategy (named MERGETUNE) guided by linear mode connectivity."
    )
    assert proposed(full_nlp, text) == ["MERGETUNE"]


def test_a_proposal_followed_by_its_own_kind_word_stays(full_nlp):
    text = (
        "We introduce continued fine-tuning (CFT), which recovers pretrained knowledge. "
        "The CFT strategy is simple and model-agnostic."
    )
    assert "continued fine-tuning" in proposed(full_nlp, text)


def test_a_name_termed_by_its_own_short_form_stays(full_nlp):
    # the title defines the pair in Title Case, the abstract names it in lower case: one name, not a kind of another
    title = "QSR: Quiet Sparse Routing for Long Videos"
    text = "We propose a novel quiet sparse routing algorithm, termed QSR, which skips redundant frames."
    assert "QSR" in proposed(full_nlp, text, title)


# --- an apposition that says what the name is ----------------------------------------------------------


def test_a_name_whose_apposition_calls_it_a_task_is_no_proposal(full_nlp):
    text = (
        r"To bridge this gap, we propose \textbf{stReaming drag-oriEnted interactiVe vidEo manipuLation "
        r"(REVEL)}, a new task that enables users to modify generated videos anytime."
    )
    assert proposed(full_nlp, text) == []


def test_a_name_whose_apposition_names_a_kind_besides_tasks_is_proposed(full_nlp):
    # the head is the last noun: "task" only modifies "suite"
    text = "We introduce DragBench-X, a new task suite for interactive video manipulation."
    assert proposed(full_nlp, text) == ["DragBench-X"]
    assert ("DragBench-X", "Dataset") in entity_set(full_nlp, text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        # 2507.14988: the noun phrase ends at "leveraging"; "a teacher model" does not type the name
        (
            "This paper introduces GuidedSampler, a hybrid approach leveraging a teacher model for denoising.",
            "GuidedSampler",
            "Method",
        ),
        # an attack is a method the authors propose (2504.18015 DiffUMI)
        ("We propose PromptPerturb, a novel language-guided attack on classifiers.", "PromptPerturb", "Method"),
        ("We propose QuestBench, a novel question-answering benchmark.", "QuestBench", "Dataset"),
    ],
)
def test_the_head_of_an_apposition_types_the_coined_name(full_nlp, text, name, label):
    assert name in proposed(full_nlp, text)
    assert (name, label) in entity_set(full_nlp, text)


def test_an_apposition_whose_head_is_a_metric_proposes_nothing(full_nlp):
    assert proposed(full_nlp, "We propose FooScore, a novel reference-free metric for captions.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("We construct MMRP, a multi-task medical reasoning dataset with ranked difficulty.", "MMRP"),
        ("We introduce SGX3D, a large-scale dataset containing 22,346 tasks with 112,236 steps.", "SGX3D"),
        (
            "We introduce Candidate Prior Normalization (CPN), a training-free score calibration module.",
            "Candidate Prior Normalization",
        ),
    ],
)
def test_a_name_whose_apposition_ends_in_a_kind_noun_stays_proposed(full_nlp, text, name):
    assert name in proposed(full_nlp, text)


def test_the_label_of_a_position_paper_is_no_proposal(full_nlp):
    title = "Position: Interactive Generative Video as Next-Generation Game Engine"
    assert "Position" not in proposed(full_nlp, "We argue that video models can be game engines.", title)


# --- a name before a kind noun and a colon -------------------------------------------------------------------


def test_the_name_after_a_kind_noun_and_a_colon_is_the_proposal(full_nlp):
    # 2507.03737: the title word "SLAM" was taken for the paper's method instead of S3PO-GS
    title = "Outdoor Monocular SLAM with Global Scale-Consistent 3D Gaussian Pointmaps"
    text = "To address these challenges, we propose a robust RGB-only outdoor 3DGS SLAM method: S3PO-GS."
    assert proposed(full_nlp, text, title) == ["S3PO-GS"]


def test_a_name_before_a_kind_noun_without_a_colon_stays_proposed(full_nlp):
    assert proposed(full_nlp, "We propose FooNet, a SLAM method for outdoor scenes.") == ["FooNet"]
    assert "CItruS" in proposed(full_nlp, "We propose the CItruS framework for long inputs.")
    # 2507.21419: no name after the colon
    text = "We introduce the SoftGovScore method: this method trains a model on soft labels."
    assert proposed(full_nlp, text) == ["SoftGovScore"]


# --- an established model at a size, and the start of a name the paper abbreviates ---------------------------


@pytest.mark.parametrize(
    ("text", "name", "is_proposed"),
    [
        # an established model at one size that the authors train is no new model
        ("We empirically train a Mamba-2 370M with near-perfect passkey retrieval accuracy.", "Mamba-2 370M", False),
        # a name of its own that opens with a known name stays proposed
        ("We train FooLM-7B, a new language model, with near-perfect accuracy.", "FooLM-7B", True),
        (
            "We pretrain a series of Mixture-of-Experts Vision Encoders (MoE-ViE) across a range of sizes.",
            "Mixture-of-Experts Vision Encoders",
            True,
        ),
        # the start of a longer name whose abbreviation opens with the name's first word is a fragment
        (
            "We propose Brain ResNet over trained Vision Transformer (BrainRotViT), a hybrid architecture.",
            "Brain ResNet",
            False,
        ),
        # a lower-case word before another abbreviation leaves the name whole
        ("We propose FooNet trained on remote sensing (RS) images, a hybrid architecture.", "FooNet", True),
    ],
)
def test_trained_sizes_and_abbreviated_longer_names(full_nlp, text, name, is_proposed):
    assert (name in proposed(full_nlp, text)) is is_proposed


# --- what the title says the work is for, and what a name's head noun says it is --------------------------


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # realabs: the field after the title's "for" used as a modifier is no proposal
        (
            "Tri-Modal Fusion Transformers for UAV-based Object Detection",
            "We introduce a 10,489-frame UAV dataset with synchronized RGB-thermal-event frames.",
            [],
        ),
        (
            "The Meeseeks Mesh: Spatially Consistent 3D Adversarial Objects for BEV Detector",
            "Detection in the Bird's Eye View (BEV) is the mainstream. We design a BEV spatial feature-guided "
            "optimization strategy.",
            [],
        ),
        # judged: "a new S-MAD framework" names the task of the title, not the method (R-FLoRA)
        (
            "R-FLoRA: Residual-Statistic-Gated Low-Rank Adaptation for Single-Image Morphing Attack Detection",
            "This paper presents a new Single-Image Morphing Attack Detection (S-MAD) framework that integrates "
            "residual statistics.",
            ["R-FLoRA"],
        ),
        # a name the abstract introduces on its own stays, and so does one spelling out the title's name
        (
            "Human Mesh Modeling for Anny Body",
            "We introduce Anny, a simple, fully differentiable, and scan-free human body model.",
            ["Anny"],
        ),
        (
            "CURE: A Multimodal Benchmark for Clinical Understanding and Retrieval Evaluation",
            "We introduce Clinical Understanding and Retrieval Evaluation (CURE), a benchmark of 500 cases.",
            ["CURE", "Clinical Understanding and Retrieval Evaluation"],
        ),
    ],
)
def test_the_task_or_field_the_title_says_the_work_is_for_is_no_proposal(full_nlp, title, text, expected):
    assert proposed(full_nlp, text, title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # judged: a metric and a task named by the noun right after them
        ("We introduce Calibration Shift metric, which quantifies the gap between confidence and accuracy.", []),
        ("We introduce the LReID-Hybrid task, where models learn from mixed data.", []),
        # judged: a lower-case phrase after "for" and lower-case words is what the framework is for
        ("This paper presents a novel framework for real-time foreign object intrusion (FOI) detection.", []),
        # judged: an evaluative adjective is no part of the name
        ("We propose an innovative modality dropout strategy to improve robustness.", ["modality dropout strategy"]),
        # a kind noun after the name keeps it proposed
        ("We introduce the CalShift framework, which quantifies the gap.", ["CalShift"]),
    ],
)
def test_head_nouns_and_purposes_around_a_proposed_name(full_nlp, text, expected):
    assert proposed(full_nlp, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # judged: a coined name the paper proposes on its own, run on into what it is built with
        (
            "PanoWorld: Towards Spatial Supersensing in Panorama Worlds",
            "On the model side, we introduce PanoWorld with Spherical Spatial Cross-Attention, which injects geometry.",
            ["PanoWorld"],
        ),
        # the coined name proposed nowhere alone, or no coined word: the whole name stays
        (
            "A title",
            "We propose QuaNet with Spherical Spatial Cross-Attention, which injects geometry.",
            ["QuaNet with Spherical Spatial Cross-Attention"],
        ),
        (
            "A title",
            "We propose Slot Attention with Re-Initialization and Self-Distillation, which helps.",
            ["Slot Attention with Re-Initialization and Self-Distillation"],
        ),
        # a variant the paper abbreviates is a name of its own
        (
            "PMC: Progressive Modality Cooperation for Domain Adaptation",
            "We further propose the PMC with Privileged Information (PMC-PI) method for richer sources.",
            ["PMC", "PMC with Privileged Information"],
        ),
    ],
)
def test_a_proposed_coined_name_run_on_by_a_linking_word_is_proposed_alone(full_nlp, title, text, expected):
    assert proposed(full_nlp, text, title) == expected


# --- a Title Case name ----------------------------------------------------------------------------------


def test_a_title_case_name_holds_only_capitalised_and_small_words():
    assert title_case_name("Dynamic Template Update with Mamba")
    assert title_case_name("Adaptive Multi-View & Consistency Verification")  # a sign is no word
    assert title_case_name("3D Gaussian Splatting") and title_case_name("DTLP - Net")
    assert not title_case_name("Mamba") and not title_case_name("sparse attention")
    assert not title_case_name("Style Attributes Disentanglement approach")


@pytest.mark.parametrize(
    "text,name",
    [
        # recent-dev: "To inject the appearance features ..., we propose subject-binding attention."
        ("To align the views, we propose view-binding attention.", "view-binding attention"),
        # recent-dev: "We further introduce route-aware reinforcement learning, which jointly optimizes ..."
        (
            "We further introduce load-aware token routing, which balances accuracy and cost.",
            "load-aware token routing",
        ),
        # t3k: "Finally, we devise manifold-support replay to sustain distributional support of old classes"
        ("Finally, we devise class-balanced memory replay to keep old classes.", "class-balanced memory replay"),
        # recent-dev: "Our approach introduces cross-branch supervision, where geometry cues guide ..."
        (
            "We propose FooNet. Our approach introduces cross-view supervision, where views guide each other.",
            "cross-view supervision",
        ),
    ],
)
def test_a_bare_lowercase_technique_after_the_authors_verb_is_proposed(entity_nlp, text, name):
    # session 26: no article, a hyphen compound opening a singular phrase (name_patterns/proposed.py bare_phrase)
    assert name in proposed(entity_nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a plural: a kind of thing, no name
        "We introduce class-balanced loss formulations for the long tail.",
        # a quality word opening the compound, and a dataset verb
        "We construct high-quality reasoning traces for training.",
        "We collect task-specific expert feedback from users.",
        # not the authors' verb
        "Dominant methods introduce haze-unrelated content information into the features.",
        "These methods introduce cross-view supervision into the features.",
        # the phrase goes on, or is taken as something else
        "We propose timestep-based inculcation of feedback modules.",
        "Our work introduces video-text alignment as a way to probe encoders.",
        # a study, data, an adverb, a training verb
        "We introduce primitive-level vulnerability analysis to find weak points.",
        "We construct factuality-aware preference data from pairs.",
        "We first train uni-modal encoders respectively on each modality.",
        # after the participle of a proposal verb
        "The proposed training-free algorithm is fast.",
    ],
)
def test_no_bare_lowercase_proposal(entity_nlp, text):
    assert proposed(entity_nlp, text) == []
