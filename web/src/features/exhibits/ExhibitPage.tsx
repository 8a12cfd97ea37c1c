import { useState } from 'react';
import { AttachmentsPanel } from '../documents';
import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { getExhibit } from './api';
import { CustodyAddForm } from './CustodyAddForm';
import { exhibitsPath } from './display';
import { ExhibitView } from './ExhibitView';
import { ExhibitEdit } from './ExhibitEdit';
import type { Exhibit } from './types';

/** Container: one exhibit — its register entry, its chain of custody, the next link, print and its photos. */
export function ExhibitPage({ caseId, id }: { caseId: string; id: string }) {
  const { t, lang } = useI18n();
  const { can } = useSession();
  const { data: x, error, setData, reload } = useLoad(() => getExhibit(caseId, id), [caseId, id]);
  const [editing, setEditing] = useState(false);
  if (error) {
    return (
      <section className="stack-gap">
        <ProblemAlert error={error} />
        <Link to={exhibitsPath(caseId)}>{t('exhibits.list.back')}</Link>
      </section>
    );
  }
  if (!x) return <p className="loading">{t('app.loading')}</p>;
  const saved = (next: Exhibit) => {
    setData(next);
    setEditing(false);
  };
  return (
    <ExhibitView
      x={x}
      actions={
        <div className="actions no-print">
          <button type="button" data-testid="exhibit-print" onClick={() => window.print()}>
            {t('exhibits.page.print')}
          </button>
          <a href={`/api/v1/cases/${caseId}/exhibits/${x.id}/custody.pdf?lang=${lang}`} className="button" download data-testid="exhibit-custody-pdf">
            {t('exhibits.page.custody_pdf')}
          </a>
          <Permission anyOf={['case.update']}>
            {!editing && (
              <button type="button" data-testid="exhibit-edit" onClick={() => setEditing(true)}>
                {t('buttons.edit')}
              </button>
            )}
          </Permission>
        </div>
      }
      edit={editing && <ExhibitEdit x={x} onSaved={saved} onCancel={() => setEditing(false)} onReload={reload} />}
      addEvent={
        <Permission anyOf={['case.update']}>
          <CustodyAddForm x={x} onSaved={setData} />
        </Permission>
      }
      attachments={<AttachmentsPanel caseId={caseId} exhibitId={x.id} kind="photos" canUpload={can('case.update')} />}
    />
  );
}
