"""Article loaders: text, JSON, JSON Lines and HTML files, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from tacitus.ingest import LoadFailure, count_inputs, iter_articles
from tacitus.records.article import Article

STORY = (
    "Dockworkers strike in Port Mara\n"
    "\n"
    "Hundreds of dockworkers walked off the job in Port Mara on Tuesday, halting cargo\n"
    "traffic, union leaders said. Police detained four people near the main gate.\n"
)

PAGE = """<!DOCTYPE html>
<html><head>
<title>Farmers block highway near Velora | The Valley Courier</title>
<meta property="og:site_name" content="The Valley Courier">
<meta property="og:title" content="Farmers block highway near Velora">
<meta property="article:published_time" content="2024-05-14T09:45:00+00:00">
<link rel="canonical" href="https://courier.example.org/2024/farmers-block-highway">
</head><body>
<nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/sport">Sport</a></nav>
<article>
<p>Several hundred farmers parked tractors across the northern highway near Velora on
Monday morning, demanding that the provincial government raise grain purchase prices.</p>
<p>Traffic was diverted for most of the day. A police spokesperson said officers had made
no arrests and that the protest had remained peaceful throughout the afternoon.</p>
<p>Organisers said they would return next week if their demands were not discussed at the
next session of the provincial assembly in the capital.</p>
</article>
<footer>All rights reserved by the example publisher.</footer>
</body></html>
"""


def load(*paths: Path, **options: object) -> list[Article | LoadFailure]:
    return list(iter_articles(list(paths), **options))  # type: ignore[arg-type]


def only_failure(items: list[Article | LoadFailure]) -> LoadFailure:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, LoadFailure), item
    return item


def only_article(items: list[Article | LoadFailure]) -> Article:
    assert len(items) == 1
    item = items[0]
    assert isinstance(item, Article), item
    return item


# -- plain text ---------------------------------------------------------------------------


def test_txt_title_date_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "port_mara_strike_2024-03-05.txt"
    path.write_text(STORY, encoding="utf-8")
    article = only_article(load(path))
    assert article.id == "port_mara_strike_2024-03-05"
    assert article.title == "Dockworkers strike in Port Mara"
    assert article.published == dt.date(2024, 3, 5)
    assert article.text == STORY
    start = STORY.index("Police detained")
    assert article.text[start : start + 15] == "Police detained"
    assert article.path == str(path)


def test_txt_hyphen_date_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "strike-2023-11-30.txt"
    path.write_bytes(b"\xef\xbb\xbf" + STORY.encode("utf-8"))
    article = only_article(load(path))
    assert article.published == dt.date(2023, 11, 30)
    assert article.text == STORY  # the byte order mark is dropped, offsets start at the title


def test_txt_without_title_or_date_uses_option(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    body = "Police detained four people near the main gate of the port on Tuesday.\n"
    path.write_text(body, encoding="utf-8")
    article = only_article(load(path))
    assert article.title is None
    assert article.published is None
    filled = only_article(load(path, published=dt.date(2024, 1, 2)))
    assert filled.published == dt.date(2024, 1, 2)


def test_published_option_never_overrides_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "strike_2024-03-05.txt"
    path.write_text(STORY, encoding="utf-8")
    article = only_article(load(path, published=dt.date(2030, 1, 1)))
    assert article.published == dt.date(2024, 3, 5)


def test_txt_long_first_line_is_not_a_title(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("word " * 60 + "\n\nSecond paragraph of the story.\n", encoding="utf-8")
    assert only_article(load(path)).title is None


def test_invalid_date_in_name_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "strike_2024-13-45.txt"
    path.write_text(STORY, encoding="utf-8")
    assert only_article(load(path)).published is None


# -- bad input ------------------------------------------------------------------------------


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("  \n\n\t\n", encoding="utf-8")
    failures = load(tmp_path)
    assert [f.code for f in failures if isinstance(f, LoadFailure)] == ["empty", "empty"]


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    failure = only_failure(load(path))
    assert failure.code == "binary"
    assert failure.source == str(path)


def test_binary_file_without_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(b for b in range(1, 256)) * 20)
    assert only_failure(load(path)).code == "binary"


def test_latin1_text_is_not_utf8_with_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    data = "Protesters gathered in the café district on Friday.".encode("latin-1")
    path.write_bytes(data)
    failure = only_failure(load(path))
    assert failure.code == "not_utf8"
    bad_byte = data.index(b"\xe9")
    assert f"byte {bad_byte}" in failure.reason


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # sparse: no 50 MB written
    failure = only_failure(load(path))
    assert failure.code == "too_large"
    assert "50,000,000" in failure.reason


def test_custom_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert only_failure(load(path, max_bytes=10)).code == "too_large"


def test_missing_path_is_unreadable(tmp_path: Path) -> None:
    failure = only_failure(load(tmp_path / "nowhere.txt"))
    assert failure.code == "unreadable"
    assert "does not exist" in failure.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_permission_denied_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        failure = only_failure(load(tmp_path))
    finally:
        path.chmod(0o644)
    assert failure.code == "unreadable"


def test_read_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(STORY, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    failure = only_failure(load(path))
    assert failure.code == "unreadable"
    assert "Permission denied" in failure.reason


def test_named_file_with_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "story.docx"
    path.write_bytes(b"PK\x03\x04")
    failure = only_failure(load(path))
    assert failure.code == "unsupported"
    assert ".txt" in failure.reason


# -- folders --------------------------------------------------------------------------------


def test_folder_walk_sorted_recursive_and_skips(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a_one.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    items = load(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "Article", "LoadFailure"]
    assert [i.id for i in items if isinstance(i, Article)] == ["a_one", "two"]
    assert isinstance(items[2], LoadFailure) and items[2].code == "unsupported"
    assert count_inputs([tmp_path]) == 2


# -- JSON and JSON Lines ----------------------------------------------------------------------


def test_json_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    record = {
        "id": "cour-17",
        "title": "Curfew in Velora",
        "text": "Authorities declared a curfew in Velora after clashes on Sunday night.",
        "published": "2024-05-13T21:10:00+02:00",
        "source": "The Valley Courier",
        "url": "https://courier.example.org/curfew",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    article = only_article(load(path))
    assert article.id == "cour-17"
    assert article.title == "Curfew in Velora"
    assert article.published == dt.date(2024, 5, 13)
    assert article.published_time is not None
    assert (article.published_time.hour, article.published_time.minute) == (21, 10)
    assert article.source == "The Valley Courier"
    assert article.url == "https://courier.example.org/curfew"


def test_json_array_defaults_and_bad_elements(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    good = {"text": "Students marched to the ministry on Monday.", "url": "https://ex.org/a"}
    path.write_text(json.dumps([good, {"title": "no body"}, "oops"]), encoding="utf-8")
    items = load(path, published=dt.date(2024, 2, 2))
    article = items[0]
    assert isinstance(article, Article)
    assert article.id == Article.derive_id(text=good["text"], url=good["url"])
    assert article.published == dt.date(2024, 2, 2)
    assert isinstance(items[1], LoadFailure) and items[1].code == "missing_text"
    assert items[1].source == f"{path}[1]"
    assert isinstance(items[2], LoadFailure) and items[2].code == "bad_json"


def test_json_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": "unfinished', encoding="utf-8")
    failure = only_failure(load(path))
    assert failure.code == "bad_json"
    assert "line 1" in failure.reason


def test_json_empty_array(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    path.write_text("[]", encoding="utf-8")
    assert only_failure(load(path)).code == "empty"


def test_jsonl_bad_lines_do_not_stop_the_others(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Riot police dispersed a crowd in the old town."}),
        "{not json",
        "",
        json.dumps({"id": "b", "title": "no text here"}),
        json.dumps({"id": "c", "text": "A bomb exploded near a checkpoint.", "published": "x"}),
        json.dumps(
            {"id": 7, "text": "Gunmen abducted two aid workers.", "published": "2024-04-01"}
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = load(path)
    summary = [(i.source, i.code) if isinstance(i, LoadFailure) else i.id for i in items]
    assert summary == [
        "a",
        (f"{path}:2", "bad_json"),
        (f"{path}:4", "missing_text"),
        (f"{path}:5", "bad_json"),
        "7",
    ]
    last = items[-1]
    assert isinstance(last, Article) and last.published == dt.date(2024, 4, 1)
    assert last.published_time is None


def test_jsonl_line_limits_and_encoding(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    long_line = json.dumps({"text": "x" * 500}).encode()
    latin = '{"text": "caf\xe9"}'.encode("latin-1")
    short = json.dumps({"id": "ok", "text": "Short report."}).encode()
    path.write_bytes(long_line + b"\n" + latin + b"\n" + short + b"\n")
    items = load(path, max_bytes=200)
    assert isinstance(items[0], LoadFailure) and items[0].code == "too_large"
    assert isinstance(items[1], LoadFailure) and items[1].code == "not_utf8"
    bad_byte = len(long_line) + 1 + latin.index(b"\xe9")
    assert f"byte {bad_byte}" in items[1].reason
    assert isinstance(items[2], Article) and items[2].id == "ok"


def test_empty_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert only_failure(load(path)).code == "empty"


# -- HTML -------------------------------------------------------------------------------------


def test_html_page(tmp_path: Path) -> None:
    path = tmp_path / "farmers.html"
    path.write_text(PAGE, encoding="utf-8")
    article = only_article(load(path))
    assert article.text.startswith("Several hundred farmers parked tractors")
    assert "Home" not in article.text and "rights reserved" not in article.text
    assert "throughout the afternoon.\n\nOrganisers said" in article.text  # paragraphs apart
    assert article.title == "Farmers block highway near Velora"
    assert article.published == dt.date(2024, 5, 14)
    assert article.published_time == dt.time(9, 45)
    assert article.source == "The Valley Courier"
    assert article.url == "https://courier.example.org/2024/farmers-block-highway"
    assert article.id == Article.derive_id(text=article.text, url=article.url)


def test_html_without_date_uses_option(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    body = "<p>" + "Residents of the river district reported gunfire late into the night. " * 3
    path.write_text(f"<html><body><article>{body}</p></article></body></html>", encoding="utf-8")
    article = only_article(load(path, published=dt.date(2024, 6, 1)))
    assert article.published == dt.date(2024, 6, 1)
    assert article.title is None


def test_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    assert only_failure(load(path)).code == "missing_text"
