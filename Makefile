# The two commands of the README: `make handout` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: venv handout test clean

## venv: a virtual environment with kldocs installed (editable)
venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

## handout: the lecture handout and slides, English and Korean, every format, PDFs included, into build/handout/
## (PDFs by Typst, which pip installs; `make handout ENGINE=lualatex` compiles the LaTeX with LuaLaTeX instead)
handout: $(VENV)/.installed
	$(BIN)/kldocs handout --out build/handout $(if $(ENGINE),--engine $(ENGINE))

## test: the environment plus test extras, lint, types, then the whole suite (one worker a core, pytest-xdist)
test: $(VENV)/.installed-test
	$(BIN)/ruff check kldocs tests benchmarks
	$(BIN)/mypy kldocs tests benchmarks
	$(BIN)/python -m pytest -n auto --durations=10

clean:
	rm -rf $(VENV) build dist
