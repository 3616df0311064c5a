"""Fonts that travel with pip, for the Typst PDFs and the charts.

Typst ships its Latin and maths fonts (New Computer Modern) inside its
wheel. Hangul comes from Nanum Gothic (SIL Open Font License), which the
``koreanize-matplotlib`` wheel carries; a wide fallback for other
symbols, and the sans-serif type of the slides, from DejaVu Sans, which
matplotlib carries. Both are found from their packages' locations
without importing them: importing ``koreanize_matplotlib`` changes
matplotlib's settings, and importing matplotlib takes time.

>>> [path.name for path in pip_fonts()][:2]
['NanumGothic.ttf', 'NanumGothicBold.ttf']
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

#: The package that carries the Korean fonts (``pip install koreanize-matplotlib``), its font folder, and the
#: files used (regular and bold).
KOREAN_PACKAGE = "koreanize_matplotlib"
KOREAN_FOLDER = Path("fonts")
KOREAN_FILES = ("NanumGothic.ttf", "NanumGothicBold.ttf")
#: Their family name.
KOREAN_FAMILY = "NanumGothic"
#: The DejaVu Sans files matplotlib carries (regular, bold, oblique), relative to the matplotlib package.
DEJAVU_FOLDER = Path("mpl-data", "fonts", "ttf")
DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


@cache
def korean_fonts() -> tuple[Path, ...]:
    """The Nanum Gothic files installed with ``koreanize-matplotlib`` (empty when it is not installed)."""
    return _package_files(KOREAN_PACKAGE, KOREAN_FOLDER, KOREAN_FILES)


@cache
def dejavu_fonts() -> tuple[Path, ...]:
    """The DejaVu Sans files installed with matplotlib (empty when they cannot be found)."""
    return _package_files("matplotlib", DEJAVU_FOLDER, DEJAVU_FILES)


def _package_files(package: str, folder: Path, names: tuple[str, ...]) -> tuple[Path, ...]:
    """Files of an installed package, found without importing it (``find_spec`` runs no code of a top-level package)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return ()
    where = Path(next(iter(spec.submodule_search_locations))) / folder
    return tuple(where / name for name in names if (where / name).is_file())


def pip_fonts() -> tuple[Path, ...]:
    """Every font file the Typst PDFs use besides Typst's own: Korean first, then DejaVu Sans."""
    return korean_fonts() + dejavu_fonts()
