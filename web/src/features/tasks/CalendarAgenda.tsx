import { useMemo } from 'react';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { groupByDay } from './calendar';
import { caseTasksPath, useTaskTitle } from './display';
import type { CalendarItem } from './types';

const locale = (lang: string) => (lang === 'ru' ? 'ru-RU' : 'en-GB');

/** The month's deadlines as an agenda: one heading per day, tasks and timers under it, each linking to its case. */
export function CalendarAgenda({ items }: { items: CalendarItem[] }) {
  const { t, lang, label } = useI18n();
  const title = useTaskTitle();
  const dayFormat = useMemo(() => new Intl.DateTimeFormat(locale(lang), { weekday: 'long', day: 'numeric', month: 'long' }), [lang]);
  const timeFormat = useMemo(() => new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short' }), [lang]);
  const days = groupByDay(items);
  if (days.length === 0) return <p className="muted" data-testid="calendar-empty">{t('calendar.empty')}</p>;
  return (
    <ol className="agenda" data-testid="calendar-agenda">
      {days.map((d) => {
        const [y, m, n] = d.day.split('-').map(Number);
        return (
          <li key={d.day} className="agenda-day" data-testid={`calendar-day-${d.day}`}>
            <h2 className="agenda-date">{dayFormat.format(new Date(y, m - 1, n))}</h2>
            <ul className="agenda-items">
              {d.items.map((item) =>
                item.kind === 'task' ? (
                  <li key={`task:${item.task.id}`} className={`agenda-item${item.task.overdue ? ' overdue' : ''}`} data-testid={`calendar-item-task-${item.task.id}`}>
                    <time className="agenda-time" dateTime={item.at}>{timeFormat.format(new Date(item.at))}</time>
                    <span className="badge badge-schema">{t('calendar.kind_task')}</span>
                    <span className="agenda-title">{title(item.task)}</span>
                    {item.task.overdue && <span className="badge badge-alert">{t('tasks.overdue')}</span>}
                    {item.task.case_id && (
                      <Link to={caseTasksPath(item.task.case_id)} className="agenda-case">
                        {item.task.case_reference || item.task.case_id}
                      </Link>
                    )}
                    {item.task.assignee && <span className="muted"> · {item.task.assignee}</span>}
                  </li>
                ) : (
                  <li key={`timer:${item.timer.case_id}:${item.timer.name}:${item.at}`} className="agenda-item timer" data-testid={`calendar-item-timer-${item.timer.case_id}-${item.timer.name}`}>
                    <time className="agenda-time" dateTime={item.at}>{timeFormat.format(new Date(item.at))}</time>
                    <span className="badge badge-event">{t('calendar.kind_timer')}</span>
                    <span className="agenda-title">{t('calendar.timer_ends', { timer: label(item.timer.label, item.timer.name) })}</span>
                    <Link to={`/cases/${item.timer.case_id}/workflow`} className="agenda-case">
                      {item.timer.case_reference || item.timer.case_id}
                    </Link>
                  </li>
                ),
              )}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
