import { useI18n } from './useI18n';

interface Props {
  page: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  testIdPrefix: string;
}

export function Pager({ page, hasPrev, hasNext, onPrev, onNext, testIdPrefix }: Props) {
  const { t } = useI18n();
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" onClick={onPrev} disabled={!hasPrev} data-testid={`${testIdPrefix}-prev`}>
        {t('buttons.previous')}
      </button>
      <span className="pager-page">{t('pager.page', { page })}</span>
      <button type="button" onClick={onNext} disabled={!hasNext} data-testid={`${testIdPrefix}-next`}>
        {t('buttons.next')}
      </button>
    </nav>
  );
}
