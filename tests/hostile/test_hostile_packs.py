"""Packs from strangers: every hostile file gets one problem line naming its file, exit 1 or
2, in a couple of seconds, never a traceback, and nothing outside the pack is ever read."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from game.content.yamlsafe import MAX_BYTES
from game.paths import project_root
from tests.hostile.kit import MARKER, copy_pack, run_cli, secret_file

Mutate = Callable[[Path, Path], None]  # (pack folder, folder outside it)
SOURCE = "sources/maduro-visits-cast.txt"
TIME_LIMIT = 3.0  # seconds; generous for a shared machine, the loads take ~0.1 s


def _write(rel: str, data: str | bytes) -> Mutate:
    def mutate(pack: Path, outside: Path) -> None:
        target = pack / rel
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")

    return mutate


def _replace_file(rel: str, make: Callable[[Path, Path], None]) -> Mutate:
    def mutate(pack: Path, outside: Path) -> None:
        (pack / rel).unlink()
        make(pack / rel, outside)

    return mutate


def _source_path(new: str) -> Mutate:
    def mutate(pack: Path, outside: Path) -> None:
        path = pack / "sources.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(SOURCE, new.format(outside=outside)), encoding="utf-8")

    return mutate


def _sparse(rel: str, size: int) -> Mutate:
    def mutate(pack: Path, outside: Path) -> None:
        with open(pack / rel, "wb") as handle:
            handle.truncate(size)

    return mutate


def _every_yaml(change: Callable[[bytes], bytes]) -> Mutate:
    def mutate(pack: Path, outside: Path) -> None:
        for path in pack.glob("*.yaml"):
            path.write_bytes(change(path.read_bytes()))

    return mutate


def _sources_folder_outside(pack: Path, outside: Path) -> None:
    (outside / "sources").mkdir()
    secret_file(outside / "sources").rename(outside / SOURCE)
    os.rename(pack / "sources", outside / "real-sources")
    (pack / "sources").symlink_to(outside / "sources")


def _symlink_inside(pack: Path, outside: Path) -> None:
    (pack / "sources" / "copy.txt").write_bytes((pack / SOURCE).read_bytes())
    (pack / SOURCE).unlink()
    (pack / SOURCE).symlink_to("copy.txt")


BOMB = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n' + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)

# id -> (mutation, the file the problem names, the codes allowed, its line or None)
BAD_PACKS: dict[str, tuple[Mutate, str, set[str], int | None]] = {
    "python-object-apply-os-system": (
        _write("facts.yaml", "- !!python/object/apply:os.system ['echo PWNED']\n"),
        "facts.yaml",
        {"yaml-tag"},
        1,
    ),
    "python-object-new": (
        _write("agencies.yaml", "- !!python/object/new:subprocess.Popen [[ls]]\n"),
        "agencies.yaml",
        {"yaml-tag"},
        1,
    ),
    "python-name": (
        _write("pack.yaml", "id: !!python/name:os.system\n"),
        "pack.yaml",
        {"yaml-tag"},
        1,
    ),
    "python-module": (
        _write("quiz.yaml", "- id: q\n  prompt: !!python/module:os\n"),
        "quiz.yaml",
        {"yaml-tag"},
        2,
    ),
    "custom-local-tag": (
        _write("events.yaml", "- !thing {id: x}\n"),
        "events.yaml",
        {"yaml-tag"},
        1,
    ),
    "billion-laughs": (_write("quiz.yaml", BOMB), "quiz.yaml", {"yaml-anchor"}, 1),
    "merge-key-alias": (
        _write("missions.yaml", "- &base {id: a}\n- <<: *base\n"),
        "missions.yaml",
        {"yaml-anchor"},
        1,
    ),
    "10000-nested-flow-lists": (
        _write("events.yaml", "[" * 10_000 + "]" * 10_000 + "\n"),
        "events.yaml",
        {"too-deep"},
        1,
    ),
    "10000-nested-flow-maps": (
        _write("events.yaml", "{a: " * 10_000 + "1" + "}" * 10_000 + "\n"),
        "events.yaml",
        {"too-deep"},
        1,
    ),
    "3000-nested-block-lists": (
        _write("agreements.yaml", "".join(" " * i + "-\n" for i in range(3000))),
        "agreements.yaml",
        {"too-deep"},
        None,
    ),
    "100-mb-yaml-file": (
        _sparse("facts.yaml", 100 * 1024 * 1024),
        "facts.yaml",
        {"file-too-large"},
        1,
    ),
    "100-mb-source-text": (_sparse(SOURCE, 100 * 1024 * 1024), SOURCE, {"file-too-large"}, 1),
    "just-over-the-limit": (
        _sparse("quiz.yaml", MAX_BYTES + 1),
        "quiz.yaml",
        {"file-too-large"},
        1,
    ),
    "binary-garbage": (
        _write("missions.yaml", bytes((i * 131 + 7) % 256 for i in range(4096))),
        "missions.yaml",
        {"not-utf8", "yaml-syntax"},
        None,
    ),
    "invalid-utf8-yaml": (
        _write("facts.yaml", b"- id: x\n  quote: caf\xe9 au lait\n"),
        "facts.yaml",
        {"not-utf8"},
        2,
    ),
    "invalid-utf8-source": (_write(SOURCE, b"Caracas \xff\xfe news\n"), SOURCE, {"not-utf8"}, 1),
    "utf16-with-bom": (
        _write("pack.yaml", "id: x\n".encode("utf-16")),
        "pack.yaml",
        {"not-utf8"},
        1,
    ),
    "nul-bytes": (_write("facts.yaml", b"- id: a\x00b\n"), "facts.yaml", {"yaml-syntax"}, 1),
    "tab-indentation": (
        _write("agencies.yaml", "- id: x\n\tname: y\n"),
        "agencies.yaml",
        {"yaml-syntax"},
        2,
    ),
    "empty-file": (_write("agreements.yaml", ""), "agreements.yaml", {"empty-file"}, 1),
    "only-a-comment": (_write("events.yaml", "# nothing\n"), "events.yaml", {"empty-file"}, 1),
    "two-documents": (_write("pack.yaml", "a: 1\n---\nb: 2\n"), "pack.yaml", {"yaml-syntax"}, 2),
    "file-is-a-directory": (
        _replace_file("events.yaml", lambda path, _o: path.mkdir()),
        "events.yaml",
        {"not-a-file"},
        1,
    ),
    "source-is-a-directory": (
        _replace_file(SOURCE, lambda path, _o: path.mkdir()),
        "sources.yaml",
        {"not-a-file"},
        None,
    ),
    "file-is-a-fifo": (
        _replace_file("facts.yaml", lambda path, _o: os.mkfifo(path)),
        "facts.yaml",
        {"not-a-file"},
        1,
    ),
    "yaml-symlink-outside": (
        _replace_file("facts.yaml", lambda path, o: path.symlink_to(secret_file(o))),
        "facts.yaml",
        {"outside-pack"},
        1,
    ),
    "source-symlink-outside": (
        _replace_file(SOURCE, lambda path, o: path.symlink_to(secret_file(o))),
        "sources.yaml",
        {"outside-pack"},
        None,
    ),
    "sources-folder-symlink-outside": (
        _sources_folder_outside,
        "sources.yaml",
        {"outside-pack"},
        None,
    ),
    "symlink-to-dev-zero": (
        _replace_file("quiz.yaml", lambda path, _o: path.symlink_to("/dev/zero")),
        "quiz.yaml",
        {"outside-pack"},
        1,
    ),
    "dangling-symlink": (
        _replace_file("quiz.yaml", lambda path, o: path.symlink_to(o / "gone.yaml")),
        "quiz.yaml",
        {"missing-file", "outside-pack"},
        1,
    ),
    "source-path-dot-dot": (_source_path("../secret.txt"), "sources.yaml", {"bad-path"}, None),
    "source-path-deep-dot-dot": (
        _source_path("sources/../../secret.txt"),
        "sources.yaml",
        {"bad-path"},
        None,
    ),
    "source-path-absolute": (
        _source_path("{outside}/secret.txt"),
        "sources.yaml",
        {"bad-path"},
        None,
    ),
    "source-path-etc-passwd": (_source_path("/etc/passwd"), "sources.yaml", {"bad-path"}, None),
    "source-path-backslashes": (
        _source_path("..\\\\secret.txt"),
        "sources.yaml",
        {"bad-path"},
        None,
    ),
    "source-path-windows-drive": (
        _source_path("C:/secret.txt"),
        "sources.yaml",
        {"bad-path"},
        None,
    ),
    "source-path-is-the-pack": (_source_path("."), "sources.yaml", {"not-a-file"}, None),
    "wrong-root-type": (_write("facts.yaml", "just words\n"), "facts.yaml", {"wrong-type"}, 1),
    "huge-integer": (
        _write(
            "pack.yaml",
            (copy_pack.__globals__["BUILTIN"] / "pack.yaml")
            .read_text()
            .replace("format: 1", "format: " + "9" * 5000),
        ),
        "pack.yaml",
        {"wrong-type", "unsupported-format"},
        None,
    ),
}

# Inputs the format allows: the pack must still validate cleanly.
GOOD_PACKS: dict[str, Mutate] = {
    "byte-order-mark": _every_yaml(lambda data: b"\xef\xbb\xbf" + data),
    "crlf-line-endings": _every_yaml(lambda data: data.replace(b"\n", b"\r\n")),
    "bom-and-crlf-source": lambda pack, _o: (pack / SOURCE).write_bytes(
        b"\xef\xbb\xbf" + (pack / SOURCE).read_bytes().replace(b"\n", b"\r\n")
    ),
    "symlink-inside-the-pack": _symlink_inside,
}

HOSTILE_INPUTS_TRIED = len(BAD_PACKS) + len(GOOD_PACKS)


def _outside_reads(opened: list[str], pack: Path, outside: Path) -> list[str]:
    """The opened paths that are neither in the pack nor the interpreter's own files."""
    bad = []
    for name in opened:
        real = Path(name).resolve()
        if real.is_relative_to(pack.resolve()):
            continue
        if real.is_relative_to(outside.resolve()) or not real.suffix.startswith(".py"):
            bad.append(name)
    return bad


