"""Durable writes: whole files replaced atomically, lines appended and synced."""

from __future__ import annotations

import os

import pytest

from game.errors import StorageError
from game.storage.files import append_durably, write_atomic


def test_an_atomic_write_replaces_the_whole_file(tmp_path):
    target = tmp_path / "deep" / "folder" / "file.txt"
    write_atomic(target, "first version, rather long\n")
    write_atomic(target, b"second\n")
    assert target.read_bytes() == b"second\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.txt"]


def test_appending_adds_whole_lines(tmp_path):
    log = tmp_path / "results.csv"
    append_durably(log, "a,b")
    append_durably(log, "c,d\n")
    assert log.read_text() == "a,b\nc,d\n"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs file permissions")
def test_a_folder_that_cannot_be_written_raises_a_storage_error(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(StorageError, match="cannot write"):
            write_atomic(locked / "x.txt", "data")
        with pytest.raises(StorageError, match="cannot append"):
            append_durably(locked / "x.log", "line")
    finally:
        locked.chmod(0o700)


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "keep.txt"
    write_atomic(target, "old")
    with pytest.raises(StorageError):
        write_atomic(tmp_path / "keep.txt" / "below-a-file.txt", "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]
