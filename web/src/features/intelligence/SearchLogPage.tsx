import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { useDebounced, useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { listSearches } from './api';
import type { SearchLogEntry } from './types';

/** Who searched for what, when, and how many reports it found. */
export function SearchLogTable({ rows }: { rows: SearchLogEntry[] }) {
  const { formatDateTime } = useI18n();
  const columns: Column<SearchLogEntry>[] = [
    { id: 'at', labelKey: 'intelligence.search_log.at', render: (r) => <time dateTime={r.at}>{formatDateTime(r.at)}</time> },
    {
      id: 'user',
      labelKey: 'intelligence.search_log.user',
      render: (r) => (
        <span className="entity-cell">
          <span>{r.user?.display_name || r.user?.username}</span>
          {r.user?.username && <small className="mono muted">{r.user.username}</small>}
        </span>
      ),
    },
    { id: 'terms', labelKey: 'intelligence.search_log.terms', render: (r) => <span className="pre">{r.terms}</span> },
    { id: 'results', labelKey: 'intelligence.search_log.results', render: (r) => r.results },
  ];
  return <Table rows={rows} columns={columns} rowKey={(r) => r.id} testId="search-log" rowTestId="search-log-row" emptyKey="intelligence.search_log.empty" />;
}

/** Container, for auditors: the intelligence search log; `name` finds searches for a name in any script. */
export function SearchLogPage() {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [user, setUser] = useState('');
  const [query, setQuery] = useState({ name: '', user: '' });
  // Typing filters after a pause; Enter or the button at once.
  const typedName = useDebounced(name.trim(), 400);
  const typedUser = useDebounced(user.trim(), 400);
  useEffect(() => setQuery({ name: typedName, user: typedUser }), [typedName, typedUser]);
  const key = `${query.name}\u0000${query.user}`;
  const list = useLoad(() => listSearches(query.name, query.user).then((rows) => ({ key, rows })), [key]);
  const rows = list.data?.key === key ? list.data.rows : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ name: name.trim(), user: user.trim() });
  };
  return (
    <section className="page" data-testid="search-log-page">
      <p className="muted case-ref">
        <Link to="/audit">{t('audit.title')}</Link>
      </p>
      <h1>{t('intelligence.search_log.title')}</h1>
      <p className="muted">{t('intelligence.search_log.help')}</p>
      <form className="filters" onSubmit={submit} data-testid="search-log-form">
        <label className="filter">
          <span>{t('intelligence.search_log.name')}</span>
          <input value={name} autoComplete="off" data-testid="search-log-name" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="filter">
          <span>{t('intelligence.search_log.user_filter')}</span>
          <input value={user} autoComplete="off" data-testid="search-log-user" onChange={(e) => setUser(e.target.value)} />
        </label>
        <div className="filter-actions">
          <button type="submit" className="primary" data-testid="search-log-submit">
            {t('buttons.apply')}
          </button>
        </div>
      </form>
      <ProblemAlert error={list.error} />
      {!rows && !list.error && <p className="loading">{t('app.loading')}</p>}
      {rows && <SearchLogTable rows={rows} />}
    </section>
  );
}
