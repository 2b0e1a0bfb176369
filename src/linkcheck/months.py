"""The Gregorian months' names in every language a date is read in, each spelling written once: the one
place a month's name is added. Two readers take the tables they need from here with :func:`month_table`:

- the page extractor (:data:`linkcheck.extract.tables.MONTHS`) reads every list but
  :data:`TEMPLATE_ONLY`, a word between a day and a year (``9 janvier 2020``);
- the article reader (:mod:`linkcheck.articles._dates`) reads :data:`PROSE_LANGUAGES` in running text
  (``MONTHS``), :data:`FIELD_LANGUAGES` but for :data:`FIELD_LEAVES_OUT` where a month may be another
  language's word (``FIELD_MONTHS``: a field's whole value, and a day and a lower-case month in prose,
  ``9 janvier``), and every list but :data:`TEMPLATE_LEAVES_OUT` in a citation template's whole date
  (``_TEMPLATE_MONTHS``).

Each list holds a language's names (or, for the lists later held-out batches added, those of the batch's
languages a list above lacks), as ``(month, "words")`` pairs: lower case, the words split at white space. A
spelling may stand in two languages' lists (``mart``, Turkish and Serbian); it names one month
(``tests/test_tidy1.py`` holds every list to it). The months of other calendars are in
:mod:`linkcheck.calendars`.

Three readers more take their words from here (tidy2): the page extractor's patterns of their own read
:data:`OWN_PATTERN_LISTS` (the Arabic script's months, Sindhi's, Sorani's and Uyghur's:
``extract.dates._SCRIPT_MONTHS`` and ``_UYGHUR_MONTHS``; Sakha's: ``extract.tables.SAKHA_MONTHS``), which the
article templates read with the rest of :data:`LISTS` (a name of two words, joined by ``_``, by the patterns
alone); and the matcher reads the :func:`full_names` of :data:`TITLE_LANGUAGES` (``match._MONTH_WORDS``). The
months of the Indic and Thai scripts stay beside the extractor's patterns that read them (with spelling
functions of their own).

And four readers' own forms of some names (tidy3): the extractor's Hebrew-script table
(:data:`HEBREW_SCRIPT_MONTHS`: Yiddish's list, ``"yi (own pattern)"``, and Hebrew's words of ``"el he"``), the
article templates' Levantine two-word months (:data:`LEVANT_TWO_WORD_MONTHS`) and Sorani months without their
izafe (:data:`SORANI_WITHOUT_IZAFE`), and the matcher's headline shorthand (:func:`short_forms` of English but
:data:`SHORTHAND_LEAVES_OUT`). Each reader keeps its own pattern, built from these.
"""

from __future__ import annotations

from collections.abc import Iterable

from linkcheck.calendars import MONTH_NAMES_EN, MONTH_NAMES_RU

__all__ = [
    "FIELD_LANGUAGES",
    "FIELD_LEAVES_OUT",
    "HEBREW_SCRIPT_MONTHS",
    "LEVANT_TWO_WORD_MONTHS",
    "LISTS",
    "OWN_PATTERN",
    "OWN_PATTERN_LISTS",
    "PROSE_LANGUAGES",
    "PROSE_OPT_IN",
    "PROSE_OPT_IN_EZAFE_ONLY",
    "PROSE_OPT_IN_FORMS",
    "PROSE_OPT_IN_NAMES",
    "PROSE_OPT_IN_SHAPED",
    "PROSE_OPT_IN_WEEKDAYS",
    "SHORTHAND_LEAVES_OUT",
    "SORANI_WITHOUT_IZAFE",
    "TEMPLATE_LEAVES_OUT",
    "TEMPLATE_ONLY",
    "TITLE_LANGUAGES",
    "TITLE_LEAVES_OUT",
    "full_names",
    "month_names",
    "month_table",
    "short_forms",
]

#: A list of month names: ``(month, "its words")`` pairs, January 1.
Months = tuple[tuple[int, str], ...]


def _joined(names: tuple[str, ...], more: tuple[str, ...]) -> Months:
    """The months ``names`` names (January first; in lower case), each with the words of ``more`` at its
    place."""
    return tuple(
        (n, f"{name.lower()} {words}") for n, (name, words) in enumerate(zip(names, more, strict=True), 1)
    )


# --- the languages the article reader also reads in fields and prose ----------------------------------
#: English: the full names (:data:`linkcheck.calendars.MONTH_NAMES_EN`, as text writes them) and their short
#: forms ("Jan. 9", "Sept. 9").
_EN: Months = _joined(
    MONTH_NAMES_EN, ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep sept", "oct", "nov", "dec")
)
#: German (Austrian "jänner"; "märz" also as "maerz" and "mär"): "9. Januar 2020", "9. Jänner 2020".
_DE: Months = (
    (1, "januar jänner"), (2, "februar feb febr"), (3, "märz maerz mär"), (4, "april apr"), (5, "mai"),
    (6, "juni jun"), (7, "juli jul"), (8, "august aug"), (9, "september sep sept"), (10, "oktober okt"),
    (11, "november nov"), (12, "dezember dez"),
)  # fmt: skip
#: Russian: the genitive, as a date writes it (:data:`linkcheck.calendars.MONTH_NAMES_RU`, "9 января 2020"),
#: the nominative and the short forms.
_RU: Months = _joined(
    MONTH_NAMES_RU,
    ("январь янв", "февраль фев февр", "март мар", "апрель апр", "май", "июнь июн", "июль июл", "август авг",
     "сентябрь сен сент", "октябрь окт", "ноябрь ноя", "декабрь дек"),
)  # fmt: skip
#: French, with and without its accents: "9 janvier 2020", "9 févr. 2020".
_FR: Months = (
    (1, "janvier janv"), (2, "février févr fevrier fevr"), (3, "mars"), (4, "avril avr"), (5, "mai"),
    (6, "juin"), (7, "juillet juil"), (8, "août aout"), (9, "septembre sept"), (10, "octobre oct"),
    (11, "novembre nov"), (12, "décembre decembre déc"),
)  # fmt: skip
#: Spanish ("setiembre" as Peru and Uruguay write it): "9 de enero de 2020".
_ES: Months = (
    (1, "enero ene"), (2, "febrero"), (3, "marzo"), (4, "abril abr"), (5, "mayo"), (6, "junio"), (7, "julio"),
    (8, "agosto ago"), (9, "septiembre setiembre"), (10, "octubre"), (11, "noviembre"), (12, "diciembre dic"),
)  # fmt: skip
#: Italian, with its short forms of three letters and of four ("genn.", "sett."): "9 gennaio 2020".
_IT: Months = (
    (1, "gennaio genn gen"), (2, "febbraio febr"), (3, "marzo"), (4, "aprile"), (5, "maggio magg mag"),
    (6, "giugno giu"), (7, "luglio lug"), (8, "agosto ago"), (9, "settembre sett set"), (10, "ottobre ott"),
    (11, "novembre"), (12, "dicembre dic"),
)  # fmt: skip
#: Portuguese ("março" also without its cedilla): "9 de janeiro de 2020", "9 out. 2020".
_PT: Months = (
    (1, "janeiro"), (2, "fevereiro fev"), (3, "março marco"), (4, "abril abr"), (5, "maio"), (6, "junho"),
    (7, "julho"), (8, "agosto"), (9, "setembro set"), (10, "outubro out"), (11, "novembro"), (12, "dezembro"),
)  # fmt: skip
#: Dutch: "9 januari 2020", "9 mrt. 2020".
_NL: Months = (
    (1, "januari jan"), (2, "februari feb"), (3, "maart mrt"), (4, "april apr"), (5, "mei"),
    (6, "juni jun"), (7, "juli jul"), (8, "augustus aug"), (9, "september sep sept"), (10, "oktober okt"),
    (11, "november nov"), (12, "december dec"),
)  # fmt: skip
#: Polish (genitive, as dates write it, and nominative): "9 stycznia 2020".
_PL: Months = (
    (1, "stycznia styczeń sty"), (2, "lutego luty lut"), (3, "marca marzec"), (4, "kwietnia kwiecień kwi"),
    (5, "maja maj"), (6, "czerwca czerwiec cze"), (7, "lipca lipiec lip"), (8, "sierpnia sierpień sie"),
    (9, "września wrzesień wrz"), (10, "października październik paź"), (11, "listopada listopad lis"),
    (12, "grudnia grudzień gru"),
)  # fmt: skip
#: Czech (genitive, as dates write it, and nominative; with and without the diacritics): "12. března 2022".
_CS: Months = (
    (1, "ledna leden"), (2, "února unora únor unor"), (3, "března brezna březen brezen"), (4, "dubna duben"),
    (5, "května kvetna květen kveten"), (6, "června cervna červen cerven"),
    (7, "července cervence červenec cervenec"), (8, "srpna srpen"), (9, "září zari"),
    (10, "října rijna říjen rijen"), (11, "listopadu"), (12, "prosince prosinec"),
)  # fmt: skip
#: Ukrainian (genitive, as dates write it, and nominative, and the three letters a template's short form
#: writes): "9 січня 2020", "9 січ 2020"; CLDR's short forms are :data:`_MONTH_WORDS_UK_ABBR`.
_MONTH_WORDS_UK: Months = (
    (1, "січня січень січ"), (2, "лютого лютий лют"), (3, "березня березень бер"), (4, "квітня квітень кві"),
    (5, "травня травень тра"), (6, "червня червень чер"), (7, "липня липень лип"), (8, "серпня серпень сер"),
    (9, "вересня вересень вер"), (10, "жовтня жовтень жов"), (11, "листопада листопад лис"),
    (12, "грудня грудень гру"),
)  # fmt: skip
#: Belarusian (genitive, as dates write it, and nominative): "12 сакавіка 2022"; in Łacinka,
#: :data:`_MONTH_WORDS_BE_LATN`.
_BE: Months = (
    (1, "студзеня студзень"), (2, "лютага люты"), (3, "сакавіка сакавік"), (4, "красавіка красавік"),
    (5, "мая май"), (6, "чэрвеня чэрвень"), (7, "ліпеня ліпень"), (8, "жніўня жнівень"),
    (9, "верасня верасень"), (10, "кастрычніка кастрычнік"), (11, "лістапада лістапад"),
    (12, "снежня снежань"),
)  # fmt: skip
#: Turkish, with and without its own letters (text set without a Turkish keyboard): "12 Nisan 2022".
_TR: Months = (
    (1, "ocak"), (2, "şubat subat"), (3, "mart"), (4, "nisan"), (5, "mayıs mayis"), (6, "haziran"),
    (7, "temmuz"), (8, "ağustos agustos"), (9, "eylül eylul"), (10, "ekim"), (11, "kasım kasim"),
    (12, "aralık aralik"),
)  # fmt: skip
#: Swahili: "12 Machi 2022", "Aprili 12, 2022".
_SW: Months = (
    (1, "januari"), (2, "februari"), (3, "machi"), (4, "aprili"), (5, "mei"), (6, "juni"), (7, "julai"),
    (8, "agosti"), (9, "septemba"), (10, "oktoba"), (11, "novemba"), (12, "desemba"),
)  # fmt: skip

