"""Templates, packaged and the user's: sandboxed, bounded, and every failure one --templates line."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2.sandbox import SecurityError

from kldocs.cli import main
from kldocs.errors import InputError
from kldocs.render.environment import MAX_PRODUCT, Sandbox, Settings, environment
from tests.helpers import run_kldocs

PAIR = ["--p", "0.5 0.5", "--q", "0.25 0.75"]

ESCAPES = (
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ doc.__class__.__init__.__globals__ }}",
    "{{ t.__self__ }}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ lipsum.__globals__['os'].system('id') }}",
    "{{ (doc|attr('__class__')).__base__.__subclasses__() }}",
    "{{ range.__self__ }}",
    "{% set x = [].__class__ %}{{ x }}",
)


@pytest.mark.parametrize("format", ["md", "html", "tex", "beamer"])
def test_every_format_renders_in_the_sandbox(format: str) -> None:
    env = environment(format, Settings())  # type: ignore[arg-type]
    assert isinstance(env, Sandbox)
    escape = r"\VAR{''.__class__.__mro__}" if format in ("tex", "beamer") else "{{ ''.__class__.__mro__ }}"
    with pytest.raises(SecurityError):
        env.from_string(escape).render()


@pytest.mark.parametrize("template", ESCAPES)
def test_attribute_escapes_fail(template: str) -> None:
    with pytest.raises((SecurityError, jinja2.UndefinedError)):
        environment("md", Settings()).from_string(template).render(doc=object(), t=print)


@pytest.mark.parametrize(
    "template", ["{{ 'a' * 10**7 }}", "{{ [1] * 10**7 }}", "{{ 10 ** 100000000 }}", "{{ 7 ** 400000 }}"]
)
def test_products_and_powers_are_bounded(template: str) -> None:
    with pytest.raises(SecurityError, match="would be too large"):
        Sandbox().from_string(template).render()


DOUBLING = "{% set ns = namespace(s=START) %}{% for i in range(40) %}{% set ns.s = ns.s OP ns.s %}{% endfor %}"


@pytest.mark.parametrize(("start", "operator"), [('"x"', "~"), ('"x"', "+"), ("[1]", "+"), ('"x"', "~ 'y' ~")])
def test_joins_and_sums_doubled_in_a_loop_are_bounded(start: str, operator: str) -> None:
    # 40 doublings would need a terabyte; each step is measured, so the first one past the bound stops it.
    template = DOUBLING.replace("START", start).replace("OP", operator) + "{{ ns.s|length }}"
    with pytest.raises(SecurityError, match="would be too large"):
        Sandbox().from_string(template).render()


def test_a_page_that_prints_a_long_string_many_times_is_bounded() -> None:
    from kldocs.render.environment import MAX_PAGE, render

    env = Sandbox(loader=jinja2.DictLoader({"page": "{% for i in range(n) %}{{ s }}{% endfor %}"}))
    with pytest.raises(InputError, match="page: the page would be longer than"):
        render(env, ["page"], s="x" * MAX_PRODUCT, n=MAX_PAGE // MAX_PRODUCT + 1)
    assert render(env, ["page"], s="ab", n=3) == "ababab"


WIDTHS = [
    "{{ 'x'|center(10**10) }}",
    "{{ 'x'|indent(10**10, true) }}",
    "{{ 'a b'|wordwrap(10**10) }}",
    "{{ '%09999999999d'|format(1) }}",
    "{{ '%09999999999d' % 1 }}",
    "{{ '{:>9999999999}'.format(n) }}",
    "{{ 'x'.ljust(10**10) }}",
    "{{ 'x'.zfill(n * 10**10) }}",
    "{{ ('\\t' * 1000).expandtabs(10**6) }}",
    "{{ ('x' * 999999).replace('x', 'x' * 999999) }}",
    "{{ ('x' * 999).replace('', 'y' * 99999) }}",
]


@pytest.mark.parametrize("template", WIDTHS)
def test_widths_that_would_make_gigabytes_of_padding_are_refused_before_the_text_is_made(template: str) -> None:
    # Each asks for ten gigabytes; refused by its number, so the test takes no memory or time.
    env = environment("md", Settings())
    with pytest.raises(SecurityError, match=r"larger than 1,000,000|would be too large"):
        env.from_string(template).render(n=1)


def test_ordinary_widths_are_kept() -> None:
    env = environment("md", Settings())
    text = "{{ 'x'|center(5) }}|{{ '%5.2f'|format(1.5) }}|{{ '%3d' % 7 }}|{{ '{:>4}'.format(n) }}"
    text += "|{{ 'ab'|truncate(9) }}|{{ 'a\\tb'.expandtabs(4) }}|{{ 'aab'.replace('a', 'cc') }}"
    assert env.from_string(text).render(n=1) == "  x  | 1.50|  7|   1|ab|a   b|ccccb"


def test_products_within_the_bound_are_computed() -> None:
    assert Sandbox().from_string("{{ 'ab' * n }}|{{ 2 ** 64 }}|{{ 3 * 4 }}").render(n=3) == (f"ababab|{2**64}|12")
    assert MAX_PRODUCT >= 10_000


def user_template(tmp_path: Path, text: str | bytes, name: str = "md/page.md.j2") -> Path:
    folder = tmp_path / "mine"
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    return folder


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"md/page.md.j2": b"\xff\xfe{{ x }}"}, "md/page.md.j2 is not UTF-8 text (byte 0xff at offset 0)"),
        ({"md/page.md.j2": "{{ 1/0 }}"}, "md/page.md.j2 could not be rendered (line 1): ZeroDivisionError"),
        ({"md/page.md.j2": '{% include "md/page.md.j2" %}'}, "md/page.md.j2 includes or calls itself without end"),
        (
            {"md/page.md.j2": 'x\n{% include "md/_mine.md.j2" %}', "md/_mine.md.j2": "a\n\n{{ {}['k'] }}"},
            "md/_mine.md.j2 could not be rendered (line 3)",
        ),
        ({"md/page.md.j2": "{{ ''.__class__.__mro__ }}"}, "unsafe"),
        ({"md/page.md.j2": "{{ 'x' * 10**9 }}"}, "would be too large"),
        ({"md/page.md.j2": "{{ doc.title + 1 }}"}, "TypeError"),
        ({"md/page.md.j2": '{% include "md/none.md.j2" %}'}, "no template 'md/none.md.j2'"),
    ],
)
def test_a_hostile_or_broken_template_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str | bytes], expected: str
) -> None:
    for name, text in files.items():
        folder = user_template(tmp_path, text, name)
    out = tmp_path / "out"
    code = main(["example", *PAIR, "--format", "md", "--templates", str(folder), "--out", str(out)])
    error = capsys.readouterr().err
    assert code == 2 and error.count("\n") == 1 and error.startswith("kldocs: error: --templates: "), error
    assert expected in error
    assert not out.exists()


def test_an_unreadable_templates_folder_is_refused(tmp_path: Path) -> None:
    folder = user_template(tmp_path, "{{ doc.title }}")
    folder.chmod(0)
    try:
        result = run_kldocs(
            "example",
            *PAIR,
            "--format",
            "md",
            "--templates",
            str(folder),
            "--out",
            str(tmp_path / "o"),
            unprivileged=True,
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2
    assert result.stderr == f"kldocs: error: --templates: {str(folder)!r} cannot be read (Permission denied)\n"


@pytest.mark.parametrize("own_folder", [False, True])
def test_a_packaged_template_that_fails_is_not_blamed_on_templates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_folder: bool
) -> None:
    from kldocs.inputs import parse_distribution
    from kldocs.models.example import worked_example
    from kldocs.render import filters
    from kldocs.render.pages import render_page

    def broken(latex: str) -> str:
        raise ValueError(f"no form for {latex}")

    monkeypatch.setattr(filters, "markdown_inline", broken)
    page = worked_example(parse_distribution("0.5 0.5"), parse_distribution("0.25 0.75", name="Q"))
    folder = user_template(tmp_path, "unused", "md/other.md.j2") if own_folder else None
    with pytest.raises(ValueError, match="no form for") as raised:
        render_page(page, "md", Settings(templates=folder), {chart.name: "x.png" for chart in page.charts()})
    assert "--templates" not in str(raised.value)


def test_loops_that_would_run_for_hours_are_refused() -> None:
    # Two nested loops over range(100000) that print nothing: ten billion steps, no page to measure.
    env = environment("md", Settings())
    loops = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    with pytest.raises(SecurityError, match="the loops ran more than 1,000,000 steps"):
        env.from_string(loops).render()
    counted = "{% for i in range(3) %}{{ loop.index }}/{{ loop.length }}{% if loop.last %}.{% endif %} {% endfor %}"
    assert environment("md", Settings()).from_string(counted).render() == "1/3 2/3 3/3. "
