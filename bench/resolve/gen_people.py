#!/usr/bin/env python3
"""Synthetic people for benchmarking cross-case entity resolution (bench/resolve/README.md).

    python3 bench/resolve/gen_people.py --records 1000000 --seed 1 --out /tmp/people-1m

Writes DIR/entities.jsonl (FollowTheMoney Person entities, one per line, grouped by case) and
DIR/truth.jsonl (the identity behind every record, what identifiers it carries and which variants
were applied). Deterministic: the same --records/--seed give byte-identical files.

World model, in short: identities (true people) with a canonical Cyrillic name in their own
language's orthography (Russian, Kazakh, Kyrgyz, Uzbek, Tajik), a birth date, 0-2 phones, 0-1
passport, 0-1 national ID; each identity appears in 1..15 records, each in a different case; every
record independently spells the name through one of several real romanisation schemes and
applies the variants listed in VARIANT PROBABILITIES below. Look-alikes that are *different*
identities are planted: namesakes, relatives sharing a home phone, twins, and records carrying
somebody else's phone or passport (traffickers holding victims' documents).
Python 3 standard library only.
"""
import argparse
import json
import os
import random
import sys
import time
from bisect import bisect

# --------------------------------------------------------------------------------------------
# VARIANT PROBABILITIES (per record unless noted).  Listed in README.md; keep the two in step.
# --------------------------------------------------------------------------------------------
P_PATRONYMIC = 0.60        # patronymic written (when the identity has one); else patronymic:absent
P_GIVEN_FIRST = 0.35       # order:swapped (given name first) instead of surname first
P_INITIALS = 0.04          # given name (and patronymic) reduced to initials
P_TYPO = 0.06              # one typo in one token (sub / del / transpose / double)
P_APOSTROPHE = 0.50        # if the spelling has an apostrophe-like mark, write another one (or none)
P_SPACING = 0.03           # compound split with hyphen/space, double space, stray edge space
P_YO_AS_E = 0.50           # Cyrillic spelling writes ё as е (when the name has ё)
P_CASE_UPPER_ICAO = 0.50   # UPPER CASE for ICAO (passport) spellings ...
P_CASE_UPPER = 0.15        # ... and for every other spelling
P_CASE_LOWER = 0.05
# birth date on the record: full / year only / year-month / missing / typo'd (cumulative below)
DOB_WEIGHTS = (("full", 0.70), ("year", 0.07), ("month", 0.04), ("missing", 0.14), ("typo", 0.05))
P_PHONE_ON_RECORD = 0.50   # each of the identity's phones, independently
P_PASSPORT_ON_RECORD = 0.50
P_IDNUM_ON_RECORD = 0.40
P_GENDER_PROP = 0.60
P_NATIONALITY_PROP = 0.70
P_NAME_PARTS_PROPS = 0.30  # firstName / lastName / fatherName properties as well as name
# variants a normaliser probably does not model
P_NICKNAME = 0.06          # diminutive / variant form, when the given name has one in NICKNAMES
P_TAJIK_FORM = 0.10        # Tajik surnames: -ov <-> -zoda / -i (de-russified) for the same person
P_HOMOGLYPH = 0.012        # Latin spellings: a Cyrillic look-alike letter inside a Latin word
P_DROP_PART = 0.012        # three-part name loses its given name or its surname
P_SWAP_ACROSS = 0.005      # two letters swapped between two different tokens
# look-alikes that are different people
P_RELATIVE = 0.04          # per base identity: a relative (sibling/father/mother) sharing a home phone
P_TWIN = 0.003             # per base identity: a twin (same surname, patronymic, birth date)
P_NAMESAKE = 0.01          # per base identity: a planted namesake (same given name + surname)
P_CARRIES = 0.005          # per record: also carries another person's phone or passport number
P_JAN1 = 0.02              # per identity: birth date registered as 1 January (unknown day)
# records per identity: k = 1..15
K_WEIGHTS = (56, 20, 10, 5, 3, 2, 1.5, 1, 0.7, 0.5, 0.35, 0.25, 0.2, 0.15, 0.1)
RECORDS_PER_CASE = 8

# --------------------------------------------------------------------------------------------
# Names (canonical spellings, lower case here, Title Case on output).  Lists are ordered roughly
# by frequency; sampling is Zipf-like over the rank.
# --------------------------------------------------------------------------------------------
def W(s):
    return s.lower().split()

RU_M = W("""Александр Сергей Дмитрий Андрей Алексей Владимир Иван Максим Евгений Михаил Николай
Игорь Олег Виктор Юрий Денис Павел Роман Артём Константин Вадим Антон Виталий Валерий Василий
Анатолий Геннадий Борис Григорий Георгий Кирилл Илья Никита Леонид Станислав Вячеслав Владислав
Руслан Егор Фёдор Пётр Степан Тимофей Матвей Ярослав Аркадий Эдуард Валентин Даниил Лев""")
RU_F = W("""Елена Ольга Татьяна Наталья Ирина Светлана Екатерина Анна Мария Юлия Анастасия Марина
Галина Людмила Надежда Оксана Виктория Дарья Александра Алёна Алина Алла Антонина Валентина
Валерия Вера Вероника Диана Евгения Елизавета Жанна Зоя Инна Карина Кристина Ксения Лариса Лидия
Любовь Маргарита Нина Олеся Полина Раиса Снежана Софья Тамара Ульяна Эльвира Яна Ангелина""")
RU_SUR = W("""Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов
Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров
Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов
Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв
Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов
Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов
Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов
Ефимов Федотов Щербаков Калинин Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин
Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов
Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов
Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов
Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов
Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронцов Аксёнов Шевченко Бондаренко
Ковальчук Кравченко Левченко Троицкий Успенский Покровский Белых Седых Черных Шубин Рыбаков""")

KZ_M = W("""Нұрлан Ерлан Асқар Қайрат Бауыржан Серік Дәурен Ержан Қанат Мұрат Арман Айдос Айбек
Алмас Асхат Бақыт Бекзат Болат Ғалым Дархан Еркебұлан Жандос Жасұлан Мақсат Нұрсұлтан Олжас Рүстем
Сағат Сұлтан Талғат Тимур Ұлан Әлібек Әділет Абылай Ерболат Жомарт Мейрамбек Нұржан Дәулет Ақжол
Ербол Ғабит Темірлан Ерасыл Нұрболат""")
KZ_F = W("""Айгүл Әйгерім Гүлнар Жанар Динара Салтанат Сәуле Мадина Айжан Айнұр Ақмарал Әсем Ботагөз
Гүлмира Дана Жансая Жұлдыз Индира Қарлығаш Ләззат Мөлдір Назерке Нұргүл Толқын Ұлжан Шынар Айсұлу
Балжан Гүлжан Ақбота Айдана Аружан Ділназ Жібек Меруерт Сымбат Томирис Үміт Әлия Гүлнұр Асель
Інкәр Аяулым""")
KZ_STEM = W("""Нұрлан Ахмет Омар Сейтқали Жақсылық Серікбай Тоқай Назарбай Құнай Мұқан Сәрсен Жұмабай
Төлеген Есен Оспан Смағұл Ыбырай Әубәкір Бекмұхамбет Қасым Исабек Тұрсын Қожахмет Кенжебай Мамыр
Байжан Бейсен Жақсыбек Ерғали Мұхаметжан Досмұхамбет Әлімжан Сұлтанбек Шәкен Қали Әбіл Тәжібай
Жүніс Қуаныш Айтбай Сүлеймен Бектұр Жанұзақ Тілеубай Ермек Байтұрсын Дүйсен Әмір Сыздық Өтебай
Үмбет Нұрмағамбет Батырбек Құрман Шалабай Әуез Бөкейхан Ысқақ Қадыр Тоқтар Бек Мырзахмет Жолдас
Әшім Ибрай Сапар Қарабай Мақсұт Кәрім Әбдірахман Әбен Ғабдол Рысқұл Сәтбай Тұяқбай Ізбасар
Қонысбай Бигелді""")

