import { describe, expect, it } from 'vitest';
import { signsInText } from './check.js';

/**
 * Honest offers, as real employers write them, show few or no signs: a salary paid by bank deposit,
 * taxes deducted by law, "no fees", an application treated confidentially are not warnings. The
 * honest phrases never hide a real sign written next to them.
 */

const HONEST = {
  en:
    'Warehouse operative, full time. Acme Logistics Ltd, 12 Harbour Road, Leeds LS1 4AB (company no. 04567891). ' +
    'Salary £24,500 per year, paid monthly by bank deposit. Tax and national insurance are deducted from your salary as required by law. ' +
    'Written employment contract in English and Polish before you start. We sponsor the Skilled Worker visa; the visa fee is paid by the employer. ' +
    'No recruitment fees. Your application will be treated confidentially. Contact our HR department at jobs@acme-logistics.co.uk.',
  ru:
    'Требуется кладовщик в ООО «Северный склад», ИНН 7701234567, г. Москва, ул. Ленина, 10. Официальное трудоустройство по ТК РФ, ' +
    'трудовой договор, белая зарплата 70 000 руб. в месяц на банковскую карту. Налоги удерживаются из зарплаты по закону. Без комиссий. ' +
    'Мы гарантируем конфиденциальность персональных данных. Резюме: hr@sklad.ru, отдел кадров +7 495 123-45-67.',
  el:
    'Η εταιρεία Άλφα Τρόφιμα Α.Ε. (ΑΦΜ 099999999), Λεωφόρος Κηφισίας 100, Αθήνα, ζητά υπάλληλο αποθήκης. Πλήρης απασχόληση, ' +
    'γραπτή σύμβαση εργασίας, μισθός σύμφωνα με τη συλλογική σύμβαση, ασφάλιση ΕΦΚΑ. Οι εισφορές παρακρατούνται από τον μισθό. ' +
    'Χωρίς προμήθεια. Αποστολή βιογραφικού στο hr@alfa-trofima.gr. Η αίτησή σας θα αντιμετωπιστεί εμπιστευτικά.',
};

describe('honest offers', () => {
  it.each(Object.entries(HONEST))('show no warning sign (%s)', (_lang, offer) => {
    expect([...signsInText(offer).keys()]).toEqual([]);
  });

  it('do not hide a real sign written next to an honest phrase', () => {
    const offer =
      'Salary paid by bank deposit. You must pay a deposit of 300 EUR. Taxes are deducted. The ticket is deducted from your wage. ' +
      'Your application will be treated confidentially, but tell no one and keep it confidential.';
    const found = signsInText(offer);
    expect(found.get('worker-pays-fees')).toEqual(['You must pay', 'deposit', 'deducted from your wage']);
    expect(found.get('secrecy')).toEqual(['tell no one', 'keep it confidential']);
    expect([...signsInText('Без комиссии не обойтись: комиссия 200 евро.').keys()]).toEqual(['worker-pays-fees']);
  });
});