# --- the languages of the extractor's held-out batches --------------------------------------------------
#: Ukrainian months abbreviated as CLDR writes them in dates (the genitive's stems: ICU's and the browsers'
#: Intl medium dates, "09 січ. 2020", "30 лист. 2024"; the dot is read by the text patterns). A word is read
#: as a month only between a day and a year, where none of these stems ("лист", a letter or leaf; "вер")
#: stands in prose.
_MONTH_WORDS_UK_ABBR: Months = (
    (1, "січ"), (2, "лют"), (3, "бер"), (4, "квіт"), (5, "трав"), (6, "черв"),
    (7, "лип"), (8, "серп"), (9, "вер"), (10, "жовт"), (11, "лист"), (12, "груд"),
)  # fmt: skip
#: Bulgarian (and the Macedonian and Serbian spellings): "9 януари 2020", "9 јануари 2020", "9. јануар 2020".
_MONTH_WORDS_BG: Months = (
    (1, "януари яну јануари јануар"),
    (2, "февруари фев февруар фебруар"),
    (3, "март"),
    (4, "април"),
    (5, "май мај"),
    (6, "юни јуни јун"),
    (7, "юли јули јул"),
    (8, "август авг"),
    (9, "септември сеп септембар"),
    (10, "октомври окт октобар"),
    (11, "ноември ное новембар"),
    (12, "декември дек децембар"),
)
#: Hungarian, written year first: "2020. január 9.", "2020. jan. 9." (see ``dates._YEAR_MONTH_DAY``).
_MONTH_WORDS_HU: Months = (
    (1, "január jan"),
    (2, "február febr"),
    (3, "március márc"),
    (4, "április ápr"),
    (5, "május máj"),
    (6, "június jún"),
    (7, "július júl"),
    (8, "augusztus aug"),
    (9, "szeptember szept"),
    (10, "október okt"),
    (11, "november nov"),
    (12, "december dec"),
)
#: Romanian, the Scandinavian spellings the lists above lack (Swedish "augusti", Norwegian "desember", Danish
#: "marts"), Finnish (partitive, as dates write them: "12. maaliskuuta 2022") and Indonesian: "5 octombrie
#: 2021", "7 februari 2023" (Czech is :data:`_CS`).
_MONTH_WORDS_MORE: Months = (
    (1, "ianuarie ian tammikuuta"),
    (2, "februarie helmikuuta"),
    (3, "martie marts maaliskuuta maret"),
    (4, "aprilie huhtikuuta"),
    (5, "toukokuuta"),
    (6, "iunie iun kesäkuuta"),
    (7, "iulie iul heinäkuuta"),
    (8, "augusti elokuuta agustus"),
    (9, "septembrie syyskuuta"),
    (10, "octombrie lokakuuta"),
    (11, "noiembrie marraskuuta"),
    (12, "decembrie desember joulukuuta"),
)
#: Croatian (genitive; not "listopada", which is October in Croatian and November in Polish: the Polish
#: reading stays), Kazakh and Georgian (nominative, and the "-ს" form of "on 12 March"): "12. ožujka 2022.",
#: "12 наурыз 2022", "12 მარტი 2022" (Belarusian is :data:`_BE`).
_MONTH_WORDS_EAST: Months = (
    (1, "siječnja siječanj қаңтар იანვარი იანვარს"),
    (2, "veljače veljača ақпан თებერვალი თებერვალს"),
    (3, "ožujka ožujak наурыз მარტი მარტს"),
    (4, "travnja travanj сәуір აპრილი აპრილს"),
    (5, "svibnja svibanj мамыр მაისი მაისს"),
    (6, "lipnja lipanj маусым ივნისი ივნისს"),
    (7, "srpnja srpanj шілде ივლისი ივლისს"),
    (8, "kolovoza kolovoz тамыз აგვისტო აგვისტოს"),
    (9, "rujna rujan қыркүйек სექტემბერი სექტემბერს"),
    (10, "қазан ოქტომბერი ოქტომბერს"),
    (11, "studenoga studenog studeni қараша ნოემბერი ნოემბერს"),
    (12, "prosinca prosinac желтоқсан დეკემბერი დეკემბერს"),
)
#: Georgian months abbreviated as CLDR writes them (ICU's and the browsers' Intl medium dates, "09 იან. 2020";
#: the dot is read by the text patterns): three letters each, and no Georgian word standing between a day and
#: a year.
_MONTH_WORDS_KA_ABBR: Months = (
    (1, "იან"), (2, "თებ"), (3, "მარ"), (4, "აპრ"), (5, "მაი"), (6, "ივნ"),
    (7, "ივლ"), (8, "აგვ"), (9, "სექ"), (10, "ოქტ"), (11, "ნოე"), (12, "დეკ"),
)  # fmt: skip
#: Malay, Catalan, Tagalog, Slovak (genitive), Serbian and Bosnian in Latin script, Estonian, Latvian
#: (nominative, locative and genitive: "2022. gada 12. martā") and Lithuanian (genitive: "2022 m. kovo 12
#: d.", see ``dates._BALTIC_YMD``): "Mac 12, 2022", "12 d'octubre de 2022", "Marso 12, 2022",
#: "12. marca 2022", "12. mart 2022.", "12. märts 2022" (Swahili is :data:`_SW`).
_MONTH_WORDS_SOUTH: Months = (
    (1, "gener enero januára januar jaanuar janvāris janvārī janvāra sausio"),
    (2, "febrer pebrero februára veebruar februāris februārī februāra vasario"),
    (3, "mac març marso mart märts martā marta kovo"),
    (4, "apríla aprill aprīlis aprīlī aprīļa balandžio"),
    (5, "maig mája maijs maijā maija gegužės"),
    (6, "juny hunyo júna juuni jūnijs jūnijā jūnija birželio"),
    (7, "julai juliol hulyo júla juuli jūlijs jūlijā jūlija liepos"),
    (8, "ogos agost avgust augusts augustā augusta rugpjūčio"),
    (9, "setembre setyembre septembra septembar septembris septembrī rugsėjo"),
    (10, "oktubre októbra oktobar oktoober oktobris oktobrī oktobra spalio"),
    (11, "nobyembre novembar novembris novembrī novembra lapkričio"),
    (12, "disember desembre disyembre decembra decembar detsember decembris decembrī gruodžio"),
)
#: Greek (genitive, as dates write them, and nominative; with their accents and without, as text set in
#: capitals lowers: "12 Μαρτίου 2022", "12 ΜΑΡΤΙΟΥ 2022"), Hebrew (with the prefix ב, "in": "12 במרץ 2022").
#: Turkish is :data:`_TR`.
_MONTH_WORDS_GR_HE: Months = (
    (1, "ιανουαρίου ιανουαριου ιανουάριος ιανουαριος ιαν ינואר בינואר"),
    (2, "φεβρουαρίου φεβρουαριου φεβρουάριος φεβρουαριος φεβ פברואר בפברואר"),
    (3, "μαρτίου μαρτιου μάρτιος μαρτιος μαρ מרץ במרץ מרס במרס"),
    (4, "απριλίου απριλιου απρίλιος απριλιος απρ אפריל באפריל"),
    (5, "μαΐου μαϊου μαιου μάιος μαιος μαΐ מאי במאי"),
    (6, "ιουνίου ιουνιου ιούνιος ιουνιος ιουν יוני ביוני"),
    (7, "ιουλίου ιουλιου ιούλιος ιουλιος ιουλ יולי ביולי"),
    (8, "αυγούστου αυγουστου αύγουστος αυγουστος αυγ אוגוסט באוגוסט"),
    (9, "σεπτεμβρίου σεπτεμβριου σεπτέμβριος σεπτεμβριος σεπ ספטמבר בספטמבר"),
    (10, "οκτωβρίου οκτωβριου οκτώβριος οκτωβριος οκτ אוקטובר באוקטובר"),
    (11, "νοεμβρίου νοεμβριου νοέμβριος νοεμβριος νοε נובמבר בנובמבר"),
    (12, "δεκεμβρίου δεκεμβριου δεκέμβριος δεκεμβριος δεκ דצמבר בדצמבר"),
)
#: Azerbaijani and Uzbek (Latin script), Armenian (nominative and genitive, as "12 Մարտ 2022" and "մարտի 12"
#: write them), Icelandic and Albanian: "5 oktyabr 2021", "12 Մարտ 2022", "21. júní 2023", "12 nëntor 2022"
#: ("mart", "may", "mars", "maj" and "desember" are above).
_MONTH_WORDS_AZ_HY_IS_SQ: Months = (
    (1, "yanvar հունվար հունվարի janúar janar"),
    (2, "fevral փետրվար փետրվարի febrúar shkurt"),
    (3, "մարտ մարտի"),
    (4, "aprel ապրիլ ապրիլի apríl prill"),
    (5, "մայիս մայիսի maí"),
    (6, "iyun հունիս հունիսի júní qershor"),
    (7, "iyul հուլիս հուլիսի júlí korrik"),
    (8, "avqust avgust օգոստոս օգոստոսի ágúst gusht"),
    (9, "sentyabr սեպտեմբեր սեպտեմբերի shtator"),
    (10, "oktyabr հոկտեմբեր հոկտեմբերի október tetor"),
    (11, "noyabr նոյեմբեր նոյեմբերի nóvember nëntor"),
    (12, "dekabr դեկտեմբեր դեկտեմբերի dhjetor"),
)
#: Welsh: "12 Mawrth 2022" ("Mawrth" is also Tuesday, "dydd Mawrth": a weekday has no day number and year
#: around it, so it is never read as a date; "mai" is above).
_MONTH_WORDS_CY: Months = (
    (1, "ionawr"),
    (2, "chwefror"),
    (3, "mawrth"),
    (4, "ebrill"),
    (6, "mehefin"),
    (7, "gorffennaf"),
    (8, "awst"),
    (9, "medi"),
    (10, "hydref"),
    (11, "tachwedd"),
    (12, "rhagfyr"),
)
#: Afrikaans ("14 Oktober 2022"; the rest are Dutch or English spellings above), Hausa ("Maris 12, 2022"),
#: Haitian Creole ("21 mas 2022"; not "out", August, which is Portuguese "outubro" above, nor "me", May, too
#: short for a month word), Uzbek ("21 sentabr 2022") and Turkmen ("7-nji iýun 2022"): the languages of the
#: eleventh held-out batch.
_MONTH_WORDS_AF_HA_HT_UZ_TK: Months = (
    (1, "januarie janairu janvye ýanwar"),
    (2, "fabrairu fevriye fewral"),
    (3, "maris mas"),
    (4, "afrilu"),
    (5, "mayu maý"),
    (6, "junie yuni jen iýun"),
    (7, "julie yuli jiyè iýul"),
    (8, "agusta awgust"),
    (9, "satumba septanm sentabr sentýabr"),
    (10, "oktòb oktabr oktýabr"),
    (11, "nuwamba novanm noýabr"),
    (12, "disamba desanm"),
)
#: Kinyarwanda ("12 Werurwe 2022"), Somali ("12 Maarso 2022"), Greenlandic ("12. marsi 2022") and Tajik,
#: whose dates write the month with the izafet "-и" ("12 марти 2022") beside the nominative ("март" is
#: Russian's, above): the languages of the twelfth held-out batch. Not Kinyarwanda "mata" (April), a
#: common word elsewhere ("eye" in Malay and Indonesian) too short to risk.
_MONTH_WORDS_RW_SO_KL_TG: Months = (
    (1, "mutarama janaayo januaari январи январ"),
    (2, "gashyantare febraayo februaari феврали феврал"),
    (3, "werurwe maarso marsi марти"),
    (4, "abriil apriili апрели апрел"),
    (5, "gicurasi maajo maaji майи"),
    (6, "kamena juun juuni июни"),
    (7, "nyakanga luuliyo juuli июли"),
    (8, "kanama agoosto aggusti августи"),
    (9, "nzeri sebtembar septembari сентябри сентябр"),
    (10, "ukwakira oktoobar oktobari октябри октябр"),
    (11, "ugushyingo nofembar novembari ноябри ноябр"),
    (12, "ukuboza disembar decembari декабри декабр"),
)
#: Kyrgyz writes a date year first, the day joined to its month by a hyphen and the month with the
#: possessive suffix ("2020-жылдын 9-январы", "of the year 2020, its 9 January"; ``dates._UZBEK_YMD``):
#: the possessive forms, the nominatives being Russian's (above). The thirty-second held-out batch.
_MONTH_WORDS_KY_POSSESSIVE: Months = (
    (1, "январы"),
    (2, "февралы"),
    (3, "марты"),
    (5, "майы"),
    (6, "июну"),
    (7, "июлу"),
    (8, "августу"),
    (9, "сентябры"),
    (10, "октябры"),
    (11, "ноябры"),
    (12, "декабры"),
)
#: isiZulu ("15 Nhlangulana 2022"), Malagasy ("7 Jolay 2022"), Tetum ("17 Fevereiru 2022"), Papiamentu ("6
#: di òktober 2022", see ``dates._DAY_MONTH_YEAR``'s "di") and Tatar ("12 гыйнвар 2022"; its other months are
#: Russian's nominatives, above): the languages of the thirteenth held-out batch. Not Malagasy "mey" (May),
#: nor Papiamentu "mei" and "mart" (above already), nor Tetum "maiu" (too near other words to matter).
_MONTH_WORDS_ZU_MG_TET_PAP_TT: Months = (
    (1, "masingana janoary janeiru yanüari гыйнвар"),
    (2, "nhlolanja febroary fevereiru febrüari"),
    (3, "ndasa martsa marsu"),
    (4, "mbasa aprily abríl"),
    (5, "nhlaba"),
    (6, "nhlangulana jona juñu yüni"),
    (7, "ntulikazi jolay jullu yüli"),
    (8, "ncwaba aogositra agostu ougùstùs"),
    (9, "mandulo septambra setembru sèptèmber"),
    (10, "mfumfu oktobra outubru òktober"),
    (11, "lwezi novambra novembru novèmber"),
    (12, "zibandlela desambra dezembru desèmber"),
)
#: Luxembourgish ("12. Mäerz 2022"; the other months are German's), Galician ("12 de xuño de 2022"; "marzo",
#: "abril", "maio", "agosto", "setembro", "outubro", "novembro" are Spanish's or Portuguese's, above), Irish
#: ("22 Lúnasa 2022"; not September's and October's two words, "Meán Fómhair", "Deireadh Fómhair": "Fómhair"
#: alone could be either), Afaan Oromo ("Bitootessa 12, 2022") and Basque in the nominative ("martxoa"; its
#: dates write the genitive, "2022ko martxoaren 12a", read by ``dates._BASQUE_YMD``): the languages of the
#: fourteenth held-out batch.
_MONTH_WORDS_LB_GL_GA_OM_EU: Months = (
    (1, "xaneiro eanáir amajjii urtarrila"),
    (2, "febreiro feabhra guraandhala otsaila"),
    (3, "mäerz márta bitootessa martxoa"),
    (4, "abrëll aibreán ebla apirila"),
    (5, "mee bealtaine caamsaa maiatza"),
    (6, "xuño meitheamh waxabajjii ekaina"),
    (7, "xullo iúil adooleessa uztaila"),
    (8, "lúnasa hagayya abuztua"),
    (9, "fuulbana iraila"),
    (10, "onkololeessa urria"),
    (11, "samhain sadaasa azaroa"),
    (12, "decembro nollaig muddee abendua"),
)
#: Shona ("12 Kurume 2022"), Northern Sami ("12. njukčamánnu 2022", the month words ending in "mánnu",
#: "month"), Kazakh in the Latin alphabet of 2021 ("12 naýryz 2022"; its Cyrillic months are above) and
#: Standard Moroccan Tamazight in Tifinagh ("12 ⵎⴰⵕⵚ 2022", IRCAM's names): the languages of the fifteenth
#: held-out batch (a month word is read only between a day and a year: Kazakh "qazan", October, is also
#: the city's name, never with both around it).
_MONTH_WORDS_SN_SE_KK_ZGH: Months = (
    (1, "ndira ođđajagemánnu qańtar ⵉⵏⵏⴰⵢⵔ"),
    (2, "kukadzi guovvamánnu aqpan ⴱⵕⴰⵢⵕ"),
    (3, "kurume njukčamánnu naýryz ⵎⴰⵕⵚ"),
    (4, "kubvumbi cuoŋománnu sáýir ⵉⴱⵔⵉⵔ"),
    (5, "chivabvu miessemánnu mamyr ⵎⴰⵢⵢⵓ"),
    (6, "chikumi geassemánnu maýsym ⵢⵓⵏⵢⵓ"),
    (7, "chikunguru suoidnemánnu shilde ⵢⵓⵍⵢⵓⵣ"),
    (8, "nyamavhuvhu borgemánnu tamyz ⵖⵓⵛⵜ"),
    (9, "gunyana čakčamánnu qyrkúıek ⵛⵓⵜⴰⵏⴱⵉⵔ"),
    (10, "gumiguru golggotmánnu qazan ⴽⵜⵓⴱⵕ"),
    (11, "mbudzi skábmamánnu qarasha ⵏⵓⵡⴰⵏⴱⵉⵔ"),
    (12, "zvita juovlamánnu jeltoqsan ⴷⵓⵊⴰⵏⴱⵉⵔ"),
)
#: Scottish Gaelic ("12 Am Màrt 2022": the month with its article, see ``dates._DAY_MONTH_YEAR``; "samhain",
#: November, is Irish's too, above), Kurmanji Kurdish in Latin letters ("12 Adar 2022") and Guarani ("12
#: Jasyapy 2022", "moon three": its months are "jasy", moon, and a number; written with precomposed "ĩ" and
#: "õ"): the languages of the sixteenth held-out batch.
_MONTH_WORDS_GD_KMR_GN: Months = (
    (1, "faoilleach rêbendan jasyteĩ"),
    (2, "gearran reşemî jasykõi"),
    (3, "màrt adar jasyapy"),
    (4, "giblean nîsan jasyrundy"),
    (5, "cèitean gulan jasypo"),
    (6, "ògmhios hezîran jasypoteĩ"),
    (7, "iuchar tîrmeh jasypokõi"),
    (8, "lùnastal tebax jasypoapy"),
    (9, "sultain îlon jasyporundy"),
    (10, "dàmhair cotmeh jasypa"),
    (11, "mijdar jasypateĩ"),
    (12, "dùbhlachd berfanbar jasypakõi"),
)
#: West Frisian ("12 maaie 2022"; its "maart", "april", "juny", "july", "augustus", "oktober" are Dutch's or
#: English's, above), Romansh in Rumantsch Grischun ("12 da favrer 2022", the preposition "da" read by
#: ``dates._DAY_MONTH_YEAR``; "mars", "october", ... above) and Setswana ("12 Phatwe 2022"): the languages of
#: the seventeenth held-out batch.
_MONTH_WORDS_FY_RM_TN: Months = (
    (1, "jannewaris schaner ferikgong"),
    (2, "febrewaris favrer tlhakole"),
    (3, "mopitlwe"),
    (4, "avrigl moranang"),
    (5, "maaie matg motsheganong"),
    (6, "zercladur seetebosigo"),
    (7, "fanadur phukwi"),
    (8, "avust phatwe"),
    (9, "septimber settember lwetse"),
    (10, "diphalane"),
    (11, "novimber ngwanatsele"),
    (12, "desimber sedimonthole"),
)
#: Māori ("12 Mahuru 2022"; its hyphenated months, "Poutū-te-rangi", are read by ``dates._HYPHENATED_DMY``),
#: Esperanto ("la 12-a de marto 2022"), Occitan ("12 de febrièr de 2022"; "març", "abril", "mai", "agost",
#: ... are Catalan's, above), Sesotho ("12 Hlakubele 2022"; "lwetse" is Setswana's, above) and Bashkir ("12
#: ғинуар 2022"; its other months are Russian's nominatives, above): the languages of the eighteenth
#: held-out batch, with the Māori months also written without their macrons.
_MONTH_WORDS_MI_EO_OC_ST: Months = (
    (1, "kohitātea kohitatea januaro genièr pherekgong ғинуар"),
    (2, "februaro febrièr hlakola"),
    (3, "marto hlakubele"),
    (4, "aprilo mmesa"),
    (5, "haratua majo motsheanong"),
    (6, "pipiri junh phupjane"),
    (7, "hōngongoi hongongoi julhet phupu"),
    (8, "aŭgusto phato"),
    (9, "mahuru septembro"),
    (10, "oktobro octòbre mphalane"),
    (11, "pudungwana"),
    (12, "hakihea tshitwe"),
)
#: Belarusian in Łacinka, the Latin alphabet some Belarusian outlets publish beside Cyrillic (genitive, as
#: dates write them, and nominative): "9 studzienia 2020", "Abnoŭlena 10 studzienia 2020". None is another
#: language's other month ("luty" is Polish February too; Croatian "lipanj"/"lipnja", June, are not
#: "lipień").
_MONTH_WORDS_BE_LATN: Months = (
    (1, "studzienia studzień"),
    (2, "lutaha luty"),
    (3, "sakavika sakavik"),
    (4, "krasavika krasavik"),
    (5, "traŭnia travień"),
    (6, "červienia červień"),
    (7, "lipienia lipień"),
    (8, "žniŭnia žnivień"),
    (9, "vieraśnia vierasień"),
    (10, "kastryčnika kastryčnik"),
    (11, "listapada listapad"),
    (12, "sniežnia sniežań"),
)
#: Chuvash (Cyrillic with four letters of its own: ӑ, ӗ, ҫ, ӳ), as a template's "d F Y" writes it: "9 кӑрлач
#: 2020", the top bar's "30 чӳк 2024". Chuvash text on the web is often typed with the Latin look-alikes of
#: those letters (ă, ĕ, ç, ÿ: keyboards without a Chuvash layout), so each month is also spelled so
#: (:data:`_CHUVASH_LATIN_LOOKALIKES`). May, "ҫу", is two letters: shorter than any month word a text date
#: reads (three letters at least, so that no two-letter word of prose is tried), and left out. No word is
#: another language's month.
_MONTH_WORDS_CV: Months = (
    (1, "кӑрлач"),
    (2, "нарӑс"),
    (3, "пуш"),
    (4, "ака"),
    (6, "ҫӗртме"),
    (7, "утӑ"),
    (8, "ҫурла"),
    (9, "авӑн"),
    (10, "юпа"),
    (11, "чӳк"),
    (12, "раштав"),
)
#: Crimean Tatar in its Latin alphabet writes September and October with a circumflex ("14 oktâbr 2019",
#: "sentâbr"); its other months are Uzbek's, Azerbaijani's or Turkish's spellings above ("yanvar", "mayıs",
#: "noyabr"). The thirty-sixth held-out batch.
_MONTH_WORDS_CRH: Months = ((9, "sentâbr"), (10, "oktâbr"))
#: Belarusian, Armenian and Kazakh months abbreviated as CLDR writes them in dates (ICU's and the browsers'
#: Intl medium dates: "9 студ. 2020 г.", "09 հնվ, 2020 թ.", "2020 ж. 09 қаң."; the dot is read by the text
#: patterns), as ext35 and ext36 added Georgian's and Ukrainian's. Belarusian's "лют", "ліп", "вер" and "мая"
#: are Ukrainian's or Russian's already, and its August "жн." is two letters, shorter than any month word the
#: patterns take (left unread). A word is read as a month only beside a day and a year, where none of these
#: stems ("жел", "қаз") stands in prose; Kazakh's August "там." is left out, a Russian word ("там", "there")
#: that can stand before a number. The thirty-seventh held-out batch.
_MONTH_WORDS_BE_HY_KK_ABBR: Months = (
    (1, "студ հնվ қаң"), (2, "փտվ ақп"), (3, "сак մրտ нау"), (4, "крас ապր сәу"), (5, "մյս мам"),
    (6, "чэрв հնս мау"), (7, "հլս шіл"), (8, "օգս"), (9, "սեպ қыр"), (10, "кастр հոկ қаз"),
    (11, "ліст նոյ қар"), (12, "снеж դեկ жел"),
)  # fmt: skip
#: Azerbaijani months abbreviated as CLDR writes them, without a dot, in ICU's and the browsers' Intl medium
#: date ("09 yan 2020", "30 noy 2024"); "fev", "mar", "apr", "may" and "okt" are other languages' already.
#: Some are words of their own ("yan", "side"; "sen", Turkish "you"), read as a month only beside a day and
#: a year, as every word of the table. The thirty-eighth held-out batch.
_MONTH_WORDS_AZ_ABBR: Months = (
    (1, "yan"), (6, "iyn"), (7, "iyl"), (8, "avq"), (9, "sen"), (11, "noy"), (12, "dek"),
)  # fmt: skip
#: Estonian months abbreviated as CLDR writes them, without a dot, after a day with its dot, in ICU's and
#: the browsers' Intl medium date ("9. jaan 2020", "30. nov 2024"); "apr", "mai", "aug", "sept", "okt" and
#: "nov" are other languages' already, "märts", "juuni" and "juuli" are the full names (above). "Jaan" is
#: also a man's name, read as a month only beside a day and a year, as every word of the table. The
#: thirty-ninth held-out batch.
_MONTH_WORDS_ET_ABBR: Months = ((1, "jaan"), (2, "veebr"), (12, "dets"))
#: Moldovan written in the Cyrillic alphabet (Romanian's months spelled as the Moldovan Cyrillic alphabet
#: writes them: ``ianuarie`` -> "януарие", ``decembrie`` -> "дечембрие"), as the region's agencies publishing
#: in Moldovan Cyrillic print their dates: "9 януарие 2020, 14:05", "Актуализат: 10 януарие 2020" (the
#: update label is Romanian's "actualizat" transliterated). May is Russian's "май" already. No word is a
#: Russian or Ukrainian word. The forty-second held-out batch.
_MONTH_WORDS_MO_CYRL: Months = (
    (1, "януарие"), (2, "фебруарие"), (3, "мартие"), (4, "априлие"), (6, "июние"), (7, "июлие"),
    (8, "аугуст"), (9, "септембрие"), (10, "октомбрие"), (11, "ноембрие"), (12, "дечембрие"),
)  # fmt: skip
#: Abkhaz months, as an outlet's Abkhaz edition dates its stories ("09 ажьырныҳәа 2020, 14:05", the top bar's
#: "30 абҵара 2024"): Cyrillic with Abkhaz's own letters (ҳ, ә, ԥ, ҵ, ҷ, ҭ); no word is a Russian one. The
#: forty-fourth held-out batch, from the forty-third's leftover.
_MONTH_WORDS_AB: Months = (
    (1, "ажьырныҳәа"), (2, "жәабран"), (3, "хәажәкыра"), (4, "мшаԥы"), (5, "лаҵара"), (6, "рашәара"),
    (7, "ԥхынгәы"), (8, "нанҳәа"), (9, "цәыббра"), (10, "жьҭаара"), (11, "абҵара"), (12, "ԥхынҷкәын"),
)  # fmt: skip
#: Maltese ("9 ta' Jannar 2020", the day joined to its month by "ta'", "of": see ``dates._DAY_MONTH_YEAR``;
#: "april" and "novembru" are above). The forty-eighth held-out batch.
_MONTH_WORDS_MT: Months = (
    (1, "jannar"), (2, "frar"), (3, "marzu"), (5, "mejju"), (6, "ġunju"), (7, "lulju"), (8, "awwissu"),
    (9, "settembru"), (10, "ottubru"), (12, "diċembru"),
)  # fmt: skip
#: Breton ("9 a viz Genver 2020", "the 9th of the month of January": the day joined to its month by "a viz",
#: see ``extract.dates._DAY_MONTH_YEAR``, which also steps over the "c'" of "C'hwevrer", February, so that its
#: word is "hwevrer"). Its three short months, "Mae" (May), "Here" (October) and "Du" (November), are other
#: languages' words ("du", "here"): the extractor reads them only after "a viz"
#: (``extract.dates._VIZ_MONTHS``). The forty-ninth held-out batch.
_MONTH_WORDS_BR: Months = (
    (1, "genver"), (2, "hwevrer"), (3, "meurzh"), (4, "ebrel"), (6, "mezheven"), (7, "gouere"), (8, "eost"),
    (9, "gwengolo"), (12, "kerzu"),
)  # fmt: skip

