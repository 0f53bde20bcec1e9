import pytest

from khronika.batching import chop


def test_chop_cuts_a_stream_into_batches_and_keeps_the_remainder():
    assert list(chop(iter(["Москва", "Астана", "Ташкент", "Бишкек", "Душанбе"]), 2)) == [
        ["Москва", "Астана"], ["Ташкент", "Бишкек"], ["Душанбе"]]
    assert list(chop([], 3)) == []


def test_chop_is_lazy_and_refuses_an_empty_batch():
    consumed = []

    def stream():
        for i in range(10):
            consumed.append(i)
            yield i

    first = next(chop(stream(), 3))
    assert first == [0, 1, 2] and consumed == [0, 1, 2]
    with pytest.raises(ValueError):
        next(chop([1], 0))
