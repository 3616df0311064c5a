"""One Jinja2 environment per format family, configured in one place.

HTML, Markdown and Typst use Jinja's usual delimiters; LaTeX (article and
Beamer) uses ``\\VAR{...}`` and ``\\BLOCK{...}`` so that TeX's braces stay
TeX's. Typst (page and slides) is code: text is escaped for its markup,
strings for its code and maths, and maths is converted from kldocs' LaTeX.
Every environment escapes all output for its format unless a filter has
marked it as already safe (see :mod:`kldocs.render.filters`). Autoescaping
is on everywhere, so that macro output counts as safe; for LaTeX and
Markdown the ``finalize`` hook escapes first, for that format, and marks
the result safe, so HTML escaping never touches it.

Every template, the packaged ones and a user's (``--templates``), renders
in Jinja's :class:`~jinja2.sandbox.SandboxedEnvironment`: no attribute that
starts with an underscore (``''.__class__.__mro__``), no unsafe method,
``range`` capped, and here also ``*``, ``**``, ``+`` and ``~`` capped so that a
template cannot build a giant string, list or number, and a page's whole
text capped too (a loop that prints a long string many times). :func:`render` turns every way a
template can fail (bad syntax, not UTF-8, including itself, raising) into
one ``--templates`` error naming the template and line; an error raised
while only packaged templates ran is kldocs' own and is raised as it is.

>>> env = environment("tex", Settings())
>>> env.from_string(r"\\VAR{label}").render(label="50% & $x$")
'50\\\\% \\\\& \\\\$x\\\\$'
"""

from __future__ import annotations

import functools
import re
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import Concat
from jinja2.sandbox import SandboxedEnvironment

from kldocs.errors import InputError
from kldocs.models.blocks import CHART_WIDTHS_MM
from kldocs.render import filters

Format = Literal["md", "html", "tex", "beamer", "moodle", "typst", "typst-slides"]
#: The PDF engines: Typst through its Python package (the default), or LuaLaTeX.
Engine = Literal["typst", "lualatex"]
ENGINES: tuple[Engine, ...] = ("typst", "lualatex")

#: The folder of the templates that ship with kldocs.
PACKAGED_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
#: In a source checkout the templates sit beside the package.
SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


#: Longest string or sequence, and largest number of bits, a template's ``*``, ``**``, ``+`` or ``~`` may make.
MAX_PRODUCT = 1_000_000
#: Most steps all the loops of one page may take (the packaged pages take a few thousand).
MAX_ITERATIONS = 1_000_000
#: Most characters one rendered page may have (the packaged pages have well under a megabyte).
MAX_PAGE = 50_000_000


@dataclass(frozen=True)
class Settings:
    """Rendering settings.

    Attributes
    ----------
    templates
        A folder of the user's own templates, searched before the packaged
        ones, so one template can be restyled by copying it there.
    engine
        What makes PDFs: ``"typst"`` (the Typst templates) or ``"lualatex"``
        (the LaTeX and Beamer ones).
    """

    templates: Path | None = None
    engine: Engine = "typst"


def template_folders(settings: Settings) -> list[Path]:
    """Where templates are looked up, the user's folder first."""
    folders = [settings.templates] if settings.templates is not None else []
    packaged = PACKAGED_TEMPLATES if PACKAGED_TEMPLATES.is_dir() else SOURCE_TEMPLATES
    return [*folders, packaged]


def environment(format: Format, settings: Settings) -> Sandbox:
    """The Jinja2 environment for one output format."""
    loader = jinja2.FileSystemLoader([str(folder) for folder in template_folders(settings)])
    common = {"loader": loader, "trim_blocks": True, "lstrip_blocks": True, "undefined": jinja2.StrictUndefined}
    if format in ("tex", "beamer"):
        env = Sandbox(
            block_start_string=r"\BLOCK{",
            block_end_string="}",
            variable_start_string=r"\VAR{",
            variable_end_string="}",
            comment_start_string=r"\#{",
            comment_end_string="}",
            line_comment_prefix="%#",
            autoescape=True,
            finalize=filters.finalizer(filters.escape_tex),
            **common,
        )
        env.filters["math"] = filters.tex_inline
    elif format in ("typst", "typst-slides"):
        env = Sandbox(autoescape=True, finalize=filters.finalizer(filters.escape_typst), **common)
        env.filters["math"] = filters.typst_inline
        env.filters["raw_math"] = filters.typst_raw
        env.filters["string"] = filters.typst_string
    elif format == "md":
        env = Sandbox(
            autoescape=True,
            finalize=filters.finalizer(filters.escape_markdown),
            **common,
        )
        env.filters["math"] = filters.markdown_inline
        env.filters["code_span"] = filters.code_span
    elif format == "moodle":
        env = Sandbox(autoescape=True, **common)  # HTML escaping is XML escaping too
    else:
        env = Sandbox(autoescape=True, **common)
        env.filters["math"] = filters.mathml
        env.filters["display_math"] = filters.display_mathml
        env.filters["notes_beside"] = filters.notes_beside
    env.filters.setdefault("raw_math", filters.raw_math)
    env.globals["chart_widths"] = CHART_WIDTHS_MM  # what the chart renderer draws each chart size for
    del env.globals["lipsum"]  # placeholder text of any length, made in Python: a page has no use for it
    for name in _PADDING_FILTERS:
        env.filters[name] = _bounded_widths(name, env.filters[name])
    return env