# --- read by the article reader's template dates only ----------------------------------------------------
#: Finnish in the nominative and Indonesian's older ``nopember``: ``maaliskuu 2024``. (The Arabic months this
#: list held too, ``12 مارس 2024``, are read from :data:`_SCRIPT_AR_UR_FA`, as the page extractor reads them.)
_TEMPLATE_AR_FI_ID: Months = (
    (1, "tammikuu"),
    (2, "helmikuu"),
    (3, "maaliskuu"),
    (4, "huhtikuu"),
    (5, "toukokuu"),
    (6, "kesäkuu"),
    (7, "heinäkuu"),
    (8, "elokuu"),
    (9, "syyskuu"),
    (10, "lokakuu"),
    (11, "nopember marraskuu"),
    (12, "joulukuu"),
)
#: Slovak's nominative ``marec``. (Urdu's months, ``8 فروری 2024``, which this list held too, are read from
#: :data:`_SCRIPT_AR_UR_FA`.)
_TEMPLATE_UR_SK: Months = ((3, "marec"),)
#: Slovenian (genitive, as dates write it, and nominative: ``14. avgusta 2023``), Serbian and Macedonian in
#: the genitive (``25. октобра 2024.``), Albanian's ``nentor`` without its diaeresis, Irish without its
#: accents (``1 Lunasa 2024``; the two-word ``Meán Fómhair`` and ``Deireadh Fómhair``:
#: ``articles._dates._IRISH_TWO_WORDS``) and Basque in the genitive a date writes (``2024ko irailaren 18a``).
_TEMPLATE_SL_SR_MK_SQ_GA_EU: Months = (
    (1, "januarja јануара januara eanair urtarrilaren"),
    (2, "februarja фебруара februara otsailaren"),
    (3, "martxoaren"),
    (4, "aprila априла aibrean apirilaren"),
    (5, "маја maiatzaren"),
    (6, "junija junij јуна juna ekainaren"),
    (7, "julija julij јула jula iuil uztailaren"),
    (8, "avgusta lunasa abuztuaren"),
    (9, "септембра irailaren"),
    (10, "октобра urriaren"),
    (11, "новембра nentor azaroaren"),
    (12, "децембра abenduaren"),
)
#: Zulu (``14 Novemba 2024``), Kinyarwanda's April ``mata`` (a common word elsewhere, "eye" in Malay and
#: Indonesian: the page extractor leaves it out), Māori (``19 Noema 2024``, with or without macrons), Turkmen
#: without its ``ý`` (``yanwar``), Somali's other spellings (``19 Nofeembar 2024``) and Hausa's and Maltese's
#: (``faburairu``, ``gunju``, ``dicembru``).
_TEMPLATE_ZU_RW_MI_TK_SO_HA_MT: Months = (
    (1, "januwari janawari hānuere hanuere yanwar"),
    (2, "februwari pēpuere pepuere faburairu"),
    (3, "mashi māehe maehe"),
    (4, "ephreli epreli mata āperira aperira afirilu"),
    (5, "meyi mey"),
    (6, "hune gunju"),
    (7, "julayi hūrae hurae"),
    (8, "agasti ākuhata akuhata"),
    (9, "septhemba hepetema"),
    (10, "okthoba oketopa"),
    (11, "noema nofeembar"),
    (12, "disemba tīhema tihema desembar diseembar dicembru"),
)
#: Kurmanji Kurdish without its circumflexes (``heziran``), Samoan (``22 Novema 2024``), Javanese with its
#: ``è`` (``12 Nopèmber 2024``) and Igbo with its dots below (``21 Ọktoba 2024``). (Its Uyghur and Sindhi
#: months are read from :data:`_SCRIPT_UG` and :data:`_SCRIPT_SD`, as the page extractor reads them.)
_TEMPLATE_UG_KU_SM_JV_IG_SD: Months = (
    (1, "ianuari fèbruari jenụwarị"),
    (2, "sibat fepuari febụwarị febrụwarị"),
    (3, "mati maachị"),
    (4, "eprel"),
    (5, "mèi"),
    (6, "heziran iuni"),
    (7, "tirmeh iulai julaị"),
    (8, "aukuso ọgọọst"),
    (9, "ilon setema"),
    (10, "ọktoba"),
    (11, "novema nopèmber"),
    (12, "tesema dhésèmber"),
)
#: Scottish Gaelic lenited after ``dhen``, "of the" (``21 dhen Dàmhair 2024``), and without its grave accents,
#: Esperanto's ``aŭgusto`` in the x-system and without its breve, Occitan without its accent (``febrier``),
#: Latin (genitive, as dates write it: ``21 Novembris 2024``), Hawaiian (with and without the ʻokina) and
#: Inuktitut in syllabics (``ᓄᕕᐱᕆ 21, 2024``, month first). (Its Yakut one-word months are read from
#: :data:`_SAKHA`, its Yiddish ones from :data:`_SCRIPT_YI`.)
_TEMPLATE_GD_EO_OC_LA_YI_HAW_SAH_IU: Months = (
    (1, "fhaoilleach genier ianuarii ianuali ᔮᓐᓄᐊᓕ ᔮᓐᓄᐊᕆ"),
    (2, "ghearran febrier februarii pepeluali ᕖᕝᕗᐊᓕ ᕕᕝᕗᐊᕆ"),
    (3, "mhàrt mhart martii malaki ᒫᑦᓯ ᒫᔾᔨ"),
    (4, "ghiblean aprilis ʻapelila apelila ᐄᐳᓗ ᐊᐃᐳᕆᓪ"),
    (5, "chèitean ceitean cheitean maii"),
    (6, "ogmhios iunii iune ᔫᓂ"),
    (7, "iulii ᔪᓚᐃ ᔪᓓ"),
    (8, "lunastal auxgusto augusto ʻaukake aukake ᐋᒡᒌᓯ ᐊᐅᒍᓯ"),
    (9, "kepakemapa ᓯᑎᐱᕆ ᓰᑏᕝᕙ"),
    (10, "damhair octobris ʻokakopa okakopa ᐅᑐᐱᕆ ᐅᒃᑐᐱᕆ"),
    (11, "nowemapa ᓄᕕᐱᕆ"),
    (12, "dubhlachd kekemapa ᑎᓯᐱᕆ"),
)
#: Northern Sami's genitive, as dates write it (``21. skábmamánu 2024``; the nominative is
#: :data:`_MONTH_WORDS_SN_SE_KK_ZGH`'), and both without their diacritics (``skabmamanu``, Sami ``đ`` and
#: ``ŋ`` as ``d`` and ``n``), Guarani without its tildes (``jasypatei``), Haitian Creole's ``jiye`` and
#: ``oktob`` without their accents, and Asturian (``21 de payares de 2024``).
_TEMPLATE_SE_GN_HT_AST: Months = (
    (1, "ođđajagemánu oddajagemanu jasytei xineru"),
    (2, "guovvamánu guovvamanu guovvamannu jasykoi febreru"),
    (3, "njukčamánu njukcamanu njukcamannu"),
    (4, "cuoŋománu cuonomanu cuonomannu"),
    (5, "miessemánu miessemanu miessemannu"),
    (6, "geassemánu geassemanu geassemannu jasypotei xunu"),
    (7, "suoidnemánu suoidnemanu suoidnemannu jiye jasypokoi xunetu"),
    (8, "borgemánu borgemanu borgemannu"),
    (9, "čakčamánu cakcamanu cakcamannu"),
    (10, "golggotmánu golggotmanu golggotmannu oktob ochobre"),
    (11, "skábmamánu skabmamanu skabmamannu jasypatei payares"),
    (12, "juovlamánu juovlamanu juovlamannu jasypakoi avientu"),
)

