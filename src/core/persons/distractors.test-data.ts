/**
 * Realistic names of people who are NOT Olena Kovalenko, in Latin, Cyrillic and
 * Greek script, for ranking tests: common Ukrainian, Russian, Greek, Albanian,
 * Serbian, Lithuanian and Kazakh names, including near misses (same given name
 * or same family name, related names and surnames).
 */
const ukrainian = {
  given: [
    'Оксана',
    'Ольга',
    'Наталія',
    'Тетяна',
    'Ірина',
    'Світлана',
    'Марія',
    'Юлія',
    'Анна',
    'Вікторія',
    'Олег',
    'Андрій',
    'Олексій',
    'Тарас',
    'Богдан',
    'Микола',
    'Сергій',
    'Іван',
  ],
  family: [
    'Шевченко',
    'Бондаренко',
    'Ткаченко',
    'Кравченко',
    'Олійник',
    'Мельник',
    'Коваль',
    'Ковальчук',
    'Бойко',
    'Лисенко',
    'Мороз',
    'Петренко',
    'Савченко',
    'Руденко',
    'Марченко',
    'Кузьменко',
    'Поліщук',
    'Гончаренко',
  ],
};
const ukrainianLatin = {
  given: ['Oksana', 'Olha', 'Nataliia', 'Tetiana', 'Iryna', 'Svitlana', 'Halyna', 'Liudmyla', 'Oleh', 'Oleksii', 'Dmytro', 'Yurii', 'Vasyl', 'Volodymyr'],
  family: [
    'Shevchenko',
    'Bondarenko',
    'Tkachenko',
    'Kravchenko',
    'Oliinyk',
    'Melnyk',
    'Koval',
    'Kovalchuk',
    'Kovalevska',
    'Boiko',
    'Lysenko',
    'Moroz',
    'Kovaliv',
    'Karpenko',
  ],
};
const russian = {
  given: ['Елена', 'Екатерина', 'Анастасия', 'Дарья', 'Алина', 'Полина', 'Ксения', 'Дмитрий', 'Алексей', 'Михаил', 'Николай', 'Павел'],
  family: ['Иванова', 'Смирнова', 'Кузнецова', 'Попова', 'Волкова', 'Соколова', 'Лебедева', 'Козлова', 'Новикова', 'Морозова', 'Павлова', 'Фёдорова'],
};
const greek = {
  given: ['Μαρία', 'Ελένη', 'Αικατερίνη', 'Βασιλική', 'Σοφία', 'Γεώργιος', 'Ιωάννης', 'Κωνσταντίνος', 'Δημήτριος', 'Νικόλαος', 'Ευάγγελος', 'Ολγα'],
  family: [
    'Παπαδοπούλου',
    'Παπαδόπουλος',
    'Βλάχος',
    'Οικονόμου',
    'Γεωργίου',
    'Κωνσταντινίδης',
    'Νικολάου',
    'Μακρή',
    'Αντωνίου',
    'Καραγιάννη',
    'Κοβάλσκι',
    'Πετρίδης',
  ],
};
const albanian = {
  given: ['Arta', 'Blerina', 'Elira', 'Drita', 'Jonida', 'Erion', 'Arben', 'Besnik', 'Ilir', 'Klajdi'],
  family: ['Hoxha', 'Shehu', 'Leka', 'Krasniqi', 'Gashi', 'Berisha', 'Kola', 'Dervishi', 'Çela', 'Marku'],
};
const serbian = {
  given: ['Jelena', 'Milica', 'Ана', 'Драгана', 'Snežana', 'Milan', 'Никола', 'Đorđe', 'Stefan', 'Марко'],
  family: ['Jovanović', 'Петровић', 'Nikolić', 'Марковић', 'Đorđević', 'Stojanović', 'Илић', 'Kovačević', 'Pavlović', 'Ковачевић'],
};
const lithuanian = {
  given: ['Jolanta', 'Rasa', 'Aušra', 'Ieva', 'Eglė', 'Jonas', 'Tomas', 'Mindaugas', 'Darius', 'Andrius'],
  family: ['Kazlauskienė', 'Jankauskaitė', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Kavaliauskienė', 'Paulauskas', 'Urbonas'],
};
const kazakh = {
  given: ['Айгүл', 'Гүлнар', 'Әсел', 'Жанар', 'Мәдина', 'Нұрлан', 'Ерлан', 'Қайрат', 'Дәурен', 'Aigerim'],
  family: ['Сейітова', 'Нұрланова', 'Жұмабаева', 'Қасымова', 'Әбдірахманова', 'Omarova', 'Ахметов', 'Смағұлов', 'Тоқаев', 'Bekova'],
};

function combine(g: { given: string[]; family: string[] }, shift: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < g.given.length; i++) out.push(`${g.given[i]} ${g.family[(i + shift) % g.family.length]}`);
  return out;
}

/** Near misses: share one name with Olena Kovalenko, or differ in one name by a real, different name. */
export const NEAR_MISSES: readonly string[] = [
  'Олег Коваленко',
  'Oleh Kovalenko',
  'Ольга Коваленко',
  'Olha Kovalenko',
  'Olena Kovalchuk',
  'Олена Ковальчук',
  'Olena Kovalevska',
  'Олена Коваль',
  'Olena Bondarenko',
  'Олена Шевченко',
  'Alina Kovalenko',
  'Alena Kovalenko',
  'Елена Коваленко',
  'Ελένη Κοβαλένκο',
  'Oleksandra Kovalenko',
  'Olesia Kovalenko',
  'Olena Petrenko',
  'Ilona Karpenko',
  'Yelena Kovalyova',
  'Alona Kovalenok',
];

export const DISTRACTORS: readonly string[] = [
  ...NEAR_MISSES,
  ...combine(ukrainian, 0),
  ...combine(ukrainian, 5),
  ...combine(ukrainianLatin, 0),
  ...combine(ukrainianLatin, 7),
  ...combine(russian, 0),
  ...combine(russian, 3),
  ...combine(greek, 0),
  ...combine(greek, 4),
  ...combine(albanian, 0),
  ...combine(albanian, 3),
  ...combine(serbian, 0),
  ...combine(serbian, 6),
  ...combine(lithuanian, 0),
  ...combine(lithuanian, 5),
  ...combine(kazakh, 0),
  ...combine(kazakh, 2),
];
