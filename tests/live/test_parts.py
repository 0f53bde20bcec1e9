"""The watcher's parts on their own: languages, encodings, the sources file, sitemaps, politeness."""

from __future__ import annotations

import pytest

from khronika.live.http import Fetcher, FetchError, Politeness
from khronika.live.language import language_of, russian_only
from khronika.live.sitemap import SitemapError, read_sitemap
from khronika.live.sources import SourcesError, load_sources, parse_interval
from khronika.readers.decode import charset_of, decode

RUSSIAN = "Президент России Владимир Путин провел переговоры с президентом Казахстана в Кремле."
KAZAKH = "Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев бүгін Ақордада елшілерді қабылдады."


@pytest.mark.parametrize(("text", "code"), [
    (RUSSIAN, "ru"),
    (KAZAKH, "kk"),
    ("Oʻzbekiston Respublikasi Prezidenti Shavkat Mirziyoyev va Qozogʻiston rahbari uchrashdi.", "uz"),
    ("Ўзбекистон Республикаси Президенти Шавкат Мирзиёев Қозоғистон раҳбари билан учрашди.", "uz"),
    ("Кыргыз Республикасынын Президенти Садыр Жапаров бүгүн өлкөнүн өкмөтү менен жолукту.", "ky"),
    ("Президент України провів зустріч із прем'єр-міністром і обговорив питання безпеки та підтримки.", "uk"),
    ("Прэзідэнт Беларусі правёў сустрэчу з кіраўніком ўрада і абмеркаваў пытанні эканомікі.", "be"),
    ("The President of Kazakhstan met the foreign minister of Russia and said that talks went well.", "en"),
])
def test_language_by_letters(text, code):
    assert language_of(text) == code


def test_mixed_page_keeps_its_russian_paragraphs_and_a_kazakh_one_nothing():
    mixed = russian_only(f"{RUSSIAN}\n\n{KAZAKH}\n\n{RUSSIAN.replace('Кремле', 'Астане')}")
    assert mixed.text == f"{RUSSIAN}\n\n{RUSSIAN.replace('Кремле', 'Астане')}" and mixed.dropped == 1
    assert "1 in Kazakh" in mixed.reason
    kazakh = russian_only(f"{KAZAKH}\n\n{KAZAKH}")
    assert kazakh.text == "" and kazakh.reason == "language: Kazakh (kk), not Russian"
    assert russian_only(RUSSIAN).text == RUSSIAN


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "utf-8"])
def test_undeclared_cyrillic_encodings_are_detected(encoding):
    data = (RUSSIAN * 3).encode(encoding)
    assert charset_of(data) == {"utf-8": "utf-8"}.get(encoding, encoding)
    assert decode(data)[0] == RUSSIAN * 3


def test_a_declared_charset_wins_when_the_bytes_agree_with_it():
    data = RUSSIAN.encode("koi8_r")
    assert decode(data, "KOI8-R") == (RUSSIAN, None)
    assert decode(b'<?xml version="1.0" encoding="windows-1251"?>' + RUSSIAN.encode("cp1251"))[0].endswith(RUSSIAN)
    assert decode(RUSSIAN.encode("utf-8"), "no-such-charset") == (RUSSIAN, None)


def test_the_shipped_example_sources_load():
    from .conftest import ROOT

    named = {s.name for s in load_sources(ROOT / "examples" / "sources-cis.yaml")}
    assert {"tass", "interfax", "kazpravda", "akorda", "tengrinews", "kun-uz", "24-kg", "belta"} <= named


def test_sources_file_fields_defaults_and_errors(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("defaults: {every: 1h}\nsources:\n  - {name: a, url: 'https://a.example/rss', pages: false}\n"
                    "  - {name: b, url: 'https://b.example/sitemap.xml', kind: sitemap, every: 90s}\n")
    a, b = load_sources(path)
    assert (a.every, a.pages, a.kind) == (3600, "never", "feed")
    assert (b.every, b.kind) == (90, "sitemap")
    assert parse_interval("15m") == 900
    for broken in ("sources: [{name: a}]", "sources: [{name: a, url: 'ftp://x'}]", "[1, 2]",
                   "sources: [{name: a, url: 'http://x', colour: red}]", "sources: [{name: a, url: 'http://x', every: soon}]"):
        path.write_text(broken)
        with pytest.raises(SourcesError):
            load_sources(path)


def test_sitemap_urlset_newest_first_and_index_children():
    urlset = read_sitemap(b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://x/1</loc><lastmod>2025-09-01</lastmod></url>
        <url><loc>https://x/2</loc><lastmod>2025-09-03</lastmod></url></urlset>""")
    assert [e.url for e in urlset.entries] == ["https://x/2", "https://x/1"]
    index = read_sitemap(b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <sitemap><loc>https://x/a.xml</loc><lastmod>2025-01-01</lastmod></sitemap>
        <sitemap><loc>https://x/b.xml</loc><lastmod>2025-09-01</lastmod></sitemap></sitemapindex>""")
    assert index.children == ["https://x/b.xml", "https://x/a.xml"]
    for broken in (b"<html><body>oops</body></html>", b"<urlset><url><loc>cut"):
        with pytest.raises(SitemapError):
            read_sitemap(broken)


def test_requests_to_one_host_are_spaced_and_carry_the_user_agent(site):
    slept: list[float] = []
    fetcher = Fetcher(Politeness(min_interval=5.0, timeout=2), sleep=slept.append)
    fetcher.get(f"{site.base}/news/lavrov.html")
    fetcher.get(f"{site.base}/news/sco.html")
    assert len(slept) == 2 and all(0 < s <= 5.0 for s in slept)  # robots.txt, then two pages: two waits
    assert len(site.agents) == 1 and site.agents.pop().startswith("Khronika/")


def test_retries_back_off_then_give_up_with_the_reason(site):
    slept: list[float] = []
    fetcher = Fetcher(Politeness(retries=2, backoff=1.0, min_interval=0, timeout=2), sleep=slept.append)
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"{site.base}/fault/500")
    assert caught.value.reason == "HTTP 500 Internal Server Error" and caught.value.transient
    assert slept == [1.0, 2.0] and site.count("/fault/500") == 3
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"{site.base}/fault/404")
    assert caught.value.reason == "HTTP 404 Not Found" and site.count("/fault/404") == 1  # no retry for a 404
