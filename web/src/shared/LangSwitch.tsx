import { useI18n } from './useI18n';

/** EN/RU toggle; the choice is kept in localStorage by the I18nProvider. */
export function LangSwitch() {
  const { t, lang, setLang } = useI18n();
  const other = lang === 'en' ? 'ru' : 'en';
  return (
    <button type="button" className="lang" data-testid="lang-switch" lang={other} title={t('lang.switch_title')} aria-label={t('lang.switch_title')} onClick={() => setLang(other)}>
      {t('lang.other')}
    </button>
  );
}
