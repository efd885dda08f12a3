from __future__ import annotations

import importlib.util
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from httpserver import HTTPTestServer

from smartnews.cli import main

FEED = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Contoh</title>
<item><title>Satu</title><link>https://e.id/1</link><description>Jakarta - Kota meluncurkan aplikasi.</description></item>
<item><title>Dua</title><link>https://e.id/2</link><description>SURABAYA - Warga memakai layanan daring.</description></item>
</channel></rss>"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_text_file_is_one_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], seed_text: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    code, out, _ = run(capsys, "analyze", str(path))
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, dict) and data["dateline"]["agency"] == "ANTARA"


def test_a_feed_file_is_a_list_or_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "f.xml"
    path.write_bytes(FEED)
    code, out, _ = run(capsys, "analyze", str(path))
    assert code == 0 and [a["title"] for a in json.loads(out)] == ["Satu", "Dua"]
    code, out, _ = run(capsys, "analyze", str(path), "--format", "jsonl")
    lines = out.splitlines()
    assert (
        code == 0
        and len(lines) == 2
        and json.loads(lines[1])["dateline"] == {"place": "Surabaya", "agency": None}
    )
    code, out, _ = run(capsys, "analyze", str(path), "--format", "text")
    assert code == 0 and "# Satu" in out and "dateline: Surabaya" in out


def test_a_feed_cut_off_keeps_its_items_and_warns_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.xml"
    path.write_bytes(FEED[: FEED.index(b"<item><title>Dua")])
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 0 and [a["title"] for a in json.loads(out)] == ["Satu"]
    assert err.count("malformed feed") == 1


def test_a_feed_cut_before_its_first_item_fails_saying_why_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.xml"
    path.write_bytes(FEED[: FEED.index(b"<item>") + 3])
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 1 and out == ""
    assert err.count("malformed feed") == 1 and "0 items recovered" in err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Sampit (ANTARA) - Isi.\n")))
    code, out, _ = run(capsys, "analyze", "-")
    assert code == 0 and json.loads(out)["paragraphs"] == ["Isi."]


def test_a_feed_url(http_server: HTTPTestServer, capsys: pytest.CaptureFixture[str]) -> None:
    url = http_server.route("/rss", body=FEED)
    code, out, _ = run(capsys, "analyze", url, "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "input is empty"),
        (b"\x00\x01binary\xff" * 100, "looks binary"),
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "x">]><rss/>', "entities"),
        (b"<?xml version='1.0'?><nothing/>", "not an rss or atom feed"),
    ],
)
def test_unusable_input_exits_non_zero_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad"
    path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err.lower()


def test_missing_file_and_bad_url(capsys: pytest.CaptureFixture[str], http_server: HTTPTestServer) -> None:
    code, _, err = run(capsys, "analyze", "/no/such/file.txt")
    assert code == 1 and "cannot read" in err
    code, _, err = run(capsys, "analyze", http_server.route("/404", status=404))
    assert code == 1 and "404" in err
    code, _, err = run(
        capsys,
        "analyze",
        http_server.route("/data.json", body=b'{"a": 1}', headers={"Content-Type": "application/json"}),
    )
    assert code == 1 and "neither a feed nor an html page" in err.lower()
    code, _, err = run(
        capsys,
        "analyze",
        http_server.route(
            "/empty.html",
            body=b"<html><body><nav></nav></body></html>",
            headers={"Content-Type": "text/html"},
        ),
    )
    assert code == 1 and "no article text" in err.lower()


def test_the_installed_command_runs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("JAKARTA, KOMPAS.com - Isi berita.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "smartnews.cli", "analyze", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["dateline"] == {"place": "Jakarta", "agency": "KOMPAS.com"}


@pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed")
def test_the_command_keeps_torch_out_under_the_spacy_backend(tmp_path: Path) -> None:
    # thinc imports torch whenever it is installed (the stanza extra): about 1.6 s of a cold start.
    path = tmp_path / "a.txt"
    path.write_text("JAKARTA, KOMPAS.com - Pemkot meluncurkan aplikasi layanan.\n", encoding="utf-8")
    command = [sys.executable, "-X", "importtime", "-m", "smartnews.cli", "analyze", str(path)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    assert "spacy" in imported and "thinc" in imported
    assert not {name for name in imported if name.startswith("torch.")}  # "torch" alone: the refused import
    assert json.loads(done.stdout)["relevance"]["score"] >= 0.0


def test_full_text_and_page_urls(
    http_server: HTTPTestServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = (Path(__file__).resolve().parents[1] / "corpora" / "pages" / "antara_smartcity.html").read_bytes()
    url = http_server.route("/berita/1", body=page, headers={"Content-Type": "text/html"})
    missing = http_server.url("/berita/hilang")
    feed = tmp_path / "feed.xml"
    feed.write_text(
        f"<rss version='2.0'><channel><title>t</title><item><title>a</title><link>{url}</link>"
        f"<description>Ringkasan satu.</description></item><item><title>b</title><link>{missing}</link>"
        "<description>Ringkasan dua.</description></item></channel></rss>",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "analyze", str(feed), "--full-text", "--format", "jsonl")
    first, second = (json.loads(line) for line in out.splitlines())
    assert (
        code == 0
        and first["dateline"] == {"place": "Kendari", "agency": "ANTARA"}
        and len(first["paragraphs"]) > 5
    )
    assert second["paragraphs"] == ["Ringkasan dua."] and "404" in err  # the summary kept, the reason logged
    code, out, _ = run(capsys, "analyze", url)  # a page URL is one article
    assert code == 0 and json.loads(out)["title"].startswith("Pemkot Kendari")
    html_file = tmp_path / "page.html"
    html_file.write_bytes(page)
    code, out, _ = run(capsys, "analyze", str(html_file))  # and so is an HTML file
    assert code == 0 and json.loads(out)["dateline"]["place"] == "Kendari"


@pytest.mark.parametrize(
    "argv",
    [
        ["evaluate", "entities", "--data", "{missing}"],
        ["train", "silver", "--news-id", "{missing}", "--out", "{tmp}/silver.jsonl"],
        ["evaluate", "ner", "--model", "{missing}"],
        # checked before any of the hours of training that come before the NER reads it
        [
            "train",
            "stanza",
            "--ud",
            "{tmp}",
            "--ner",
            "{tmp}",
            "--news-id",
            "{tmp}",
            "--silver",
            "{missing}",
            "--out",
            "{tmp}/out",
            "--work-dir",
            "{tmp}/work",
        ],
    ],
)
def test_train_and_evaluate_name_a_missing_path_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    missing = tmp_path / "not-here"
    args = [a.format(missing=missing, tmp=tmp_path) for a in argv]
    code, _, err = run(capsys, *args)
    assert code == 1
    assert err.strip().count("\n") == 0 and str(missing) in err and "Traceback" not in err
