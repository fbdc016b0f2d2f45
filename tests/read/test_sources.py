"""Sources: files, folders (recursive, globs), stdin; sizes and vanished files in read_path."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from tally.errors import InputError, InputVanished, TooLarge
from tally.read import max_bytes_default, parse_size, read_path, read_stream
from tally.read.sources import Source, expand


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    files = {
        "a.txt": "alpha 1",
        "b.html": "<html><body><p>beta 2</p></body></html>",
        "c.pdf": "%PDF-1.4",
        "notes.md": "gamma 3",
        "image.png": "x",
        "sub/d.txt": "delta 4",
        "sub/deeper/e.txt": "eps 5",
        "sub/skip-me.txt": "zeta 6",
        ".hidden/f.txt": "hidden",
        "sub/.g.txt": "hidden too",
    }
    root = tmp_path / "reports"
    for rel, body in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(body, encoding="utf-8")
    return root


def names(items) -> list[str]:
    return [i.name if isinstance(i, Source) else f"ERR:{i[0]}" for i in items]


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        ((), (), ["a.txt", "b.html", "c.pdf", "notes.md", "d.txt", "e.txt", "skip-me.txt"]),
        (("*.txt",), (), ["a.txt", "d.txt", "e.txt", "skip-me.txt"]),
        (("*.txt",), ("skip-*",), ["a.txt", "d.txt", "e.txt"]),
        (("sub/*",), (), ["d.txt", "e.txt", "skip-me.txt"]),
        (("sub/deeper/*.txt",), (), ["e.txt"]),
        ((), ("sub/*",), ["a.txt", "b.html", "c.pdf", "notes.md"]),
        (("*.png",), (), ["image.png"]),
    ],
)
def test_folders_are_walked_recursively_with_globs(tree, include, exclude, expected):
    got = names(expand([tree], include=include, exclude=exclude))
    assert sorted(got) == sorted(expected)


def test_walk_order_is_stable_and_sorted(tree):
    got = [str(i.path) for i in expand([tree])]
    assert got == sorted(got)


def test_explicit_files_are_taken_whatever_their_suffix(tree):
    got = list(expand([tree / "image.png", tree / "sub" / "d.txt"]))
    assert names(got) == ["image.png", "d.txt"]
    assert got[0].path == tree / "image.png"


def test_missing_paths_are_reported_not_raised(tree):
    got = list(expand([tree / "nope.txt", tree / "a.txt"]))
    assert got[0] == (str(tree / "nope.txt"), "no such file or directory")
    assert names(got[1:]) == ["a.txt"]


def test_stdin_source_takes_the_given_name(tree):
    got = list(expand(["-"], stdin_name="from-pipe.txt"))
    assert got == [Source(name="from-pipe.txt", path=None)]
    assert got[0].label == "-"


def test_overlapping_folders_give_each_file_once(tree):
    got = names(expand([tree, tree / "sub", tree / "sub" / "d.txt"]))
    assert sorted(got) == sorted(["a.txt", "b.html", "c.pdf", "notes.md", "d.txt", "e.txt", "skip-me.txt"])


def test_two_files_with_one_name_are_not_both_taken(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(f"from {folder} 1", encoding="utf-8")
    got = list(expand([tmp_path]))
    assert isinstance(got[0], Source) and got[0].path == tmp_path / "x" / "same.txt"
    label, reason = got[1]
    assert label == str(tmp_path / "y" / "same.txt")
    assert "same document name" in reason and "same.txt" in reason


def test_stdin_twice_is_an_error():
    got = list(expand(["-", "-"]))
    assert isinstance(got[0], Source)
    assert isinstance(got[1], tuple)


# ---------------------------------------------------------------------- sizes and vanishing
@pytest.mark.parametrize(
    ("raw", "expected"),
    [("123", 123), ("10K", 10240), ("50M", 50 * 1024**2), ("2g", 2 * 1024**3), ("64KB", 65536), (77, 77)],
)
def test_parse_size(raw, expected):
    assert parse_size(raw) == expected


@pytest.mark.parametrize("raw", ["", "ten", "-5", "5X", "1.5M"])
def test_parse_size_refuses_garbage(raw):
    with pytest.raises(ValueError):
        parse_size(raw)


def test_max_bytes_from_environment(monkeypatch):
    monkeypatch.setenv("TALLY_MAX_BYTES", "2M")
    assert max_bytes_default() == 2 * 1024**2
    monkeypatch.delenv("TALLY_MAX_BYTES")
    assert max_bytes_default() == 50 * 1024**2


def test_huge_sparse_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # 200 MB, sparse: instant to make
    opened: list[str] = []
    real_open = Path.open

    def spy(self, *a, **k):
        opened.append(str(self))
        return real_open(self, *a, **k)

    monkeypatch.setattr(Path, "open", spy)
    with pytest.raises(TooLarge) as info:
        read_path(big)
    assert opened == []
    msg = str(info.value)
    assert msg.startswith(f"{big}: ") and "209,715,200 bytes" in msg and "size limit" in msg


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    p = tmp_path / "r.txt"
    p.write_text("Output rose 5 percent.\n" * 10, encoding="utf-8")
    with pytest.raises(TooLarge):
        read_path(p, max_bytes=100)
    assert read_path(p, max_bytes=10_000).text.startswith("Output")
    monkeypatch.setenv("TALLY_MAX_BYTES", "100")
    with pytest.raises(TooLarge):
        read_path(p)


def test_stdin_over_the_limit_is_refused_after_limit_bytes():
    stream = io.BytesIO(b"x" * 5000)
    with pytest.raises(TooLarge) as info:
        read_stream(stream, name="stdin.txt", max_bytes=1000)
    assert str(info.value).startswith("-: ")
    assert stream.tell() == 1001


def test_stdin_is_read_as_a_document():
    doc = read_stream(io.BytesIO("Exports rose 3 percent.\n".encode("utf-16")), name="pipe.txt")
    assert doc.name == "pipe.txt" and doc.source == "-" and doc.encoding == "utf-16"


def test_vanished_file_is_reported(tmp_path):
    p = tmp_path / "gone.txt"
    with pytest.raises(InputVanished) as info:
        read_path(p)
    assert str(info.value) == f"{p}: file vanished before it could be read"


def test_directory_and_unreadable_file(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)
    p = tmp_path / "locked.txt"
    p.write_text("Output 5", encoding="utf-8")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(InputError, match="permission denied"):
            read_path(p)
    finally:
        p.chmod(0o644)


def test_read_path_names_the_document_after_the_file(tmp_path):
    p = tmp_path / "datong-2021.txt"
    p.write_text("Datong exports grew 8.1 percent.\n", encoding="utf-8")
    doc = read_path(p, name=None)
    assert doc.name == "datong-2021.txt" and doc.source == str(p) and doc.size == p.stat().st_size


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_path(fifo)
