"""Whom a statement is aimed at (events/statements.py): the doer of the act it judges, the side an
intent is for, whose claim a denial denies; never the speaker's own side. Real Russian news syntax."""


def said(article, trigger):
    return [e for e in article.events if e.trigger.text == trigger]


def test_criticism_of_an_act_is_aimed_at_its_doer_not_the_first_name_in_the_content(read):
    article = read("Министр иностранных дел Польши заявил, что визит в Россию президента Чехии Милоша Земана "
                   "неприемлем.")
    criticism = said(article, "заявил")
    assert [e.cameo for e in criticism] == ["111"]
    assert criticism[0].target is not None and criticism[0].target.name == "Милош Земан"  # not Russia, the place


def test_criticism_of_an_act_done_by_a_side_named_with_so_storony(read):
    article = read("Представитель ОБСЕ заявил, что разгон демонстрации со стороны полиции Армении недопустим.")
    criticism = said(article, "заявил")
    assert [e.cameo for e in criticism] == ["111"] and criticism[0].target.code == "ARMCOP"
