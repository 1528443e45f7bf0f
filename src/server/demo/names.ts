/**
 * Names for the demo network (`haven demo`), written in each nationality's own script: Cyrillic
 * for Ukrainian, Russian, Serbian, Macedonian and Kazakh, Greek for Greek, Latin (with its
 * diacritics) for the others. Family names are given as [masculine, feminine] where the language
 * has both forms. All names are common ones; no combination stands for a real person.
 */

export type Nationality = 'UKR' | 'RUS' | 'GRC' | 'SRB' | 'MKD' | 'KAZ' | 'UZB' | 'ALB' | 'BIH' | 'LTU' | 'NGA' | 'ROU' | 'VNM';

export interface NameList {
  /** ISO 639 languages the person speaks, most fluent first. */
  readonly languages: readonly string[];
  readonly female: readonly string[];
  readonly male: readonly string[];
  /** [masculine, feminine]; one form when it does not change. */
  readonly family: readonly (readonly [string, string?])[];
  /** Short forms used as nicknames, by given name. */
  readonly nicknames?: Readonly<Record<string, string>>;
  /** The family name is written first (Vietnamese). */
  readonly familyFirst?: boolean;
}

const w = (s: string): string[] => s.trim().split(/\s+/u);
const pairs = (s: string): [string, string?][] =>
  s
    .trim()
    .split(/\s+/u)
    .map((p) => {
      const [m, f] = p.split('/');
      return f ? [m as string, f] : [m as string];
    });

