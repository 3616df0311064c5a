"""Options shared by the commands that take P and Q, and reading them.

>>> import argparse
>>> parser = argparse.ArgumentParser()
>>> add_distribution_options(parser)
>>> args = parser.parse_args(["--p", "1 1", "--q", "1 3", "--normalize"])
>>> [str(x) for x in read_pair(args)[1].probabilities]
['1/4', '3/4']
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kldocs.catalog import LANGUAGES
from kldocs.errors import InputError
from kldocs.exact import Base
from kldocs.exact.base import unit_words
from kldocs.inputs import Distribution, parse_distribution, read_distribution_file
from kldocs.inputs.digits import MAX_DIGITS, check_digits
from kldocs.inputs.distribution import SumError, check_line

if TYPE_CHECKING:
    from kldocs.models.options import PageOptions
    from kldocs.render.environment import Settings
    from kldocs.render.publish import Output, Published

#: The formats of a page on its own (a worked example, a derivation, an exercise sheet and its key).
PAGE_FORMATS = ("md", "html", "tex", "pdf", "ipynb")
#: Most significant digits a page shows.
MAX_PAGE_DIGITS = 30
#: Longest ``--title`` or ``--author``, in characters.
MAX_TITLE_LENGTH = 200
#: Most categories a page (example, handout) takes: its charts and tables take
#: about 20 s at this size. ``compute`` has no such limit.
MAX_PAGE_CATEGORIES = 500


def add_distribution_options(parser: argparse.ArgumentParser, second_model: bool = False) -> None:
    """``--p/--q`` (or ``--p-file/--q-file``), ``--labels``, ``--normalize``, ``--base``.

    With ``second_model``, also ``--q2``/``--q2-file``: a second model for P.
    """
    group = parser.add_argument_group("distributions")
    group.add_argument("--p", metavar="VALUES", help='P, e.g. "0.2, 0.5, 0.3", "1/5 1/2 3/10" or "20%% 50%% 30%%"')
    group.add_argument("--q", metavar="VALUES", help="Q, in the same forms")
    if second_model:
        group.add_argument("--q2", metavar="VALUES", help="a second model Q2, in the same forms")
    group.add_argument("--p-file", metavar="FILE", help="read P from a CSV or JSON file")
    group.add_argument("--q-file", metavar="FILE", help="read Q from a CSV or JSON file")
    if second_model:
        group.add_argument("--q2-file", metavar="FILE", help="read Q2 from a CSV or JSON file")
    group.add_argument("--labels", metavar="A,B,C", help="category labels, comma separated")
    group.add_argument("--normalize", action="store_true", help="rescale non-negative weights to sum to 1")
    group.add_argument(
        "--base",
        default="e",
        metavar="B",
        help=f"log base: e (nats, default), 2 (bits), 10 (bans), any number b > 1 (3, 1.5, 3/2) or a unit word "
        f"({unit_words()}; singulars too)",
    )


def read_pair(args: argparse.Namespace) -> tuple[Distribution, Distribution]:
    """P and Q from the parsed options, validated, with the same labels.

    Notes on how the files were read are printed once both are read, so bad input stays one line.
    """
    notes: list[str] = []
    P = read_one(args, "p", notes=notes)
    Q = read_model(args, "q", P, notes=notes)
    print_notes(notes)
    return P, Q


def read_model(
    args: argparse.Namespace, which: str, P: Distribution, default: str | None = None, notes: list[str] | None = None
) -> Distribution:
    """A model (``q`` or ``q2``) for P: same length, and P's labels (matched by label when both have them)."""
    return read_one(args, which, default, notes).aligned_to(P)


def print_notes(notes: list[str]) -> None:
    """Notes on how input was read, one line each on stderr: ``kldocs: note: ...``."""
    for line in notes:
        print(f"kldocs: note: {line}", file=sys.stderr)


def read_one(
    args: argparse.Namespace, which: str, default: str | None = None, notes: list[str] | None = None
) -> Distribution:
    """One distribution from ``--<which>`` or ``--<which>-file`` (or ``default`` when neither is given).

    Notes on how a file was read (a header row skipped) go to ``notes``; they are printed now when it is None.
    """
    try:
        distribution = _read(args, which, default, notes)
    except SumError as error:
        raise error.with_hint("to rescale weights, give --normalize") from None
    most = getattr(args, "max_categories", None)
    if most is not None and len(distribution) > most:
        raise InputError(distribution.name, f"has {len(distribution):,} categories; pages take at most {most:,}")
    return distribution