KG_M = W("""Азамат Бакыт Нурбек Айбек Эрлан Мирлан Талант Улан Данияр Алмазбек Бактыбек Бекболот
Болот Жаныбек Жоомарт Замирбек Кубанычбек Кылычбек Нурлан Өмүрбек Рысбек Садыр Самат Санжар
Султанбек Таалай Темирлан Үмөт Чынгыз Эмил Адилет Акылбек Бекжан Эрмек Медер Нурсултан Төлөгөн
Тилек Элдияр Жыргалбек Айдар Курманбек""")
KG_F = W("""Айгерим Айгүл Асель Бермет Жылдыз Гүлнара Динара Мээрим Нургүл Айжамал Айзада Айпери
Бегимай Гүлзат Жазгүл Кыял Нурзат Назира Салтанат Чолпон Чынара Үмүт Элнура Элмира Алтынай Айнура
Гүлмира Жаркын Каныкей Толгонай Айсулуу Бактыгүл Нуриза Венера Аида Замира Гүлжан""")
KG_STEM = W("""Асан Үсөн Акай Баки Атамбай Жээнбек Жапар Таши Осмонали Токтогул Сатыбалди Абдыкадыр
Токтосун Исак Ормон Сулайман Жумабек Мамбет Турдубай Касымбек Бообек Кудайберген Өмүрбек Дүйшөнби
Сыдык Калык Бекмурат Аманбай Арстанбек Чолпонбай Абдылда Тагай Мамыркул Бакыт Ниязбек Сарыгул
Текебай Иманали Абылкасым Муратали Эсенгул Кочкор Айтмат Жусуп Токо Садыр Орозбек Турсунбек
Мырзакмат Зулпукар Сооронбай Байзак Бейшен Алымбек Медер Бекбол Калматай Нурмамбет Эшмат
Асылбек Кожомкул Сагынбай Тойчу Үмөталы Шамши Жолдубай Качкын""")

UZ_M = W("""Алишер Ботир Жамшид Шерзод Сардор Азиз Акмал Анвар Баҳодир Бахтиёр Даврон Дилшод Жасур
Зафар Илҳом Ислом Камол Лазиз Мансур Мурод Нодир Ойбек Отабек Равшан Рустам Санжар Сарвар Ўткир
Улуғбек Фаррух Фарҳод Хуршид Шавкат Шуҳрат Эркин Ғайрат Шоҳрух Жаҳонгир Умид Абдулла Муҳаммад Бобур
Темур Аброр Элёр Ғулом Ҳасан Ҳусан Ёқуб Азамат Баҳром""")
UZ_F = W("""Гулнора Дилноза Шаҳноза Нилуфар Малика Зарина Мадина Барно Гулчеҳра Дилафрўз Дилором
Зулфия Камола Лайло Лобар Моҳира Муниса Нигора Нодира Озода Саида Сарвиноз Севара Феруза Шаҳло
Юлдуз Ўғилой Гулноза Дилбар Мафтуна Мунира Наргиза Умида Ҳилола Ширин Зебо Азиза Комила Моҳинур
Фотима Ойгул Гўзал""")
UZ_STEM = W("""Карим Юсуп Исмоил Мирза Турсун Султон Хўжа Саид Расул Али Нурмат Эргаш Холмат Усмон
Йўлдош Шарип Абдулла Аҳмед Мамат Мамадали Тошмат Қодир Зокир Ғани Исроил Жўра Қурбон Ҳамид Ҳасан
Ҳусан Умар Шукур Эшонқул Тўхта Нормат Иброҳим Олим Қосим Содиқ Муса Абдураҳмон Азим Баҳром Вали
Деҳқон Жалил Зиё Иноят Қаҳҳор Латип Маҳмуд Неъмат Отажон Пўлат Ражаб Собир Тожи Ўроқ Файзи Ҳайдар
Шоди Ёқуб Аъзам Берди Ғулом Эгамберди Хайрулла Ортиқ Мурод Парпи Рўзи Салим Тилла Ўрин Ҳасанбой
Чори Шермат Юнус Амир Бокир Ғафур Дадажон Ибод Қаюм Мансур Нишон Очил Рауф Сайфулла Турғун
Худойберди Эркин Абдукарим Маъруф Халил Раҳмат""")

TJ_M = W("""Ҷамшед Фаррух Далер Парвиз Сӯҳроб Абдулло Алишер Бахтиёр Баҳодур Давлат Зафар Илҳом
Исмоил Комрон Манучеҳр Муҳаммад Наврӯз Носир Раҳим Раҳмон Рустам Сино Сиёвуш Тоҳир Умед Фирдавс
Хуршед Шаҳром Шерали Шоҳин Эмомалӣ Юсуф Ҳусейн Хусрав Фаридун Зоҳир Ориф Баҳром Искандар
Ҷаҳонгир Анвар Зубайдулло Сайфулло Ҳикмат Қобил Ғайрат""")
TJ_F = W("""Мадина Нигина Шаҳло Фирӯза Меҳрона Зарина Гулнора Дилноза Малика Мунира Нилуфар Парвина
Рухшона Сайёра Таҳмина Фарзона Шаҳноза Шабнам Гулрухсор Дилафрӯз Мавзуна Заррина Манижа Фотима
Ойша Зулайхо Моҳира Ситора Гулчеҳра Зебо Нодира Шоира Мижгона Сарвиноз Гулбаҳор Ҳабиба Меҳринисо
Шукрона""")
TJ_STEM = W("""Раҳим Раҳмон Шариф Бобо Мирзо Раҷаб Саттор Одина Ашур Бобоҷон Давлат Зоир Наврӯз
Нозим Парто Самад Сангин Тағо Файзулло Фозил Хоҷа Ҳаким Ҳамро Ҳусейн Юсуф Абдулло Азиз Амон Бег
Гадо Даврон Зариф Исо Камол Латиф Маҳмад Мусо Нор Пир Сабур Саъди Табар Убайдулло Ҳалим Ҷалол
Ҷумъа Ёр Ҳотам Ҳикмат Ҳомид Рустам Исмат Мӯмин Қаландар Назар Сафар Қурбон Шоҳ Ғафур Муҳаммадҷон
Сулаймон Ҷӯра Эмомалӣ Ҳасан Солеҳ Қурбонали Аминҷон Ғоиб Нурулло Шамс Зарифҷон Сафол Рауф Олим
Ибод""")

PARTICLES = frozenset(["уулу", "кызы", "ўғли", "қизи"])

RUSSIAN, KAZAKH, KYRGYZ, UZBEK, TAJIK = range(5)
ETH_NAME = ("russian", "kazakh", "kyrgyz", "uzbek", "tajik")
GIVEN = {RUSSIAN: (RU_M, RU_F), KAZAKH: (KZ_M, KZ_F), KYRGYZ: (KG_M, KG_F),
         UZBEK: (UZ_M, UZ_F), TAJIK: (TJ_M, TJ_F)}
STEMS = {RUSSIAN: RU_SUR, KAZAKH: KZ_STEM, KYRGYZ: KG_STEM, UZBEK: UZ_STEM, TAJIK: TJ_STEM}

# nicknames, diminutives and variant forms of given names (lower case, canonical -> options)
NICKNAMES = {
    "александр": ["саша", "шура"], "александра": ["саша"], "алексей": ["лёша", "алёша"],
    "анастасия": ["настя"], "анна": ["аня"], "владимир": ["вова", "володя"], "дмитрий": ["дима"],
    "евгений": ["женя"], "евгения": ["женя"], "екатерина": ["катя"], "елена": ["лена"],
    "иван": ["ваня"], "михаил": ["миша"], "мария": ["маша"], "наталья": ["наташа"],
    "николай": ["коля"], "ольга": ["оля"], "павел": ["паша"], "сергей": ["серёжа"],
    "светлана": ["света"], "татьяна": ["таня"], "юлия": ["юля"], "юрий": ["юра"],
    "виктор": ["витя"], "виктория": ["вика"], "константин": ["костя"], "людмила": ["люда"],
    "надежда": ["надя"], "ксения": ["ксюша"], "галина": ["галя"], "максим": ["макс"],
    "дарья": ["даша"], "елизавета": ["лиза"], "маргарита": ["рита"], "валентина": ["валя"],
    "тимур": ["тима"], "муҳаммад": ["мухаммед", "магомед", "мамед", "мухамед"],
    "гулнора": ["гуля"], "гүлнара": ["гуля"], "гүлмира": ["гуля"], "гүлнар": ["гуля"],
    "нұрсұлтан": ["нурик"], "нурсултан": ["нурик"], "нұрлан": ["нурик"], "нурлан": ["нурик"],
    "алишер": ["алик"], "асель": ["ася"], "дилноза": ["диля"], "дилором": ["диля"],
    "дилафрўз": ["диля"], "дилафрӯз": ["диля"], "юсуф": ["юсуп", "юсиф"], "исмоил": ["исмаил"],
    "ҳусейн": ["хусейн", "гусейн"], "ҷамшед": ["джамшут", "джама"], "жамшид": ["жама"],
    "бахтиёр": ["бахти"], "рустам": ["рустик"], "азамат": ["азик"], "бауыржан": ["бауке"],
}

