import json

from khronika import jsonl


def test_a_record_is_one_line_for_any_splitter_and_reads_back_equal():
    record = {"text": "Лавров\u2028и\x85Фидан\u2029обсудили\nСирию", "n": 1}
    written = jsonl.line(record)
    assert written.endswith("\n") and len(written.splitlines()) == 1
    assert json.loads(written) == record
    assert "Лавров" in written  # Russian stays readable, not \\u-escaped
