# Space Accord — every target installs exactly the committed lock into .venv first.
#
# Only python3 and make are assumed. The installer, uv, is itself pinned by hash in
# tools.lock and lives in .tools/; the project's dependencies are pinned by hash in uv.lock.
# `uv sync --locked` refuses to run when pyproject.toml changed and uv.lock was not
# refreshed: run `make lock` then, and commit uv.lock.
PYTHON ?= python3
# The interpreter's full path. pyenv keeps its other Pythons off PATH unless asked, so
# `make test PYTHON=python3.13` also looks for a pyenv version of that name.
PYTHON_EXE := $(shell $(PYTHON) -c 'import sys; print(sys.executable)' 2>/dev/null || \
	{ v=$$(pyenv versions --bare 2>/dev/null | grep -E '^$(patsubst python%,%,$(notdir $(PYTHON)))(\.|$$)' | tail -n 1); \
	  [ -n "$$v" ] && PYENV_VERSION=$$v $(PYTHON) -c 'import sys; print(sys.executable)'; })
ifeq ($(PYTHON_EXE),)
$(error no Python found for PYTHON=$(PYTHON): install it, or name another, e.g. make test PYTHON=python3.12)
endif
VENV := .venv
PY := $(VENV)/bin/python
TOOLS := .tools
UV := $(TOOLS)/bin/uv
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy PYGAME_HIDE_SUPPORT_PROMPT=1
# Never let uv fetch a Python of its own: the machine's interpreter is the one we test.
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: play test check lint typecheck bench fuzz tour screenshots lock sync wheel-smoke clean

$(UV): tools.lock
	rm -rf $(TOOLS)
	$(PYTHON_EXE) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check \
		--require-hashes --no-deps --only-binary=:all: -r tools.lock
	touch $(UV)

# Runs every time (it takes a fraction of a second when nothing changed) so the venv always
# matches the lock, even after a pull that changed it.
sync: $(UV)
	@$(UV) sync --locked --quiet --python $(PYTHON_EXE) || { \
		echo "make: .venv could not be made from uv.lock. If pyproject.toml changed, re-lock:" >&2; \
		echo "      make lock && git add uv.lock" >&2; exit 1; }

lock: $(UV)
	$(UV) lock

play: sync
	$(PY) main.py play

# The whole check CI runs: lint, types, the tests, and the wheel installed outside the checkout.
test: sync
	$(VENV)/bin/ruff check game tests tools main.py
	$(HEADLESS) $(VENV)/bin/mypy
	$(HEADLESS) $(PY) -m pytest -m "not slow" -p no:cacheprovider -n auto
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
		echo "!!! BROWSER TESTS DID NOT RUN: Chromium or chromedriver is missing (apt-get install chromium chromium-driver) !!!"
	$(MAKE) --no-print-directory wheel-smoke

# Builds the wheel, installs it with the locked dependencies into a fresh venv outside the
# checkout, and runs the installed command from another folder.
wheel-smoke: sync
	$(HEADLESS) $(PY) tools/wheel_smoke.py --uv $(abspath $(UV)) --python $(PYTHON_EXE)

lint: sync
	$(VENV)/bin/ruff check game tests tools main.py
	$(VENV)/bin/ruff format --check game tests tools main.py

typecheck: sync
	$(VENV)/bin/mypy

bench: sync
	$(HEADLESS) $(PY) tests/perf/bench.py

fuzz: sync
	$(HEADLESS) HYPOTHESIS_PROFILE=slow $(PY) -m pytest -m slow

tour: sync
	$(HEADLESS) $(PY) main.py tour --out tour

# The README's pictures: every screen, driven by the tour with its fixed seed.
screenshots: sync
	$(HEADLESS) SPACE_ACCORD_DATA=$$(mktemp -d) $(PY) main.py tour --out docs/img
	$(PY) -m tests.web.phone_shots docs/img

clean:
	rm -rf $(VENV) $(TOOLS) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