def _read(args: argparse.Namespace, which: str, default: str | None, notes: list[str] | None) -> Distribution:
    """One distribution as given, before the checks :func:`read_one` adds."""
    text, path = getattr(args, which), getattr(args, f"{which}_file")
    name = which.upper()
    if text is not None and path is not None:
        raise InputError(f"--{which}", f"give --{which} or --{which}-file, not both")
    if path is not None:
        said: list[str] = []
        distribution = read_distribution_file(
            path, name=name, normalize=args.normalize, labels=args.labels, note=said.append
        )
        if notes is None:
            print_notes(said)
        else:
            notes.extend(said)
    else:
        if text is None:
            if default is None:
                raise InputError(f"--{which}", f"is required (or --{which}-file)")
            text = default
        distribution = parse_distribution(text, args.labels, name=name, normalize=args.normalize)
    return distribution


def read_base(args: argparse.Namespace) -> Base:
    """The ``--base`` option as a Base."""
    return Base.parse(args.base, "--base")


def add_output_options(
    parser: argparse.ArgumentParser, formats: tuple[str, ...], default: str, out: str, language: str = "en"
) -> None:
    """``--format``, ``--out``, ``--lang``, ``--templates``, ``--title``, ``--author``, and with ``pdf`` ``--engine``.

    The command writes pages, so its distributions take at most
    :data:`MAX_PAGE_CATEGORIES` categories (see :func:`read_one`).
    """
    group = parser.add_argument_group("output")
    group.add_argument(
        "--format", default=default, metavar="LIST", help=f"comma list of {', '.join(formats)} (default {default})"
    )
    group.add_argument("--out", default=out, metavar="DIR", help=f"output folder (default {out})")
    group.add_argument("--lang", default=language, metavar="en|ko", help=f"language of the page (default {language})")
    group.add_argument("--templates", metavar="DIR", help="a folder of your own templates, searched first")
    group.add_argument("--title", type=plain_line("--title"), help="the page title")
    group.add_argument("--author", type=plain_line("--author"), default="", help="the author line")
    add_quiet_option(group)
    if "pdf" in formats:
        group.add_argument(
            "--engine",
            metavar="typst|lualatex",
            help="what makes the PDFs: typst (default, needs nothing but pip) or lualatex",
        )
    parser.set_defaults(allowed_formats=formats, default_formats=default, max_categories=MAX_PAGE_CATEGORIES)


def add_quiet_option(parser: Any) -> None:
    """``--quiet``: no progress display, for every command that shows one (on a terminal, while it works)."""
    parser.add_argument("--quiet", action="store_true", help="no progress display on the terminal")


def plain_line(option: str) -> Callable[[str], str]:
    """An argparse ``type`` that takes one plain line of text (as labels are), at most :data:`MAX_TITLE_LENGTH`."""

    def check(text: str) -> str:
        try:
            check_line(text, option, MAX_TITLE_LENGTH)
        except InputError as error:
            raise argparse.ArgumentTypeError(error.problem) from None
        return text

    return check


def read_formats(args: argparse.Namespace) -> list[str]:
    """The ``--format`` list, checked against the formats the command writes."""
    return check_formats(args.format, args.allowed_formats)


def check_formats(given: str | Iterable[object], allowed: Sequence[str], field: str = "--format") -> list[str]:
    """Formats as a comma list (``"md, html"``) or a sequence of names, each one of ``allowed``.

    >>> check_formats("md, HTML", PAGE_FORMATS), check_formats(["ipynb"], PAGE_FORMATS)
    (['md', 'html'], ['ipynb'])
    >>> check_formats("md,docx", PAGE_FORMATS, "formats")
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: formats: 'docx' is not one of md, html, tex, pdf, ipynb
    """
    items = given.split(",") if isinstance(given, str) else list(given)
    for item in items:
        if not isinstance(item, str):
            raise InputError(field, f"{item!r} is not a format name; give one of {', '.join(allowed)}")
    wanted = [item.strip().lower() for item in items if isinstance(item, str) and item.strip()]
    if not wanted:
        raise InputError(field, "no format given")
    for item in wanted:
        if item not in allowed:
            raise InputError(field, f"{item!r} is not one of {', '.join(allowed)}")
    return wanted


def read_languages(args: argparse.Namespace) -> list[str]:
    """The ``--lang`` option as a list (a comma list is allowed), checked."""
    languages = [item.strip() for item in str(args.lang).split(",") if item.strip()]
    for language in languages or [""]:
        check_language(language)
    return list(dict.fromkeys(languages))


