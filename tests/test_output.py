"""eval/output.py: whole files or none, the permissions a plain open() gives, and early path checks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from wiredrift.align.errors import ConfigError
from wiredrift.eval.output import atomic_dir, atomic_write_files, atomic_write_text, check_writable


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_new_file_gets_the_mode_open_would_give(tmp_path: Path) -> None:
    # mkstemp alone makes 0600 files: a report nobody else could read
    atomic_write_text(tmp_path / "r.json", "{}\n")
    assert _mode(tmp_path / "r.json") == 0o666 & ~_umask()
    assert (tmp_path / "r.json").read_text(encoding="utf-8") == "{}\n"


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o640)
    atomic_write_text(path, "new\n")
    assert _mode(path) == 0o640 and path.read_text(encoding="utf-8") == "new\n"


def test_files_that_belong_together_are_written_all_or_none(tmp_path: Path) -> None:
    def fail(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write("half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write_files({tmp_path / "c.id": lambda fh: fh.write("a\n"), tmp_path / "c.en": fail})
    assert list(tmp_path.iterdir()) == []
    written = atomic_write_files({tmp_path / "c.id": lambda fh: fh.write("a\n"),
                                  tmp_path / "c.en": lambda fh: fh.write("b\n")})
    assert [p.read_text(encoding="utf-8") for p in written] == ["a\n", "b\n"]


def test_a_folder_is_replaced_whole_and_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "ds"
    atomic_dir(target, lambda tmp: (tmp / "a.txt").write_text("1", encoding="utf-8"))
    assert _mode(target) == 0o777 & ~_umask()
    with pytest.raises(RuntimeError):
        atomic_dir(target, lambda tmp: (_ for _ in ()).throw(RuntimeError("broken")))
    assert [p.name for p in target.iterdir()] == ["a.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ds"]


CHECKS = [
    ("gone/out.json", "file", "--json", "--json {tmp}/gone/out.json: folder {tmp}/gone does not exist"),
    ("", "file", "--html", "--html {tmp}: is a folder, not a file"),
    ("gone/prefix", "prefix", None, "{tmp}/gone/prefix: folder {tmp}/gone does not exist"),
    ("file.txt", "folder", "--output", "--output {tmp}/file.txt: exists and is not a folder"),
]


@pytest.mark.parametrize("name,kind,flag,message", CHECKS)
def test_check_writable_names_the_flag_and_the_problem(
    name: str, kind: str, flag: str | None, message: str, tmp_path: Path
) -> None:
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    path = tmp_path / name if name else tmp_path
    with pytest.raises(ConfigError) as err:
        check_writable(path, flag, kind=kind)
    assert str(err.value) == message.format(tmp=tmp_path)


def test_check_writable_accepts_a_new_file_and_an_existing_folder(tmp_path: Path) -> None:
    check_writable(tmp_path / "new.json", "--json")
    check_writable(tmp_path, "--output", kind="folder")
    check_writable(tmp_path / "prefix", kind="prefix")