#: Chuvash typed with the Latin look-alikes of its own letters (keyboards without a Chuvash layout).
_CHUVASH_LATIN_LOOKALIKES = str.maketrans({"ӑ": "ă", "ӗ": "ĕ", "ҫ": "ç", "ӳ": "ÿ"})
_MONTH_WORDS_CV_LATIN: Months = tuple(
    (n, words.translate(_CHUVASH_LATIN_LOOKALIKES)) for n, words in _MONTH_WORDS_CV
)

#: Every list, by the ISO 639 codes of its languages (``-abbr``: CLDR's short forms; ``-latn``, ``-cyrl``:
#: another script's spelling).
LISTS: dict[str, Months] = {
    "en": _EN,
    "de": _DE,
    "ru": _RU,
    "fr": _FR,
    "es": _ES,
    "it": _IT,
    "pt": _PT,
    "nl": _NL,
    "pl": _PL,
    "cs": _CS,
    "uk": _MONTH_WORDS_UK,
    "be": _BE,
    "tr": _TR,
    "sw": _SW,
    "uk-abbr": _MONTH_WORDS_UK_ABBR,
    "bg mk sr": _MONTH_WORDS_BG,
    "hu": _MONTH_WORDS_HU,
    "ro sv no da fi id": _MONTH_WORDS_MORE,
    "hr kk ka": _MONTH_WORDS_EAST,
    "ka-abbr": _MONTH_WORDS_KA_ABBR,
    "ms ca tl sk sr-latn bs et lv lt": _MONTH_WORDS_SOUTH,
    "el he": _MONTH_WORDS_GR_HE,
    "az uz hy is sq": _MONTH_WORDS_AZ_HY_IS_SQ,
    "cy": _MONTH_WORDS_CY,
    "af ha ht uz tk": _MONTH_WORDS_AF_HA_HT_UZ_TK,
    "rw so kl tg": _MONTH_WORDS_RW_SO_KL_TG,
    "ky": _MONTH_WORDS_KY_POSSESSIVE,
    "zu mg tet pap tt": _MONTH_WORDS_ZU_MG_TET_PAP_TT,
    "lb gl ga om eu": _MONTH_WORDS_LB_GL_GA_OM_EU,
    "sn se kk-latn zgh": _MONTH_WORDS_SN_SE_KK_ZGH,
    "gd kmr gn": _MONTH_WORDS_GD_KMR_GN,
    "fy rm tn": _MONTH_WORDS_FY_RM_TN,
    "mi eo oc st ba": _MONTH_WORDS_MI_EO_OC_ST,
    "be-latn": _MONTH_WORDS_BE_LATN,
    "cv": _MONTH_WORDS_CV,
    "cv-latn": _MONTH_WORDS_CV_LATIN,
    "crh": _MONTH_WORDS_CRH,
    "be hy kk-abbr": _MONTH_WORDS_BE_HY_KK_ABBR,
    "az-abbr": _MONTH_WORDS_AZ_ABBR,
    "et-abbr": _MONTH_WORDS_ET_ABBR,
    "mo-cyrl": _MONTH_WORDS_MO_CYRL,
    "ab": _MONTH_WORDS_AB,
    "mt": _MONTH_WORDS_MT,
    "br": _MONTH_WORDS_BR,
    "ar fi id (template)": _TEMPLATE_AR_FI_ID,
    "ur sk (template)": _TEMPLATE_UR_SK,
    "sl sr mk sq ga eu (template)": _TEMPLATE_SL_SR_MK_SQ_GA_EU,
    "zu rw mi tk so ha mt (template)": _TEMPLATE_ZU_RW_MI_TK_SO_HA_MT,
    "ug ku sm jv ig sd (template)": _TEMPLATE_UG_KU_SM_JV_IG_SD,
    "gd eo oc la yi haw sah iu (template)": _TEMPLATE_GD_EO_OC_LA_YI_HAW_SAH_IU,
    "se gn ht ast (template)": _TEMPLATE_SE_GN_HT_AST,
}

