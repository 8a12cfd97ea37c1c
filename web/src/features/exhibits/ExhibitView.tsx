import type { ReactNode } from 'react';
import { Link } from '../../shared/router';
import { useLookupLabel } from '../../shared/reference';
import { useI18n } from '../../shared/useI18n';
import { CustodyAlerts } from './CustodyAlerts';
import { CustodyTable } from './CustodyTable';
import { exhibitsPath } from './display';
import { ExhibitDetails } from './ExhibitDetails';
import type { Exhibit } from './types';

interface Props {
  x: Exhibit;
  /** Print and edit buttons. */
  actions?: ReactNode;
  /** The edit form, when open: it takes the place of the details. */
  edit?: ReactNode;
  /** The add-custody-event form. */
  addEvent?: ReactNode;
  /** The exhibit's photos (and other attached files), with their upload form. */
  attachments?: ReactNode;
}

/**
 * Presentational custody report of one exhibit: the chain's problems first, then the register
 * entry and the custody log. It prints as it reads (print CSS hides navigation and forms).
 */
export function ExhibitView({ x, actions, edit, addEvent, attachments }: Props) {
  const { t, formatDateTime } = useI18n();
  const lookupLabel = useLookupLabel();
  return (
    <article className="stack-gap custody-report" data-testid="exhibit-page">
      <p className="muted case-ref no-print">
        <Link to={exhibitsPath(x.case_id)}>{t('exhibits.title')}</Link> / {x.number}
      </p>
      <div className="page-head">
        <h2 data-testid="exhibit-number">
          <span className="mono">{x.number}</span> · {lookupLabel('evidence_types', x.evidence_type)}
        </h2>
        {actions}
      </div>
      <p className="muted print-only">{t('exhibits.page.printed', { at: formatDateTime(new Date().toISOString()) })}</p>
      <CustodyAlerts x={x} />
      {edit || <ExhibitDetails x={x} />}
      <section className="stack-gap">
        <h3>{t('exhibits.custody.title')}</h3>
        <CustodyTable events={x.custody ?? []} flags={x.flags} />
      </section>
      {addEvent}
      {attachments}
    </article>
  );
}