@pytest.mark.parametrize("case", sorted(BAD_PACKS))
def test_a_hostile_pack_gets_one_problem_line_naming_its_file(case: str, tmp_path: Path) -> None:
    mutate, file, codes, line = BAD_PACKS[case]
    outside = tmp_path / "outside"
    outside.mkdir()
    pack = copy_pack(tmp_path)
    mutate(pack, outside)

    run = run_cli(["pack", "validate", str(pack)])

    assert run.code in (1, 2), run.text
    assert "Traceback" not in run.text
    assert run.seconds < TIME_LIMIT, f"{case} took {run.seconds:.1f} s"
    assert MARKER not in run.text
    assert _outside_reads(run.opened, pack, outside) == []
    lines = [x for x in run.out.splitlines() if x.startswith(f"{pack}/{file}:")]
    assert lines, run.text
    place, _, rest = lines[0].partition(": ")
    assert rest.split(":")[0] in codes, lines[0]
    if line is not None:
        assert place.split(":")[1] == str(line), lines[0]
    assert len(run.out.splitlines()) <= 20 or case == "wrong-root-type", run.out[:2000]


@pytest.mark.parametrize("case", sorted(GOOD_PACKS))
def test_an_unusual_but_valid_pack_still_validates(case: str, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    pack = copy_pack(tmp_path)
    GOOD_PACKS[case](pack, outside)

    run = run_cli(["pack", "validate", str(pack)])

    assert run.code == 0, run.text
    assert run.out.startswith("ok:"), run.out


def test_a_hundred_megabyte_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    with open(pack / "facts.yaml", "wb") as handle:  # sparse: reading it would still fill RAM
        handle.truncate(100 * 1024 * 1024)
    probe = (
        "import sys\n"
        "from game.cli import main\n"
        "code = main(sys.argv[1:])\n"
        # VmHWM, not ru_maxrss: ru_maxrss keeps the forking parent's peak across exec
        "hwm = [x for x in open('/proc/self/status') if x.startswith('VmHWM')][0].split()[1]\n"
        "print('maxrss-kb', hwm, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "pack", "validate", str(pack)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=project_root(),
    )
    assert done.returncode == 1, done.stderr
    assert f"{pack}/facts.yaml:1:1: file-too-large:" in done.stdout
    assert "Traceback" not in done.stderr
    rss_mb = int(done.stderr.split("maxrss-kb")[1].split()[0]) / 1024
    assert rss_mb < 80, f"validating used {rss_mb:.0f} MB: the file was read"


def test_main_py_reports_a_hostile_pack_as_a_process(tmp_path: Path) -> None:
    pack = copy_pack(tmp_path)
    (pack / "facts.yaml").write_text("- !!python/object/apply:os.system ['touch PWNED']\n")
    done = subprocess.run(
        [
            sys.executable,
            str(project_root() / "main.py"),
            "pack",
            "validate",
            str(pack),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert '"code": "yaml-tag"' in done.stdout
    assert done.stderr == ""
    assert not (tmp_path / "PWNED").exists()


def test_a_path_that_is_not_a_pack_exits_2(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text("hello")
    for path in (tmp_path / "nowhere", tmp_path / "file.txt", tmp_path):
        run = run_cli(["pack", "validate", str(path)])
        assert run.code == 2, run.text
        assert "Traceback" not in run.text
        assert "not-a-pack" in run.out
