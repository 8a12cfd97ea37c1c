import { useMemo } from 'react';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { navigate, useSearch } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getCalendar } from './api';
import { CalendarAgenda } from './CalendarAgenda';
import { monthOf, monthRange, parseMonth, shiftMonth } from './calendar';

/** Container: one month's deadlines (`/calendar?month=YYYY-MM`, the current month by default). */
export function CalendarPage() {
  const { t, lang } = useI18n();
  const search = useSearch();
  const month = parseMonth(new URLSearchParams(search).get('month'));
  const { from, to } = monthRange(month);
  const data = useLoad(() => getCalendar(from, to), [from, to]);
  const title = useMemo(() => {
    const [y, m] = month.split('-').map(Number);
    return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', year: 'numeric' }).format(new Date(y, m - 1, 1));
  }, [month, lang]);
  const go = (m: string) => navigate(`/calendar?month=${m}`);
  return (
    <section className="page" data-testid="calendar-page">
      <div className="page-head">
        <h1>
          {t('calendar.title')}: <span data-testid="calendar-month">{title}</span>
        </h1>
        <div className="page-actions">
          <button type="button" data-testid="calendar-prev" onClick={() => go(shiftMonth(month, -1))}>
            ← {t('calendar.previous')}
          </button>
          <button type="button" data-testid="calendar-today" disabled={month === monthOf(new Date())} onClick={() => go(monthOf(new Date()))}>
            {t('calendar.this_month')}
          </button>
          <button type="button" data-testid="calendar-next" onClick={() => go(shiftMonth(month, 1))}>
            {t('calendar.next')} →
          </button>
        </div>
      </div>
      <ProblemAlert error={data.error} />
      {!data.data && !data.error && <p className="loading">{t('app.loading')}</p>}
      {data.data && <CalendarAgenda items={data.data.items} />}
    </section>
  );
}
