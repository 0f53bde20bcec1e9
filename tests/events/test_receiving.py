"""Acts received: the sender in the ``от`` phrase acts, the receiver is acted upon."""

from tests.events.conftest import only


def test_an_invitation_received_is_the_senders(read):
    invitation = only(read("Президент Казахстана получил приглашение от Владимира Путина посетить Москву."), "036")
    assert len(invitation) == 1
    assert invitation[0].source is not None and invitation[0].source.qid == "Q7747"
    assert invitation[0].target is not None and invitation[0].target.code == "KAZGOV"


def test_aid_received_from_a_body(read):
    aid = only(read("Украина получила финансовую помощь от Евросоюза."), "07")
    assert [(e.source.code, e.target.code) for e in aid if e.source and e.target] == [("IGOEUREEC", "UKR")]


def test_a_receiver_with_no_sender_named_does_not_act(read):
    article = read("Токаев получил приглашение посетить Москву.")
    assert not [e for e in only(article, "036") if e.source is not None and e.source.qid == "Q200881"]
    support = read("«Всё отлично, мы получаем большую поддержку», — сказал рабочий завода Марк.")
    assert not only(support, "05")


def test_voters_instructions_received_by_deputies(read):
    article = read("«Мы пообщались с населением, мы получили наказы от избирателей голосовать против», — рассказал "
                   "депутат Законодательного собрания Приморского края Владимир Беспалов.")
    [order] = only(article, "020")
    assert order.source is not None and order.source.name == "избиратель"
    assert order.target is not None and "Беспалов" in order.target.name

