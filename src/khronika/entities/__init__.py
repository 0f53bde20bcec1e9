"""The ``entities`` component: natasha's PER/ORG/LOC mentions corrected with the knowledge base.

It sits above ``nlp`` (which it corrects) and ``kb`` (whose names it knows), below ``link``.
"""
