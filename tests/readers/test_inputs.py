from pathlib import Path

from khronika.model import Article
from khronika.readers.inputs import read_inputs
from khronika.readers.options import ReadOptions
from khronika.readers.source import ReadFailure

TEXT = "Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Турции."


def read(path: Path, **options) -> list:
    return list(read_inputs([path], ReadOptions(**options)))


def test_plain_text_file_is_one_article(tmp_path):
    path = tmp_path / "lavrov.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = read(path, published="2025-09-08", source="example.ru")
    assert (article.id, article.text, article.published, article.source) == ("lavrov", TEXT, "2025-09-08", "example.ru")


def test_windows_1251_text_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(TEXT.encode("cp1251"))
    [article] = read(path)
    assert article.text == TEXT
    assert "Windows-1251" in article.errors[0]


def test_binary_file_is_a_read_failure(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [failure] = read(path)
    assert isinstance(failure, ReadFailure) and "binary" in failure.reason


def test_jsonl_lines_become_articles_and_bad_lines_fail_alone(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "a1", "text": "Путин встретился с Моди.", "published": "2025-09-01T10:00:00Z", "source": "tass.ru"}\n'
        "{not json\n"
        '{"id": "a3", "title": "без текста"}\n',
        encoding="utf-8",
    )
    first, broken, missing = read(path)
    assert isinstance(first, Article) and first.published == "2025-09-01" and first.source == "tass.ru"
    assert isinstance(broken, ReadFailure) and "invalid JSON" in broken.reason
    assert isinstance(missing, ReadFailure) and missing.id == "a3"


def test_html_page_body_and_title(tmp_path):
    body = "".join(f"<p>{TEXT} Абзац номер {i} о переговорах в Анкаре.</p>" for i in range(5))
    html = f"<html><head><title>Лавров в Анкаре</title></head><body><nav>Меню сайта</nav><article><h1>Лавров в Анкаре</h1>{body}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    [article] = read(path)
    assert article.title == "Лавров в Анкаре"
    assert "Абзац номер 4" in article.text and "Меню сайта" not in article.text


def test_rss_entries_become_articles(tmp_path):
    rss = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента</title>
    <link>https://www.example.kz/</link>
    <item><title>Токаев прибыл в Москву</title><link>https://example.kz/1</link>
    <description>&lt;p&gt;Президент Казахстана прибыл с визитом.&lt;/p&gt;</description>
    <pubDate>Mon, 08 Sep 2025 10:00:00 +0500</pubDate></item>
    <item><title>Второе сообщение</title><link>https://example.kz/2</link><description>Текст второй.</description></item>
    </channel></rss>"""
    path = tmp_path / "feed.xml"
    path.write_text(rss, encoding="utf-8")
    first, second = read(path, published="2025-09-09")
    assert first.text.startswith("Токаев прибыл в Москву\n\nПрезидент Казахстана")
    assert first.published == "2025-09-08" and first.source == "example.kz" and first.url == "https://example.kz/1"
    assert second.published == "2025-09-09"


def test_warc_html_responses_become_articles(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    body = "".join(f"<p>{TEXT} Подробность {i}.</p>" for i in range(5))
    html = f"<html><head><title>Заголовок</title></head><body><article>{body}</article></body></html>".encode()
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.ru/news/1", "response", payload=BytesIO(html), http_headers=headers))
    [article] = read(path)
    assert article.url == "https://example.ru/news/1" and "Подробность 4" in article.text


def test_missing_file_is_reported_not_raised(tmp_path):
    [failure] = read(tmp_path / "nope.txt")
    assert isinstance(failure, ReadFailure) and "cannot read" in failure.reason


def test_an_input_with_no_article_is_a_read_failure_not_silence(tmp_path):
    (tmp_path / "blank.jsonl").write_text("\n\n", encoding="utf-8")
    (tmp_path / "empty.warc").write_bytes(b"")
    items = list(read_inputs([tmp_path / "blank.jsonl", tmp_path / "empty.warc"]))
    assert [(type(i).__name__, i.reason) for i in items] == [
        ("ReadFailure", "no article in this jsonl input"), ("ReadFailure", "no article in this warc input")]


def test_a_sources_file_in_a_folder_of_inputs_is_not_an_article(tmp_path):
    (tmp_path / "news.txt").write_text("Президент России провел встречу.", encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("sources: []\n", encoding="utf-8")
    assert [a.id for a in read_inputs([tmp_path])] == ["news"]


def test_what_the_fuzzer_found_fails_with_a_reason_inside_the_readers(tmp_path):
    nested = tmp_path / "nested.jsonl"
    nested.write_bytes(b"[" * 50_000 + b"]" * 50_000 + b"\n")
    no_text = tmp_path / "no-text.rss"
    no_text.write_bytes(b'<rss version="2.0"><channel><item><title>\xd0\x9c\xd0\x98\xd0\x94</title><description/>'
                        b"</item></channel></rss>")
    bare = tmp_path / "bare.rss"
    bare.write_bytes(b"<rss/>")
    [deep] = read(nested)
    assert isinstance(deep, ReadFailure) and deep.reason == "invalid JSON: nested too deeply to be an article"
    [titled] = read(no_text)
    assert isinstance(titled, Article) and titled.text == "МИД"
    [empty] = read(bare)
    assert isinstance(empty, ReadFailure) and not empty.reason.startswith("unreadable")
