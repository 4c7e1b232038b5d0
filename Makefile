# Two commands do the whole set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
export OMP_NUM_THREADS ?= 1
export OMP_WAIT_POLICY ?= PASSIVE

.PHONY: demo test install clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip setuptools wheel
	# The CPU wheel on disk; an unpinned torch would pull a multi-GB CUDA build.
	$(PIP) install -q "torch==2.13.0"
	$(PIP) install -q -e ".[mt,corpus,dev,ray,fast,encoders]"
	touch $@

install: $(VENV)/.installed

# The check exits 1 when it finds drift at or above --fail-on (the example has some): that is the demo working.
# Only 0 and 1 are a finished check: 2 (bad input or usage) and 3 (failure to run) still fail the demo.
demo: install
	mkdir -p out
	$(VENV)/bin/wiredrift check corpora/voi-137686/id.txt corpora/voi-137686/en.txt \
		--json out/voi-137686.json --html out/voi-137686.html || test $$? -eq 1

test: install
	$(VENV)/bin/pytest -q

clean:
	rm -rf $(VENV) build dist *.egg-info
