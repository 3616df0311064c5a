"""``kldocs check`` on code in the languages near Python (D, Java, C#, C++, Go, Rust, TypeScript): lists the code
declares in each language's own way (``double[] p = {...}``, ``let q = vec![...]``, ``p := []float64{...}``), and a
measure's value printed in a comment after the line that prints it (``writeln``, ``System.out.println``,
``println!``, ``std::cout``, ``fmt.Printf``) or stated in a test (``assertEquals``, ``assert!(... .abs() < ...)``).

Each document is written here, small, for the test; the true values are worked out here with mpmath from the numbers
the test writes into the document, never taken from kldocs.
"""

from __future__ import annotations

import mpmath
import pytest

from kldocs.checker import Report, check_text

mpmath.mp.dps = 30


def _entropy(p: list[str], base: int | None = None) -> mpmath.mpf:
    total = -mpmath.fsum(mpmath.mpf(x) * mpmath.log(mpmath.mpf(x)) for x in p if mpmath.mpf(x) > 0)
    return total / mpmath.log(base) if base else total


def _kl(p: list[str], q: list[str], base: int | None = None) -> mpmath.mpf:
    total = mpmath.fsum(
        mpmath.mpf(x) * mpmath.log(mpmath.mpf(x) / mpmath.mpf(y)) for x, y in zip(p, q, strict=True) if float(x) > 0
    )
    return total / mpmath.log(base) if base else total


def _claims(report: Report) -> list[tuple[str, str]]:
    """The claims that are not definitions: (verdict, note)."""
    return [(claim.verdict, claim.note) for claim in report.claims if claim.kind != "definition"]


def _shown(value: mpmath.mpf, digits: int) -> str:
    return mpmath.nstr(value, digits, strip_zeros=False)


P4, Q4 = ["0.25", "0.25", "0.25", "0.25"], ["0.2", "0.2", "0.2", "0.4"]
P3, Q3 = ["0.25", "0.25", "0.5"], ["0.5", "0.25", "0.25"]
COIN, BENT = ["0.5", "0.5"], ["0.9", "0.1"]
DYADIC = ["0.125", "0.125", "0.25", "0.5"]


def _d(value: str) -> str:
    return (
        "# Relative entropy in D\n\nPhobos computes it with the base of logarithm 2.\n\n```d\nimport std.numeric;\n\n"
        f"double[] p1 = [{', '.join(P4)}];\ndouble[] p2 = [{', '.join(Q4)}];\n"
        f"assert(approxEqual(kullbackLeiblerDivergence(p1, p2), {value}));\n"
        f"writeln(kullbackLeiblerDivergence(p1, p2)); // {value}\n```\n"
    )


def _java(value: str) -> str:
    return (
        "# Entropie in Java\n\nDie Entropie wird in Bit gemessen (Logarithmus zur Basis 2).\n\n```java\n@Test\n"
        f"void entropieEinerVerteilung() {{\n    final double[] p = {{{', '.join(x + 'd' for x in P3)}}};\n"
        f"    assertEquals({value}, entropy(p), 1e-6);\n}}\n```\n"
    )


def _rust(value: str) -> str:
    return (
        "# 러스트로 KL 발산 구하기\n\n자연로그를 씁니다.\n\n```rust\nfn main() {\n"
        f"    let p: Vec<f64> = vec![{', '.join(COIN)}];\n    let q = vec![{', '.join(BENT)}];\n"
        f'    println!("{{:.4}}", kl_divergence(&p, &q)); // {value}\n'
        f"    assert!((kl_divergence(&p, &q) - {value}).abs() < 1e-4);\n}}\n```\n"
    )


def _csharp(value: str) -> str:
    return (
        "# Entropía en C#\n\nUsamos el logaritmo natural.\n\n```csharp\n"
        f"var P = new double[] {{ {', '.join(P3)} }};\nConsole.WriteLine(Entropy(P)); // {value}\n```\n"
    )


def _cpp(value: str) -> str:
    return (
        "# C++ でエントロピー\n\n単位はビットです。\n\n```cpp\n"
        f"std::vector<double> Q = {{{', '.join(DYADIC)}}};\n"
        f'std::cout << "H(Q) = " << entropy(Q) << std::endl;  // {value}\n```\n'
    )


def _go(value: str) -> str:
    return (
        "# 用 Go 计算熵\n\n以 2 为底，单位是比特。\n\n```go\n"
        f"P1 := []float64{{{', '.join(BENT)}}}\n"
        f'fmt.Printf("%.4f\\n", Entropy(P1)) // {value}\n```\n'
    )


_CASES = {
    "d": (_d, _kl(P4, Q4, 2), 6),
    "java": (_java, _entropy(P3, 2), 2),
    "rust": (_rust, _kl(COIN, BENT), 4),
    "csharp": (_csharp, _entropy(P3), 5),
    "cpp": (_cpp, _entropy(DYADIC, 2), 3),
    "go": (_go, _entropy(BENT, 2), 4),
}


@pytest.mark.parametrize("language", sorted(_CASES))
def test_a_value_code_in_a_language_near_python_prints_or_tests_is_judged_on_the_lists_it_declares(
    language: str,
) -> None:
    write, truth, digits = _CASES[language]
    shown = _shown(truth, digits)
    right = _claims(check_text(write(shown), "post.md"))
    assert right and all(verdict == "holds" for verdict, _ in right)
    assert all(mpmath.nstr(truth, 10) in note for _, note in right)
    wrong = _claims(check_text(write(_shown(truth * mpmath.mpf("1.3"), digits)), "post.md"))
    assert wrong and all(verdict == "false" for verdict, _ in wrong)
    assert all(mpmath.nstr(truth, 10) in note for _, note in wrong)


