import { EntityCaption, recordPath } from '../entities';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { casePath, sideCaptioned } from './display';
import type { MatchSide } from './types';

interface Props {
  side: MatchSide;
  testId: string;
  schemaLabel: (schema: string) => string;
  /** Also link the record itself (the detail page); the queue links only the case. */
  recordLink?: boolean;
}

/** One of the two records: its name, type of record, and the case it belongs to. */
export function MatchSideView({ side, testId, schemaLabel, recordLink }: Props) {
  const { t } = useI18n();
  const stop = (e: { stopPropagation: () => void }) => e.stopPropagation();
  return (
    <div className="match-side" data-testid={testId} data-entity-id={side.entity_id} data-case-id={side.case_id}>
      <span className="match-side-caption">
        <EntityCaption e={sideCaptioned(side)} />
      </span>
      <span className="badge badge-schema">{schemaLabel(side.schema)}</span>
      <span className="match-side-case">
        <Link to={casePath(side.case_id)} className="mono" data-testid={`${testId}-case`} onClick={stop}>
          {side.case_reference || side.case_id}
        </Link>
        {side.case_title && <span className="muted"> · {side.case_title}</span>}
      </span>
      {recordLink && (
        <Link to={recordPath(side.case_id, side.entity_id)} data-testid={`${testId}-record`} onClick={stop}>
          {t('matches.side.open_record')}
        </Link>
      )}
    </div>
  );
}
