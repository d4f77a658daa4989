"""Issue #17: a number is shown with the whole name the sentence ties it to, or with none, never with a
fragment of a longer name ("BERT" of "Bangla BERT") or with an established technique that only says what
kind of system scored ("retrieval-augmented generation" for "the agent-based RAG approach");
hand-written sentences through the whole pipeline."""

from __future__ import annotations

from tests.extract.claims.test_numbers_models import owners

# --- a fragment of a longer name: the number is the whole name's


def test_a_capitalised_word_before_a_known_model_is_part_of_its_name():
    got = owners(
        "With a remarkable accuracy score of 95.65%, Bangla BERT outperforms conventional approaches, according to our "
        "trial data.",
        "We compare transformer models for Bangla text classification. ",
    )
    assert got["95.65%"] == ("score", "Bangla BERT")


def test_a_capitalised_word_after_a_known_model_is_part_of_its_name():
    got = owners(
        "Benchmarking results reveal that even though the state-of-the-art model, GPT Image, achieves 78.3% "
        "accuracy for image generation, it falls short on multimodal reasoning.",
        "We introduce FooBench, a benchmark of multimodal generation. ",
    )
    assert got["78.3%"] == ("score", "GPT Image")


def test_two_names_joined_by_a_plus_are_one_system():
    got = owners(
        "The results show that mCLIP + Gemini Pro Vision achieved the best BLEU-1 (5.34%) on the test set.",
        "We benchmark captioning pipelines for Arabic images. ",
    )
    assert got["5.34%"] == ("score", "mCLIP + Gemini Pro Vision")


def test_a_known_model_alone_keeps_its_name():
    got = owners(
        "BERT achieves 95.65% accuracy on the test set, outperforming conventional approaches, according to our "
        "trial data.",
        "We study Bangla text. ",
    )
    assert got["95.65%"] == ("score", "BERT")  # no capitalised word glued to it: the name is whole


def test_a_class_noun_before_a_name_is_not_part_of_it():
    got = owners(
        "The proposed LLM NepaliGPT achieves the following metrics in text generation: Perplexity of 26.32245 and "
        "ROUGE-1 score of 0.2604.",
        "We present NepaliGPT, a generative model for the Nepali language. ",
    )
    assert got["26.32245"][1] in (None, "NepaliGPT")


def test_a_bracketed_name_after_a_class_acronym_is_not_a_variant():
    got = owners(
        "Our experiments show that a general-purpose VLM (Qwen3-VL-8b) trained on the dataset achieves a "
        "zero-shot balanced classification accuracy of 89.67% on real OCTA images.",
        "We release FooOCT, a synthetic dataset of OCTA images. ",
    )
    assert got["89.67%"][1] != "VLM (Qwen3-VL-8b)"


# --- an established technique that names the kind of the paper's system: the score is the system's


def test_a_technique_before_a_class_noun_names_a_kind_of_system():
    got = owners(
        "Our results show that the agent-based RAG approach significantly outperforms other methods, achieving "
        "87% accuracy and 89% precision.",
        "We study retrieval-augmented generation for legal question answering. ",
    )
    assert got["87%"] == ("score", "the agent-based RAG approach")


def test_the_proposed_technique_approach_stays_the_technique():
    got = owners(
        "The proposed multimodal self-consistency approach achieved 52.56% accuracy and 54.03% precision, "
        "exceeding baseline methods.",
        "We propose a multimodal self-consistency method for meme classification. ",
    )
    assert got["52.56%"][1] is None  # the proposal, called by its technique: shown with the claim's subject


def test_our_model_is_not_a_technique_named_after_the_number():
    got = owners(
        "Our final stacking model achieved 95.40% accuracy and 92.81% precision, which demonstrates that the "
        "combination of ensemble learning and bio-inspired optimisation is effective.",
        "We present a system that detects machine-generated reviews. ",
    )
    assert got["95.40%"] == ("score", "Our final stacking model")


def test_the_proposed_method_is_not_a_technique_in_title_case_named_before():
    got = owners(
        "Empirical results demonstrate that the proposed method achieves a Mean Absolute Error (MAE) of 8.96 dB.",
        "To tackle this, we introduce a Hidden Markov Model (HMM)- based Coarse-to-Fine Inference (HCFI) framework "
        "for radio map construction. ",
    )
    assert got["8.96 dB"] == ("score", "proposed method")


def test_our_model_keeps_a_coined_name_named_after_the_number():
    got = owners(
        "Our final stacking model achieved 95.40% accuracy and 92.81% precision, which demonstrates that the "
        "combination of FooStack and bio-inspired optimisation is effective.",
        "We present a system that detects machine-generated reviews. ",
    )
    assert got["95.40%"][1] is None  # FooStack is no established technique: shown with the claim's subject


def test_the_technique_model_with_no_modifier_is_the_technique():
    got = owners(
        "The experimental results demonstrate that the BiLSTM model outperforms all ML models, achieving an "
        "accuracy of 98.87% and an F1-Score of 98.87%.",
        "We compare machine learning and deep learning models for fake news detection. ",
    )
    assert got["98.87%"][1] in (None, "Bidirectional Long Short-Term Memory", "BiLSTM")  # never "the BiLSTM model"


def test_a_name_glued_into_a_longer_word_is_not_part_of_a_longer_name():
    got = owners(
        "The success rate of D2Snap-downsampled DOM snapshots (67%) matches a grounded GUI snapshot baseline (65%).",
        "We propose D2Snap, a downsampling algorithm for DOM snapshots of web pages. ",
    )
    assert all(model != "D2Snap-downsampled DOM" for _, model in got.values())