#: The languages the article reader reads a month of in running text (``articles._dates.MONTHS``: "January
#: 9, 2020", "9. Januar", "9 января"): in other languages some month names are ordinary words of these
#: three ("Mars", "Mayo Clinic", "Maja").
PROSE_LANGUAGES: tuple[str, ...] = ("en", "de", "ru")
#: The languages the article reader reads a month of in a field's whole value and as a lower-case month
#: after a day in prose (``articles._dates.FIELD_MONTHS``: "21 janvier 1995", "3 de febrero de 2025", "12
#: березня 2022").
FIELD_LANGUAGES: tuple[str, ...] = (
    *PROSE_LANGUAGES, "fr", "es", "pt", "it", "nl", "pl", "cs", "uk", "tr", "be", "sw",
)  # fmt: skip
#: Short forms of :data:`FIELD_LANGUAGES` that ``FIELD_MONTHS`` leaves out: after a number in English prose
#: they are English words ("9 out of 10", "4 lug nuts", "a 7 mag lens"; Italian "gen", "giu"), and the field
#: reader reads a lower-case month after a day in prose. The extractor reads them between a day and a year.
FIELD_LEAVES_OUT: frozenset[str] = frozenset(("gen", "mag", "giu", "lug", "out"))
#: Words the article templates leave out (``_TEMPLATE_MONTHS``): Kurmanji's March ``adar`` is also the
#: Hebrew calendar's month (``14 Adar 5784``, read by ``calendars.HEBREW_MONTHS``; ``14 Adar 2024`` is
#: neither for sure), and ``out`` is Haitian Creole's August and Portuguese's short October.
TEMPLATE_LEAVES_OUT: frozenset[str] = frozenset(("adar", "out"))
#: The lists only a citation template's whole date reads (``articles._dates._TEMPLATE_MONTHS``): the page
#: extractor has not been tried on them in a page's text (a held-out batch's pages would say), and some are
#: other words between two numbers (Arabic "مارس", "practised"; Kinyarwanda "mata").
TEMPLATE_ONLY: frozenset[str] = frozenset(name for name in LISTS if name.endswith("(template)"))

#: The languages whose months the article reader reads in running text by opt-in (artdates2, art34's
#: leftover), beside :data:`PROSE_LANGUAGES` and :data:`FIELD_LANGUAGES`, each with its month words of the
#: lists above (named here: a list holds several languages' words, and the other languages of those lists,
#: Haitian "novanm" or Luxembourgish "mee", stay read in a template's date only). Read in the date forms
#: their press writes (``articles._dates``): Galician ``9 de xaneiro de 2020`` (lower case, as Spanish
#: writes it), Basque's year-first genitive ``2020ko urtarrilaren 9an`` (the nominatives here, the
#: genitive's stem), Maltese ``9 ta' Jannar 2020``, Hausa ``9 ga Janairu, 2020`` and Greek's genitive ``8
#: Ιανουαρίου 2020`` (a script of its own, and no Greek month is another Greek word; not its short forms),
#: and Estonian ``3. juuni 2021`` (its months that are no English or German month: "mai", Romanian's and
#: French's word too, is left out).
#: Each word was checked against the other languages' words the reader handles: Galician's and Maltese's
#: that are Spanish's, Portuguese's, Italian's or English's words are those languages' same months
#: ("marzo", "maio", "april"); Basque's nominatives are read only in the genitive a date writes ("urria",
#: October, is also "the scarce one"); Hausa's that are names are :data:`PROSE_OPT_IN_NAMES`.
PROSE_OPT_IN: dict[str, str] = {
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "eu": "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua",
    "mt": (
        "jannar frar marzu april mejju ġunju gunju lulju awwissu settembru ottubru novembru diċembru dicembru"
    ),
    "ha": (
        "janairu fabrairu faburairu maris afrilu afirilu mayu yuni yuli agusta satumba oktoba nuwamba disamba"
    ),
    "el": (
        "ιανουαρίου ιανουαριου ιανουάριος ιανουαριος φεβρουαρίου φεβρουαριου φεβρουάριος φεβρουαριος "
        "μαρτίου μαρτιου μάρτιος μαρτιος απριλίου απριλιου απρίλιος απριλιος μαΐου μαϊου μαιου μάιος μαιος "
        "ιουνίου ιουνιου ιούνιος ιουνιος ιουλίου ιουλιου ιούλιος ιουλιος αυγούστου αυγουστου αύγουστος "
        "αυγουστος σεπτεμβρίου σεπτεμβριου σεπτέμβριος σεπτεμβριος οκτωβρίου οκτωβριου οκτώβριος οκτωβριος "
        "νοεμβρίου νοεμβριου νοέμβριος νοεμβριος δεκεμβρίου δεκεμβριου δεκέμβριος δεκεμβριος"
    ),
    "et": "jaanuar veebruar märts aprill juuni juuli oktoober detsember",
    # artdates3 (art35's leftovers): Georgian's nominatives and datives ("8 იანვარს", "on 8 January"; a
    # script of its own), Bashkir's own January (its other months are Russian's), Kurmanji, Sorani's
    # one-word months (its two-word ones are :data:`SORANI_WITHOUT_IZAFE`'s), Irish with and without its
    # accents. How each is read: :data:`PROSE_OPT_IN_SHAPED` and ``articles._dates``.
    "ka": (
        "იანვარი იანვარს თებერვალი თებერვალს მარტი მარტს აპრილი აპრილს მაისი მაისს ივნისი ივნისს ივლისი "
        "ივლისს აგვისტო აგვისტოს სექტემბერი სექტემბერს ოქტომბერი ოქტომბერს ნოემბერი ნოემბერს დეკემბერი "
        "დეკემბერს"
    ),
    "ba": "ғинуар",
    "kmr": (
        "rêbendan reşemî adar nîsan gulan hezîran tîrmeh tebax îlon cotmeh mijdar berfanbar "
        "heziran tirmeh ilon"
    ),
    "ckb": "شوبات ئازار نیسان ئایار حوزەیران تەممووز ئەیلوول",
    "ga": (
        "eanáir feabhra márta aibreán bealtaine meitheamh iúil lúnasa samhain nollaig "
        "eanair aibrean iuil lunasa"
    ),
}
#: Opted-in months that are names or other words elsewhere, read only after their language's joiner (Hausa
#: ``9 ga Maris, 2022``, ``ranar 3 ga watan Yuli``), never bare between a day and a year, where "Lot 12
#: Maris 2022" could be a name: Hausa "maris" (Latvian Māris, "Maris Piper", Latin "of the sea"), "mayu"
#: (a Japanese given name), "yuni" and "yuli" (given names: Yuli Gurriel), "agusta" (the helicopter maker,
#: an Italian surname).
PROSE_OPT_IN_NAMES: frozenset[str] = frozenset(("maris", "mayu", "yuni", "yuli", "agusta"))
#: Inflected forms of opted-in months that no list above holds (the page extractor does not read them), each
#: read as :data:`PROSE_OPT_IN`'s words are (artdates3): Georgian's genitive (``2019 წლის 21 დეკემბრის``, "of
#: 21 December 2019"; August's is its dative, ``აგვისტოს``, above), Bashkir's locatives (``8 ғинуарҙа``, "on 8
#: January"; ``9 ғинуарында``, with the possessive) and Estonian's adessive (``3. juunil``, "on 3 June"; not
#: ``mail``, May's, which is English's word).
PROSE_OPT_IN_FORMS: dict[str, Months] = {
    "ka": (
        (1, "იანვრის"), (2, "თებერვლის"), (3, "მარტის"), (4, "აპრილის"), (5, "მაისის"), (6, "ივნისის"),
        (7, "ივლისის"), (9, "სექტემბრის"), (10, "ოქტომბრის"), (11, "ნოემბრის"), (12, "დეკემბრის"),
    ),
    "ba": ((1, "ғинуарҙа ғинуарында"),),
    "et": (
        (1, "jaanuaril"), (2, "veebruaril"), (3, "märtsil"), (4, "aprillil"), (6, "juunil"), (7, "juulil"),
        (8, "augustil"), (9, "septembril"), (10, "oktoobril"), (11, "novembril"), (12, "detsembril"),
    ),
}  # fmt: skip
#: Opted-in languages read only in a shape of their own (artdates3), never as a bare word between a day and a
#: year nor after a day alone: Irish months are read with a year or after ``an`` ("the": ``an 8 Eanáir``), as
#: Irish prose writes a date, because four are also common nouns (``Bealtaine``, ``Lúnasa`` and ``Samhain``
#: the festivals, ``Nollaig`` Christmas) and ``Márta`` a given name (Irish and Hungarian); Sorani's with the
#: izafe glued to the day (``٨ی کانوونی دووەم``: ``ئازار``, March, is also "pain"). (Georgian's genitive,
#: :data:`PROSE_OPT_IN_FORMS`, is read only with a year: ``9 აპრილის ქუჩა``, "9 April Street", is a name.)
PROSE_OPT_IN_SHAPED: frozenset[str] = frozenset(("ga", "ckb"))
#: Kurmanji months read only with the ezafe a date writes (``5ê Gulanê``), never bare: ``gulan`` (May) is also
#: "roses", ``tebax`` (August) "tray", ``adar`` (March) the Hebrew calendar's month (``14 Adar 5784``).
PROSE_OPT_IN_EZAFE_ONLY: frozenset[str] = frozenset(("gulan", "tebax", "adar"))
#: The weekdays of the opted-in languages (artdates4), Monday (0) to Sunday (6), each in the form its prose
#: says "on ..." (``_`` joins a name's two words), read as :data:`PROSE_OPT_IN`'s months are: only in an
#: article that may be in one of the more languages (``articles._dates.MORE_WEEKDAYS``). Left out, being
#: other words or names: Georgian ``კვირა``, ``კვირას`` (Sunday, also "week":
#: ``ამ კვირას``, "this week") and the nominatives (``პარასკევი``, Friday, is also
#: Saint Paraskevi's name; the dative, ``ხუთშაბათს``, is how "on Thursday" is said);
#: Kurmanji ``în``, ``înê`` (Friday: Romanian's "in"); Irish days without ``Dé`` (``Aoine``, "fast";
#: ``Domhnach``, "church", in place names, ``Domhnach Phádraig``; ``Luan``; ``Máirt``) and ``Dé`` alone ("of
#: God"); Irish is read as ``Déardaoin`` (one word, Thursday) or ``Dé`` + the day, with and without accents.
PROSE_OPT_IN_WEEKDAYS: dict[str, Months] = {
    "ka": (
        (0, "ორშაბათს"), (1, "სამშაბათს"), (2, "ოთხშაბათს"), (3, "ხუთშაბათს"), (4, "პარასკევს"),
        (5, "შაბათს"),
    ),
    "ba": (
        (0, "дүшәмбе"), (1, "шишәмбе"), (2, "шаршамбы"), (3, "кесаҙна"), (4, "йома"), (5, "шәмбе"),
        (6, "йәкшәмбе"),
    ),
    "kmr": (
        (0, "duşem duşemê"), (1, "sêşem sêşemê"), (2, "çarşem çarşemê"), (3, "pêncşem pêncşemê"),
        (5, "şemî şemiyê"), (6, "yekşem yekşemê"),
    ),
    "ckb": (
        (0, "دووشەممە"), (1, "سێشەممە"), (2, "چوارشەممە"), (3, "پێنجشەممە"), (4, "هەینی"), (5, "شەممە"),
        (6, "یەکشەممە"),
    ),
    "ga": (
        (0, "dé_luain de_luain"), (1, "dé_máirt de_mairt dé_mairt"),
        (2, "dé_céadaoin de_ceadaoin dé_ceadaoin"),
        (3, "déardaoin deardaoin"), (4, "dé_haoine de_haoine"), (5, "dé_sathairn de_sathairn"),
        (6, "dé_domhnaigh de_domhnaigh"),
    ),
}  # fmt: skip


def month_table(names: Iterable[str], leave_out: frozenset[str] = frozenset()) -> dict[str, int]:
    """Each word of the lists ``names`` (keys of :data:`LISTS`, in their order) but ``leave_out``, to its
    month."""
    return {
        word: number
        for name in names
        for number, words in LISTS[name]
        for word in words.split()
        if word not in leave_out and "_" not in word  # two words: read only by a pattern of its own
    }


# --- the fiftieth held-out extraction batch (a new subset at the end of the file) ------------------------
#: Asturian (``9 de xineru de 2020``; the template list :data:`_TEMPLATE_SE_GN_HT_AST` read it in citations
#: only), Friulian (``9 di Zenâr dal 2020``, the year after "dal": ``extract.dates._DAY_MONTH_YEAR``; its
#: July "lui" is Italian's and Romanian's "him", left out), Upper Sorbian in the genitive a date writes
#: (``9. januara 2020``, with the nominatives no other language spells), Igbo with its dotted vowels
#: written precomposed (``9 Jenụwarị 2020``; its May "mee" is Dutch's "with", left out) and Manx's one-word
#: months (its others are two or three words: :data:`MULTI_WORD_MONTHS`).
_MONTH_WORDS_AST_FUR_HSB_IG_GV: Months = (
    (1, "xineru zenâr zenar januara jenụwarị"),
    (2, "febreru fevrâr fevrar februara febrụwarị"),
    (3, "marzu març měrca měrc merca machị mayrnt"),
    (4, "avrîl avril apryla apryl eprel averil"),
    (5, "mayu meje boaldyn"),
    (6, "xunu jugn junija"),
    (7, "xunetu julija julaị"),
    (8, "agostu avost awgusta ọgọọst luanistyn"),
    (9, "setiembre setembar septembra"),
    (10, "ochobre otubar oktobra ọktoba"),
    (11, "payares novembar nowembra nowember novemba"),
    (12, "avientu dicembar decembra disemba"),
)
LISTS["ast fur hsb ig gv"] = _MONTH_WORDS_AST_FUR_HSB_IG_GV

