import type { UiLanguage } from '../../platform/roles.js';
import type { SignId } from '../help.js';

/**
 * Honest phrases that contain a sign's words without showing the sign: a salary paid by bank
 * deposit, taxes deducted by law, "no fees", an application treated confidentially. A sign's match
 * that starts inside one of these is not counted (the same pattern syntax as patterns.ts). They are
 * kept tight on purpose (few `~` gaps): a wider phrase could hide a real sign written next to it.
 */
export const SIGN_EXCEPTIONS: Readonly<Partial<Record<SignId, Readonly<Partial<Record<UiLanguage, readonly string[]>>>>>> = {
  'worker-pays-fees': {
    en: [
      'bank deposit',
      'direct deposit',
      'deposited to your',
      'deposited into your',
      'tax is deducted',
      'taxes are deducted',
      'tax deducted',
      'taxes deducted',
      'tax and national insurance are deducted',
      'tax and social security are deducted',
      'tax and social insurance are deducted',
      'visa fee is paid by the employer',
      'visa fees are paid by the employer',
      'no recruitment fee',
      'no placement fee',
      'no agency fee',
      'no fee=',
      'no fees=',
      'never charge fee',
    ],
    ru: ['налоги удерживаются', 'налог удерживается', 'ндфл удержива', 'без комисси', 'без предоплат', 'без залог'],
    uk: ['податки утримуються', 'податок утримується', 'без комісі', 'без передоплат'],
    el: ['εισφορες παρακρατουνται', 'φοροι παρακρατουνται', 'χωρις προμηθει', 'χωρις προκαταβολ'],
    sr: ['bez provizij'],
    bs: ['bez provizij'],
  },
  secrecy: {
    en: [
      'treated confidentially',
      'handled confidentially',
      'treated as confidential',
      'treated as strictly confidential',
      'application ~ confidential',
      'confidentiality of ~ data',
    ],
    ru: ['резюме ~ конфиденциальн', 'конфиденциальность ~ данн', 'конфиденциальность персональн'],
    uk: ['конфіденційність ~ даних'],
    el: ['αιτησ ~ εμπιστευτικ', 'βιογραφικ ~ εμπιστευτικ', 'αντιμετωπιστ ~ εμπιστευτικ'],
  },
};
