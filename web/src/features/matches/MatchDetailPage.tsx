import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getMatch } from './api';
import { MatchDetailView } from './MatchDetailView';
import { useSchemaDoc } from './schemaDoc';
import type { Match } from './types';

/** Container: one match (GET /matches/{mid}); after a decision, its new state and then its history. */
export function MatchDetailPage({ mid }: { mid: string }) {
  const { t } = useI18n();
  const { doc, schemaLabel } = useSchemaDoc();
  const { data, error, setData, reload } = useLoad(() => getMatch(mid), [mid]);
  if (error && !data) {
    return (
      <section className="page">
        <ProblemAlert error={error} />
        <Link to="/matches">{t('matches.detail.back')}</Link>
      </section>
    );
  }
  if (!data) return <p className="loading">{t('app.loading')}</p>;
  // The decision answers the match without its records and history: keep those, then fetch the
  // history anew (the records are unchanged by a decision).
  const decided = (m: Match) => {
    setData({ ...data, ...m });
    reload();
  };
  return <MatchDetailView m={data} doc={doc} schemaLabel={schemaLabel} onDecided={decided} onReload={reload} loadError={error} />;
}