#: Filters whose numbers (or format widths) set how long their text becomes.
_PADDING_FILTERS = ("center", "indent", "format", "wordwrap", "truncate")
#: A width written in a format string (``%09999999d``, ``{:>100000000}``) of more than six digits.
_HUGE_WIDTH = re.compile(r"[0-9]{7,}")


def _refuse_huge_widths(name: str, arguments: Iterable[Any], format_string: str | None = None) -> None:
    """Refuse a whole number above :data:`MAX_PRODUCT`, or a format string with such a width, before the text
    is made (``"x"|center(10**10)`` would ask for ten gigabytes)."""
    for argument in arguments:
        if isinstance(argument, int) and abs(argument) > MAX_PRODUCT:
            raise jinja2.sandbox.SecurityError(f"{name}: {argument} is larger than {MAX_PRODUCT:,}")
    if format_string is not None and _HUGE_WIDTH.search(format_string):
        raise jinja2.sandbox.SecurityError(f"{name}: a width in the format is larger than {MAX_PRODUCT:,}")


def _bounded_widths(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """The filter ``function``, refusing a width above :data:`MAX_PRODUCT` (its pass-argument mark kept)."""

    @functools.wraps(function)
    def bounded(*arguments: Any, **keywords: Any) -> Any:
        texts = [argument for argument in arguments if isinstance(argument, str)]
        _refuse_huge_widths(name, [*arguments, *keywords.values()], texts[0] if name == "format" and texts else None)
        return function(*arguments, **keywords)

    return bounded


class _BoundedJoins(CodeGenerator):
    """Jinja's code generator, with the result of every ``~`` passed to ``environment.joined`` to be measured,
    and what every ``for`` loop walks through passed to ``environment.counted`` to be counted."""

    def visit_For(self, node: nodes.For, frame: Frame) -> None:  # noqa: N802 (the name Jinja calls)
        counter = nodes.EnvironmentAttribute("counted", lineno=node.lineno)
        node.iter = nodes.Call(counter, [node.iter], [], None, None, lineno=node.lineno)
        super().visit_For(node, frame)

    def visit_Concat(self, node: Concat, frame: Frame) -> None:  # noqa: N802 (the name Jinja calls)
        self.write("environment.joined(")
        super().visit_Concat(node, frame)
        self.write(")")


class Sandbox(SandboxedEnvironment):
    """Jinja's sandbox, with ``*``, ``**``, ``+``, ``%``, ``~`` and the widths of text methods and filters bounded.

    >>> Sandbox().from_string("{{ ''.__class__.__mro__ }}").render()
    Traceback (most recent call last):
    ...
    jinja2.exceptions.SecurityError: access to attribute '__class__' of 'str' object is unsafe.
    >>> Sandbox().from_string("{{ 'ab' * 3 }} {{ 2 ** 10 }} {{ 'a' ~ 1 }} {{ [1] + [2] }}").render()
    'ababab 1024 a1 [1, 2]'
    """

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _BoundedJoins

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        """Refuse a product, power or sum larger than :data:`MAX_PRODUCT`; otherwise compute it."""
        if _size(operator, left, right) > MAX_PRODUCT:
            raise jinja2.sandbox.SecurityError(f"the result of {operator} would be too large")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """A call, refused when it is a text method given a width above :data:`MAX_PRODUCT` (``'x'.center``,
        ``'{:>9999999}'.format``)."""
        bound = getattr(__obj, "__wrapped__", __obj)  # Jinja wraps str.format in its own safe formatter
        owner = getattr(bound, "__self__", None)
        if isinstance(owner, (str, bytes)):
            name = getattr(__obj, "__name__", "")
            text = owner if name in ("format", "format_map") and isinstance(owner, str) else None
            _refuse_huge_widths(name, [*args, *kwargs.values()], text)
            if _grown_length(owner, name, args, kwargs) > MAX_PRODUCT:
                raise jinja2.sandbox.SecurityError(f"the result of {name} would be too large")
        return super().call(__context, __obj, *args, **kwargs)

    #: Steps taken so far by the loops of the page this environment renders (one environment per page).
    iterations = 0

    def counted(self, items: Iterable[Any]) -> Iterator[Any]:
        """``items``, refused once the loops of the page have taken :data:`MAX_ITERATIONS` steps in all
        (two nested loops over ``range(100000)`` that print nothing would otherwise run for hours)."""
        for item in items:
            self.iterations += 1
            if self.iterations > MAX_ITERATIONS:
                raise jinja2.sandbox.SecurityError(f"the loops ran more than {MAX_ITERATIONS:,} steps")
            yield item

    def joined(self, text: str) -> str:
        """The result of ``~``, refused when longer than :data:`MAX_PRODUCT` (each part was measured already)."""
        if len(text) > MAX_PRODUCT:
            raise jinja2.sandbox.SecurityError("the result of ~ would be too large")
        return text


def _grown_length(owner: str | bytes, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    r"""A bound on the length of ``owner.<name>(*args)`` for the text methods whose result can be many times their
    text with no width above :data:`MAX_PRODUCT` (``("\t" * 1000).expandtabs(10**6)``, a gigabyte); 0 for others.

    >>> _grown_length("\t\t", "expandtabs", (8,), {}), _grown_length("aa", "replace", ("a", "xyz"), {})
    (18, 6)
    """
    given = [*args, *kwargs.values()]
    if not isinstance(owner, str):  # a template makes no bytes
        return 0
    if name == "expandtabs" and given and isinstance(given[0], int):
        return len(owner) + owner.count("\t") * max(0, given[0])
    if name == "replace" and len(given) >= 2 and isinstance(given[0], str) and isinstance(given[1], str):
        old, new = given[0], given[1]
        count = len(owner) + 1 if not old else owner.count(old)
        return len(owner) + count * max(0, len(new) - len(old))
    return 0


def _size(operator: str, left: Any, right: Any) -> int:
    """A bound on the length (sequences) or bit length (integers) of ``left <operator> right``."""
    if operator == "+":
        sized = (str, bytes, list, tuple)
        return len(left) + len(right) if isinstance(left, sized) and isinstance(right, sized) else 0
    if operator == "%":  # printf-style formatting: a width of seven digits or more
        return MAX_PRODUCT + 1 if isinstance(left, str) and _HUGE_WIDTH.search(left) else 0
    if operator == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0:
            return left.bit_length() * right
        return 0
    for count, other in ((left, right), (right, left)):
        if isinstance(count, int) and isinstance(other, (str, bytes, list, tuple)):
            return count * len(other)
    return 0


def render(env: Sandbox, names: list[str], **context: Any) -> str:
    """Render the first of ``names`` that exists; any failure of a template becomes one ``--templates`` error."""
    env.iterations = 0  # each page's loops have their own bound
    try:
        return _bounded(env, names, env.select_template(names).generate(**context))
    except jinja2.TemplateSyntaxError as error:
        raise InputError("--templates", f"{error.name or names[0]}, line {error.lineno}: {error.message}") from None
    except jinja2.TemplateNotFound as error:
        raise InputError("--templates", f"no template {error.name!r}") from None
    except OSError as error:  # a template or a folder of them that cannot be read
        raise InputError("--templates", f"{error.filename}: {error.strerror or error}") from None
    except RecursionError:
        raise InputError("--templates", f"{_template(env, names)} includes or calls itself without end") from None
    except UnicodeDecodeError as error:
        problem = f"is not UTF-8 text (byte {error.object[error.start]:#04x} at offset {error.start})"
        raise InputError("--templates", f"{_template(env, names)} {problem}") from None
    except jinja2.TemplateError as error:
        if not _in_users_template(env, error):
            raise
        raise InputError("--templates", f"{_origin(env, error, names)}: {error.message}") from None
    except (ArithmeticError, LookupError, TypeError, ValueError, AttributeError) as error:
        if not _in_users_template(env, error):
            raise
        raise InputError("--templates", f"{_origin(env, error, names)}: {type(error).__name__}: {error}") from None


def _bounded(env: Sandbox, names: list[str], pieces: Iterator[str]) -> str:
    """The pieces of the page joined, refused once they pass :data:`MAX_PAGE` characters."""
    kept, size = [], 0
    for piece in pieces:
        size += len(piece)
        if size > MAX_PAGE:
            problem = f"the page would be longer than {MAX_PAGE:,} characters"
            raise InputError("--templates", f"{_template(env, names)}: {problem}")
        kept.append(piece)
    return "".join(kept)


def _in_users_template(env: Sandbox, error: BaseException) -> bool:
    """True when a template of the user's folder took part in ``error``; otherwise kldocs' own templates failed.

    A packaged template that fails is a fault of kldocs, not of ``--templates``, so it is not reported as one.
    """
    folders = [Path(folder) for folder in getattr(env.loader, "searchpath", [])][:-1]  # the last: the packaged
    frames = [Path(frame.filename) for frame in traceback.extract_tb(error.__traceback__)]
    return any(frame.is_relative_to(folder) for frame in frames for folder in folders if frame.suffix == ".j2")


def _origin(env: Sandbox, error: BaseException, names: list[str]) -> str:
    """``<template> could not be rendered (line N)``, for the innermost template where ``error`` arose."""
    frames = [frame for frame in traceback.extract_tb(error.__traceback__) if frame.filename.endswith(".j2")]
    if not frames:
        return f"{_template(env, names)} could not be rendered"
    path = Path(frames[-1].filename)
    folders = [Path(folder) for folder in getattr(env.loader, "searchpath", [])]
    name = next((path.relative_to(f).as_posix() for f in folders if path.is_relative_to(f)), path.name)
    return f"{name} could not be rendered (line {frames[-1].lineno})"


def _template(env: Sandbox, names: list[str]) -> str:
    """The name of the page's template (the first of ``names`` that exists)."""
    found = [name for name in names if name in env.list_templates()]
    return found[0] if found else names[0]
