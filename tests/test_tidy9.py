"""tidy9: the weekday tables artdates7 wrote out one by one, now built by one helper, hold the same words.

The literal values below are base57d's tables as it built them (each a weekday's number, Monday 0, and its
cue-joined word): a reader of Tajik, Tatar, Turkmen or Luxembourgish prose must find the same weekdays."""

from linkcheck.months import PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS

BASE57D_TABLES = {
    "tg": (
        (0, "рӯзи_душанбе"), (1, "рӯзи_сешанбе"), (2, "рӯзи_чоршанбе"), (3, "рӯзи_панҷшанбе"),
        (4, "рӯзи_ҷумъа"), (5, "рӯзи_шанбе"), (6, "рӯзи_якшанбе"),
    ),
    "tt": (
        (0, "дүшәмбе_көнне"), (1, "сишәмбе_көнне"), (2, "чәршәмбе_көнне"), (3, "пәнҗешәмбе_көнне"),
        (4, "җомга_көнне"), (5, "шимбә_көнне"), (6, "якшәмбе_көнне"),
    ),
    "tk": (
        (0, "duşenbe_güni"), (1, "sişenbe_güni"), (2, "çarşenbe_güni"), (3, "penşenbe_güni"),
        (4, "anna_güni"), (5, "şenbe_güni"), (6, "ýekşenbe_güni"),
    ),
    "lb": (
        (0, "e_méindeg"), (1, "e_dënschdeg"), (2, "e_mëttwoch"), (3, "e_donneschdeg"), (4, "e_freideg"),
        (5, "e_samschdeg"), (6, "e_sonndeg"),
    ),
}  # fmt: skip


def test_cued_weekday_tables_are_base57ds() -> None:
    for language, table in BASE57D_TABLES.items():
        assert PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS[language] == table, language


def test_cued_weekday_tables_are_tuples_of_seven_days() -> None:
    # the readers index and iterate these as tuples; a list or a generator would read once or not compare
    for language in BASE57D_TABLES:
        table = PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS[language]
        assert isinstance(table, tuple)
        assert [number for number, _ in table] == list(range(7)), language
