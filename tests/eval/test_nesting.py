from khronika.eval.gold import INNER, NESTED, OUTER
from khronika.eval.nesting import flatten

TEXT = "Министр иностранных дел заявил, что МИД России направил ноту посольству «Газпрома»."


def span(text, type_):
    start = TEXT.index(text)
    return (start, start + len(text), type_)


BODY, COUNTRY, QUOTED = span("МИД России", "ORG"), span("России", "LOC"), span("«Газпрома»", "ORG")


def test_inner_convention_cuts_the_body_around_the_country():
    assert sorted(flatten(TEXT, [BODY, COUNTRY, QUOTED], INNER)) == sorted([span("МИД", "ORG"), COUNTRY, QUOTED])


def test_outer_convention_keeps_the_body_alone():
    assert flatten(TEXT, [BODY, COUNTRY, QUOTED], OUTER) == [BODY, QUOTED]


def test_nested_data_and_flat_output_are_left_as_they_are():
    assert flatten(TEXT, [BODY, COUNTRY], NESTED) == [BODY, COUNTRY]
    flat = [span("МИД", "ORG"), COUNTRY, QUOTED]
    assert flatten(TEXT, flat, INNER) == flat and flatten(TEXT, flat, OUTER) == flat
