"""One rule for every reader: the document's own date and source, else the command-line default;
a document date is parsed once, when read, whatever its format."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest

from khronika.readers.inputs import read_inputs
from khronika.readers.options import ReadOptions

TEXT = "Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Турции в Анкаре."
BODY = "".join(f"<p>{TEXT} Подробность номер {i} о переговорах.</p>" for i in range(5))
PAGE = (
    '<html><head><title>Лавров в Анкаре</title>'
    '<meta property="article:published_time" content="2025-09-01">'
    '<meta property="og:url" content="https://www.example.kz/news/1"><meta property="og:site_name" content="example.kz">'
    f"</head><body><article><h1>Лавров в Анкаре</h1>{BODY}</article></body></html>"
)
DEFAULTS = ReadOptions(published="2025-09-08", source="default.ru")


def read(path: Path, options: ReadOptions = DEFAULTS) -> list:
    return list(read_inputs([path], options))


def test_html_page_keeps_its_own_date_and_source(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read(path)
    assert (article.published, article.source) == ("2025-09-01", "example.kz")


def test_html_page_without_date_takes_the_default(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE.replace('<meta property="article:published_time" content="2025-09-01">', ""), encoding="utf-8")
    [article] = read(path)
    assert (article.published, article.source) == ("2025-09-08", "example.kz")


def test_jsonl_record_wins_over_the_defaults(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "own", "text": "Путин встретился с Моди.", "published": "2025-09-01", "source": "tass.ru"}\n'
        '{"id": "bare", "text": "Путин встретился с Моди."}\n',
        encoding="utf-8",
    )
    own, bare = read(path)
    assert (own.published, own.source) == ("2025-09-01", "tass.ru")
    assert (bare.published, bare.source) == ("2025-09-08", "default.ru")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-09-01T10:00:00Z", "2025-09-01"),
        ("Mon, 08 Sep 2025 10:00:00 +0300", "2025-09-08"),
        ("8 сентября 2025 года", "2025-09-08"),
    ],
)
def test_jsonl_date_is_parsed_not_cut(tmp_path, value, expected):
    path = tmp_path / "batch.jsonl"
    path.write_text(f'{{"id": "a", "text": "Токаев прибыл в Москву.", "published": "{value}"}}\n', encoding="utf-8")
    [article] = read(path, ReadOptions())
    assert (article.published, article.published_raw) == (expected, None)
    assert article.status == "ok"


def test_jsonl_unreadable_date_is_kept_raw_and_the_default_stands_in(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "a", "text": "Токаев прибыл в Москву.", "published": "8 сент."}\n', encoding="utf-8")
    [article] = read(path)
    assert (article.published, article.published_raw) == ("2025-09-08", "8 сент.")
    assert any("8 сент." in error for error in article.errors)


def test_feed_entry_and_feed_host_win_over_the_defaults(tmp_path):
    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>
    <link>https://www.example.kz/</link>
    <item><title>Токаев прибыл в Москву</title><link>https://example.kz/1</link>
    <description>Президент Казахстана прибыл с визитом.</description>
    <pubDate>Mon, 01 Sep 2025 10:00:00 +0500</pubDate></item>
    <item><title>Второе сообщение</title><link>https://example.kz/2</link><description>Текст второй.</description></item>
    </channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(rss, encoding="utf-8")
    dated, undated = read(path)
    assert (dated.published, dated.source) == ("2025-09-01", "example.kz")
    assert (undated.published, undated.source) == ("2025-09-08", "example.kz")


def test_text_file_takes_the_defaults(tmp_path):
    path = tmp_path / "lavrov.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = read(path)
    assert (article.published, article.source) == ("2025-09-08", "default.ru")


def test_warc_page_keeps_its_own_date(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://example.kz/news/1", "response", payload=BytesIO(PAGE.encode()), http_headers=headers
        )
        writer.write_record(record)
    [article] = read(path)
    assert (article.published, article.source) == ("2025-09-01", "example.kz")


def test_a_default_date_that_is_not_a_date_is_refused():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        ReadOptions(published="8 сентября")
