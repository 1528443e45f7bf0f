import { useTranslation } from 'react-i18next';

export const MAIN_ID = 'main-content';

/** The first thing a keyboard user reaches: jumps past the header and navigation. */
export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <a className="haven-skip-link" href={`#${MAIN_ID}`}>
      {t('app.skipToContent')}
    </a>
  );
}