def test_the_lists_each_language_declares_are_read_as_distributions() -> None:
    declared = [
        "double[] p = {0.5, 0.5};",
        "final double[] q = new double[] {0.25f, 0.75f};",
        "let mut p1: Vec<f64> = vec![0.3_f64, 0.7];",
        "let p2: [f64; 2] = [0.1, 0.9];",
        "q2 := []float64{0.2, 0.8}",
        "std::vector<double> Q = {0.6, 0.4};",
        "double P1[2] = {0.7, 0.3};",
        "val Q1 = doubleArrayOf(0.8, 0.2)",
        "auto q3 = [0.05, 0.95];",
    ]
    report = check_text("# Lists\n\n```cpp\n" + "\n".join(declared) + "\n```\n", "lists.md")
    read = [(claim.verdict, claim.text) for claim in report.claims]
    assert read == [
        ("holds", text)
        for text in (
            "p = (0.5, 0.5)",
            "q = (0.25, 0.75)",
            "p1 = (0.3, 0.7)",
            "p2 = (0.1, 0.9)",
            "q2 = (0.2, 0.8)",
            "Q = (0.6, 0.4)",
            "P1 = (0.7, 0.3)",
            "Q1 = (0.8, 0.2)",
            "q3 = (0.05, 0.95)",
        )
    ]


@pytest.mark.parametrize(
    ("language", "code"),
    [
        ("java", "double[] p = {1.0, 0.0};\np = smooth(p);\nSystem.out.println(entropy(p)); // 0.2"),
        ("rust", 'let mut p = vec![1.0, 0.0];\nnormalize(&mut p);\nprintln!("{}", entropy(&p)); // 0.2'),
        ("javascript", "const p = [1.0, 0.0];\np.sort();\nconsole.log(entropy(p)); // 0.2"),
        (
            "c",
            "double p[2] = {1.0, 0.0};\nfor (int i = 0; i < 2; i++) p[i] = (p[i] + 0.1) / 1.2;\n"
            'printf("%f", entropy(p)); // 0.2',
        ),
    ],
)
def test_a_list_code_changes_after_declaring_it_leaves_the_value_printed_unchecked(language: str, code: str) -> None:
    [(verdict, note)] = _claims(check_text(f"# Changed\n\n```{language}\n{code}\n```\n", "changed.md"))
    assert verdict == "unchecked"
    assert "a value that is not read" in note


@pytest.mark.parametrize(
    "code",
    [
        'std::vector<double> p = {0.5, 0.5};\nprintf("%.1f%%\\n", entropy(p)); // 69.3',
        'std::vector<double> p = {0.5, 0.5};\nstd::cout << entropy(p) << " " << entropy(p) << std::endl; // 0.1 0.1',
        "double[] p = {0.5, 0.5};\nSystem.out.println(divergence(p, p)); // 0.4",
    ],
)
def test_a_share_two_values_or_a_function_of_no_known_meaning_are_not_read(code: str) -> None:
    assert _claims(check_text(f"# Not read\n\n```cpp\n{code}\n```\n", "notread.md")) == []


def test_weights_that_are_no_distribution_leave_what_code_prints_of_them_unchecked() -> None:
    code = "double[] w = {2.0, 1.0, 1.0};\nSystem.out.println(entropy(w)); // 0.3"
    [(verdict, _)] = _claims(check_text(f"# Weights\n\n```java\n{code}\n```\n", "weights.md"))
    assert verdict == "unchecked"


def test_an_entropy_in_another_language_is_not_scipys_natural_one_and_takes_the_documents_base() -> None:
    code = "double[] p = {0.5, 0.25, 0.25};\nSystem.out.println(entropy(p)); // 1.5"
    [(verdict, note)] = _claims(check_text(f"# Entropy in bits\n\n```java\n{code}\n```\n", "bits.md"))
    assert verdict == "holds"
    assert "1.5 bits" in note


@pytest.mark.parametrize(
    "block",
    [
        "```go\nq := []float64{0.5, 0.5}\nq[0], q[1] = 0.8, 0.2\nfmt.Println(Entropy(q)) // 0.7219\n```\n",
        "```cpp\nstd::vector<double> q{1, 3};\nscale(q);\nstd::cout << entropy(q) << std::endl; // 0.8113\n```\n",
        "```java\ndouble[] p = {0.1, 0.2, 0.7};\ndouble[] q = {0.7, 0.2, 0.1};\nArrays.sort(q);\n"
        "System.out.println(kl(p, q)); // 0.0\n```\n",
        '```rust\nlet mut q = vec![0.2, 0.8];\nq.swap(0, 1);\nprintln!("{}", entropy(&q)); // 0.7219\n```\n',
        "```java\nstatic double entropy(double[] p) {\n    double s = 0;\n    for (double x : p) s += x * x;\n"
        "    return 1 - s;\n}\ndouble[] p = {0.5, 0.5};\nSystem.out.println(entropy(p)); // 0.5\n```\n",
        "```rust\nlet p = vec![0.5, 0.25, 0.25];\nassert!((entropy(&p) - 1.2).abs() < 0.3);\n```\n",
    ],
)
def test_values_of_lists_changed_unread_or_of_other_quantities_are_not_called_false(block: str) -> None:
    """A list changed by a call or a swap, a function named ``entropy`` that takes no logarithm (a Gini
    impurity here) and a test looser than its value's digits are not judged as the measure of the list declared."""
    claims = check_text(f"# Notes\n\nBits throughout.\n\n{block}", "a.md").claims
    assert [claim.text for claim in claims if claim.verdict == "false"] == []
