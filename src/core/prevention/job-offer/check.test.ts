import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, type UiLanguage } from '../../platform/roles.js';
import { jobOfferCheckResponse, OFFER_ANSWERS, SIGN_IDS, type SignId } from '../help.js';
import { checkOffer, SIGNS, type SignTexts, signsInText } from './check.js';
import { normaliseText } from './normalise.js';
import { SIGN_PATTERNS } from './patterns.js';

const texts: SignTexts = (id) => ({ title: `title ${id}`, explanation: `why ${id}`, check: `check ${id}` });

/** A realistic sentence of an offer for each sign, in every UI language. */
const SAMPLES: Record<SignId, Record<UiLanguage, string>> = {
  'worker-pays-fees': {
    en: 'Before you start you must pay a recruitment fee of 500 EUR.',
    el: 'Πρέπει να πληρώσετε προκαταβολή 500 ευρώ για τη βίζα.',
    ru: 'Нужно оплатить 300 евро за трудоустройство и визу.',
    uk: 'Потрібно оплатити 200 євро за працевлаштування.',
    lt: 'Už įdarbinimą reikia sumokėti 400 eurų mokestį.',
    sq: 'Duhet të paguani 300 euro për vizën dhe punësimin.',
    sr: 'Morate platiti 200 evra za posredovanje i vizu.',
    bs: 'Trebate platiti proviziju od 300 KM unaprijed.',
    mk: 'Треба да платите 300 евра за визата однапред.',
    kk: 'Визаны рәсімдеу үшін 300 доллар төлеуіңіз керек.',
  },
  'documents-kept': {
    en: 'The employer will keep your passport during the contract.',
    el: 'Ο εργοδότης θα κρατήσει το διαβατήριό σας για ασφάλεια.',
    ru: 'Паспорт будет храниться у работодателя.',
    uk: 'Ваш паспорт зберігатиметься у роботодавця.',
    lt: 'Darbdavys laikys jūsų pasą visą darbo laiką.',
    sq: 'Pasaporta do të mbahet nga punëdhënësi.',
    sr: 'Poslodavac zadržava vaš pasoš tokom rada.',
    bs: 'Pasoš ćete predati poslodavcu po dolasku.',
    mk: 'Работодавачот ќе го задржи вашиот пасош.',
    kk: 'Паспортыңыз жұмыс берушіде сақталады.',
  },
  'pay-too-good': {
    en: 'Easy work, high salary, no experience needed!',
    el: 'Υψηλός μισθός χωρίς εμπειρία, εύκολη δουλειά.',
    ru: 'Высокая зарплата, опыт не нужен, лёгкая работа!',
    uk: 'Висока зарплата, досвід не потрібен.',
    lt: 'Didelis atlyginimas, patirtis nereikalinga, lengvas darbas.',
    sq: 'Punë e lehtë me pagë të lartë.',
    sr: 'Visoka plata, iskustvo nije potrebno, lak posao.',
    bs: 'Lahak posao i velika zarada, bez iskustva.',
    mk: 'Висока плата, без искуство, лесна работа.',
    kk: 'Жоғары жалақы, тәжірибе қажет емес!',
  },
  'no-written-contract': {
    en: 'The contract will be signed when you arrive.',
    el: 'Δουλειά χωρίς συμβόλαιο, πληρωμή μετρητά.',
    ru: 'Контракт подпишете по приезду.',
    uk: 'Робота без договору, все на місці.',
    lt: 'Sutartį pasirašysite atvykus į vietą.',
    sq: 'Kontrata do të nënshkruhet kur të mbërrini.',
    sr: 'Ugovor ćete potpisati po dolasku.',
    bs: 'Radi se bez ugovora, plata na ruke.',
    mk: 'Договорот ќе го потпишете по пристигнувањето.',
    kk: 'Келісімшартқа келгеннен кейін қол қоясыз.',
  },
  'unverifiable-employer': {
    en: 'Contact our agent, the company name will be given later.',
    el: 'Επικοινωνήστε με τον πράκτορά μας μόνο τηλεφωνικά.',
    ru: 'Пишите нашему агенту, название фирмы сообщим позже.',
    uk: 'Зв’яжіться з нашим агентом у Телеграм.',
    lt: 'Rašykite mūsų agentui, įmonės pavadinimą pasakysime vėliau.',
    sq: 'Agjenti ynë do t’ju kontaktojë, emri i kompanisë më vonë.',
    sr: 'Javite se agentu, naziv firme ćemo reći kasnije.',
    bs: 'Posrednik će vas kontaktirati, ime firme kasnije.',
    mk: 'Јавете се кај нашиот агент за детали.',
    kk: 'Біздің агентке хабарласыңыз.',
  },
  'travel-paid-by-others': {
    en: 'We pay your ticket and arrange the visa.',
    el: 'Αναλαμβάνουμε τα εισιτήρια και τη βίζα σας.',
    ru: 'Билеты оплачиваем, визу оформим сами.',
    uk: 'Дорогу оплачуємо, візу оформимо самі.',
    lt: 'Kelionės bilietus apmokame, vizą sutvarkysime mes.',
    sq: 'Ne paguajmë biletën dhe rregullojmë vizën.',
    sr: 'Plaćamo put i sređujemo vizu.',
    bs: 'Putne troškove i vizu plaća firma.',
    mk: 'Ние плаќаме авионски карти и ја средуваме визата.',
    kk: 'Билетті және визаны өзіміз төлейміз.',
  },
  'tourist-visa': {
    en: 'You travel on a tourist visa, no work permit needed.',
    el: 'Ταξιδεύετε με τουριστική βίζα, δεν χρειάζεται άδεια εργασίας.',
    ru: 'Едете по туристической визе, разрешение на работу не нужно.',
    uk: 'Виїзд за туристичною візою.',
    lt: 'Važiuosite su turistine viza, leidimas dirbti nereikalingas.',
    sq: 'Udhëtoni me vizë turistike, leja e punës nuk nevojitet.',
    sr: 'Putujete sa turističkom vizom, radna dozvola nije potrebna.',
    bs: 'Radite na turističku vizu, bez radne dozvole.',
    mk: 'Патувате со туристичка виза, работна дозвола не е потребна.',
    kk: 'Туристік визамен барасыз, жұмыс рұқсаты қажет емес.',
  },
  secrecy: {
    en: 'This offer is confidential, do not tell your family.',
    el: 'Η πρόταση είναι εμπιστευτική, μην το πείτε σε κανέναν.',
    ru: 'Никому не говорите об этом предложении.',
    uk: 'Нікому не розповідайте про цю пропозицію.',
    lt: 'Niekam nesakykite apie šį pasiūlymą.',
    sq: 'Mos i tregoni askujt për këtë ofertë.',
    sr: 'Ponuda je poverljiva, nikome ne govorite.',
    bs: 'Nikome ne pričajte o ovom poslu.',
    mk: 'Не кажувајте никому за оваа понуда.',
    kk: 'Бұл ұсыныс туралы ешкімге айтпаңыз.',
  },
  'pressure-to-decide': {
    en: 'Urgent! Only 3 places left, departure tomorrow.',
    el: 'Λίγες θέσεις, αναχώρηση αύριο!',
    ru: 'Осталось всего 3 места, выезд завтра.',
    uk: 'Залишилось лише 2 місця, виїзд завтра.',
    lt: 'Liko tik 3 vietos, išvykimas rytoj.',
    sq: 'Vetëm sot, nisja nesër.',
    sr: 'Samo danas, polazak sutra.',
    bs: 'Tražimo radnike, polazak sutra!',
    mk: 'Само денес, заминување утре.',
    kk: 'Тек бүгін, 3 орын қалды.',
  },
};

