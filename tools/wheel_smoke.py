"""Build the wheel, install it as a user would, and run it from outside the checkout.

Run by ``make test`` (``make wheel-smoke`` alone). Steps: ``uv build --wheel``; a fresh venv
in a temporary folder; the locked runtime dependencies (``uv export``, hashes required) and
the wheel installed into it; then, from a folder that is not the checkout and with a
temporary data folder, the installed ``space-accord`` runs ``--version``, ``packs``, a
two-question ``quiz --text`` with piped answers, ``pack new`` + ``pack validate`` and
``simulate --json``. Any failure prints what ran and what it said, and exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What the wheel must carry besides the code: each a path inside the wheel.
REQUIRED = (
    "game/_data/content/packs/space-cooperation/pack.yaml",
    "game/_data/content/packs/venezuela-moon/pack.yaml",
    "game/_data/content/templates/new-pack/pack.yaml",
    "game/_data/assets/fonts/DejaVuSans.ttf",
    "game/_data/assets/fonts/DejaVuSans-Bold.ttf",
    "game/web/static/index.html",
    "game/web/static/app.js",
    "game/web/static/style.css",
)
LICENCES = ("LICENSE", "LICENSE-DejaVu.txt", "LICENSES")


class SmokeFailure(Exception):
    pass


def run(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, stdin: str = "") -> str:
    done = subprocess.run(
        cmd, cwd=cwd, env=env, input=stdin, capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise SmokeFailure(
            f"`{' '.join(cmd)}` exited {done.returncode}\n{done.stdout[-2000:]}{done.stderr[-2000:]}"
        )
    return done.stdout


def check_wheel(wheel: Path) -> int:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise SmokeFailure(f"{wheel.name} lacks {', '.join(missing)}")
    licences = {Path(n).name for n in names if ".dist-info/licenses/" in n}
    if not set(LICENCES) <= licences:
        raise SmokeFailure(f"{wheel.name} licence files: {sorted(licences)}; need {LICENCES}")
    return len(names)


def smoke(uv: str, python: str, work: Path) -> list[str]:
    said: list[str] = []
    dist = work / "dist"
    run([uv, "build", "--wheel", "--quiet", "--out-dir", str(dist)], cwd=ROOT)
    (wheel,) = dist.glob("space_accord-*.whl")
    said.append(f"wheel {wheel.name}: {check_wheel(wheel)} files")

    requirements = work / "requirements.txt"
    run(
        [uv, "export", "--locked", "--no-dev", "--no-emit-project", "--quiet",
         "--format", "requirements-txt", "--output-file", str(requirements)],
        cwd=ROOT,
    )  # fmt: skip
    venv = work / "venv"
    run([uv, "venv", "--quiet", "--python", python, str(venv)], cwd=work)
    target = str(venv / "bin" / "python")
    run([uv, "pip", "install", "--quiet", "--python", target, "--require-hashes",
         "-r", str(requirements)], cwd=work)  # fmt: skip
    run([uv, "pip", "install", "--quiet", "--python", target, "--no-deps", str(wheel)], cwd=work)

    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    }
    env.update(
        SPACE_ACCORD_DATA=str(work / "data"),
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
    )
    command = str(venv / "bin" / "space-accord")

    def accord(*args: str, stdin: str = "") -> str:
        return run([command, *args], cwd=elsewhere, env=env, stdin=stdin)

    version = accord("--version").strip()
    said.append(version)
    listing = accord("packs")
    for pack in ("space-cooperation", "venezuela-moon"):
        if pack not in listing or str(ROOT) in listing:
            raise SmokeFailure(f"`packs` from the wheel listed:\n{listing}")
    # Plenty of answer lines: a re-prompt for an answer of the wrong shape eats one.
    quiz = accord("quiz", "--text", "--questions", "2", "--seed", "3", stdin="1\n" * 40)
    if "Question 2 of 2" not in quiz:
        raise SmokeFailure(f"`quiz --text` did not reach question 2:\n{quiz[-1500:]}")
    accord("pack", "new", str(work / "my-pack"), "--title", "Smoke test pack")
    accord("pack", "validate", str(work / "my-pack"))
    report = json.loads(
        accord("simulate", "--pack", "space-cooperation", "--agency", "cnsa", "--seed", "1",
               "--json")
    )  # fmt: skip
    if not isinstance(report, dict) or not report:
        raise SmokeFailure("`simulate --json` printed no report")
    fonts = run(
        [target, "-c", "from game import paths; print(paths.fonts_dir())"], cwd=elsewhere, env=env
    ).strip()
    if not (Path(fonts) / "DejaVuSans.ttf").is_file() or str(ROOT) in fonts:
        raise SmokeFailure(f"the installed game looks for its fonts in {fonts}")
    said.append("installed command: --version, packs, quiz --text, pack new/validate, simulate ok")
    return said


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uv", required=True, help="the pinned uv (make puts it in .tools/)")
    parser.add_argument("--python", default="python3", help="the interpreter to install for")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="space-accord-wheel-") as folder:
        try:
            said = smoke(args.uv, args.python, Path(folder))
        except (SmokeFailure, subprocess.TimeoutExpired, ValueError) as error:
            print(f"wheel smoke test FAILED: {error}", file=sys.stderr)
            return 1
    for line in said:
        print(f"wheel smoke: {line}")
    print(f"wheel smoke: passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
