"""Real Russian news texts with hand-built events in the output contract's shape, for store,
query and export tests that must not wait for the extraction components."""

from __future__ import annotations

from khronika.model import Actor, Article, Event, Location, MentionRef, SentenceRef, TextSpan, Time

TOKAYEV = ("Касым-Жомарт Токаев", "Q200881", "KAZGOV", "KAZ")
MIRZIYOYEV = ("Шавкат Мирзиёев", "Q1285474", "UZBGOV", "UZB")
LAVROV = ("Сергей Лавров", "Q7486", "RUSGOV", "RUS")
FIDAN = ("Хакан Фидан", "Q1241475", "TURGOV", "TUR")
CHINA = ("Китай", "Q148", "CHN", "CHN")
RUSSIA = ("Россия", "Q159", "RUS", "RUS")
KAZAKHSTAN = ("Казахстан", "Q232", "KAZ", "KAZ")
LABELS = {"042": "Make a visit", "043": "Host a visit", "036": "Express intent to meet or negotiate",
          "040": "Consult", "046": "Engage in negotiation", "019": "Express accord", "051": "Praise or endorse"}


def actor(text: str, who: tuple[str, str, str, str], mention: str | None = None) -> Actor:
    name, qid, code, country = who
    at = text.find(mention) if mention else -1
    ref = MentionRef(at, at + len(mention)) if mention and at >= 0 else None
    return Actor(name=name, qid=qid, code=code, country=country, role=code[3:6] or None, mention=ref)


def event(text: str, cameo: str, trigger: str, source: tuple, target: tuple | None, modality: str = "factual",
          time: tuple[str, str, str, str] | None = None, place: tuple[str, ...] | None = None,
          source_mention: str | None = None, target_mention: str | None = None, confidence: float = 0.8) -> Event:
    """An event as the extraction would write it; spans are found in ``text``."""
    at = text.index(trigger)
    sentence_start = max(text.rfind(". ", 0, at) + 2, text.rfind("\n", 0, at) + 1, 0)
    sentence_end = text.find(".", at) + 1 or len(text)
    when = None
    if time:
        phrase, start, end, precision = time
        t_at = text.find(phrase)
        when = Time(phrase, t_at, t_at + len(phrase), start, end, precision)
    where = None
    if place:
        p_text, p_qid, *p_country = place
        p_at = text.find(p_text)
        where = Location(p_text, p_at, p_at + len(p_text), qid=p_qid, country=p_country[0] if p_country else None)
    return Event(
        cameo=cameo, label=LABELS.get(cameo, ""), modality=modality,
        source=actor(text, source, source_mention), target=actor(text, target, target_mention) if target else None,
        trigger=TextSpan(trigger, at, at + len(trigger)), sentence=SentenceRef(sentence_start, sentence_end, _sentences_before(text, sentence_start)),
        time=when, location=where, goldstein=1.9 if cameo.startswith("04") else 4.0, quad_class=1,
        confidence=confidence,
    )


def article(id: str, text: str, published: str, source: str, events_of) -> Article:
    return Article(id=id, text=text, published=published, source=source, title=text.split("\n")[0],
                   url=f"https://{source}/{id}", events=events_of(text))


def china_visit_tass() -> Article:
    text = ("Токаев прибыл в Пекин\n"
            "Президент Казахстана Касым-Жомарт Токаев 2 сентября прибыл с официальным визитом в Китай. "
            "В Пекине запланированы переговоры с председателем КНР.")
    return article("tass-2025-09-02-tokayev", text, "2025-09-02", "tass.ru", lambda t: [
        event(t, "042", "прибыл с официальным визитом", TOKAYEV, CHINA, time=("2 сентября", "2025-09-02", "2025-09-02", "day"),
              source_mention="Касым-Жомарт Токаев", target_mention="Китай"),
    ])


def china_visit_kazpravda() -> Article:
    text = ("Итоги визита в КНР\n"
            "Во вторник Глава государства посетил Китай, где провел переговоры по всему комплексу двусторонних отношений. "
            "Визит Касым-Жомарта Токаева в Пекин стал важным этапом.")
    return article("kazpravda-2025-09-03-china", text, "2025-09-03", "kazpravda.kz", lambda t: [
        event(t, "042", "посетил", TOKAYEV, CHINA, time=("Во вторник", "2025-09-02", "2025-09-02", "day"),
              place=("Пекин", "Q956", "CHN"), target_mention="Китай", confidence=0.7),
    ])


def russia_visit(day: str, published: str, id: str) -> Article:
    months = {"10": "октября", "11": "ноября"}
    phrase = f"{int(day[8:])} {months[day[5:7]]}"
    text = (f"Токаев прибыл в Москву\n"
            f"Президент Казахстана Касым-Жомарт Токаев {phrase} прибыл с рабочим визитом в Россию. "
            f"В Кремле пройдут переговоры с Владимиром Путиным.")
    return article(id, text, published, "ria.ru", lambda t: [
        event(t, "042", "прибыл с рабочим визитом", TOKAYEV, RUSSIA, time=(phrase, day, day, "day"),
              place=("Москву", "Q649"), source_mention="Касым-Жомарт Токаев", target_mention="Россию"),
    ])


