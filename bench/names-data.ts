/**
 * Name lists for the person-search benchmark (`bench/search.ts`), written in
 * each language's own script: Cyrillic for Ukrainian, Russian, Serbian,
 * Macedonian and Kazakh, Greek for Greek, Latin (with its diacritics) for
 * Albanian, Bosnian, Lithuanian and English.
 *
 * Lists are ordered roughly by frequency (most common first): the generator
 * draws from them with a Zipf-like weight, so common names collide as they do
 * in a real population. Family names are given in their masculine (or
 * invariant) form; `names-generator.ts` derives the feminine forms (Greek
 * -ος → -ου, Russian -ов → -ова, Lithuanian -as → -ienė/-aitė, …) and adds a
 * long tail of family names built from stems and the language's suffixes.
 */

const w = (s: string): readonly string[] => s.trim().split(/\s+/u);

export type Lang = 'uk' | 'ru' | 'el' | 'sq' | 'sr' | 'bs' | 'mk' | 'lt' | 'kk' | 'en';

export interface LangLists {
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** Common family names, masculine or invariant form, most common first. */
  readonly family: readonly string[];
  /** Stems for the long tail of family names (combined with `suffixes`). */
  readonly stems: readonly string[];
  readonly suffixes: readonly string[];
}

export const LISTS: Readonly<Record<Lang, LangLists>> = {
  uk: {
    female: w(`Олена Оксана Ольга Наталія Тетяна Ірина Світлана Марія Юлія Анна Вікторія Галина Людмила Катерина Ганна Надія
      Валентина Лариса Любов Віра Алла Інна Яна Дарина Анастасія Софія Христина Леся Зоряна Мар'яна Олеся Богдана Ярослава
      Соломія Уляна Роксолана Лілія Таміла Василина Євгенія Ксенія Діана Аліна Вероніка Мирослава Неля Інеса Жанна Раїса Ніна
      Тамара Зінаїда Лідія Єлизавета Злата Марта Орися Стефанія Поліна Карина Олександра Ангеліна Валерія Євдокія Килина
      Параска Одарка Оляна Устина Іванна Романа Емілія Аріна Мілана Дзвенислава`),
    male: w(`Олександр Андрій Сергій Володимир Олег Іван Микола Дмитро Юрій Василь Віктор Петро Богдан Тарас Роман Ярослав
      Максим Артем Денис Віталій Павло Михайло Степан Григорій Анатолій Євген Ігор Костянтин Леонід Остап Назар Орест Руслан
      Станіслав Вадим Валерій Геннадій Олексій Святослав Всеволод Зіновій Кирило Матвій Назарій Данило Ілля Антон Федір Захар
      Тимофій Ростислав Любомир Мирослав Омелян Панас Семен Трохим Яків Богдан Євстахій Гнат Опанас Прокіп Лука Марко Арсен
      Валентин Едуард Вʼячеслав Юліан Йосип Зенон`),
    family: w(`Мельник Шевченко Бойко Коваленко Бондаренко Ткаченко Ковальчук Кравченко Олійник Шевчук Коваль Поліщук Бондар
      Ткачук Мороз Марченко Лисенко Руденко Савченко Петренко Клименко Павленко Кравчук Кузьменко Кондратюк Левченко Харченко
      Гончаренко Мазур Романенко Приходько Карпенко Кушнір Сидоренко Василенко Литвиненко Яковенко Савчук Пономаренко Гаврилюк
      Давиденко Мартинюк Остапенко Кириленко Тимошенко Лук'яненко Гуменюк Костенко Юрченко Гнатюк Кучер Кравець Панченко
      Симоненко Вовк Сорока Дячук Демченко Жук Тарасенко Ярошенко Захарченко Назаренко Головко Білик Гордієнко Козак Мирошниченко
      Гребенюк Бабенко Антонюк Максименко Нестеренко Борисенко Лях Полтавець Гуцал Стасюк Рибак Оліфіренко Середа Грищенко
      Фесенко Гайдамака Зінченко Прокопенко Лозинський Чорновіл Стельмах Возняк Дорошенко Костюк Пилипенко Семенюк Степаненко
      Ковальов Кулик Литвин Олексієнко Онищенко Павлюк Пасічник Процюк Сергієнко Соловйов Терещенко Федоренко Филипчук Чернявський
      Шаповал Швець Яценко Гончар Грицай Дем'яненко Кобзар Ляшенко Мацюк Мисник Нагорний Осадчий Петрук Роговий Сушко Чумак`),
    stems: w(`Гнат Степан Федор Кузьм Тимош Ярем Мирон Охрім Панас Трохим Семен Юрч Мак Дац Гуц Луц Пилип Мих Гриц Остап Назар
      Дмитр Яр Бор Дан Зах Кос Лев Мат Пав Рад Сав Тар Фом Хом Шуст Бабич Гаврил Демид Жураб Заб Іващ Климч Корн Кост Кушн Лаз
      Лукаш Маць Нест Оніщ Прок Рак Сем Сид Сірк Стець Тесл Ус Фед Харк Цим Чорн Шпак Шульг Ющ Якуб Бурл Вакул Грин Довж Дуд
      Жовт Зайч Кват Кир Лес Мирч Нечип Опр Паш Ребр Рудн Сав Слюс Стус Тк Ткач Гонч Кравч Мельн Ковал Бонд Пономар Бурд Деркач`),
    suffixes: w(`енко енко енко ук чук юк ишин ів ович ський як ець ко`),
  },
  ru: {
    female: w(`Елена Наталья Татьяна Ольга Ирина Светлана Анна Мария Екатерина Анастасия Юлия Дарья Алина Полина Ксения Виктория
      Людмила Галина Надежда Валентина Любовь Вера Марина Александра Евгения Софья Алёна Кристина Яна Алла Лариса Тамара Нина
      Зоя Лидия Раиса Жанна Инна Вероника Диана Карина Маргарита Валерия Елизавета Арина Ульяна Василиса Таисия Милана Варвара
      Олеся Лилия Снежана Эльвира Регина Нелли Римма Ангелина Злата Евдокия`),
    male: w(`Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Артём Николай Владимир Павел Роман Денис Игорь
      Олег Виктор Юрий Константин Вадим Антон Илья Кирилл Никита Егор Василий Пётр Григорий Фёдор Степан Анатолий Борис Геннадий
      Леонид Валерий Станислав Виталий Руслан Тимофей Глеб Матвей Ярослав Всеволод Аркадий Эдуард Семён Захар Даниил Лев Марк
      Тимур Арсений Вячеслав Святослав Ростислав Филипп Георгий Богдан Эрик`),
    family: w(`Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Федоров Морозов Волков Алексеев Лебедев
      Семенов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьев Борисов Яковлев
      Григорьев Романов Воробьев Сергеев Кузьмин Фролов Александров Дмитриев Королев Гусев Киселев Ильин Максимов Поляков
      Сорокин Виноградов Ковалев Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов
      Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов
      Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев
      Чернышев Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарев Голубев Кудрявцев Прохоров Наумов
      Потапов Журавлев Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачев Котов Гришин
      Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов Еремин
      Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин
      Митрофанов Воронов Аксенов Софронов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов
      Плотников Демин Хохлов Жданов Носов Островский Вишневский Покровский Успенский Рождественский Шевцов Щукин Шубин Ершов`),
    stems: w(`Кузьм Ерем Тарас Прохор Самойл Игнат Лукин Евсе Корол Голов Бел Черн Сед Рыж Лыс Дуб Берез Осин Сосн Лис Вол Мед Бобр
      Гус Лебед Сокол Ворон Галк Сорок Журавл Голуб Кулик Чиж Снегир Щеглов Карас Окун Щук Сом Ерш Плотник Кузнец Бондар Гончар
      Столяр Пахом Мокр Сух Тих Глад Добр Хитр Смел Румян Зот Сав Сысо Фирс Хар Шестак Шишк Якушк Пушк Мешк Блин Калач Пирог
      Бурл Рогач Кабан Баран Козел Бык Коров Телят Петух Курочк Утк Рябин Малин Калин Вишн Яблок Груш Орех Ивашк Митьк Федьк`),
    suffixes: w(`ов ов ов ев ин ин ский`),
  },
  el: {
    female: w(`Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Ευαγγελία Ιωάννα Χριστίνα Παναγιώτα
      Αναστασία Ειρήνη Θεοδώρα Αθανασία Ευτυχία Δέσποινα Χρυσούλα Νικολέτα Σταυρούλα Φωτεινή Αλεξάνδρα Κυριακή Παρασκευή Ζωή
      Ευδοκία Αφροδίτη Αργυρώ Όλγα Στέλλα Ξανθή Μαργαρίτα Ευγενία Πηνελόπη Αντωνία Χαρίκλεια Βαρβάρα Καλλιόπη Ασπασία Ευθυμία
      Μαγδαληνή Ροδάνθη Σταματία Φανή Χαρά Ιφιγένεια Δανάη Ελπίδα`),
    male: w(`Γεώργιος Ιωάννης Κωνσταντίνος Δημήτριος Νικόλαος Παναγιώτης Βασίλειος Χρήστος Αθανάσιος Μιχαήλ Ευάγγελος
      Σπυρίδων Αντώνιος Αναστάσιος Θεόδωρος Ανδρέας Χαράλαμπος Αλέξανδρος Εμμανουήλ Ηλίας Σταύρος Πέτρος Γρηγόριος Απόστολος
      Στυλιανός Ελευθέριος Παύλος Θωμάς Λεωνίδας Φώτιος Κυριάκος Διονύσιος Μάριος Στέφανος Άγγελος Σωτήριος Αριστείδης
      Ορέστης Περικλής Θεοφάνης Ευστάθιος Ξενοφών Πρόδρομος Τιμόθεος Αχιλλέας Νεκτάριος Ραφαήλ Ζαχαρίας Λάμπρος`),
    family: w(`Παπαδόπουλος Παπαδάκης Παπαγεωργίου Οικονόμου Γεωργίου Νικολάου Βλάχος Αντωνίου Ιωάννου Δημητρίου Παππάς
      Μακρής Κωνσταντινίδης Πετρίδης Αθανασίου Καραγιάννης Γεωργιάδης Παπανικολάου Χριστοδούλου Μιχαηλίδης Αλεξίου Νικολαΐδης
      Σταματόπουλος Γιαννόπουλος Δημόπουλος Κωστόπουλος Αναγνωστόπουλος Παναγιωτόπουλος Βασιλείου Κωνσταντίνου Μαυρίδης
      Χατζής Χατζηγεωργίου Λαμπρόπουλος Σπυρόπουλος Αγγελόπουλος Καλογεράκης Τσακίρης Ζαχαρίου Μανωλάκης Μάρκου Στεφανίδης
      Παυλίδης Θεοδωρίδης Λαζαρίδης Αναστασίου Κυριακίδης Ξενάκης Μπακάλης Ντόκος Γκίκας Μπαλτάς Σαββίδης Τζαννετάκης
      Φραγκιαδάκης Δρόσος Κατσαρός Κουτσούρης Ρήγας Σιδηρόπουλος Τριανταφύλλου Χριστάκης Ψαρράς Ανδρεάδης Αργυρίου Βενιζέλος
      Γκούμας Δελής Ζερβός Καλαμαράς Κοντός Λιάπης Μαργαρίτης Ντούμας Πολίτης Ράπτης Σαρρής Τσιρίγος Φιλίππου Χαλκιάς`),
    stems: w(`Γιανν Νικολ Δημητρ Κωνσταντ Παναγιωτ Βασιλ Χρηστ Αθανασ Μιχαλ Σταυρ Πετρ Ανδρε Θεοδωρ Λαμπρ Σπυρ Κυριακ Μαυρ
      Καλ Παπ Χατζ Αργυρ Τσακ Μανωλ Ζαχαρ Στεφαν Φωτ Γρηγορ Αποστολ Στυλ Λευτερ Παυλ Θωμ Λεωνιδ Διονυσ Μαρ Σωτηρ Αριστ Ορεστ
      Περικλ Θεοφαν Ευσταθ Ξεν Προδρομ Τιμοθε Αχιλλ Νεκταρ Ραφαηλ Ζαχ Λαμπ Καρ Κοντ Μπουρ Ντελ Γκιν Τσαμ Ψαρ Ρεντ Σαρ Φραγκ`),
    suffixes: w(`όπουλος όπουλος ίδης άκης άτος ιάδης έλης`),
  },
  sq: {
    female: w(`Arta Blerina Elira Drita Jonida Ardita Besa Bora Dafina Donika Elona Ermira Fatjona Flutura Gentiana Klea Lindita
      Majlinda Manjola Mirela Nertila Rozafa Shpresa Teuta Valbona Vjosa Xhensila Zamira Anjeza Brikena Denada Eriona Fjolla
      Ilirjana Kaltrina Linda Marsela Merita Entela Lule Dorina Albana Edlira Enkeleda Mimoza Vlora Emina Hëna Rezarta Aurela`),
    male: w(`Erion Arben Besnik Ilir Klajdi Agron Albert Altin Ardian Armand Bekim Blerim Dritan Edmond Elton Endrit Ergys Fatmir
      Flamur Gazmend Gent Genc Hysen Ismail Kastriot Lulzim Mentor Naim Petrit Redon Shkëlqim Sokol Valon Xhevdet Ylli Fisnik
      Arlind Dardan Driton Enver Fatos Gëzim Leotrim Agim Bujar Çlirim Dashnor Ermal Florian Gjergj Hekuran Jetmir Kujtim`),
    family: w(`Hoxha Shehu Leka Krasniqi Gashi Berisha Kola Dervishi Çela Marku Dushi Basha Hasani Rama Lika Malaj Muça Kuka
      Bajrami Hysa Osmani Ahmeti Xhaferi Shala Morina Kelmendi Thaçi Rexhepi Mustafa Sejdiu Bytyqi Hyseni Zeqiri Lleshi Gjoka
      Prifti Dedja Nikolla Pjetri Frashëri Meta Topalli Zogu Kryeziu Haxhiu Jashari Beqiri Musliu Sylejmani Ramadani Kurti
      Ymeri Halili Shabani Idrizi Zeka Gjonaj Pepa Deda Cani Qosja Vata Troshani Luli Mema Xhafa Hajdari Tahiri Rrahmani Daci
      Zenelaj Duka Gjini Kapllani Lami Bushati Çami Dibra Elezi Fejzo Gjika Hila Isufi Jakupi Kamberi Llazi Mehmeti Nuhiu Pllumi
      Qerimi Rushiti Selimi Tafa Ukaj Veseli Xhemaili Ymeraj Zyberi Aliaj Balliu Cenaj Demiri`),
    stems: w(`Gjon Ram Kol Pjetr Mark Dod Nik Lek Gjek Pal Zef Tom Ndue Prek Gjin Deli Ali Hasan Ahmet Mehmet Osman Selim Jakup Musl
      Ibrahim Isuf Kadri Halil Sadik Ferit Qazim Rexhep Bajram Ismail Hysen Zenel Brahim Daut Shaban Murat Rustem Sali Xhemal
      Abaz Bilal Fadil Latif Nezir Refik Shefqet Tahir Ymer Zyber`),
    suffixes: w(`aj aj i i ri iu`),
  },
  sr: {
    female: w(`Јелена Милица Ана Драгана Снежана Марија Ивана Јована Тијана Александра Катарина Маја Невена Бојана Сања Весна
      Гордана Љиљана Мирјана Наташа Јасмина Тамара Данијела Милена Дијана Биљана Зорица Ружица Светлана Слађана Драгица Нада
      Ђурђица Јадранка Мила Сара Теодора Анђела Кристина Душица Војислава Даница Зага Љубица Милка Радмила Станка Вукица`),
    male: w(`Милан Никола Ђорђе Стефан Марко Немања Лазар Душан Алекса Вук Урош Милош Драган Зоран Горан Дејан Небојша Бранко
      Слободан Милорад Предраг Жељко Саша Александар Дарко Јован Петар Иван Владимир Мирослав Срђан Бојан Ненад Радован Ђуро
      Живко Чедомир Љубомир Вељко Огњен Раде Светозар Велимир Добрица Стеван Тихомир Вукашин Драгољуб Момчило`),
    family: w(`Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић Милошевић Ковачевић Лазић
      Томић Јовић Поповић Живковић Јанковић Тодоровић Ристић Савић Станојевић Миленковић Стевановић Вуковић Радовановић
      Митровић Антић Милић Ђурић Пешић Костић Васић Миловановић Филиповић Симић Лукић Ивановић Бошковић Недељковић Марић
      Радосављевић Јеремић Петковић Обрадовић Младеновић Мићић Ћирић Гајић Вучковић Радић Спасић Динић Благојевић Стојковић
      Ђокић Алексић Ћосић Шуљагић Мијатовић Бабић Живановић Зорић Вујић Бранковић Аћимовић Јакшић Максимовић Матић Ерић`),
    stems: w(`Јован Петр Никол Марк Ђорђ Стојан Ил Станк Павл Милош Ковач Лаз Том Јов Поп Живк Јанк Тодор Рист Сав Миленк Стеван
      Вук Радован Митр Ант Мил Ђур Пеш Кост Вас Филип Сим Лук Иван Бошк Марј Радосав Јерем Петк Обрад Младен Миј Ћир Гај Вучк
      Рад Спас Дин Благој Стојк Ђок Алекс Бранк Аћим Јакш Максим Мат Драг Зор Велим Добр Стев Тихом Момч Драгољуб Мирк Бојк`),
    suffixes: w(`ић ић ић овић овић евић`),
  },
  bs: {
    female: w(`Amra Lejla Amila Selma Emina Azra Merima Ajla Adna Elma Dženana Aida Alma Belma Edina Lamija Mirsada Sabina Šejla
      Naida Jasmina Medina Nejra Hana Ilma Zehra Fatima Senada Vildana Ćamila`),
    male: w(`Emir Amar Adnan Haris Mirza Kenan Tarik Armin Edin Nermin Senad Almir Dženan Jasmin Elvir Damir Admir Faruk Kemal
      Muhamed Ahmed Samir Sead Hasan Husein Ibrahim Omer Enes Eldin Čazim`),
    family: w(`Hodžić Hadžić Begović Mehmedović Hasanović Delić Kovačević Halilović Alić Husić Mujić Omerović Softić Salihović
      Ibrahimović Suljić Hodžić Bešić Čaušević Džafić Karić Ahmetović Avdić Šehić Mustafić Babić Jusufović Hrustić Mešić Zukić
      Imamović Hajdarević Smajić Kadić Osmanović Ramić Spahić Terzić Bajrić Selimović`),
    stems: w(`Mehmed Hasan Halil Husein Omer Salih Ibrahim Sulj Beš Džaf Kar Ahmet Avd Šeh Mustaf Jusuf Hrust Meš Zuk Imam Hajdar
      Smaj Kad Osman Ram Spah Terz Bajr Selim Fejz Hamz Redž Muj Sejd Alij Nuhan Čauš Demir Kurt`),
    suffixes: w(`ić ović ević`),
  },
  mk: {
    female: w(`Марија Ана Елена Катерина Ивана Симона Билјана Александра Марина Весна Снежана Јасмина Фросина Ангела Милица
      Даниела Сашка Валентина Благица Вера Драгана Ирена Јана Лидија Марта Невена Соња Теодора Цветанка Благородна`),
    male: w(`Александар Никола Стефан Марко Горан Драган Зоран Дејан Бојан Игор Владимир Филип Христијан Ѓорѓи Петар Иван
      Благоја Трајче Кирил Методија Ацо Васко Гоце Живко Костадин Љупчо Митко Стојан Тоше Ѓорѓе`),
    family: w(`Николовски Петровски Стојановски Трајковски Јованоски Димитриевски Ристовски Ангеловски Георгиевски Стефановски
      Илиевски Митревски Здравковски Костовски Наумовски Величковски Спасовски Тодоровски Ѓорѓиевски Кочовски Атанасовски
      Цветковски Милевски Зафировски Јакимовски`),
    stems: w(`Никол Петр Стојан Трајк Јован Димитри Рист Ангел Георги Стефан Или Митр Здравк Кост Наум Величк Спас Тодор Ѓорѓи
      Коч Атанас Цветк Мил Зафир Јаким Благој Кирил Методи Ацев Васил`),
    suffixes: w(`овски евски ески оски`),
  },
  lt: {
    female: w(`Jolanta Rasa Aušra Ieva Eglė Rūta Jurgita Vilma Lina Laura Giedrė Inga Kristina Daiva Asta Rima Simona Greta Gabija
      Austėja Emilija Ugnė Indrė Aistė Vaida Dalia Birutė Danutė Jūratė Loreta Neringa Ramunė Sigita Violeta Živilė Agnė Milda
      Monika Viktorija Goda Irena Ona Janina Aldona Regina Edita Renata Diana Žydrūnė Skaistė`),
    male: w(`Jonas Tomas Mindaugas Darius Andrius Antanas Petras Kęstutis Vytautas Algirdas Gintaras Rimantas Saulius Arūnas
      Giedrius Mantas Lukas Matas Paulius Rokas Tadas Žygimantas Justinas Vaidas Marius Audrius Egidijus Linas Nerijus Robertas
      Dainius Povilas Simonas Edvinas Donatas Artūras Deividas Kazimieras Juozas Stasys Vilius Šarūnas Raimondas Evaldas Gediminas`),
    family: w(`Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas Rimkus
      Baranauskas Navickas Sakalauskas Ramanauskas Pocius Žilinskas Lukoševičius Adomaitis Mažeika Vaitkus Kairys Gudaitis
      Balčiūnas Jonaitis Šimkus Mockus Savickas Stonkus Lukauskas Vaičiulis Kučinskas Jakubauskas Petraitis Rutkauskas
      Kriščiūnas Bagdonas Grigas Kazakevičius Marcinkevičius Sadauskas Šimkūnas Tamošiūnas Vitkus Žemaitis Andriuškevičius
      Bernotas Daukša Gailius Juška Kavaliūnas Lukšys Malinauskas Norkus Paškevičius Rakauskas Stanionis Urbonavičius`),
    stems: w(`Kazl Jank Petr Stank Vasil Žuk Paul Kaval Baran Sakal Raman Adom Vait Gud Balč Jon Šimk Mock Luk Vaič Kučin Jakub
      Rutk Krišč Kazak Marcink Sad Tamoš Vitk Žemait Andriušk Bern Gail Malin Nork Pašk Rak Stan Urbon Mik Jurg Simon Matul Stas
      Bal Pet Ver Dov Kaz Jur Gin Vyt Ged Mind Alg Kęst Raim`),
    suffixes: w(`auskas aitis ūnas evičius enas ys onis`),
  },
  kk: {
    female: w(`Айгүл Гүлнар Әсел Жанар Мәдина Айгерім Ақбота Аружан Гүлмира Дана Динара Жадыра Жансая Зарина Индира Камила
      Ләззат Мөлдір Назерке Салтанат Сәуле Томирис Ұлжан Айжан Балжан Ботагөз Гаухар Дариға Меруерт Перизат Раушан Айнұр Алия
      Әйгерім Гүлжан Жұлдыз Күнсұлу Нұргүл Сабина Шынар`),
    male: w(`Нұрлан Ерлан Қайрат Дәурен Нұрсұлтан Асқар Бауыржан Ғалым Даулет Ержан Жандос Қанат Марат Мұрат Нұржан Олжас
      Самат Серік Талғат Тимур Азамат Айдос Арман Бекзат Дархан Ерболат Жасұлан Ислам Мақсат Рустем Санжар Әлихан Ақжол Елдос
      Ерасыл Бақыт Болат Жомарт Қуаныш Ринат`),
    family: w(`Ахметов Смағұлов Тоқаев Жұмабаев Қасымов Әбдірахманов Сейітов Нұрланов Омаров Беков Сұлтанов Қожахметов
      Ысқақов Әлімов Мұхамедов Жақыпов Байжанов Серіков Қалиев Тұрсынов Есенов Қуанышев Абаев Байзақов Нұрғалиев Исабеков
      Төлеуов Жанұзақов Сәрсенбаев Оспанов Мұратов Ержанов Иманғалиев Кенжебеков Темірбеков Құнанбаев Әуезов Мамырбеков`),
    stems: w(`Ахмет Смағұл Тоқа Жұмабай Қасым Әбдірахман Сейіт Нұрлан Омар Бек Сұлтан Қожахмет Ысқақ Әлім Мұхамед Жақып Байжан
      Серік Қали Тұрсын Есен Қуаныш Аба Байзақ Нұрғали Исабек Төлеу Жанұзақ Сәрсенбай Оспан Мұрат Ержан Иманғали Кенжебек Темірбек
      Ерлан Қайрат Дәурен Асқар Бауыржан Ғалым Даулет Жандос Қанат Марат Нұржан Олжас Самат Талғат Азамат Айдос Арман Бекзат
      Дархан Ерболат Мақсат Санжар Әлихан Ақжол Елдос Бақыт Болат Жомарт Тілеу Әміре Мейрам Ерғали Құрман Ибрай Бөкей Сыздық`),
    suffixes: w(`ов`),
  },
  en: {
    female: w(`Mary Sarah Emma Laura Anna Lisa Emily Jessica Hannah Olivia Sophie Charlotte Amelia Grace Chloe Lucy Rachel Rebecca
      Katherine Elizabeth Jennifer Susan Helen Claire Julia Natalie Maria Victoria Jane Alice Ruth Megan Amy Zoe Fatima Aisha Mariam`),
    male: w(`John James David Michael Daniel Robert Thomas William Richard Joseph Mark Paul Andrew Peter George Steven Christopher
      Matthew Edward Henry Samuel Benjamin Jack Oliver Harry Charlie Luke Adam Ryan Nathan Mohammed Ali Omar Yusuf Ahmed Karim`),
    family: w(`Smith Jones Williams Brown Taylor Davies Wilson Evans Johnson Walker Wright Robinson Thompson White Hughes Edwards
      Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris Ward Moore King Watson Baker
      Harrison Morgan Patel Young Allen Mitchell James Anderson Phillips Lee Bell Parker Davis Khan Ali Ahmed Hussain Rahman
      Nguyen Garcia Rodriguez Mueller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Rossi Russo Ferrari Esposito
      Bianchi Romano Colombo Dubois Martin Bernard Lefebvre Moreau Laurent Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski`),
    stems: w(`Ash Black Bright Brook Cole Dale Fair Ford Gold Hart Hay Kirk Lang Marsh Mill North Pen Rock Stan Stone Thorn West
      White Wood Ald Brad Chad Down Earl Fen Hol Lind Mar Nor Rad Sher Whit`),
    suffixes: w(`ley ton ford wood man son field by well ham`),
  },
};