export const NAMES: Readonly<Record<Nationality, NameList>> = {
  UKR: {
    languages: ['uk', 'ru'],
    female: w('Олена Оксана Наталія Ірина Тетяна Юлія Марія Анастасія Катерина Софія Вікторія Дарина Христина Ганна'),
    male: w('Олександр Андрій Сергій Дмитро Іван Максим Богдан Тарас Микола Василь'),
    family: pairs('Коваленко Шевченко Бондаренко Ткаченко Кравченко Мельник Бойко Ковальчук Олійник Лисенко Савицький/Савицька Гнатюк Мороз'),
    nicknames: { Олена: 'Лена', Анастасія: 'Настя', Катерина: 'Катя', Олександр: 'Саша', Дмитро: 'Діма', Марія: 'Маша' },
  },
  RUS: {
    languages: ['ru'],
    female: w('Елена Наталья Татьяна Ольга Анна Ксения Дарья Екатерина Светлана Юлия'),
    male: w('Алексей Дмитрий Сергей Николай Павел Игорь'),
    family: pairs('Иванов/Иванова Смирнов/Смирнова Кузнецов/Кузнецова Попов/Попова Соколов/Соколова Морозов/Морозова Волков/Волкова Лебедев/Лебедева'),
    nicknames: { Елена: 'Лена', Наталья: 'Наташа', Екатерина: 'Катя', Алексей: 'Лёша', Дарья: 'Даша' },
  },
  GRC: {
    languages: ['el'],
    female: w('Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Γεωργία Δήμητρα Αναστασία'),
    male: w('Γιώργος Δημήτρης Νίκος Κώστας Γιάννης Παναγιώτης'),
    family: pairs('Παπαδόπουλος/Παπαδοπούλου Γεωργίου Νικολάου Οικονόμου Παπαδάκης/Παπαδάκη Βασιλείου Καραγιάννης/Καραγιάννη Αντωνίου'),
    nicknames: { Αικατερίνη: 'Κατερίνα', Βασιλική: 'Βάσω', Κώστας: 'Κωστάκης' },
  },
  SRB: {
    languages: ['sr'],
    female: w('Јована Милица Ана Јелена Марија Теодора Драгана Невена'),
    male: w('Никола Марко Стефан Милош Лазар Ђорђе'),
    family: pairs('Јовановић Петровић Николић Марковић Ђорђевић Стојановић Илић Станковић Павловић'),
    nicknames: { Јелена: 'Јеца', Драгана: 'Гага' },
  },
  MKD: {
    languages: ['mk', 'sq'],
    female: w('Марија Ана Елена Ивана Сара Билјана Катерина'),
    male: w('Александар Стефан Горан Дејан Бојан'),
    family: pairs('Стојановски/Стојановска Николовски/Николовска Трајковски/Трајковска Петровски/Петровска Димитриевски/Димитриевска Јованов/Јованова'),
  },
  KAZ: {
    languages: ['kk', 'ru'],
    female: w('Айгерім Аружан Дана Жансая Әсел Гүлназ Мадина Динара'),
    male: w('Нұрлан Ерлан Асхат Дәурен Айбек Серік'),
    family: pairs('Сейітов/Сейітова Ахметов/Ахметова Нұрланов/Нұрланова Жұмабаев/Жұмабаева Омаров/Омарова Оспанов/Оспанова Сүлейменов/Сүлейменова'),
  },
  UZB: {
    languages: ['uz', 'ru'],
    female: w('Dilnoza Gulnora Malika Nodira Shahnoza Zarina'),
    male: w('Bekzod Jasur Otabek Sardor Rustam'),
    family: pairs('Karimov/Karimova Rakhimov/Rakhimova Yusupov/Yusupova Tursunov/Tursunova Ismoilov/Ismoilova'),
  },
  ALB: {
    languages: ['sq'],
    female: w('Ana Elira Arta Besiana Drita Klea Jonida Anxhela Erjona'),
    male: w('Arben Besnik Gentian Klodian Ermal Dritan'),
    family: pairs('Hoxha Shehu Gjoka Dervishi Leka Krasniqi Berisha Çela Muça'),
  },
  BIH: {
    languages: ['bs'],
    female: w('Amra Lejla Emina Selma Ajla Merima'),
    male: w('Emir Adnan Haris Amar Kenan'),
    family: pairs('Hodžić Hadžić Begić Delić Kovačević Mehmedović Ibrahimović'),
  },
  LTU: {
    languages: ['lt', 'ru'],
    female: w('Agnė Rūta Greta Ieva Kristina Laura Eglė Justina'),
    male: w('Tomas Mindaugas Darius Lukas Jonas Paulius'),
    family: pairs(
      'Kazlauskas/Kazlauskienė Jankauskas/Jankauskaitė Petrauskas/Petrauskienė Stankevičius/Stankevičiūtė Vasiliauskas/Vasiliauskaitė Žukauskas/Žukauskienė Butkus/Butkutė',
    ),
  },
  NGA: {
    languages: ['en', 'pcm', 'bin'],
    female: w('Blessing Joy Precious Favour Esther Gift Osas Success'),
    male: w('Emeka Osaro Tunde Samuel Efosa'),
    family: pairs('Osagie Igbinedion Ogbebor Omoregie Okafor Adeyemi Eze Obi'),
  },
  ROU: {
    languages: ['ro'],
    female: w('Ioana Elena Andreea Maria Alexandra Mihaela Florentina'),
    male: w('Andrei Ionuț Florin Marian Gheorghe'),
    family: pairs('Popescu Ionescu Stan Dumitru Constantin Lupu Radu Munteanu'),
  },
  VNM: {
    languages: ['vi'],
    female: w('Lan Hương Mai Linh Thảo'),
    male: w('Minh Tuấn Đức Hùng'),
    family: pairs('Nguyễn Trần Lê Phạm Hoàng'),
    familyFirst: true,
  },
};

/** Where people of each nationality were typically recruited and exploited, for the events of a case. */
export const ROUTES: Readonly<Record<Nationality, readonly string[]>> = {
  UKR: ['UKR', 'POL', 'DEU'],
  RUS: ['RUS', 'TUR'],
  GRC: ['GRC'],
  SRB: ['SRB', 'MNE'],
  MKD: ['MKD', 'SRB'],
  KAZ: ['KAZ', 'RUS'],
  UZB: ['UZB', 'KAZ', 'RUS'],
  ALB: ['ALB', 'GRC', 'ITA'],
  BIH: ['BIH', 'HRV'],
  LTU: ['LTU', 'GBR'],
  NGA: ['NGA', 'NER', 'LBY', 'ITA'],
  ROU: ['ROU', 'HUN', 'AUT'],
  VNM: ['VNM', 'CHN', 'RUS', 'FRA'],
};
