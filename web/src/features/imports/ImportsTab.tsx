import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listImports } from './api';
import { ImportForm } from './ImportForm';
import { ImportList } from './ImportList';

/** Container of the case page's "imports" tab: a new import (with import.create) and the past ones. */
export function ImportsTab({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const list = useLoad(() => listImports(caseId), [caseId]);
  return (
    <div className="stack-gap" data-testid="imports-tab">
      <p className="muted">{t('imports.help')}</p>
      <Permission anyOf={['import.create']}>
        <ImportForm caseId={caseId} onImported={list.reload} />
      </Permission>
      <h2>{t('imports.list.title')}</h2>
      <ProblemAlert error={list.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <ImportList caseId={caseId} rows={list.data} onChange={list.reload} />}
    </div>
  );
}
