import { FactsView, ItemList, OpenCaseForm, ReportBlocks } from '../frontline';
import { useLoad } from '../../shared/hooks';
import type { GradingDoc } from '../../shared/intelligence';
import type { FrontlineBlock } from '../../shared/protectionReference';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { exportUrl, getItemMatches } from './api';
import { CyclePanel } from './CyclePanel';
import { DisseminationPanel } from './DisseminationPanel';
import { isSpecial, mayExport, mayOpenCase, maySanitise, RELATION_KEYS, reportPath } from './display';
import { GradingPanel } from './GradingPanel';
import { HistoryPanel } from './HistoryList';
import { MatchesPanel } from './MatchesPanel';
import { ReportTaskForm } from './ReportTaskForm';
import { RiskPanel } from './RiskPanel';
import { SanitisePanel } from './SanitiseForm';
import { TlpBadge } from './TlpBadge';
import type { IntelReport, Ref } from './types';
import { useViewer } from './viewer';

interface Props {
  report: IntelReport;
  doc: GradingDoc | undefined;
  blocks: FrontlineBlock[];
  /** The report as a change answered it. */
  onSaved: (r: IntelReport) => void;
  /** Loads the report anew (after a move of the cycle, a dissemination, a risk assessment). */
  onReload: () => void;
}

/** Cases a task may go to: the one opened from the report, then those its items match. */
function taskCases(r: IntelReport, matched: Ref[]): Ref[] {
  const all = [...(r.case ? [r.case] : []), ...matched];
  return all.filter((c, i) => all.findIndex((x) => x.id === c.id) === i);
}

/**
 * One intelligence report: what it says (blocks, facts, items), how it is graded and handled,
 * where it is in the cycle, who it went to, its copies, the cases its items match, its history.
 */
export function IntelReportView({ report: r, doc, blocks, onSaved, onReload }: Props) {
  const { t, formatDateTime } = useI18n();
  const viewer = useViewer();
  const { can } = viewer;
  const matches = useLoad(() => getItemMatches(r.id), [r.id]);
  const matchedCases = (matches.data ?? []).flatMap((g) => (g.matches ?? []).map((m) => m.case)).filter(Boolean);
  return (
    <article className="page intel-report" data-testid="intel-report" data-report-id={r.id}>
      <p className="muted case-ref">
        <Link to="/intelligence">{t('intelligence.list.title')}</Link> / {r.reference}
      </p>
      <div className="page-head">
        <h1>{t('intelligence.report.title', { reference: r.reference || r.id })}</h1>
        <p className="badges">
          <TlpBadge tlp={r.tlp} />
          {r.relation && RELATION_KEYS[r.relation] && (
            <span className="badge badge-role" data-testid="intel-relation" data-relation={r.relation}>
              {t(RELATION_KEYS[r.relation])}
            </span>
          )}
        </p>
      </div>
      <p className="muted">
        {t('frontline.report.by', { name: r.author?.display_name ?? '', at: formatDateTime(r.created_at) })}
        {r.target_unit && <> · {t('intelligence.fields.held_by', { unit: r.target_unit.name })}</>}
      </p>
      {r.sanitised && (
        <p className="alert alert-info" data-testid="intel-sanitised">
          {t('intelligence.report.sanitised')}{' '}
          {r.sanitised_from && (
            <Link to={reportPath(r.sanitised_from.id)} data-testid="intel-original">
              {t('intelligence.report.original', { reference: r.sanitised_from.reference })}
            </Link>
          )}
        </p>
      )}
      {(r.copies ?? []).length > 0 && (
        <div className="alert alert-info" data-testid="intel-copies">
          <p>{t('intelligence.report.copies')}</p>
          <ul>
            {(r.copies ?? []).map((c) => (
              <li key={c.id}>
                <Link to={reportPath(c.id)} data-testid="intel-copy">
                  {c.reference || c.id}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {r.case && (
        <p className="alert alert-ok" data-testid="intel-case">
          {t('frontline.report.case_opened')} <Link to={`/cases/${r.case.id}`}>{r.case.reference}</Link>
        </p>
      )}
      {(r.actioned_by ?? []).length > 0 && (
        <p className="muted" data-testid="intel-actioned-by">
          {t('intelligence.report.actioned_by')} {(r.actioned_by ?? []).map((u) => `${u.name} (${u.code})`).join(', ')}
        </p>
      )}
      {mayExport(r) && (
        <div className="actions">
          <a className="button" href={exportUrl(r.id)} download={`${r.reference || r.id}.misp.json`} data-testid="intel-export">
            {t('intelligence.report.export')}
          </a>
        </div>
      )}
      <section className="stack-gap">
        <h2>{t('intelligence.report.content')}</h2>
        <ReportBlocks report={r} blocks={blocks} />
        {r.originator_contact && (
          <p data-testid="intel-originator-contact">
            <span className="muted">{t('intelligence.fields.originator_contact')}:</span> {r.originator_contact}
          </p>
        )}
      </section>
      <section className="stack-gap">
        <h2>{t('intelligence.facts.title')}</h2>
        <FactsView doc={doc} facts={r.facts} />
      </section>
      <section className="stack-gap" data-testid="intel-items">
        <h2>{t('intelligence.items.title')}</h2>
        <ItemList items={r.items ?? []} withheld={r.withheld_items} doc={doc} />
      </section>
      <GradingPanel report={r} doc={doc} onSaved={onSaved} onReload={onReload} />
      {r.cycle && <CyclePanel report={r} doc={doc} onMoved={onReload} />}
      {isSpecial(doc, r) && <RiskPanel report={r} doc={doc} onSaved={onReload} />}
      {r.cycle && <DisseminationPanel report={r} doc={doc} onSent={onReload} />}
      {maySanitise(r, viewer) && <SanitisePanel report={r} blocks={blocks} doc={doc} />}
      <MatchesPanel data={matches.data} error={matches.error} items={r.items ?? []} />
      {mayOpenCase(r, viewer) && <OpenCaseForm report={r} />}
      {can('task.manage') && <ReportTaskForm reportId={r.id} cases={taskCases(r, matchedCases)} onCreated={onReload} />}
      <HistoryPanel reportId={r.id} version={r.version} />
    </article>
  );
}
