"""Dependency relations (Universal Dependencies, as slovnet's parser labels them) that several
components ask about by the same name."""

SUBJECT_RELS = ("nsubj", "nsubj:pass")
# the words of a name or of what a noun is called: ``министр Лавров``, ``Сергей Лавров``
NAME_RELS = ("appos", "flat", "flat:name", "flat:foreign")
AUX_RELS = ("aux", "aux:pass", "cop")  # the helpers that carry a verb's tense
