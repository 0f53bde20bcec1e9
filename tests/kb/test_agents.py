"""The agents dictionary: role words by family, the rules their flags serve, and codes from country + role."""

import pytest

from khronika.kb.agents import actor_roles, agent, role, with_flag
from khronika.kb.cameo import actor_code, role_of


@pytest.mark.parametrize("phrase, expected", [
    ("министр", "GOV"), ("посол", "GOV"), ("пресс-секретарь", "GOV"),
    ("депутат", "LEG"), ("фракция", "LEG"), ("парламент", "LEG"),
    ("военный", "MIL"), ("генерал", "MIL"), ("полиция", "COP"), ("мвд", "COP"),
    ("суд", "JUD"), ("прокуратура", "JUD"), ("кгб", "SPY"), ("партия", "PTY"),
    ("оппозиция", "OPP"), ("лидер оппозиция", "OPP"), ("ополченец", "REB"), ("боевик", "REB"),
    ("биржа", "BUS"), ("банк", "BUS"), ("газета", "MED"), ("университет", "EDU"),
    ("церковь", "REL"), ("правозащитник", "NGO"), ("избиратель", "CVL"), ("участник митинг", "CVL"),
])
def test_each_family_has_its_role(phrase, expected):
    assert role(phrase) == expected


def test_flags_keep_each_rule_to_its_words():
    assert {"президент", "министр"} <= with_flag("name") & with_flag("alone")
    assert "лидер" in with_flag("of") and "министр" not in with_flag("of")  # глава МИД: the body's role
    assert "страна" in actor_roles() and actor_roles()["страна"] is None  # the state itself, no role
    assert agent("страна").is_state and not agent("министр").is_state
    assert "военный" in with_flag("group") and "сторона" not in with_flag("group")  # a bare "стороны" is no group
    assert agent("неведомое слово") is None


def test_country_and_role_make_one_code():
    assert actor_code("JPN", "GOV") == "JPNGOV" and role_of(actor_code("JPN", "GOV")) == "GOV"
    assert actor_code("RUS", None) == "RUS"
