import { useI18n } from '../../shared/useI18n';
import { SearchPanel } from './SearchPanel';

/** The /search screen: every case the user may see. */
export function SearchPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('search.title')}</h1>
      <SearchPanel />
    </section>
  );
}
