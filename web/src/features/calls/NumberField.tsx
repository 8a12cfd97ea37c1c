import { useI18n } from '../../shared/useI18n';

/** The phone number a tab asks about. */
export function NumberField({ value, onChange, testId }: { value: string; onChange: (v: string) => void; testId: string }) {
  const { t } = useI18n();
  return (
    <label className="field">
      <span>{t('calls.fields.number')}</span>
      <input type="tel" value={value} onChange={(e) => onChange(e.target.value)} placeholder={t('calls.number_placeholder')} spellCheck={false} data-testid={testId} />
    </label>
  );
}