#: Months of more than one word, as a page writes them between a day and a year (lower case, one space
#: between the words): Manx (``9 Jerrey Geuree 2020``, "the end of winter"; ``Mee ny Nollick``, December).
#: Read only by ``extract.dates._MULTI_WORD_DMY``, on text holding one of their first words; a word alone
#: ("mean", "mee") is no month.
MULTI_WORD_MONTHS: dict[str, int] = {
    "jerrey geuree": 1, "toshiaght arree": 2, "mean souree": 6, "jerrey souree": 7, "mean fouyir": 9,
    "jerrey fouyir": 10, "mee houney": 11, "mee ny nollick": 12,
}  # fmt: skip

# --- read by a pattern of their own in the page extractor, and by the article templates ---------------------
# (tidy2: each of these was written in ``extract.dates`` or ``extract.tables`` and again in a template list.)
#: The Arabic script's Gregorian months: Egyptian and Gulf Arabic, Maghrebi (``جانفي``, ``غشت``), the
#: Levantine and Iraqi Syriac names (``آذار``; of two words, joined by ``_``: ``كانون_الثاني``), Urdu
#: (``جنوری``) and Persian (``ژانویه``). The page extractor reads them by its pattern of Arabic-script and
#: Indic dates (``extract.dates._SCRIPT_MONTHS``, with its spellings), not by
#: :data:`linkcheck.extract.tables.MONTHS`, where ``مارس`` ("practised") would be a month between any two
#: numbers.
_SCRIPT_AR_UR_FA: Months = (
    (1, "يناير جانفي كانون_الثاني جنوری ژانویه"),
    (2, "فبراير فيفري شباط فروری فوریه"),
    (3, "مارس آذار اذار مارچ"),
    (4, "أبريل ابريل إبريل أفريل افريل نيسان اپریل آوریل"),
    (5, "مايو ماي أيار ايار مئی مه"),
    (6, "يونيو يونيه جوان حزيران جون ژوئن"),
    (7, "يوليو يوليه يوليوز جويلية تموز جولائی ژوئیه"),
    (8, "أغسطس اغسطس غشت أوت اوت آب اب اگست"),
    (9, "سبتمبر شتنبر أيلول ايلول ستمبر سپتامبر"),
    (10, "أكتوبر اكتوبر تشرين_الأول تشرين_الاول اکتوبر اکتبر"),
    (11, "نوفمبر نونبر تشرين_الثاني نومبر نوامبر"),
    (12, "ديسمبر دجنبر كانون_الأول كانون_الاول دسمبر دسامبر"),
)
#: Sindhi, with its own letters ٽ ڪ ڊ, with the Arabic and the Farsi yeh (``15 آگسٽ 2022``, ``12 آڪٽوبر
#: 2024``; "مارچ", "جون", "نومبر" are also Urdu's).
_SCRIPT_SD: Months = (
    (1, "جنوري"), (2, "فيبروري فبروري فیبروری"), (3, "مارچ"), (4, "اپريل"), (5, "مئي"), (6, "جون"),
    (7, "جولاءِ جولاء جولائي"), (8, "آگسٽ"), (9, "سيپٽمبر سپٽمبر سیپٽمبر"), (10, "آڪٽوبر"), (11, "نومبر"),
    (12, "ڊسمبر"),
)  # fmt: skip
#: Sorani Kurdish: the Syriac months with Kurdish letters and spellings, some of two words (``09 کانوونی دووەم
#: 2020``; the forty-ninth held-out extraction batch).
_SCRIPT_CKB: Months = (
    (1, "کانوونی_دووەم"), (2, "شوبات"), (3, "ئازار"), (4, "نیسان"), (5, "ئایار"), (6, "حوزەیران"),
    (7, "تەممووز"), (8, "ئاب"), (9, "ئەیلوول"),
    (10, "تشرینی_یەکەم"), (11, "تشرینی_دووەم"), (12, "کانوونی_یەکەم"),
)  # fmt: skip
#: Uyghur (Arabic script), with the Arabic and the Farsi yeh: the page extractor reads them year first, each
#: number hyphened to its word (``2022-يىلى 12-مارت``: ``extract.dates._UYGHUR_YMD``), the article templates
#: day first (``18-نويابىر 2024``).
_SCRIPT_UG: Months = (
    (1, "يانۋار یانۋار"), (2, "فېۋرال"), (3, "مارت"), (4, "ئاپرېل"), (5, "ماي مای"), (6, "ئىيۇن ئىیۇن"),
    (7, "ئىيۇل ئىیۇل"), (8, "ئاۋغۇست"), (9, "سېنتەبىر"), (10, "ئۆكتەبىر"), (11, "نويابىر نویابىر"),
    (12, "دېكابىر"),
)  # fmt: skip
#: Sakha (Yakut), as CLDR's long Sakha date writes them, year first (``2020 сыл тохсунньу 9 күнэ``): eight of
#: the twelve are two words (``кулун_тутар``, ``ыам_ыйын``), read only by the extractor's pattern
#: (``extract.dates._SAKHA_YMD``, by :data:`linkcheck.extract.tables.SAKHA_MONTHS`): their second word "ыйын"
#: ("month") is no month alone. The article templates read the one-word months.
_SAKHA: Months = (
    (1, "тохсунньу"), (2, "олунньу"), (3, "кулун_тутар"), (4, "муус_устар"), (5, "ыам_ыйын ыам_ыйа"),
    (6, "бэс_ыйын бэс_ыйа"), (7, "от_ыйын от_ыйа"), (8, "атырдьах_ыйын атырдьах_ыйа"),
    (9, "балаҕан_ыйын балаҕан_ыйа"), (10, "алтынньы"), (11, "сэтинньи"), (12, "ахсынньы"),
)  # fmt: skip

#: Yiddish, unpointed and its ligatures written as two letters (``extract.dates`` and ``articles._dates`` drop
#: the points first: ``נאָוועמבער``; ``extract.dates`` also undoes the ligatures, ``װ`` as ``וו``): the
#: page extractor reads them by its Hebrew-script patterns (``extract.dates._HEBREW_MDY`` and
#: ``_HEBREW_DMY``, by :data:`HEBREW_SCRIPT_MONTHS`), the article templates with the rest (tidy3: the
#: extractor's words were written in ``extract.dates``, the templates' in ``"gd eo oc la yi haw sah iu
#: (template)"``). April, June and July are spelt as in Hebrew (:data:`_MONTH_WORDS_GR_HE`).
_SCRIPT_YI: Months = (
    (1, "יאנואר"), (2, "פעברואר"), (3, "מערץ מארץ"), (4, "אפריל"), (5, "מיי"), (6, "יוני"), (7, "יולי"),
    (8, "אויגוסט"), (9, "סעפטעמבער"), (10, "אקטאבער אקטאבר אקטובער"), (11, "נאוועמבער"), (12, "דעצעמבער"),
)  # fmt: skip

#: The lists the page extractor reads by a pattern of their own (not by its table of one-word months), and the
#: article templates with the rest of :data:`LISTS`, to which they are added here (at the end of the file, so
#: that the lists above keep their places).
OWN_PATTERN_LISTS: dict[str, Months] = {
    "ar ur fa (own pattern)": _SCRIPT_AR_UR_FA,
    "sd (own pattern)": _SCRIPT_SD,
    "ckb (own pattern)": _SCRIPT_CKB,
    "ug (own pattern)": _SCRIPT_UG,
    "sah (own pattern)": _SAKHA,
    "yi (own pattern)": _SCRIPT_YI,
}
LISTS.update(OWN_PATTERN_LISTS)
#: :data:`OWN_PATTERN_LISTS`' names: ``extract.tables.MONTHS`` leaves them out as it leaves out
#: :data:`TEMPLATE_ONLY`.
OWN_PATTERN: frozenset[str] = frozenset(OWN_PATTERN_LISTS)


def month_names(name: str) -> tuple[str, ...]:
    """The words of each month of the list ``name``, January first (two-word names still joined by ``_``): the
    form :func:`linkcheck.calendars.numbered_names` reads, with a spelling function of the reader's."""
    pairs = LISTS[name]
    assert [n for n, _ in pairs] == list(range(1, 13)), name  # each month once, in order
    return tuple(words for _, words in pairs)


# --- the matcher's table: the full names a headline writes --------------------------------------------------
#: The languages whose months the matcher reads in a title (``match._MONTH_WORDS``: a month a citation's
#: title names and the page's title changes is a sign of another story).
TITLE_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "ru")
#: Words the matcher leaves out: other words of a title ("May" the verb and the name, "Mars" the planet), and
#: Italian's short ``febr.``, which :func:`full_names` cannot tell from a full name (it begins no other word
#: of February in its list: ``febbraio``).
TITLE_LEAVES_OUT: frozenset[str] = frozenset(("may", "mars", "febr"))


def full_names(names: Iterable[str], leave_out: frozenset[str] = frozenset()) -> dict[str, int]:
    """Each full name of the lists ``names`` but ``leave_out``, to its month: a word that is no short form of
    another word of its month in its list. A short form begins that word and is two letters shorter or more
    ("sept", "janv", "févr", "сент"), or one letter shorter with three letters or fewer ("jul", "mär"); so a
    Russian nominative one letter shorter than its genitive ("август", "августа") is a full name. A title
    names a month by its full name; a short form in a title is too often another word ("mar", "set",
    "out")."""
    table: dict[str, int] = {}
    for name in names:
        for number, words in LISTS[name]:
            month = words.split()
            for word in month:
                if word in leave_out or any(
                    other.startswith(word) and len(other) - len(word) >= (1 if len(word) <= 3 else 2)
                    for other in month
                    if other != word
                ):
                    continue
                table[word] = number
    return table


# --- the fifty-first held-out extraction batch (a new subset at the end of the file) -------------------
#: Corsican (``9 di ghjennaghju 2020``; its March, April, September, October and December are Italian's or
#: Asturian's spellings, in their lists), Sardinian in the common written standard, with and without its
#: grave accents (``9 de ghennàrgiu 2020``; June "làmpadas", July "trìulas", November "santandria", Saint
#: Andrew's month), Kashubian in the nominative and the genitive a date writes (``9 stëcznika 2020``; May
#: "môj" left out, too short a word to read alone, and October's nominative "rujan", Croatian's September:
#: its genitive "rujana" is Kashubian's alone), Walloon (``9 di djanvî 2020``, with and without its
#: circumflexes; its May is English's "may") and Wolof's months from French (``9 Samwiye 2020``; its May "me"
#: and August "ut" left out, words of other languages).
_MONTH_WORDS_CO_SC_CSB_WA_WO: Months = (
    (1, "ghjennaghju ghennàrgiu ghennargiu stëcznik stëcznika djanvî djanvi samwiye samwiyee"),
    (2, "ferraghju freàrgiu freargiu gromicznik gromicznika fevrî fevri fewriye fewriyee"),
    (3, "martzu strëmiannik strëmiannika måss màrs"),
    (4, "abrile łżëkwiôt łżëkwiôta avri awril"),
    (5, "maghju maju môja"),
    (6, "ghjugnu làmpadas lampadas czerwińc czerwińca djun suwe"),
    (7, "lugliu trìulas triulas lëpińc lëpińca djulete sulet"),
    (8, "aostu austu zélnik zélnika awousse"),
    (9, "cabudanni séwnik séwnika setimbe sattumbar septàmbar"),
    (10, "santugaine rujana octôbe octobe oktoobar"),
    (11, "nuvembre santandria lëstopadnik lëstopadnika nôvimbe novimbe nowàmbar nowambar"),
    (12, "nadale gòdnik gòdnika decimbe desàmbar desambar"),
)
LISTS["co sc csb wa wo"] = _MONTH_WORDS_CO_SC_CSB_WA_WO


