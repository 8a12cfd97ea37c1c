import { Permission } from '../../shared/Permission';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { timerByName, UNMET_KEYS, useCaseFieldName, useStateLabel } from './display';
import type { ChecklistNames } from './display';
import type { StateSummary, Timer, Unmet } from './types';

interface Props {
  caseId: string;
  unmet: Unmet[];
  states: StateSummary[];
  timers: Timer[];
  names: ChecklistNames;
  testId?: string;
}

/** What a step still needs: one translated line per unmet guard, with what it names. */
export function UnmetList({ caseId, unmet, states, timers, names, testId }: Props) {
  const { t, label, formatDateTime } = useI18n();
  const fieldName = useCaseFieldName();
  const stateLabel = useStateLabel(states);
  const line = (u: Unmet) => {
    switch (u.code) {
      case 'wrong_state':
        return t('workflow.unmet.wrong_state', { state: stateLabel(u.field ?? '') });
      case 'field_required':
        return (
          <>
            {t('workflow.unmet.field_required', { field: fieldName(u.field) })}{' '}
            {u.field === 'team_lead' ? (
              <Link to={`/cases/${caseId}/team`}>{t('workflow.unmet.open_team')}</Link>
            ) : (
              <Permission anyOf={['case.update']}>
                <Link to={`/cases/${caseId}/edit`}>{t('workflow.unmet.edit_case')}</Link>
              </Permission>
            )}
          </>
        );
      case 'checklist_incomplete': {
        const checklist = names.checklist(u.field ?? '');
        const items = u.items ?? [];
        return (
          <>
            {t('workflow.unmet.checklist_incomplete', { checklist })}
            {items.length > 0 && (
              <ul className="unmet-items">
                {items.map((id) => (
                  <li key={id} data-item={id}>
                    {names.item(u.field ?? '', id)}
                  </li>
                ))}
              </ul>
            )}
          </>
        );
      }
      case 'timer_running': {
        const timer = timerByName(timers, u.field);
        if (!timer) return t('workflow.unmet.timer_not_started', { timer: u.field ?? '' });
        return t('workflow.unmet.timer_running', { timer: label(timer.label, timer.name), end: formatDateTime(timer.due_at) });
      }
      default:
        return UNMET_KEYS[u.code] ? t(UNMET_KEYS[u.code]) : u.detail || u.code;
    }
  };
  if (unmet.length === 0) return null;
  return (
    <ul className="unmet" data-testid={testId}>
      {unmet.map((u, i) => (
        <li key={`${u.code}:${u.field ?? ''}:${i}`} data-testid={`unmet-${u.code}`} data-code={u.code}>
          {line(u)}
        </li>
      ))}
    </ul>
  );
}