CYR_VOWELS = frozenset("аеёиоуыэюяәөұүіӣӯў")
# word start or after these letters: iotated е/ё/ю/я in schemes that distinguish
IOT_CTX = CYR_VOWELS | frozenset("йъь-")


def ov_form(stem):
    """Russian-style masculine surname from a name stem: Rakhim -> Rakhimov, Ali -> Aliev."""
    last = stem[-1]
    if last == "й":
        return stem[:-1] + "ев"
    if last in CYR_VOWELS or last in "жшчщц":
        return stem + "ев"
    return stem + "ов"


def ru_feminine(s):
    if s.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return s + "а"
    if s.endswith("ский"):
        return s[:-4] + "ская"
    if s.endswith("цкий"):
        return s[:-4] + "цкая"
    return s  # -ых, -ко, -чук: indeclinable


PATRONYMIC_IRREGULAR = {
    "илья": ("ильич", "ильинична"), "никита": ("никитич", "никитична"), "лев": ("львович", "львовна"),
    "павел": ("павлович", "павловна"), "пётр": ("петрович", "петровна"),
    "михаил": ("михайлович", "михайловна"), "дмитрий": ("дмитриевич", "дмитриевна"),
    "георгий": ("георгиевич", "георгиевна"),
}


def ru_patronymic(father, gender):
    irr = PATRONYMIC_IRREGULAR.get(father)
    if irr:
        return irr[0] if gender == "m" else irr[1]
    if father.endswith("ий"):
        m = father[:-2] + "ьевич"
    elif father.endswith("й") or father.endswith("ь"):
        m = father[:-1] + "евич"
    elif father[-1] in CYR_VOWELS or father[-1] in "жшчщц":
        m = father + "евич"
    else:
        m = father + "ович"
    return m if gender == "m" else m[:-2] + "на"


# --------------------------------------------------------------------------------------------
# Romanisation schemes.  Each is a letter table, an optional table for е/ё/ю/я at the start of
# a word or after a vowel/й/ъ/ь, and an optional post-processing step.  Inputs are lower case.
# --------------------------------------------------------------------------------------------
BASE = dict(zip("абвгдзиклмнопрстуфэ", "abvgdziklmnoprstufe"))
BASE.update({"ч": "ch", "ш": "sh", "щ": "shch"})

def tbl(pairs):
    t = dict(BASE)
    t.update(pairs)
    return t

# ICAO Doc 9303 (Part 3, transliteration of Cyrillic), national letters folded to their Russian
# counterparts first (ә->а, қ->к, ҳ->х, ҷ->дж, ...), which is what a passport office does.
ICAO = tbl({"е": "e", "ё": "e", "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ъ": "ie", "ы": "y",
            "ь": "", "ю": "iu", "я": "ia", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o",
            "ұ": "u", "ү": "u", "һ": "h", "і": "i", "ҳ": "kh", "ҷ": "dzh", "ӣ": "i", "ӯ": "u",
            "ў": "u"})
# BGN/PCGN (Russian 1947 plus the BGN/PCGN Kazakh, Kyrgyz and Tajik letters; Uzbek letters as
# in the Uzbek Latin alphabet, which BGN/PCGN adopted).
BGN = tbl({"е": "e", "ё": "ë", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ъ": "ʺ", "ы": "y",
           "ь": "ʹ", "ю": "yu", "я": "ya", "ә": "ä", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "ö",
           "ұ": "ū", "ү": "ü", "һ": "h", "і": "i", "ҳ": "ḩ", "ҷ": "j", "ӣ": "ī", "ӯ": "ū",
           "ў": "oʻ"})
BGN_IOT = {"е": "ye", "ё": "yë"}
# BGN/PCGN as usually typed: ё -> yo, no primes, no diacritics on national letters
BGN_SIMPLE = dict(BGN)
BGN_SIMPLE.update({"ё": "yo", "ъ": "", "ь": "", "ә": "a", "ө": "o", "ұ": "u",
                   "ү": "u", "ҳ": "h", "ӣ": "i", "ӯ": "u", "ў": "o"})
BGN_SIMPLE_IOT = {"е": "ye", "ё": "yo"}
# Uzbek Latin alphabet (1995): x for х, j for ж, oʻ gʻ with U+02BB, ʼ (U+02BC) for ъ
LAT_UZBEK = tbl({"е": "e", "ё": "yo", "ж": "j", "й": "y", "х": "x", "ц": "ts", "ъ": "ʼ", "ы": "i",
             "ь": "", "ю": "yu", "я": "ya", "щ": "sh", "ў": "oʻ", "қ": "q", "ғ": "gʻ", "ҳ": "h",
             "ә": "a", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i", "ҷ": "j",
             "ӣ": "i", "ӯ": "u"})
UZBEK_IOT = {"е": "ye"}
# Kazakh Latin alphabet (2021 revision)
LAT_KAZAKH = tbl({"е": "e", "ё": "io", "ж": "j", "й": "i", "х": "h", "ц": "ts", "ъ": "", "ы": "y",
              "ь": "", "ю": "iu", "я": "ia", "ч": "ç", "ш": "ş", "щ": "şş", "ә": "ä", "ғ": "ğ",
              "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū", "ү": "ü", "һ": "h", "і": "ı", "ҳ": "h",
              "ҷ": "j", "ӣ": "i", "ӯ": "u", "ў": "o"})
# the same without diacritics, as typed on an ordinary keyboard
KAZAKH_PLAIN = dict(LAT_KAZAKH)
KAZAKH_PLAIN.update({"ч": "ch", "ш": "sh", "щ": "shsh", "ә": "a", "ғ": "g", "ң": "ng", "ө": "o",
                     "ұ": "u", "ү": "u", "і": "i"})
# Tajik Latin: ҷ as ç (1928-style) or j, ҳ h, ӣ ī, ӯ ū, қ q, ғ gh, х x
TAJIK_C = tbl({"е": "e", "ё": "yo", "ж": "zh", "й": "y", "х": "x", "ц": "ts", "ъ": "ʼ", "ы": "i",
               "ь": "", "ю": "yu", "я": "ya", "ҷ": "ç", "ҳ": "h", "ӣ": "ī", "ӯ": "ū", "қ": "q",
               "ғ": "gh", "ә": "a", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
               "ў": "ū"})
TAJIK_J = dict(TAJIK_C)
TAJIK_J["ҷ"] = "j"
TAJIK_IOT = {"е": "ye"}

# informal / ad hoc spellings: each informal "profile" is one random choice per letter
INFORMAL_OPTIONS = {
    "е": ["e"], "ё": ["yo", "e", "io", "jo"], "ж": ["zh", "j", "zh"], "й": ["y", "i", "j", "y"],
    "х": ["kh", "h", "x", "kh", "h"], "ц": ["ts", "c", "tz"], "щ": ["shch", "sch", "sh"],
    "ы": ["y", "i", "y"], "ь": ["", "", "'"], "ъ": ["", "'", ""], "ю": ["yu", "iu", "ju", "yu"],
    "я": ["ya", "ia", "ja", "ya"], "ә": ["a", "ae", "a", "ä"], "ғ": ["g", "gh", "g"],
    "қ": ["k", "q", "k"], "ң": ["n", "ng", "n"], "ө": ["o", "oe", "o", "ö"], "ұ": ["u"],
    "ү": ["u", "ue", "u", "ü"], "һ": ["h"], "і": ["i"], "ҳ": ["h", "kh", "h", "x"],
    "ҷ": ["j", "dzh", "j", "dj"], "ӣ": ["i"], "ӯ": ["u", "o", "u"], "ў": ["o", "u", "o'", "oʻ"],
}
INFORMAL_IOT_OPTIONS = {"е": ["e", "ye", "ie"], "ю": ["yu", "iu", "ju"], "я": ["ya", "ia", "ja"]}
N_INFORMAL_PROFILES = 64