# --- the fifty-second held-out extraction batch (a new subset at the end of the file) ------------------
#: Sicilian (``9 di jinnaru 2020``, with and without its grave accents; its March, April, July and August are
#: Sardinian's, Italian's, Corsican's spellings, in their lists), Aragonese (``9 de chinero de 2020``; its
#: other months are Spanish's, ``setiembre`` as in Peru; December ``aviento``), Hawaiian (the template list's
#: words, now read in a page's text too; with and without the ʻokina) and Tongan (``9 Sānuali 2020``, with
#: and without its macrons and ʻokina; May "mē" left out, too short a word to read alone).
_MONTH_WORDS_SCN_AN_HAW_TO: Months = (
    (1, "jinnaru chinero ianuali sānuali sanuali"),
    (2, "frivaru pepeluali fēpueli fepueli"),
    (3, "malaki maʻasi"),
    (4, "ʻapelila apelila ʻepeleli epeleli"),
    (5, "maiu"),
    (6, "giugnu chunio iune sune"),
    (7, "giugnettu chulio iulai siulai"),
    (8, "ʻaukake aukake ʻaokosi aokosi"),
    (9, "sittèmmiru sittemmiru kepakemapa sepitema"),
    (10, "uttùviru uttuviru ʻokakopa okakopa ʻokatopa okatopa"),
    (11, "nuvèmmiru nuvemmiru nowemapa nōvema novema"),
    (12, "dicèmmiru dicemmiru aviento kekemapa tīsema tisema"),
)
LISTS["scn an haw to"] = _MONTH_WORDS_SCN_AN_HAW_TO


# --- the fifty-fifth held-out extraction batch (a new subset at the end of the file) ------------------
#: Belarusian in the classical orthography, Taraškievica, as outlets writing in it date their stories
#: (``16 сьнежня 2019``: September and December with the soft sign before the ``н``, ``верасьня``,
#: ``сьнежня``, and December's nominative ``сьнежань``; the other months are the official spelling's, in
#: ``"be"``), and May's genitive ``траўня``, which both orthographies write beside ``мая``; and isiXhosa
#: (``ngo-17 Okthobha 2019``, the day after the prefix ``ngo-``, "on"; its June, September, November and
#: December are Swahili's or Zulu's spellings above; January ``Janyuwari`` with a ``y``, as isiXhosa spells
#: it). No word is another language's other month or a word a date's neighbours hold.
_MONTH_WORDS_BE_TARASK_XH: Months = (
    (1, "janyuwari"), (2, "februwari"), (3, "matshi"), (4, "epreli"), (5, "траўня meyi"),
    (7, "julayi"), (8, "agasti"), (9, "верасьня"), (10, "okthobha"), (12, "сьнежня сьнежань"),
)  # fmt: skip
LISTS["be-tarask xh"] = _MONTH_WORDS_BE_TARASK_XH


# --- the readers' own forms of some names (tidy3: each was written in its reader at base52) ---------------
#: The Hebrew script's months as the page extractor's Hebrew-script patterns read them
#: (``extract.dates._HEBREW_SCRIPT_MONTHS``): Yiddish's (:data:`_SCRIPT_YI`), then Hebrew's from ``"el he"``
#: but for its forms with the prefix ``ב`` ("in": ``בינואר``), which the day-first pattern takes off itself.
HEBREW_SCRIPT_MONTHS: dict[str, int] = {
    word: number
    for name in ("yi (own pattern)", "el he")
    for number, words in LISTS[name]
    for word in words.split()
    if "\u05d0" <= word[0] <= "\u05ea" and not (word[0] == "\u05d1" and word[1:] in words.split())
}

#: The Levant's and Iraq's months of two words (``كانون الثاني``, January; ``تشرين الأول``, October), from
#: :data:`_SCRIPT_AR_UR_FA`, where they are joined by ``_``: the article templates write each as its month's
#: one-word Gregorian name before reading a date (``articles._dates._LEVANT_AS_ONE``).
LEVANT_TWO_WORD_MONTHS: dict[str, int] = {
    word.replace("_", " "): number
    for number, words in _SCRIPT_AR_UR_FA
    for word in words.split()
    if "_" in word
}

#: Sorani's other spellings of :data:`_SCRIPT_CKB`'s months, as a citation template writes them: ``و``
#: single (``کانونی دووەم``, ``تەمموز``, ``ئەیلول``) or doubled after one ``م`` (``تەمووز``). Read by the
#: article templates' Sorani pattern only (:data:`SORANI_WITHOUT_IZAFE`); the page extractor reads
#: :data:`_SCRIPT_CKB`'s.
_SCRIPT_CKB_MORE: Months = ((1, "کانونی_دووەم"), (7, "تەمموز تەمووز"), (9, "ئەیلول"), (12, "کانونی_یەکەم"))
#: Sorani's months as the article templates' Sorani pattern reads them (``articles._dates._SORANI_MONTHS``):
#: each word without the izafe ``ی`` a date adds (``١٥ی تشرینی دووەمی ٢٠٢٤``, "15th of the second Teshrin of
#: 2024"), two words with a space.
SORANI_WITHOUT_IZAFE: dict[str, int] = {
    " ".join(part.removesuffix("ی") for part in word.split("_")): number
    for number, words in (*_SCRIPT_CKB, *_SCRIPT_CKB_MORE)
    for word in words.split()
}

#: English short forms a headline's shorthand does not write out (``match._SHORTHAND``): ``mar`` (Spanish and
#: Italian "sea"), and September's ``sep`` and ``sept`` (French "seven"), as base52's table left them out.
SHORTHAND_LEAVES_OUT: frozenset[str] = frozenset(("mar", "sep", "sept"))


