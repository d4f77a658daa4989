from tests.extract.helpers import blank


def tokens(text):
    return [t.text for t in blank()(text)]


def test_tilde_before_a_bracket_or_word_is_split_off():
    assert tokens("FID 2.78~(CIFAR-10) and") == ["FID", "2.78", "~", "(", "CIFAR-10", ")", "and"]
    assert tokens("GPT-4~(OpenAI)") == ["GPT-4", "~", "(", "OpenAI", ")"]
    assert tokens("BERT~[3]") == ["BERT", "~", "[", "3", "]"]


def test_tilde_before_a_digit_stays():
    assert tokens("gains of 7.33~8.26 BLEU") == ["gains", "of", "7.33~8.26", "BLEU"]  # a range
    assert tokens("~8.2 BLEU") == ["~8.2", "BLEU"]
    assert tokens("Table~1") == ["Table~1"]


def test_final_period_and_digit_slash():
    assert tokens("We use GPT-3/3.5/4.") == ["We", "use", "GPT-3", "/", "3.5", "/", "4", "."]


def test_a_single_lowercase_letter_before_a_period_ends_the_token():
    assert tokens("We train ALBERT-x. ALBERT-x is") == [
        "We",
        "train",
        "ALBERT",
        "-",
        "x",
        ".",
        "ALBERT",
        "-",
        "x",
        "is",
    ]
    assert tokens("e.g. BERT, i.e. GPT vs. T5") == ["e.g.", "BERT", ",", "i.e.", "GPT", "vs.", "T5"]


def test_latex_text_markup_is_split_off_names():
    assert tokens("We propose \\textbf{Brain3D}, a") == ["We", "propose", "\\textbf{", "Brain3D", "}", ",", "a"]
    assert tokens("\\emph{FooNet} and \\texttt{bar}.") == [
        "\\emph{",
        "FooNet",
        "}",
        "and",
        "\\texttt{",
        "bar",
        "}",
        ".",
    ]
    # markup inside a word: the brace before a letter is split off too
    assert tokens("a \\textbf{Light}weight model") == ["a", "\\textbf{", "Light", "}", "weight", "model"]


def test_plain_braces_and_backslashes_stay():
    assert tokens("the set {1,2}") == ["the", "set", "{", "1,2", "}"]  # spaCy's own prefix and suffix
    assert tokens("a \\ b") == ["a", "\\", "b"]


def test_a_bracket_glued_before_an_abbreviation_is_split_off():
    assert tokens("mean Intersection over Union(mIoU) from 48.7") == [
        "mean", "Intersection", "over", "Union", "(", "mIoU", ")", "from", "48.7",
    ]  # fmt: skip
    assert tokens("Transformer(ViT).")[:4] == ["Transformer", "(", "ViT", ")"]


def test_a_bracket_glued_before_a_number_is_split_off():
    assert tokens("GenEval++(+4.3), and")[:4] == ["GenEval++", "(", "+4.3", ")"]
    assert tokens("ReasonBench(+3.7)")[:2] == ["ReasonBench", "("]


def test_function_calls_and_plural_brackets_stay():
    assert tokens("f(X) and model(s)") == ["f(X", ")", "and", "model(s", ")"]
    assert tokens("f(2) and IoU(%)") == ["f(2", ")", "and", "IoU(%", ")"]
