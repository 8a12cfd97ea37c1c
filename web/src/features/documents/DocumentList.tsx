import { useLoad } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { listDocuments } from './api';
import { DocumentTable } from './DocumentTable';
import { UploadForm } from './UploadForm';

/** Container: the case's documents, and the upload form for those who may change the case. */
export function DocumentList({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const { data, error, loading, reload } = useLoad(() => listDocuments(caseId), [caseId]);
  return (
    <div className="stack-gap" data-testid="document-list">
      <h2>{t('documents.title')}</h2>
      <Permission anyOf={['case.update']}>
        <UploadForm caseId={caseId} onUploaded={reload} />
      </Permission>
      <p className="muted" aria-live="polite" data-testid="document-list-total">
        {loading && !data ? t('app.loading') : data ? t('documents.list.total', { count: data.items.length }) : ''}
      </p>
      <ProblemAlert error={error} />
      <DocumentTable rows={data?.items ?? []} />
    </div>
  );
}