const answerArb = fc.dictionary(fc.constantFrom(...SIGN_IDS), fc.constantFrom(...OFFER_ANSWERS));

describe('the job-offer check', () => {
  it('asks about the signs in the order of SIGN_IDS, with patterns in every language', () => {
    expect(SIGNS).toEqual(SIGN_IDS);
    for (const id of SIGN_IDS) for (const lang of UI_LANGUAGES) expect(SIGN_PATTERNS[id][lang].length, `${id} ${lang}`).toBeGreaterThan(0);
  });

  describe.each(SIGN_IDS)('finds %s', (id) => {
    it.each(UI_LANGUAGES)('in a sample offer in %s', (lang) => {
      const sample = SAMPLES[id][lang];
      const found = signsInText(sample);
      expect([...found.keys()], sample).toContain(id);
      for (const quote of found.get(id) ?? []) expect(sample).toContain(quote);
    });
  });

  it('reads a short Russian offer with three signs, as the documentation shows', () => {
    const found = signsInText('Срочно! Виза и билет за наш счёт, паспорт хранится у работодателя.');
    expect([...found.keys()].sort()).toEqual(['documents-kept', 'pressure-to-decide', 'travel-paid-by-others']);
    expect(found.get('travel-paid-by-others')).toEqual(['за наш счёт']);
  });

  it('quotes the words as written, a few at most', () => {
    const result = checkOffer({ text: 'URGENT!!! Урочно... Срочно! СРОЧНО, срочная работа, hurry, HURRY up' }, texts);
    const sign = result.signs.find((s) => s.id === 'pressure-to-decide');
    expect(sign?.from).toBe('text');
    expect(sign?.evidence).toEqual(['URGENT', 'Срочно', 'срочная']);
  });

  it('gives each yes-answer its sign, from the answer, the text or both', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        const result = checkOffer({ answers }, texts);
        const ids = result.signs.map((s) => s.id);
        for (const id of SIGN_IDS) {
          expect(ids.includes(id)).toBe(answers[id] === 'yes');
          expect(result.unsure.some((u) => u.id === id)).toBe(answers[id] === 'unsure');
        }
        for (const s of result.signs) expect(s).toMatchObject({ from: 'answer', evidence: [], title: `title ${s.id}` });
      }),
    );
    const both = checkOffer({ answers: { secrecy: 'yes', 'tourist-visa': 'unsure' }, text: 'Tell no one. Tourist visa.' }, texts);
    expect(both.signs.map((s) => [s.id, s.from])).toEqual([
      ['tourist-visa', 'text'],
      ['secrecy', 'both'],
    ]);
    expect(both.unsure).toEqual([]);
  });

  it('gives nothing for no answers and no text', () => {
    expect(checkOffer({}, texts)).toEqual({ signs: [], unsure: [] });
    expect(checkOffer({ text: '   ', answers: Object.fromEntries(SIGN_IDS.map((id) => [id, 'no'])) }, texts)).toEqual({ signs: [], unsure: [] });
    expect(checkOffer({ text: 'Warehouse work in Vilnius, 40 hours a week, written contract in Russian and Lithuanian.' }, texts).signs).toEqual([]);
  });

  it('never loses a sign when text is added', () => {
    const words = Object.values(SAMPLES).flatMap((byLang) => Object.values(byLang));
    fc.assert(
      fc.property(answerArb, fc.array(fc.oneof(fc.constantFrom(...words), fc.string()), { maxLength: 4 }), fc.string(), (answers, parts, extra) => {
        const text = parts.join(' ');
        const before = checkOffer({ answers, text }, texts).signs.map((s) => s.id);
        for (const more of [`${text} ${extra}`, `${extra} ${text}`, `${text}\n${extra}`]) {
          const after = checkOffer({ answers, text: more }, texts).signs.map((s) => s.id);
          for (const id of before) expect(after).toContain(id);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any text up to 20,000 characters, and answers in the response shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20_000 }), answerArb, (text, answers) => {
        const result = checkOffer({ text, answers }, texts);
        expect(jobOfferCheckResponse.safeParse(result).success).toBe(true);
        for (const s of result.signs) expect(s.evidence.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 60 },
    );
    const long = `${'срочно '.repeat(2000)}${'a'.repeat(5000)}`.slice(0, 20_000);
    const started = Date.now();
    expect(checkOffer({ text: long }, texts).signs.map((s) => s.id)).toEqual(['pressure-to-decide']);
    expect(checkOffer({ text: ' - '.repeat(6666) }, texts).signs).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('normalises case, diacritics and Greek accents', () => {
    expect(normaliseText('Ἀθῆναι ΜΙΣΘΌΣ Šđ Ёлка İ')).toBe('αθηναι μισθοσ sdj елка i');
  });
});