def collapse_doubles(s):
    out = []
    for ch in s:
        if out and out[-1] == ch and ch.isalpha():
            continue
        out.append(ch)
    return "".join(out)


def double_intervocalic_s(s):  # Асель -> Assel, Ксения stays
    vow = "aeiouy"
    out = []
    for i, ch in enumerate(s):
        out.append(ch)
        if ch == "s" and 0 < i < len(s) - 1 and s[i - 1] in vow and s[i + 1] in vow:
            out.append("s")
    return "".join(out)


class Scheme:
    __slots__ = ("label", "table", "iot", "post", "memo", "latin")

    def __init__(self, label, table, iot=None, post=None, latin=True):
        self.label, self.table, self.iot, self.post, self.latin = label, table, iot, post, latin
        self.memo = {}

    def __call__(self, word):
        r = self.memo.get(word)
        if r is None:
            t, iot = self.table, self.iot
            out = []
            prev = "-"
            for ch in word:
                if iot is not None and ch in iot and prev in IOT_CTX:
                    out.append(iot[ch])
                else:
                    out.append(t.get(ch, ch))
                prev = ch
            r = "".join(out)
            if self.post is not None:
                r = self.post(r)
            self.memo[word] = r
        return r


RU_FLAT = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
           "і": "и", "ҳ": "х", "ҷ": "дж", "ӣ": "и", "ӯ": "у", "ў": "у"}
_flat_memo = {}


def russify(word, eth):
    """Cyrillic as a Russian-language clerk writes it: national letters folded, Uzbek ж -> дж."""
    key = (word, eth == UZBEK)
    r = _flat_memo.get(key)
    if r is None:
        r = "".join(RU_FLAT.get(ch, ch) for ch in word)
        if eth == UZBEK:
            r = r.replace("ж", "дж").replace("ддж", "дж")
        _flat_memo[key] = r
    return r


# --------------------------------------------------------------------------------------------
# Phones, passports, ID numbers
# --------------------------------------------------------------------------------------------
COUNTRIES = ("kz", "kg", "uz", "tj", "ru")
CC = {"kz": "7", "kg": "996", "uz": "998", "tj": "992", "ru": "7"}
NDC = {
    "kg": "555 550 700 701 702 703 705 707 709 770 771 772 773 775 777 779 220 222 500 501 502 505 507 508 509".split(),
    "kz": "700 701 702 705 707 708 747 771 775 776 777 778".split(),
    "uz": "90 91 93 94 95 97 98 99 88 33 77 50".split(),
    "tj": "92 93 90 91 98 55 50 77 88 99".split(),
    "ru": "903 905 906 909 915 916 917 919 925 926 929 953 963 977 985 999".split(),
}
SUB_LEN = {"kg": 6, "kz": 7, "uz": 7, "tj": 7, "ru": 7}


def _kg(ndc, s):
    return (f"+996 {ndc} {s[:3]} {s[3:]}", f"0{ndc} {s[:2]}-{s[2:4]}-{s[4:]}",
            f"996{ndc}{s}", f"(0{ndc}) {s}")

def _kz(ndc, s):
    return (f"+7 {ndc} {s[:3]} {s[3:]}", f"8 {ndc} {s[:3]} {s[3:5]} {s[5:]}", f"8{ndc}{s}")

def _uz(ndc, s):
    return (f"+998 {ndc} {s[:3]} {s[3:5]} {s[5:]}", f"{ndc} {s[:3]}-{s[3:5]}-{s[5:]}")

def _tj(ndc, s):
    return (f"+992 {ndc} {s[:3]} {s[3:]}", f"{ndc} {s}")

def _ru(ndc, s):
    return (f"+7 {ndc} {s[:3]}-{s[3:5]}-{s[5:]}", f"8 ({ndc}) {s[:3]}-{s[3:5]}-{s[5:]}")

LOCAL_FMT = {"kg": _kg, "kz": _kz, "uz": _uz, "tj": _tj, "ru": _ru}


def format_phone(ph, jur, rnd):
    """Local style of the case's jurisdiction when the number is in its numbering plan (+7 is
    shared by KZ and RU), else an international form of the number's own country."""
    cc, ndc, sub, ctry = ph
    if cc == CC[jur]:
        opts = LOCAL_FMT[jur](ndc, sub)
        return opts[int(rnd() * len(opts))]
    r = rnd()
    if r < 0.6:
        return LOCAL_FMT[ctry](ndc, sub)[0]
    if r < 0.8:
        return f"{cc}{ndc}{sub}"
    return f"+{cc}{ndc}{sub}"


PASSPORT_PREFIX = {"kz": ["N"], "kg": ["AC", "AN", "ID"], "uz": ["AA", "AB", "AC", "AD", "FA"],
                   "tj": ["A", "B"], "ru": ["75", "76", "72"]}
PASSPORT_DIGITS = {"kz": 8, "kg": 7, "uz": 7, "tj": 8, "ru": 7}


def format_passport(p, rnd):
    pre_len = 2 if p[1].isalpha() or p[0].isdigit() else 1
    r = rnd()
    if r < 0.6:
        return p
    if r < 0.8:
        return p[:pre_len] + " " + p[pre_len:]
    return (p[:pre_len] + "-" + p[pre_len:]).lower()


def format_idnum(s, rnd):
    r = rnd()
    if r < 0.6:
        return s
    if r < 0.75:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if r < 0.9:
        return " ".join(s[i:i + 3] for i in range(0, len(s), 3))
    return s[:6] + " " + s[6:]


# --------------------------------------------------------------------------------------------
# Typos
# --------------------------------------------------------------------------------------------
def _neighbours(rows):
    nb = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            n = []
            if i > 0:
                n.append(row[i - 1])
            if i + 1 < len(row):
                n.append(row[i + 1])
            for rr in (r - 1, r + 1):
                if 0 <= rr < len(rows):
                    for j in (i - 1, i, i + 1):
                        if 0 <= j < len(rows[rr]):
                            n.append(rows[rr][j])
            nb[ch] = n
    return nb

LAT_NB = _neighbours(["qwertyuiop", "asdfghjkl", "zxcvbnm"])
CYR_NB = _neighbours(["йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"])
LAT_ALPHA = "abcdefghijklmnopqrstuvwxyz"
CYR_ALPHA = "абвгдежзийклмнопрстуфхцчшыэюя"


def is_cyr(ch):
    return "\u0400" <= ch <= "\u04ff"


def typo(word, rnd):
    """One typo in a lower-case word. Returns (new word, kind)."""
    n = len(word)
    r = rnd()
    if r < 0.35:  # substitution by a keyboard neighbour (same script)
        i = int(rnd() * n)
        ch = word[i]
        if not ch.isalpha():
            i = 0
            ch = word[0]
        nb = (CYR_NB if is_cyr(ch) else LAT_NB).get(ch)
        if not nb:
            nb = CYR_ALPHA if is_cyr(ch) else LAT_ALPHA
        rep = nb[int(rnd() * len(nb))]
        if rep == ch:
            rep = (CYR_ALPHA if is_cyr(ch) else LAT_ALPHA)[int(rnd() * 26)]
        return word[:i] + rep + word[i + 1:], "typo:sub"
    if r < 0.6:  # deletion (not the first letter)
        i = 1 + int(rnd() * (n - 1))
        return word[:i] + word[i + 1:], "typo:del"
    if r < 0.85:  # transposition of two adjacent letters
        for _ in range(4):
            i = int(rnd() * (n - 1))
            if word[i] != word[i + 1]:
                return word[:i] + word[i + 1] + word[i] + word[i + 2:], "typo:transpose"
        i = 1 + int(rnd() * (n - 1))
        return word[:i] + word[i + 1:], "typo:del"
    i = int(rnd() * n)  # doubling
    return word[:i + 1] + word[i] + word[i + 1:], "typo:double"