def mirziyoyev_announced() -> Article:
    text = ("Мирзиёев посетит Астану в начале следующего месяца\n"
            "Президент Узбекистана Шавкат Мирзиёев в начале октября совершит государственный визит в Казахстан, "
            "сообщила пресс-служба Акорды.")
    return article("akorda-2025-09-08-mirziyoyev", text, "2025-09-08", "akorda.kz", lambda t: [
        event(t, "042", "совершит государственный визит", MIRZIYOYEV, KAZAKHSTAN, modality="planned",
              time=("в начале октября", "2025-10-01", "2025-10-10", "approx"),
              source_mention="Шавкат Мирзиёев", target_mention="Казахстан"),
    ])


def mirziyoyev_arrived() -> Article:
    text = ("Мирзиёев прибыл в Астану\n"
            "Президент Узбекистана Шавкат Мирзиёев 3 октября прибыл в Астану с государственным визитом в Казахстан. "
            "В аэропорту его встретил Касым-Жомарт Токаев.")
    return article("kazinform-2025-10-03-mirziyoyev", text, "2025-10-03", "inform.kz", lambda t: [
        event(t, "042", "прибыл в Астану с государственным визитом", MIRZIYOYEV, KAZAKHSTAN,
              time=("3 октября", "2025-10-03", "2025-10-03", "day"), place=("Астану", "Q1520"),
              source_mention="Шавкат Мирзиёев", target_mention="Казахстан"),
    ])


def lavrov_fidan(id: str, source: str, swapped: bool = False) -> Article:
    if swapped:  # the same talks told from the other side
        text = ("Фидан провел переговоры с Лавровым\n"
                "Глава МИД Турции Хакан Фидан вчера провел в Москве переговоры с российским коллегой Сергеем Лавровым. "
                "Министры обсудили урегулирование в Сирии.")
    else:
        text = ("Лавров и Фидан обсудили ситуацию на Ближнем Востоке\n"
                "Министр иностранных дел России Сергей Лавров вчера провел в Москве переговоры с главой МИД Турции "
                "Хаканом Фиданом. Стороны обсудили ситуацию в Сирии.")
    first, second = (FIDAN, LAVROV) if swapped else (LAVROV, FIDAN)
    return article(id, text, "2025-09-08", source, lambda t: [
        event(t, "046", "провел в Москве переговоры", first, second, time=("вчера", "2025-09-07", "2025-09-07", "day"),
              place=("Москве", "Q649")),
    ])


def lavrov_fidan_accord(id: str, source: str, swapped: bool = False) -> Article:
    if swapped:  # the same accord told from the other side
        text = ("Фидан согласился с Лавровым\n"
                "Глава МИД Турции Хакан Фидан вчера согласился с российским коллегой Сергеем Лавровым в том, "
                "что конфликт в Сирии нужно решать политическими средствами.")
    else:
        text = ("Лавров и Фидан сошлись во мнениях по Сирии\n"
                "Министр иностранных дел России Сергей Лавров вчера согласился с главой МИД Турции Хаканом "
                "Фиданом в том, что конфликт в Сирии нужно решать политическими средствами.")
    first, second = (FIDAN, LAVROV) if swapped else (LAVROV, FIDAN)
    return article(id, text, "2025-09-08", source, lambda t: [
        event(t, "019", "согласился", first, second, time=("вчера", "2025-09-07", "2025-09-07", "day")),
    ])


def lavrov_fidan_thanks(id: str, source: str, swapped: bool = False) -> Article:
    if swapped:  # a thanks the other way round: another act, not the same one retold
        text = ("Фидан поблагодарил Лаврова\n"
                "Глава МИД Турции Хакан Фидан вчера поблагодарил Сергея Лаврова за гостеприимство.")
    else:
        text = ("Лавров поблагодарил Фидана\n"
                "Министр иностранных дел России Сергей Лавров вчера поблагодарил Хакана Фидана за посредничество.")
    first, second = (FIDAN, LAVROV) if swapped else (LAVROV, FIDAN)
    return article(id, text, "2025-09-08", source, lambda t: [
        event(t, "051", "поблагодарил", first, second, time=("вчера", "2025-09-07", "2025-09-07", "day")),
    ])


def all_stories() -> list[Article]:
    return [china_visit_tass(), china_visit_kazpravda(), mirziyoyev_announced(),
            russia_visit("2025-10-05", "2025-10-05", "ria-2025-10-05-tokayev"),
            mirziyoyev_arrived(), lavrov_fidan("tass-lavrov", "tass.ru"),
            russia_visit("2025-11-12", "2025-11-12", "ria-2025-11-12-tokayev")]


def build_store(path):
    """A store holding all the stories above, merged."""
    from khronika.store import connect
    from khronika.store.writer import store_analysed

    con = connect(path)
    store_analysed(all_stories() + [lavrov_fidan("aa-talks", "aa.com.tr", swapped=True)], con)
    con.close()
    return path


def _sentences_before(text: str, at: int) -> int:
    """The index the pipeline gives a sentence in these short stories: one per line or full stop."""
    return sum(1 for i in range(at) if text[i] == "\n" or text[i : i + 2] == ". ")
