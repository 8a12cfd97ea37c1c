import { Permission } from '../../shared/Permission';
import type { RefItem } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { DecisionForm } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';
import { currentStatus, decisionsOf } from './decisions';
import { StatusBadge } from './StatusBadge';
import type { ProtectionFile, Track } from './types';

interface Props {
  track: Track;
  file: ProtectionFile;
  statuses: RefItem[];
  onSaved: (f: ProtectionFile) => void;
  onReload: () => void;
}

/** One status track (assistance or procedural): where it stands, a new decision, the decisions so far. */
export function StatusPanel({ track, file, statuses, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const titleKey = track === 'assistance' ? 'protection.track.assistance' : 'protection.track.procedural';
  const helpKey = track === 'assistance' ? 'protection.track.assistance_help' : 'protection.track.procedural_help';
  return (
    <section className="card stack-gap" data-testid={`file-${track}-panel`}>
      <h2>{t(titleKey)}</h2>
      <p className="wf-current">
        <StatusBadge value={currentStatus(file, track)} statuses={statuses} testId={`file-${track}-status`} />
      </p>
      <p className="muted">{t(helpKey)}</p>
      <Permission anyOf={['protection.manage']}>
        <DecisionForm key={`${track}:${file.version}`} track={track} file={file} statuses={statuses} onSaved={onSaved} onReload={onReload} />
      </Permission>
      <h4>{t('protection.decisions.history')}</h4>
      <DecisionHistory decisions={decisionsOf(file.decisions, track)} statuses={statuses} testId={`decision-${track}-history`} />
    </section>
  );
}