HOMOGLYPHS = {"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "y": "у", "i": "і"}
APOSTROPHES = "ʻʼ'ʹʺ‘’`"
APOSTROPHE_ALTS = ["'", "‘", "`", "’", ""]
SPLIT_PREFIXES = ("abdul", "abdu", "abd", "nur", "gul", "gül", "абдул", "абду", "абд", "нур", "нұр",
                  "гул", "гүл")
SPLIT_SUFFIXES = ("bek", "jon", "zhon", "dzhon", "zhan", "jan", "ullo", "ulla", "zoda", "bai",
                  "boy", "bay", "бек", "жон", "джон", "ҷон", "жан", "улло", "улла", "зода", "бай",
                  "бой")
SURNAME_ENDINGS = ("", "ov", "ev", "ova", "eva", "ов", "ев", "ова", "ева")


def find_split(w):
    """Where a compound name is sometimes split: Abdu-Rahmon, Abd-ullo, Nur Sultan, Gul Nora,
    Ahmad-jon, Rahim-zoda, Turdu-baev.  Returns the split position or -1."""
    for p in SPLIT_PREFIXES:
        if w.startswith(p) and len(w) - len(p) >= 4:
            rest = w[len(p):]
            if p in ("abdu", "абду", "abdul", "абдул") and rest[0] in "lл":
                continue  # Abdulla splits as Abd-ulla
            if p in ("abd", "абд") and rest[0] not in "uу":
                continue
            return len(p)
    for sfx in SPLIT_SUFFIXES:
        i = w.rfind(sfx)
        if i >= 3 and w[i + len(sfx):] in SURNAME_ENDINGS:
            return i
    return -1


def title_word(w):
    if "-" in w or " " in w:
        return " ".join("-".join(p[:1].upper() + p[1:] for p in q.split("-")) for q in w.split(" "))
    return w[:1].upper() + w[1:]


# --------------------------------------------------------------------------------------------
# Sampling helpers
# --------------------------------------------------------------------------------------------
class Picker:
    """Weighted choice via cumulative weights and bisect (fast, deterministic)."""
    __slots__ = ("items", "cum", "total")

    def __init__(self, items, weights):
        self.items = list(items)
        self.cum = []
        t = 0.0
        for w in weights:
            t += w
            self.cum.append(t)
        self.total = t

    def __call__(self, rnd):
        return self.items[bisect(self.cum, rnd() * self.total)]


def zipf(items, s):
    return Picker(items, [1.0 / (r ** s) for r in range(1, len(items) + 1)])


NAT_PICK = Picker(COUNTRIES, (25, 25, 25, 15, 10))
ETH_BY_NAT = {
    "kz": Picker((KAZAKH, RUSSIAN, UZBEK, KYRGYZ, TAJIK), (70, 18, 7, 2, 3)),
    "kg": Picker((KYRGYZ, UZBEK, RUSSIAN, KAZAKH, TAJIK), (72, 15, 10, 2, 1)),
    "uz": Picker((UZBEK, TAJIK, RUSSIAN, KAZAKH, KYRGYZ), (82, 6, 6, 4, 2)),
    "tj": Picker((TAJIK, UZBEK, RUSSIAN, KYRGYZ), (82, 14, 2, 2)),
    "ru": Picker((RUSSIAN, TAJIK, UZBEK, KYRGYZ, KAZAKH), (60, 12, 12, 8, 8)),
}
SUR_STYLE = {
    RUSSIAN: Picker(("ru",), (1,)),
    KAZAKH: Picker(("ov", "uly", "bare"), (65, 20, 15)),
    KYRGYZ: Picker(("ov", "uulu"), (80, 20)),
    UZBEK: Picker(("ov", "bare"), (95, 5)),
    TAJIK: Picker(("ov", "zoda", "i", "bare"), (55, 30, 10, 5)),
}
PAT_STYLE = {
    RUSSIAN: Picker(("ru",), (1,)),
    KAZAKH: Picker(("ru", "uly"), (60, 40)),
    KYRGYZ: Picker(("ru", "uulu"), (70, 30)),
    UZBEK: Picker(("ru", "ogli"), (60, 40)),
    TAJIK: Picker(("ru", "zoda", "none"), (50, 20, 30)),
}
# script of the record's name, by the case's jurisdiction
SCRIPT_WEIGHTS = {
    "ru": (("cyr", 40), ("cyr_ru", 15), ("icao", 25), ("bgn", 4), ("bgn_simple", 3), ("informal", 13)),
    "kz": (("cyr", 25), ("cyr_ru", 15), ("icao", 25), ("bgn", 2), ("bgn_simple", 3),
           ("kazakh2021", 7), ("kazakh_plain", 5), ("informal", 18)),
    "kg": (("cyr", 30), ("cyr_ru", 10), ("icao", 30), ("bgn", 2), ("bgn_simple", 3), ("informal", 25)),
    "uz": (("cyr", 15), ("cyr_ru", 10), ("icao", 20), ("bgn", 2), ("bgn_simple", 3), ("uzbek", 30),
           ("informal", 20)),
    "tj": (("cyr", 30), ("cyr_ru", 10), ("icao", 25), ("bgn", 2), ("bgn_simple", 3), ("tajik_c", 6),
           ("tajik_j", 6), ("informal", 18)),
}
P_LATIN_FROM_RUSSIFIED = 0.40  # ICAO/BGN/informal spellings made from the Russian-language form
K_PICK = Picker(range(1, len(K_WEIGHTS) + 1), K_WEIGHTS)


def random_date(rnd, lo_year, hi_year):
    y = lo_year + int(rnd() * (hi_year - lo_year + 1))
    m = 1 + int(rnd() * 12)
    dim = (31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    return (y, m, 1 + int(rnd() * dim))


# --------------------------------------------------------------------------------------------
# Identities
# --------------------------------------------------------------------------------------------
class Ident:
    __slots__ = ("num", "gender", "eth", "nat", "given", "stem", "sstyle", "sur", "father",
                 "pat", "bd", "phones", "passport", "idnum", "k", "rel", "cases", "canon")


class World:
    def __init__(self, seed, surname_zipf=1.0, given_zipf=0.7):
        self.rng = random.Random(seed)
        rnd = self.rnd = self.rng.random
        self.given = {e: (zipf(m, given_zipf), zipf(f, given_zipf)) for e, (m, f) in GIVEN.items()}
        self.stems = {e: zipf(s, surname_zipf) for e, s in STEMS.items()}
        self.used_phone = set()
        self.used_doc = set()
        self.idents = []
        # romanisation schemes (informal profiles drawn from the seed)
        sch = {
            "icao": Scheme("latin:icao", ICAO),
            "bgn": Scheme("latin:bgn", BGN, BGN_IOT),
            "bgn_simple": Scheme("latin:bgn_simple", BGN_SIMPLE, BGN_SIMPLE_IOT),
            "uzbek": Scheme("latin:uzbek", LAT_UZBEK, UZBEK_IOT),
            "kazakh2021": Scheme("latin:kazakh2021", LAT_KAZAKH),
            "kazakh_plain": Scheme("latin:kazakh_plain", KAZAKH_PLAIN),
            "tajik_c": Scheme("latin:tajik_c", TAJIK_C, TAJIK_IOT),
            "tajik_j": Scheme("latin:tajik_j", TAJIK_J, TAJIK_IOT),
        }
        self.schemes = sch
        self.informal = []
        for _ in range(N_INFORMAL_PROFILES):
            t = dict(ICAO)
            for ch, opts in INFORMAL_OPTIONS.items():
                t[ch] = opts[int(rnd() * len(opts))]
            iot = {ch: opts[int(rnd() * len(opts))] for ch, opts in INFORMAL_IOT_OPTIONS.items()}
            posts = []
            if rnd() < 0.25:
                posts.append(collapse_doubles)
            if rnd() < 0.30:
                posts.append(double_intervocalic_s)
            post = None
            if posts:
                def post(s, posts=tuple(posts)):
                    for p in posts:
                        s = p(s)
                    return s
            self.informal.append(Scheme("latin:informal", t, iot, post))
        self.script_pick = {j: Picker([a for a, _ in w], [b for _, b in w])
                            for j, w in SCRIPT_WEIGHTS.items()}
        self.dob_pick = Picker([a for a, _ in DOB_WEIGHTS], [b for _, b in DOB_WEIGHTS])

    # -- identifiers -------------------------------------------------------------------------
    def new_phone(self, country):
        rnd = self.rnd
        ndcs = NDC[country]
        n = SUB_LEN[country]
        while True:
            ndc = ndcs[int(rnd() * len(ndcs))]
            sub = str(int(rnd() * 10 ** n)).zfill(n)
            ph = (CC[country], ndc, sub, country)
            e164 = "+" + ph[0] + ndc + sub
            if e164 not in self.used_phone:
                self.used_phone.add(e164)
                return ph

    def new_passport(self, nat):
        rnd = self.rnd
        pre = PASSPORT_PREFIX[nat]
        n = PASSPORT_DIGITS[nat]
        while True:
            p = pre[int(rnd() * len(pre))] + str(int(rnd() * 10 ** n)).zfill(n)
            if p not in self.used_doc:
                self.used_doc.add(p)
                return p

    def new_idnum(self, nat, bd, gender):
        rnd = self.rnd
        y, m, d = bd
        while True:
            if nat == "kz":  # IIN: YYMMDD, century/sex digit, 4 digits, check digit
                c = (3 if gender == "m" else 4) if y < 2000 else (5 if gender == "m" else 6)
                base = f"{y % 100:02d}{m:02d}{d:02d}{c}{int(rnd() * 10000):04d}"
                dg = [int(ch) for ch in base]
                s = sum(w * x for w, x in zip(range(1, 12), dg)) % 11
                if s == 10:
                    s = sum(w * x for w, x in zip((3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), dg)) % 11
                    if s == 10:
                        continue
                v = base + str(s)
            elif nat == "kg":  # PIN: sex digit, DDMMYYYY, 5 digits
                v = f"{2 if gender == 'm' else 1}{d:02d}{m:02d}{y:04d}{int(rnd() * 100000):05d}"
            elif nat == "uz":  # PINFL: century/sex digit, DDMMYY, region, serial, check
                c = (3 if gender == "m" else 4) if y < 2000 else (5 if gender == "m" else 6)
                v = f"{c}{d:02d}{m:02d}{y % 100:02d}{int(rnd() * 10 ** 7):07d}"
            elif nat == "tj":  # INN, 9 digits
                v = f"{int(rnd() * 10 ** 9):09d}"
            else:  # RU INN, 12 digits
                v = f"{int(rnd() * 90 + 10):02d}{int(rnd() * 10 ** 10):010d}"
            if v not in self.used_doc:
                self.used_doc.add(v)
                return v

    # -- names -------------------------------------------------------------------------------
    def surname_words(self, eth, stem, style, gender):
        if style == "ru":
            return (stem if gender == "m" else ru_feminine(stem),)
        if style == "ov":
            s = ov_form(stem)
            return (s if gender == "m" else s + "а",)
        if style == "uly":
            return (stem + ("ұлы" if gender == "m" else "қызы"),)
        if style == "uulu":
            return (stem, "уулу" if gender == "m" else "кызы")
        if style == "zoda":
            return (stem + "зода",)
        if style == "i":
            return (stem + "ӣ",)
        return (stem,)  # bare

    def patronymic_words(self, eth, father, gender):
        style = PAT_STYLE[eth](self.rnd)
        if style == "ru":
            return (ru_patronymic(father, gender),)
        if style == "uly":
            return (father + ("ұлы" if gender == "m" else "қызы"),)
        if style == "uulu":
            return (father, "уулу" if gender == "m" else "кызы")
        if style == "ogli":
            return (father, "ўғли" if gender == "m" else "қизи")
        if style == "zoda":
            return (father + "зода",)
        return None

    def pick_given(self, eth, gender, avoid=None):
        p = self.given[eth][0 if gender == "m" else 1]
        for _ in range(20):
            g = p(self.rnd)
            if g != avoid:
                return g
        return g

    def make(self, gender, eth, nat, stem, sstyle, father, bd, given=None, pat_from=None):
        rnd = self.rnd
        it = Ident()
        it.num = len(self.idents)
        it.gender, it.eth, it.nat = gender, eth, nat
        it.given = given if given is not None else self.pick_given(eth, gender)
        it.stem, it.sstyle = stem, sstyle
        it.sur = self.surname_words(eth, stem, sstyle, gender)
        it.father = father
        if pat_from is not None:  # sibling: same father, patronymic style kept, gender agreed
            it.pat = None if pat_from.pat is None else self.patronymic_like(pat_from, gender)
        elif sstyle == "uulu":
            it.pat = None
        else:
            it.pat = self.patronymic_words(eth, father, gender)
        it.bd = bd
        r = rnd()
        nph = 0 if r < 0.30 else (1 if r < 0.80 else 2)
        phones = []
        for i in range(nph):
            if i == 0 or rnd() < 0.5:
                phones.append(self.new_phone(nat))
            else:
                phones.append(self.new_phone("ru" if rnd() < 0.6 else "kz"))
        it.phones = phones
        it.passport = self.new_passport(nat) if rnd() < 0.6 else None
        it.idnum = self.new_idnum(nat, bd, gender) if rnd() < 0.5 else None
        it.k = K_PICK(rnd)
        it.rel = None
        it.cases = None
        it.canon = None
        self.idents.append(it)
        return it

    def patronymic_like(self, other, gender):
        p = other.pat
        f = other.father
        if len(p) == 2:
            return (f, {"уулу": "уулу", "кызы": "уулу", "ўғли": "ўғли", "қизи": "ўғли"}[p[1]]
                    if gender == "m" else {"уулу": "кызы", "кызы": "кызы", "ўғли": "қизи",
                                           "қизи": "қизи"}[p[1]])
        w = p[0]
        if w.endswith(("ұлы", "қызы")):
            return (f + ("ұлы" if gender == "m" else "қызы"),)
        if w.endswith("зода"):
            return (w,)
        return (ru_patronymic(f, gender),)

    def birth_date(self):
        rnd = self.rnd
        if rnd() < 0.7:
            bd = random_date(rnd, 1985, 2006)
        else:
            bd = random_date(rnd, 1955, 1990)
        if rnd() < P_JAN1:
            bd = (bd[0], 1, 1)
        return bd

    def base_identity(self):
        rnd = self.rnd
        nat = NAT_PICK(rnd)
        eth = ETH_BY_NAT[nat](rnd)
        gender = "m" if rnd() < 0.5 else "f"
        stem = self.stems[eth](rnd)
        sstyle = SUR_STYLE[eth](rnd)
        if sstyle == "i" and stem[-1] in CYR_VOWELS:
            sstyle = "zoda"
        father = self.pick_given(eth, "m")
        return self.make(gender, eth, nat, stem, sstyle, father, self.birth_date())

    def link(self, a, b, kind):
        for x, y in ((a, b), (b, a)):
            if x.rel is None:
                x.rel = []
            x.rel.append((kind, y.num))

    def share_home_phone(self, a, b):
        if not a.phones:
            a.phones.append(self.new_phone(a.nat))
        home = a.phones[0]
        if b.phones:
            b.phones[0] = home
        else:
            b.phones.append(home)

    def relative(self, base):
        rnd = self.rnd
        r = rnd()
        y, m, d = base.bd
        if r < 0.6:  # sibling: same father, +-1..12 years
            gender = "m" if rnd() < 0.5 else "f"
            dy = (1 + int(rnd() * 12)) * (1 if rnd() < 0.5 else -1)
            bd = random_date(rnd, y + dy, y + dy)
            rel = self.make(gender, base.eth, base.nat, base.stem, base.sstyle, base.father, bd,
                            given=self.pick_given(base.eth, gender, avoid=base.given), pat_from=base)
        elif r < 0.85:  # father: his given name is the base's father's name
            bd = random_date(rnd, y - 35, y - 20)
            rel = self.make("m", base.eth, base.nat, base.stem, base.sstyle,
                            self.pick_given(base.eth, "m"), bd, given=base.father)
        else:  # mother: family surname with the feminine ending
            bd = random_date(rnd, y - 35, y - 18)
            rel = self.make("f", base.eth, base.nat, base.stem, base.sstyle,
                            self.pick_given(base.eth, "m"), bd)
        self.share_home_phone(base, rel)
        self.link(base, rel, "relative")
        return rel

    def twin(self, base):
        gender = "m" if self.rnd() < 0.5 else "f"
        t = self.make(gender, base.eth, base.nat, base.stem, base.sstyle, base.father, base.bd,
                      given=self.pick_given(base.eth, gender, avoid=base.given), pat_from=base)
        if self.rnd() < 0.5:
            self.share_home_phone(base, t)
        self.link(base, t, "twin")
        return t

    def namesake(self, base):
        rnd = self.rnd
        if rnd() < 0.3:
            bd = random_date(rnd, base.bd[0], base.bd[0])
            if bd == base.bd:
                bd = (bd[0], bd[1], bd[2] % 28 + 1)
        else:
            bd = self.birth_date()
            if bd == base.bd:
                bd = (bd[0] + 1, bd[1], min(bd[2], 28))
        father = base.father if rnd() < 0.25 else self.pick_given(base.eth, "m")
        n = self.make(base.gender, base.eth, base.nat, base.stem, base.sstyle, father, bd,
                      given=base.given)
        self.link(base, n, "namesake")
        return n


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------
def cap_records(world, n_records):
    """Create identities until their records add up to n_records; returns the identity list."""
    rnd = world.rnd
    total = 0
    while total < n_records:
        base = world.base_identity()
        group = [base]
        if rnd() < P_RELATIVE:
            group.append(world.relative(base))
        if rnd() < P_TWIN:
            group.append(world.twin(base))
        if rnd() < P_NAMESAKE:
            group.append(world.namesake(base))
        for it in group:
            if total + it.k > n_records:
                it.k = n_records - total
            total += it.k
    # identities cut to zero records at the very end are dropped (and unlinked)
    keep = [it for it in world.idents if it.k > 0]
    if len(keep) != len(world.idents):
        alive = {it.num for it in keep}
        for it in keep:
            if it.rel:
                it.rel = [r for r in it.rel if r[1] in alive] or None
    return keep


def pick_jurisdiction(nat, rnd):
    r = rnd()
    if r < 0.62:
        return nat
    if r < 0.80:
        return "ru"
    if r < 0.90:
        return "kz"
    return COUNTRIES[int(rnd() * 5)]


def assign_cases(world, idents, n_records):
    rnd = world.rnd
    rec_jur = []  # per identity, list of jurisdictions of its records
    counts = {c: 0 for c in COUNTRIES}
    for it in idents:
        js = [pick_jurisdiction(it.nat, rnd) for _ in range(it.k)]
        for j in js:
            counts[j] += 1
        rec_jur.append(js)
    case_jur = []
    for c in COUNTRIES:
        if counts[c]:
            case_jur.extend([c] * max(1, round(counts[c] / RECORDS_PER_CASE)))
    world.rng.shuffle(case_jur)
    buckets = {c: [] for c in COUNTRIES}
    for i, c in enumerate(case_jur):
        buckets[c].append(i)
    ncases = len(case_jur)
    by_num = {it.num: it for it in idents}
    records = []  # (case, tiebreak, identity index in idents)
    for idx, it in enumerate(idents):
        used = []
        pre = None
        if it.rel and rnd() < 0.5:  # relatives/twins/namesakes: first record in a base's case
            other = by_num.get(it.rel[0][1])
            if other is not None and other.cases and other.num < it.num:
                pre = other.cases[int(rnd() * len(other.cases))]
        for j in rec_jur[idx]:
            if pre is not None:
                c, pre = pre, None
            else:
                b = buckets[j]
                c = b[int(rnd() * len(b))]
                tries = 0
                while c in used and tries < 30:
                    c = b[int(rnd() * len(b))] if tries < 10 else int(rnd() * ncases)
                    tries += 1
            used.append(c)
            records.append((c, int(rnd() * 1e9), idx))
        it.cases = used
    records.sort()
    return records, case_jur


def canonical(it):
    """[surname, given name, patronymic or None] in canonical Cyrillic, Title Case."""
    tw = lambda ws: " ".join(x if x in PARTICLES else title_word(x) for x in ws)
    it.canon = [tw(it.sur), title_word(it.given), tw(it.pat) if it.pat else None]
    return it.canon


class RecordMaker:
    def __init__(self, world):
        self.w = world
        self.stats = {}

    def name(self, it, jur, variants):
        w = self.w
        rnd = w.rnd
        eth = it.eth
        sur = it.sur
        if eth == TAJIK and rnd() < P_TAJIK_FORM:
            stem = it.stem
            if it.sstyle == "ov":
                if stem[-1] not in CYR_VOWELS and rnd() < 0.4:
                    sur = (stem + "ӣ",)
                else:
                    sur = (stem + "зода",)
            else:
                s = ov_form(stem)
                sur = (s if it.gender == "m" else s + "а",)
            variants.append("surname:tajik_form")
        given = it.given
        if rnd() < P_NICKNAME:
            nk = NICKNAMES.get(given)
            if nk:
                given = nk[int(rnd() * len(nk))]
                variants.append("nickname")
        pat = it.pat
        if pat is not None and rnd() >= P_PATRONYMIC:
            pat = None
            variants.append("patronymic:absent")
        # script
        script = w.script_pick[jur](rnd)
        if script == "cyr_ru" and eth == RUSSIAN:
            script = "cyr"
        parts = [list(sur), [given], list(pat) if pat else []]
        flags = [[x in PARTICLES for x in p] for p in parts]
        latin = True
        if script == "cyr" or script == "cyr_ru":
            latin = False
            if script == "cyr_ru":
                parts = [[russify(x, eth) for x in p] for p in parts]
                variants.append("script:cyrillic_ru")
            if rnd() < P_YO_AS_E:
                changed = False
                for p in parts:
                    for i, x in enumerate(p):
                        if "ё" in x:
                            p[i] = x.replace("ё", "е")
                            changed = True
                if changed:
                    variants.append("cyr:yo_as_e")
        else:
            if script == "informal":
                sch = w.informal[int(rnd() * N_INFORMAL_PROFILES)]
            else:
                sch = w.schemes[script]
            variants.append(sch.label)
            if script in ("icao", "bgn", "bgn_simple", "informal") and eth != RUSSIAN \
                    and rnd() < P_LATIN_FROM_RUSSIFIED:
                parts = [[sch(russify(x, eth)) for x in p] for p in parts]
                variants.append("source:russified")
            else:
                parts = [[sch(x) for x in p] for p in parts]
            if rnd() < P_APOSTROPHE:
                has = False
                for p in parts:
                    for x in p:
                        for ch in APOSTROPHES:
                            if ch in x:
                                has = True
                                break
                if has:
                    alt = APOSTROPHE_ALTS[int(rnd() * len(APOSTROPHE_ALTS))]
                    for p in parts:
                        for i, x in enumerate(p):
                            for ch in APOSTROPHES:
                                if ch in x:
                                    x = x.replace(ch, alt)
                            p[i] = x
                    variants.append("apostrophe")
        # dropped part (three-part names only)
        if parts[2] and rnd() < P_DROP_PART:
            k = 1 if rnd() < 0.5 else 0
            parts[k] = []
            flags[k] = []
            variants.append("dropped_part")
        initials = False
        if parts[1] and parts[0] and rnd() < P_INITIALS:
            initials = True
            parts[1] = [parts[1][0][:1] + "."]
            flags[1] = [False]
            if parts[2]:
                parts[2] = [parts[2][0][:1] + "."]
                flags[2] = [False]
            variants.append("initials")
        if rnd() < P_TYPO:
            cands = [(pi, i) for pi, p in enumerate(parts) for i, x in enumerate(p)
                     if len(x) >= 3 and not flags[pi][i] and not x.endswith(".")]
            if cands:
                pi, i = cands[int(rnd() * len(cands))]
                parts[pi][i], kind = typo(parts[pi][i], rnd)
                variants.append(kind)
        if rnd() < P_SWAP_ACROSS:
            cands = [(pi, i) for pi, p in enumerate(parts) for i, x in enumerate(p)
                     if len(x) >= 3 and not x.endswith(".")]
            if len(cands) >= 2:
                a = cands[int(rnd() * len(cands))]
                b = cands[int(rnd() * len(cands))]
                if a != b:
                    wa, wb = parts[a[0]][a[1]], parts[b[0]][b[1]]
                    ia, ib = int(rnd() * len(wa)), int(rnd() * len(wb))
                    if wa[ia] != wb[ib]:
                        parts[a[0]][a[1]] = wa[:ia] + wb[ib] + wa[ia + 1:]
                        parts[b[0]][b[1]] = wb[:ib] + wa[ia] + wb[ib + 1:]
                        variants.append("swap_across")
        if latin and rnd() < P_HOMOGLYPH:
            cands = [(pi, i) for pi, p in enumerate(parts) for i, x in enumerate(p)
                     if any(ch in HOMOGLYPHS for ch in x)]
            if cands:
                pi, i = cands[int(rnd() * len(cands))]
                x = parts[pi][i]
                pos = [j for j, ch in enumerate(x) if ch in HOMOGLYPHS]
                n = 1 if rnd() < 0.7 or len(pos) < 2 else 2
                for _ in range(n):
                    j = pos[int(rnd() * len(pos))]
                    x = x[:j] + HOMOGLYPHS.get(x[j], x[j]) + x[j + 1:]
                parts[pi][i] = x
                variants.append("homoglyph")
        sep = " "
        edge = False
        if rnd() < P_SPACING:
            r = rnd()
            done = False
            if r < 0.5:
                cands = [(pi, i) for pi, p in enumerate(parts) for i, x in enumerate(p)
                         if not flags[pi][i] and find_split(x) > 0]
                if cands:
                    pi, i = cands[int(rnd() * len(cands))]
                    x = parts[pi][i]
                    k = find_split(x)
                    parts[pi][i] = x[:k] + ("-" if rnd() < 0.6 else " ") + x[k:]
                    done = True
            if not done:
                if r < 0.8:
                    sep = "  "
                else:
                    edge = True
            variants.append("spacing")
        # case
        r = rnd()
        if r < (P_CASE_UPPER_ICAO if "latin:icao" in variants else P_CASE_UPPER):
            parts = [[x.upper() for x in p] for p in parts]
            variants.append("case:upper")
        elif r > 1.0 - P_CASE_LOWER:
            variants.append("case:lower")
        else:
            parts = [[x if flags[pi][i] else title_word(x) for i, x in enumerate(p)]
                     for pi, p in enumerate(parts)]
        sur_s, giv_s, pat_s = (" ".join(p) for p in parts)
        if initials and pat_s and rnd() < 0.3:
            gp = [giv_s + pat_s]
        else:
            gp = [x for x in (giv_s, pat_s) if x]
        if rnd() < P_GIVEN_FIRST:
            seq = gp + ([sur_s] if sur_s else [])
            variants.append("order:swapped")
        else:
            seq = ([sur_s] if sur_s else []) + gp
        full = sep.join(seq)
        if edge:
            full = (" " + full) if rnd() < 0.5 else (full + " ")
        return full, sur_s, giv_s, pat_s

    def record(self, rid, it, case_id, jur, carry_from):
        w = self.w
        rnd = w.rnd
        variants = []
        props = {}
        full, sur_s, giv_s, pat_s = self.name(it, jur, variants)
        props["name"] = [full]
        if rnd() < P_NAME_PARTS_PROPS:
            if giv_s:
                props["firstName"] = [giv_s]
            if sur_s:
                props["lastName"] = [sur_s]
            if pat_s:
                props["fatherName"] = [pat_s]
        y, m, d = it.bd
        kind = w.dob_pick(rnd)
        bd = None
        if kind == "full":
            bd = f"{y:04d}-{m:02d}-{d:02d}"
        elif kind == "year":
            bd = f"{y:04d}"
            variants.append("dob:year")
        elif kind == "month":
            bd = f"{y:04d}-{m:02d}"
            variants.append("dob:year_month")
        elif kind == "missing":
            variants.append("dob:missing")
        else:
            if d <= 12 and d != m:
                bd = f"{y:04d}-{d:02d}-{m:02d}"
                variants.append("dob:swapped")
            else:
                dd = min(d, 28)
                bd = f"{y + (1 if rnd() < 0.5 else -1):04d}-{m:02d}-{dd:02d}"
                variants.append("dob:year_off")
        if bd is not None:
            props["birthDate"] = [bd]
        if rnd() < P_GENDER_PROP:
            props["gender"] = ["male" if it.gender == "m" else "female"]
        if rnd() < P_NATIONALITY_PROP:
            props["nationality"] = [it.nat]
        phones, e164s = [], []
        for ph in it.phones:
            if rnd() < P_PHONE_ON_RECORD:
                phones.append(format_phone(ph, jur, rnd))
                e164s.append("+" + ph[0] + ph[1] + ph[2])
        ids, pp = [], []
        if it.passport and rnd() < P_PASSPORT_ON_RECORD:
            pp.append(format_passport(it.passport, rnd))
            ids.append(it.passport)
        idn = None
        if it.idnum and rnd() < P_IDNUM_ON_RECORD:
            idn = format_idnum(it.idnum, rnd)
            ids.append(it.idnum)
        carries = None
        if carry_from is not None:
            other = carry_from
            if other.phones and (not other.passport or rnd() < 0.6):
                ph = other.phones[int(rnd() * len(other.phones))]
                e = "+" + ph[0] + ph[1] + ph[2]
                if e not in e164s:
                    phones.append(format_phone(ph, jur, rnd))
                    e164s.append(e)
                variants.append("carries:phone")
            else:
                if other.passport not in ids:
                    pp.append(format_passport(other.passport, rnd))
                    ids.append(other.passport)
                variants.append("carries:passport")
            carries = other.num
        if phones:
            props["phone"] = phones
        if pp:
            props["passportNumber"] = pp
        if idn:
            props["idNumber"] = [idn]
        props["jurisdiction"] = [jur]
        ent = {"id": rid, "schema": "Person", "properties": props, "datasets": [case_id]}
        truth = {"id": rid, "identity": "i-%06d" % it.num, "case": case_id,
                 "has_birth_date": bd is not None, "ids": ids, "phones": e164s,
                 "variants": variants, "canonical": it.canon or canonical(it)}
        if it.rel:
            truth["rel"] = [[k, "i-%06d" % n] for k, n in it.rel]
        if carries is not None:
            truth["carries"] = "i-%06d" % carries
        st = self.stats
        for v in variants:
            st[v] = st.get(v, 0) + 1
        return ent, truth


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--stats", action="store_true", help="print variant frequencies to stderr")
    ap.add_argument("--surname-zipf", type=float, default=1.0,
                    help="Zipf exponent of surname stems within an ethnicity (default 1.0)")
    ap.add_argument("--given-zipf", type=float, default=0.7,
                    help="Zipf exponent of given names within an ethnicity (default 0.7)")
    a = ap.parse_args()
    t0 = time.time()
    if a.records < 1:
        ap.error("--records must be >= 1")
    os.makedirs(a.out, exist_ok=True)
    world = World(a.seed, a.surname_zipf, a.given_zipf)
    idents = cap_records(world, a.records)
    records, case_jur = assign_cases(world, idents, a.records)
    maker = RecordMaker(world)
    rnd = world.rnd
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    ent_path = os.path.join(a.out, "entities.jsonl")
    tru_path = os.path.join(a.out, "truth.jsonl")
    n = len(records)
    with open(ent_path, "w", encoding="utf-8", newline="\n") as fe, \
            open(tru_path, "w", encoding="utf-8", newline="\n") as ft:
        eb, tb = [], []
        start = 0
        while start < n:
            c = records[start][0]
            end = start
            while end < n and records[end][0] == c:
                end += 1
            case_id = "case-%06d" % (c + 1)
            jur = case_jur[c]
            for p in range(start, end):
                it = idents[records[p][2]]
                carry = None
                if rnd() < P_CARRIES:
                    # a person of the same case whose phone/passport this record also carries;
                    # anyone with a phone or passport if the case has nobody suitable
                    for _ in range(6):
                        q = start + int(rnd() * (end - start))
                        o = idents[records[q][2]]
                        if o is not it and (o.phones or o.passport):
                            carry = o
                            break
                    if carry is None:
                        for _ in range(50):
                            o = idents[int(rnd() * len(idents))]
                            if o is not it and (o.phones or o.passport):
                                carry = o
                                break
                ent, tru = maker.record("r-%07d" % (p + 1), it, case_id, jur, carry)
                eb.append(dumps(ent))
                tb.append(dumps(tru))
            if len(eb) >= 20000:
                fe.write("\n".join(eb) + "\n")
                ft.write("\n".join(tb) + "\n")
                eb, tb = [], []
            start = end
        if eb:
            fe.write("\n".join(eb) + "\n")
            ft.write("\n".join(tb) + "\n")
    ncases = len({r[0] for r in records})
    print(f"gen_people: records={n} identities={len(idents)} cases={ncases} "
          f"seed={a.seed} seconds={time.time() - t0:.1f} out={a.out}", file=sys.stderr)
    if a.stats:
        for k in sorted(maker.stats):
            print(f"  {k:24s} {maker.stats[k]:9d} {100.0 * maker.stats[k] / n:6.2f}%", file=sys.stderr)


if __name__ == "__main__":
    main()
