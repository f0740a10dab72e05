# Space Accord — every target creates .venv and installs the project when needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy PYGAME_HIDE_SUPPORT_PROMPT=1

.PHONY: play test lint typecheck bench fuzz tour screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

play: $(STAMP)
	$(PY) main.py play

test: $(STAMP)
	$(VENV)/bin/ruff check game tests main.py
	$(HEADLESS) $(VENV)/bin/mypy
	$(HEADLESS) $(PY) -m pytest -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check game tests main.py
	$(VENV)/bin/ruff format --check game tests main.py

typecheck: $(STAMP)
	$(VENV)/bin/mypy

bench: $(STAMP)
	$(HEADLESS) $(PY) tests/perf/bench.py

fuzz: $(STAMP)
	$(HEADLESS) HYPOTHESIS_PROFILE=slow $(PY) -m pytest -m slow

tour: $(STAMP)
	$(HEADLESS) $(PY) main.py tour --out tour

# The README's pictures: every screen, driven by the tour with its fixed seed.
screenshots: $(STAMP)
	$(HEADLESS) SPACE_ACCORD_DATA=$$(mktemp -d) $(PY) main.py tour --out docs/img

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