def short_forms(name: str, leave_out: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each short form of the list ``name`` but ``leave_out``, to its month's full name, the list's first
    word of that month (``"jan": "january"``): what the matcher writes out in a headline."""
    return {
        short: full
        for _, words in LISTS[name]
        for full, *shorts in (words.split(),)
        for short in shorts
        if short not in leave_out
    }


# --- the fifty-sixth held-out extraction batch (a new subset at the end of the file) ------------------
#: Inuktitut in Canadian Aboriginal syllabics, as Nunavut's outlets and government date their pages
#: (``ᐅᑐᐱᕆ 17, 2019``: the month first, as Nunavut's English writes it; each month the English name's sound
#: spelled in syllabics; July as Nunavut writes it and with a long first vowel). May (``ᒪᐃ``) and June
#: (``ᔫᓂ``) are two syllables, shorter than any month word the date patterns read (three letters at least:
#: ``extract.dates._WORD``), and are left out. The script is no other language's; a month with a case ending
#: glued on (``ᑎᓯᐱᕆᒥ``, "in December") is another word and is not read.
_MONTH_WORDS_IU: Months = (
    (1, "ᔮᓐᓄᐊᕆ"), (2, "ᕕᕝᕗᐊᕆ"), (3, "ᒫᑦᓯ"), (4, "ᐊᐃᐳᕆᓪ"), (7, "ᔪᓚᐃ ᔫᓚᐃ"), (8, "ᐊᐅᒡᒍᓯ"),
    (9, "ᓯᑎᐱᕆ"), (10, "ᐅᑐᐱᕆ"), (11, "ᓄᕕᐱᕆ"), (12, "ᑎᓯᐱᕆ"),
)  # fmt: skip
LISTS["iu"] = _MONTH_WORDS_IU


# --- the fifty-seventh held-out extraction batch (a new subset at the end of the file) ------------------
#: Meadow Mari (Cyrillic with ӓ, ӧ, ӱ, ҥ), as its press dates a story after the day (``17 шыжа 2019``, the
#: header's ``30 кылме 2024``): the months' own names, most of them also the seasons' and the field work's
#: words ("шыжа" is autumn, "идым" the threshing floor), read only between a day and a year as every list's
#: are. May ``ага`` (the ploughing) is Russian's "uh-huh" and left out; December ``теле`` (winter) is also
#: Tatar's and Bashkir's "its language", a word no date of theirs puts between a day and a year.
_MONTH_WORDS_MHR: Months = (
    (1, "шорыкйол"), (2, "пургыж"), (3, "ӱярня"), (4, "вӱдшор"), (6, "пеледыш"), (7, "сӱрем"),
    (8, "сорла"), (9, "идым"), (10, "шыжа"), (11, "кылме"), (12, "теле"),
)  # fmt: skip
LISTS["mhr"] = _MONTH_WORDS_MHR


# --- artdates5: more languages' dates and weekdays in the article reader's prose -------------------------
#: Armenian's genitives (``10 հունվարի``, ``հունվարի 7-ին``, "on 7 January"; a script of its own, and no
#: genitive is another Armenian word), the Kyrgyz possessive forms that Ossetian writes as its genitive (``8
#: январы``, "of 8 January"; Kyrgyz ``9-январы``), and Uyghur's months (read after a day joined by a hyphen,
#: ``8-يانۋار``, as its press writes it: ``articles._dates``). Each word is a list's above, with its month.
PROSE_OPT_IN.update(
    {
        "hy": (
            "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի "
            "նոյեմբերի դեկտեմբերի"
        ),
        "os": "январы февралы сентябры октябры ноябры декабры",
        "ug": (
            "يانۋار یانۋار فېۋرال مارت ئاپرېل ماي مای ئىيۇن ئىیۇن ئىيۇل ئىیۇل ئاۋغۇست سېنتەبىر ئۆكتەبىر "
            "نويابىر نویابىر دېكابىر"
        ),
    }
)
#: Opted-in languages read only in a shape of their own (artdates5), never bare after a day: Uyghur, whose
#: May ``ماي`` is also "oil, butter", and whose press joins the day to the month with a hyphen (``8-يانۋار``).
PROSE_OPT_IN_SHAPED_MORE: frozenset[str] = frozenset(("ug",))
PROSE_OPT_IN_WEEKDAYS.update(
    {
        # Armenian: every day but Saturday, ``շաբաթ``, which is also "week"
        "hy": (
            (0, "երկուշաբթի"), (1, "երեքշաբթի"), (2, "չորեքշաբթի"), (3, "հինգշաբթի"), (4, "ուրբաթ"),
            (6, "կիրակի"),
        ),
        # Ossetian (Iron; ``æ`` written as the Latin letter or the Cyrillic ``ӕ``): Wednesday and Thursday are
        # also "third" and "fourth", read only with ``бон`` ("day"), as its prose names them
        "os": (
            (0, "къуырисæр къуырисӕр"), (1, "дыццæг дыццӕг"), (2, "æртыццæг_бон ӕртыццӕг_бон"),
            (3, "цыппæрæм_бон цыппӕрӕм_бон"), (4, "майрæмбон майрӕмбон"), (6, "хуыцаубон"),
        ),
        # Uyghur (Arabic script)
        "ug": (
            (0, "دۈشەنبە"), (1, "سەيشەنبە"), (2, "چارشەنبە"), (3, "پەيشەنبە"), (4, "جۈمە"), (5, "شەنبە"),
            (6, "يەكشەنبە"),
        ),
    }
)  # fmt: skip
#: Weekdays of languages whose months are numbers or Russian's words, so that no word of theirs is in
#: :data:`PROSE_OPT_IN` (artdates5), read as :data:`PROSE_OPT_IN_WEEKDAYS`' are: Kyrgyz (its months are
#: Russian's; ``жума``, Friday, is also "week": read as ``жума күнү``, "on Friday") and Mongolian (months
#: numbered, ``1-р сарын 7-нд``: ``articles._dates``), whose days are also given names (Пүрэв, Лхагва,
#: Баасан), read only with ``гарагт``/``гаригт`` ("on the ... day").
PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS: dict[str, Months] = {
    "ky": (
        (0, "дүйшөмбү"), (1, "шейшемби"), (2, "шаршемби"), (3, "бейшемби"), (4, "жума_күнү"),
        (5, "ишемби"), (6, "жекшемби"),
    ),
    "mn": tuple(
        (number, f"{day}_гарагт {day}_гаригт")
        for number, day in enumerate(("даваа", "мягмар", "лхагва", "пүрэв", "баасан", "бямба", "ням"))
    ),
}  # fmt: skip
#: Yiddish's months, unpointed (``articles._dates`` drops the points first: ``יאַנואַר``), read only after a
#: day with its ordinal ending (``דעם 8טן יאַנואַר``, "the 8th of January"), the shape its press writes.
PROSE_OPT_IN["yi"] = " ".join(words for _, words in _SCRIPT_YI)
PROSE_OPT_IN_SHAPED_MORE |= frozenset(("yi",))

__all__ += ["PROSE_OPT_IN_SHAPED_MORE", "PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS"]
#: Yiddish's weekdays, pointed as YIVO's spelling writes them and unpointed (the weekday search reads the
#: prose as written): not ``שבת`` (Saturday), Hebrew's Sabbath, a word of every Jewish text.
PROSE_OPT_IN_WEEKDAYS["yi"] = (
    (0, "מאָנטיק מאנטיק"), (1, "דינסטיק"), (2, "מיטוואָך מיטוואך"), (3, "דאָנערשטיק דאנערשטיק"),
    (4, "פֿרײַטיק פרייטיק"), (6, "זונטיק"),
)  # fmt: skip
#: Lithuanian's genitives, read only in the shape its press writes, the month before the day and ``d.``
#: (``diena``, "day"), perhaps after ``2020 m.``: ``sausio 7 d.``, ``2024 m. gegužės 8 d.``. Several are other
#: words without it (``kovo``, "of the fight"; ``liepos``, "of the linden"; ``spalio``, "of the flax
#: shive"), so never bare.
PROSE_OPT_IN["lt"] = (
    "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio"
)
PROSE_OPT_IN_SHAPED_MORE |= frozenset(("lt",))
#: Kyrgyz's months, Russian's loans, by stem, January first: read after a day and a hyphen with a case ending
#: (``7-январда``, ``10-январь``; ``articles._dates``).
KYRGYZ_MONTH_STEMS: tuple[str, ...] = (
    "январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр",
)  # fmt: skip
__all__ += ["KYRGYZ_MONTH_STEMS"]
#: Serbian's genitives, Cyrillic and Latin, read after a day as its press writes them (``7. јануара``, ``još
#: 7. januara``, ``7. јануара 2020.``): each is a list's above with its month, and no other word of a
#: language the reader handles but the same month's (Russian ``марта``, Polish ``maja``).
PROSE_OPT_IN["sr"] = (
    "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра "
    "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra"
)
#: The Gregorian months in Arabic (Egypt's and the Gulf's names, and the Levant's one-word names), Persian
#: and Urdu spelling, the lists' words (artdates6): a script without case, so that the reader takes them
#: after a day only where a year follows (``١٠ يونيو ٢٠٢٤``, ``۱۴ مارس ۲۰۲۳``, ``8 جنوری 2020``; any digits),
#: where ``مارس`` ("he practised") and ``حزيران`` are no verb or name. Left out, being other words or names:
#: the Levant's ``آب`` ("father"), ``تموز`` (Tammuz), ``نيسان`` (Nissan), Persian ``مه`` ("fog").
PROSE_OPT_IN.update(
    {
        "ar": (
            "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر "
            "ديسمبر شباط آذار أيار حزيران أيلول"
        ),
        "fa": "ژانویه فوریه آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر",
        "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    }
)
#: The weekdays of Serbian and Arabic (opted in above; artdates6) and of Hebrew (its months are not: they go
#: to :data:`PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS`), read as the other such tables' are, each in the shape its
#: press says "on ...": Serbian in Cyrillic and in Latin letters (the accusative after ``у``/``u``: ``у
#: четвртак``, ``u sredu``; Wednesday and Saturday only with it, ``среда`` being also "environment"; not
#: Sunday, ``недеља``, also "week"); Arabic, the day's name after ``يوم`` ("day": ``يوم الثلاثاء``; ``الأحد``
#: alone is also "the one", ``الاثنين`` "the two"); Hebrew, after ``יום``, ``ביום`` or ``מיום`` ("day", "on
#: the day", "of the day": ``ביום שלישי``; ``שני`` and ``שלישי`` alone are "second" and "third").
PROSE_OPT_IN_WEEKDAYS.update(
    {
        "sr": (
            (0, "понедељак у_понедељак ponedeljak u_ponedeljak"), (1, "уторак у_уторак utorak u_utorak"),
            (2, "у_среду u_sredu"), (3, "четвртак у_четвртак četvrtak u_četvrtak u_cetvrtak"),
            (4, "петак у_петак petak u_petak"), (5, "у_суботу u_subotu"),
        ),
        "ar": tuple(
            (number, " ".join(f"يوم_{name}" for name in names.split()))
            for number, names in (
                (0, "الاثنين الإثنين"), (1, "الثلاثاء"), (2, "الأربعاء الاربعاء"), (3, "الخميس"),
                (4, "الجمعة"), (5, "السبت"), (6, "الأحد الاحد"),
            )
        ),
    }
)  # fmt: skip
PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS["he"] = tuple(
    (number, " ".join(f"{at}_{name}" for at in ("יום", "ביום", "מיום")))
    for number, name in enumerate(("שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת", "ראשון"))
)
#: Kazakh's months (artdates6), read after a day (``20 қыркүйек``), and their locatives, "on ..." (``2019
#: жылғы 20 қыркүйекте``, :data:`PROSE_OPT_IN_FORMS`): not October, ``қазан``, also Kazan and "cauldron"
#: (``Қазанда``, "in Kazan"), nor June's nominative, ``маусым``, also "season" (``3 маусым бойы``, "for three
#: seasons").
PROSE_OPT_IN["kk"] = "қаңтар ақпан наурыз сәуір мамыр шілде тамыз қыркүйек қараша желтоқсан"
PROSE_OPT_IN_FORMS["kk"] = (
    (1, "қаңтарда"), (2, "ақпанда"), (3, "наурызда"), (4, "сәуірде"), (5, "мамырда"), (6, "маусымда"),
    (7, "шілдеде"), (8, "тамызда"), (9, "қыркүйекте"), (11, "қарашада"), (12, "желтоқсанда"),
)  # fmt: skip


def _cued_weekdays(shape: str, names: str) -> Months:
    """Seven weekdays' ``names``, Monday first, each set in ``shape`` (``"рӯзи_{}"``, ``"{}_көнне"``): joined
    to the cue word its press says before or after it."""
    return tuple((number, shape.format(name)) for number, name in enumerate(names.split()))


#: The weekdays of Tajik, Tatar and Turkmen (artdates7), whose months are not opted in, each in the shape its
#: press says "on ...": Tajik after ``рӯзи`` ("the day of": ``рӯзи панҷшанбе``; ``Душанбе``, Monday, is also
#: the capital, and ``шанбе``, Saturday, the end of every other day's name); Tatar before ``көнне`` ("on the
#: day": ``пәнҗешәмбе көнне``); Turkmen before ``güni`` (``penşenbe güni``; ``anna``, Friday, is also a name).
#: Luxembourgish's after ``e`` ("on": ``e Méindeg``), its days being no other word of a language the reader
#: handles with ``e`` before them.
PROSE_WEEKDAYS_WITHOUT_MONTH_WORDS.update(
    {
        "tg": _cued_weekdays("рӯзи_{}", "душанбе сешанбе чоршанбе панҷшанбе ҷумъа шанбе якшанбе"),
        "tt": _cued_weekdays("{}_көнне", "дүшәмбе сишәмбе чәршәмбе пәнҗешәмбе җомга шимбә якшәмбе"),
        "tk": _cued_weekdays("{}_güni", "duşenbe sişenbe çarşenbe penşenbe anna şenbe ýekşenbe"),
        "lb": _cued_weekdays("e_{}", "méindeg dënschdeg mëttwoch donneschdeg freideg samschdeg sonndeg"),
    }
)


#: The seasons' names a journal's or a magazine's issue is dated by ("Winter 2023", "Осень 2023", "Herbst
#: 2023", "Printemps 2023"), lower case, each with its season (``"spring"``, ``"summer"``, ``"autumn"``,
#: ``"winter"``): English, Russian, German, French, Spanish, Italian and Portuguese (meta3). Read by the
#: page extractor's issue line only (``extract.core._coarse_only``), where a page states no day and no month.
SEASONS: dict[str, str] = {
    word: season
    for season, words in (
        ("spring", "spring весна frühling frühjahr printemps primavera"),
        ("summer", "summer лето sommer été verano estate verão"),
        ("autumn", "autumn fall осень herbst automne otoño autunno outono"),
        ("winter", "winter зима hiver invierno inverno"),
    )
    for word in words.split()
}
__all__ += ["SEASONS"]


# --- artdates8: Tatar, Tajik and Turkmen months; Luxembourgish, Bulgarian, Slovak, Filipino, Latvian and
# --- Hungarian months in running text
#: Months of more languages read in running text by opt-in (artdates8), each word a list's above with its
#: month, and checked against the other languages' words the reader handles: Tatar's own January
#: (``гыйнвар``; its other months are Russian's nominatives, which the base table reads); Tajik's
#: nominatives and their izafe (``7 январ``, ``7 январи 2020``; Russian's ``март``, ``май``, ``август``
#: are the base table's); Turkmen's (``ýanwar``; ``mart`` is Turkish's, ``maý`` too short to read bare);
#: Bulgarian's (``30 април``; its ``март``, ``май``, ``август`` are Russian's); Slovak's genitives (``30.
#: apríla``; ``marca`` is Polish's, ``augusta`` left out, being a name); Luxembourgish's own (``Mäerz``,
#: ``Abrëll``; ``Mee`` is also "but", the others German's). Filipino's, Latvian's and Hungarian's are read
#: only in their press's shapes (:data:`PROSE_OPT_IN_SHAPED_MORE`, below).
PROSE_OPT_IN.update(
    {
        "tt": "гыйнвар",
        "tg": (
            "январ феврал апрел сентябр октябр ноябр декабр январи феврали марти апрели майи июни июли "
            "августи сентябри октябри ноябри декабри"
        ),
        "tk": "ýanwar fewral aprel iýun iýul awgust sentýabr oktýabr noýabr dekabr",
        "bg": "януари февруари април септември октомври ноември декември",
        "sk": "januára februára apríla mája júna júla septembra októbra novembra decembra",
        "lb": "mäerz abrëll",
    }
)
#: The locatives of Tatar (``7 гыйнварда``, "on 7 January"; with the possessive, ``2019 елның 28
#: декабрендә``) and Turkmen (``8-nji ýanwarda``, ``28-nji dekabrynda``), read as :data:`PROSE_OPT_IN`'s
#: words are (no list holds them).
PROSE_OPT_IN_FORMS.update(
    {
        "tt": (
            (1, "гыйнварда гыйнварында"), (2, "февральдә февралендә"), (3, "мартта мартында"),
            (4, "апрельдә апрелендә"), (5, "майда маенда"), (6, "июньдә июнендә"), (7, "июльдә июлендә"),
            (8, "августта августында"), (9, "сентябрьдә сентябрендә"), (10, "октябрьдә октябрендә"),
            (11, "ноябрьдә ноябрендә"), (12, "декабрьдә декабрендә"),
        ),
        "tk": (
            (1, "ýanwarda ýanwarynda"), (2, "fewralda fewralynda"), (3, "martda martynda"),
            (4, "aprelde aprelinde"), (5, "maýda maýynda"), (6, "iýunda iýunynda"), (7, "iýulda iýulynda"),
            (8, "awgustda awgustynda"), (9, "sentýabrda sentýabrynda"), (10, "oktýabrda oktýabrynda"),
            (11, "noýabrda noýabrynda"), (12, "dekabrda dekabrynda"),
        ),
    }
)  # fmt: skip
#: Opted-in months read capitalised after a day without a year (artdates8): Luxembourgish capitalises its
#: months as German does (``den 3. Mäerz``), and these two are no name nor other word of a language the
#: reader handles (``Mee``, May, is also "but": left to its year).
PROSE_OPT_IN_CAPITALISED: frozenset[str] = frozenset(("mäerz", "abrëll"))
#: Months read only in their press's shapes (artdates8; ``articles._dates``): Filipino's after ``noong``
#: ("on", of the past) with the day after (``noong Hulyo 5``: ``Mayo`` is also a county and a clinic,
#: ``Abril`` and ``Agosto`` names); Latvian's nominative and locative after a year and ``gada`` (``2024.
#: gada 8. marts``, ``2024. gada 29. februārī``: ``marts`` alone is also "March" in Danish); Hungarian's
#: after a year with its dot (``2024. május 22.``: ``május`` alone is no date, ``tavasz``, spring, no month).
PROSE_OPT_IN.update(
    {
        "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
        "lv": (
            "janvāris februāris marts aprīlis maijs jūnijs jūlijs augusts septembris oktobris novembris "
            "decembris janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī "
            "novembrī decembrī"
        ),
        "hu": (
            "január február március április május június július augusztus szeptember október november "
            "december"
        ),
    }
)
PROSE_OPT_IN_SHAPED_MORE |= frozenset(("tl", "lv", "hu"))
#: Icelandic's months (artdates9), read only after a day and its dot, as its press writes a date (``8. maí``,
#: ``3. apríl 2023``; ``articles._dates``): ``mars`` and ``september`` are French's and English's same months,
#: read already; ``maí`` is too short for the opt-in's bare reading.
PROSE_OPT_IN["is"] = "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember"
PROSE_OPT_IN_SHAPED_MORE |= frozenset(("is",))
__all__ += ["PROSE_OPT_IN_CAPITALISED"]

#: Regions wholly or mostly in the southern hemisphere, whose summer crosses the year's end (meta4): ISO 3166
#: codes as a language tag's region (``en-AU``, ``es-AR``, ``pt-BR``) and a host's country-code top-level
#: domain (``.au``, ``.nz``) name them, lower-cased. Brazil counts: most of its people, and its publishers'
#: "verão", are south of the equator.
SOUTHERN_REGIONS = frozenset({
    "au", "nz", "za", "ar", "cl", "uy", "py", "br", "bo", "pe", "na",
    "bw", "zw", "zm", "mz", "mg", "mw", "ls", "sz", "ao", "fj",
})  # fmt: skip
__all__ += ["SOUTHERN_REGIONS"]