def check_language(language: object, field: str = "--lang") -> str:
    """``language`` when the catalogs have it (``en``, ``ko``).

    >>> check_language("fr", "language")
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: language: 'fr' is not one of en, ko
    """
    if not isinstance(language, str) or language not in LANGUAGES:
        raise InputError(field, f"{language!r} is not one of {', '.join(LANGUAGES)}")
    return language


def read_language(args: argparse.Namespace) -> str:
    """The ``--lang`` option when one language is wanted."""
    languages = read_languages(args)
    if len(languages) != 1:
        raise InputError("--lang", "give one language")
    return languages[0]


def read_settings(args: argparse.Namespace) -> Settings:
    """Rendering settings from ``--templates`` and ``--engine``."""
    from kldocs.render.environment import ENGINES, Settings

    engine = getattr(args, "engine", None) or ENGINES[0]
    if engine not in ENGINES:
        raise InputError("--engine", f"{engine!r} is not one of {', '.join(ENGINES)}")
    if args.templates is None:
        return Settings(engine=engine)
    folder = Path(args.templates)
    if not folder.is_dir():
        raise InputError("--templates", f"{args.templates!r} is not a folder")
    try:
        os.listdir(folder)
    except OSError as error:
        raise InputError("--templates", f"{args.templates!r} cannot be read ({error.strerror})") from None
    return Settings(templates=folder, engine=engine)


_WHOLE = re.compile(r"-?[0-9]{1,4300}")


def whole_number(text: str) -> int:
    """A whole number written in ASCII digits (``int`` would also take ``٣``, ``1_000`` and spaces).

    >>> whole_number("42"), whole_number("-1")
    (42, -1)
    """
    if not _WHOLE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"expected a whole number in the digits 0-9, got {text[:40]!r}")
    return int(text)


def add_digits_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup, default: int) -> None:
    """``--digits N``: significant digits of rounded values."""
    parser.add_argument(
        "--digits",
        type=whole_number,
        default=default,
        metavar="N",
        help=f"significant digits, correctly rounded with ties to even (default {default})",
    )


def read_digits(args: argparse.Namespace, maximum: int = MAX_DIGITS) -> int:
    """The ``--digits`` option, checked to lie between 1 and ``maximum`` (as the Python API checks it)."""
    return check_digits(args.digits, "--digits", maximum)


def read_output(args: argparse.Namespace) -> Output:
    """Formats, folder and templates, checked (``--format``, ``--out``, ``--templates``)."""
    from kldocs.render.publish import Output

    return Output(tuple(read_formats(args)), read_out(args), read_settings(args))


#: Virtual file systems: what looks like a folder there holds kernel state, not files.
_VIRTUAL = (Path("/proc"), Path("/sys"))


def read_out(args: argparse.Namespace) -> Path:
    """The ``--out`` folder: not empty, and not in /proc or /sys (checked before anything is built).

    >>> read_out(argparse.Namespace(out=""))
    Traceback (most recent call last):
    ...
    kldocs.errors.InputError: --out: is empty; give a folder, for example --out build/pages
    """
    if not args.out.strip():
        raise InputError("--out", "is empty; give a folder, for example --out build/pages")
    out = Path(args.out)
    resolved = out.resolve()
    for virtual in _VIRTUAL:
        if resolved == virtual or virtual in resolved.parents:
            raise InputError("--out", f"{args.out!r} is in {virtual}, a virtual file system; choose a folder on disk")
    return out


def read_page_options(args: argparse.Namespace, language: str | None = None, digits: int | None = None) -> PageOptions:
    """What a page builder needs beside its data: language (or ``language``), base, title, author, digits."""
    from kldocs.models.options import PageOptions

    return PageOptions(
        language=language or read_language(args),
        base=read_base(args) if hasattr(args, "base") else Base(),
        title=args.title,
        author=args.author,
        date=getattr(args, "date", None),
        digits=digits if digits is not None else read_digits(args, MAX_PAGE_DIGITS),
    )


def report(args: argparse.Namespace, published: Published) -> int:
    """Print the paths written and a line for each PDF a missing tool kept out; return the exit code.

    A PDF that came with the default formats is a warning (exit 0); one
    asked for by name, or by its ``--engine``, is an error (exit 2), the
    other files written all the same.
    """
    for path in published.paths:
        print(path)
    formats = [item.strip().lower() for item in args.format.split(",") if item.strip()]
    asked = "pdf" in formats and (args.format != args.default_formats or getattr(args, "engine", None) is not None)
    rest = "; the other formats were written" if len(formats) > 1 else ""
    for line in published.missing:
        print(f"kldocs: {'error' if asked else 'warning'}: {line}{rest}", file=sys.stderr)
    return 2 if asked and published.missing else 0
