import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';

/** A phone number, leading to its link chart. */
export function NumberLink({ number }: { number: string }) {
  const { t } = useI18n();
  return (
    <Link to={`/graph?node=${encodeURIComponent(number.startsWith('p:') ? number : `p:${number}`)}`} className="mono" title={t('calls.open_chart')} data-testid="calls-number">
      {number.replace(/^p:/, '')}
    </Link>
  );
}
