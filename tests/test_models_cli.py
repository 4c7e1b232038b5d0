"""``wiredrift models`` (list, pull, convert) and ``wiredrift translate`` through ``main([...])``.

Uses the tiny Marian model from the ``tiny_marian`` fixture; nothing is downloaded. ``pull`` is tested
against a closed local port and offline mode, where it must fail with one line and exit 2.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from marian import PAIRS

from wiredrift.align.models import list_models
from wiredrift.eval.cli import main

COMMIT = "89abcdef0123456789abcdef0123456789abcdef"


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREDRIFT_CACHE", str(tmp_path / "wdcache"))


def _fake_hub_cache(model_dir: Path, root: Path, repo_id: str = "Helsinki-NLP/opus-mt-id-en") -> Path:
    """Lay ``model_dir`` out as the hub cache does: blobs/<sha256> and snapshots/<commit>/name -> blob."""
    repo = root / ("models--" + repo_id.replace("/", "--"))
    snap = repo / "snapshots" / COMMIT
    (repo / "blobs").mkdir(parents=True)
    snap.mkdir(parents=True)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    for f in model_dir.iterdir():
        if f.is_file():
            data = f.read_bytes()
            blob = repo / "blobs" / hashlib.sha256(data).hexdigest()
            blob.write_bytes(data)
            os.symlink(os.path.relpath(blob, snap), snap / f.name)
    return snap


def test_list_models_reads_hub_cache(tiny_marian: Path, tmp_path: Path) -> None:
    snap = _fake_hub_cache(tiny_marian, tmp_path / "hub")
    models = list_models(cache_dir=tmp_path / "hub")
    assert [(m.model_id, m.revision, m.kind) for m in models] == [("Helsinki-NLP/opus-mt-id-en", COMMIT, "hub")]
    assert models[0].path == snap
    assert models[0].size_bytes == sum(f.stat().st_size for f in tiny_marian.iterdir() if f.is_file())


def test_list_models_empty_cache(tmp_path: Path) -> None:
    assert list_models(cache_dir=tmp_path / "nothing-here") == []


def test_convert_then_list(tiny_marian: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "convert", str(tiny_marian)]) == 0
    out = capsys.readouterr().out
    folder = Path(out.strip().split(" -> ")[1])
    assert (folder / "model.bin").is_file()
    assert main(["models", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    ct2 = [m for m in listed if m["kind"] == "ct2-int8"]
    assert len(ct2) == 1 and ct2[0]["model"] == str(tiny_marian) and ct2[0]["size_bytes"] > 0
    assert ct2[0]["revision"].startswith("sha256:")
    assert main(["models", "list"]) == 0
    assert "ct2-int8" in capsys.readouterr().out


def test_convert_missing_model_offline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "convert", "Helsinki-NLP/opus-mt-xx-yy", "--offline"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: model Helsinki-NLP/opus-mt-xx-yy is not in the local cache")


def test_pull_unreachable_hub_is_one_line_exit_2(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")  # nothing listens on the discard port
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    assert main(["models", "pull", "Helsinki-NLP/opus-mt-id-en"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "cannot download model Helsinki-NLP/opus-mt-id-en" in err and "unreachable" in err


@pytest.mark.parametrize("how", ["flag", "env"])
def test_pull_offline_refuses(how: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["models", "pull", "Helsinki-NLP/opus-mt-id-en"]
    if how == "env":
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    else:
        argv.append("--offline")
    assert main(argv) == 2
    assert capsys.readouterr().err == "error: cannot pull Helsinki-NLP/opus-mt-id-en: offline mode is set (--offline or HF_HUB_OFFLINE=1)\n"


def test_models_without_action_is_usage_error() -> None:
    assert main(["models"]) == 2


# ---------------------------------------------------------------------------- wiredrift translate

def _write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_translate_file_line_aligned(tiny_marian: Path, tmp_path: Path) -> None:
    # Empty lines, a CRLF line and a U+2028 inside a line (which splitlines() would split).
    src = [PAIRS[0][0], "", PAIRS[1][0] + "\r", "", PAIRS[2][0] + "\u2028", PAIRS[3][0]]
    inp = _write(tmp_path / "in.txt", "\n".join(src) + "\n")
    out = tmp_path / "out.txt"
    assert main(["translate", str(inp), "--model", str(tiny_marian), "--offline", "-o", str(out)]) == 0
    with open(out, encoding="utf-8", newline="\n") as fh:
        lines = [line.rstrip("\n") for line in fh]
    assert len(lines) == len(src)
    assert lines[1] == "" and lines[3] == ""
    assert lines[0] == PAIRS[0][1] and lines[2] == PAIRS[1][1] and lines[5] == PAIRS[3][1]


def test_translate_second_run_is_all_cache_hits(tiny_marian: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "in.txt", "".join(p[0] + "\n" for p in PAIRS[:6]))
    argv = ["translate", str(inp), "--model", str(tiny_marian), "--offline", "--progress"]
    assert main(argv) == 0
    first = capsys.readouterr()
    assert "cache 0 hits, 6 misses" in first.err and "6/6 lines" in first.err
    assert main(argv) == 0
    second = capsys.readouterr()
    assert "cache 6 hits, 0 misses" in second.err
    assert second.out == first.out and second.out.count("\n") == 6


def test_translate_ct2_backend(tiny_marian: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inp = _write(tmp_path / "in.txt", PAIRS[0][0] + "\n\n")
    assert main(["translate", str(inp), "--model", str(tiny_marian), "--backend", "ct2"]) == 2
    assert "wiredrift models convert" in capsys.readouterr().err
    assert main(["models", "convert", str(tiny_marian)]) == 0
    capsys.readouterr()
    assert main(["translate", str(inp), "--model", str(tiny_marian), "--backend", "ct2", "--no-cache"]) == 0
    assert capsys.readouterr().out == PAIRS[0][1] + "\n\n"


BAD_INPUT = [
    (b"\xff\xfe bad", "not UTF-8"),
    (b"ok\n\x00\x01binary\n", "NUL byte"),
]


@pytest.mark.parametrize("data,message", BAD_INPUT)
def test_translate_bad_input_exit_2(data: bytes, message: str, tiny_marian: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    inp = tmp_path / "bad.txt"
    inp.write_bytes(data)
    out = tmp_path / "out.txt"
    assert main(["translate", str(inp), "--model", str(tiny_marian), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()


def test_translate_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["translate", str(tmp_path / "nope.txt"), "--offline"]) == 2
    assert "nope.txt: file not found" in capsys.readouterr().err


def test_translate_offline_without_model_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    inp = _write(tmp_path / "in.txt", "Halo.\n")
    # a supported pair nobody caches (an unknown code such as "xx" is refused before any model is looked up)
    assert main(["translate", str(inp), "--src-lang", "th", "--tgt-lang", "vi", "--offline"]) == 2
    err = capsys.readouterr().err
    assert err == ("error: model Helsinki-NLP/opus-mt-th-vi is not in the local cache and --offline is set; "
                   "run `wiredrift models pull Helsinki-NLP/opus-mt-th-vi` on a machine with network, "
                   "or pass --model DIR\n")


@pytest.mark.parametrize("flag", ["--num-beams", "--max-length", "--batch-size"])
def test_translate_settings_below_one_are_usage_errors(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    # refused by the parser: no model is looked up, no input read
    assert main(["translate", "-", flag, "0", "--offline"]) == 2
    err = capsys.readouterr().err
    assert f"argument {flag}: 0 is less than 1" in err and err.count("\n") == 1
