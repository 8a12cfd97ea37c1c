import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { getDocument, getDocumentText } from './api';
import { documentsPath, showsTextPreview } from './display';
import { DocumentViewer } from './DocumentViewer';

/** Container: one document; a text file's extracted text is fetched with it, as its preview. */
export function DocumentPage({ caseId, id }: { caseId: string; id: string }) {
  const { t } = useI18n();
  const { data: d, error } = useLoad(() => getDocument(caseId, id), [caseId, id]);
  const wantsText = d !== undefined && showsTextPreview(d);
  const text = useLoad(() => (wantsText ? getDocumentText(caseId, id) : Promise.resolve(undefined)), [caseId, id, wantsText]);
  if (error) {
    return (
      <section className="stack-gap">
        <ProblemAlert error={error} />
        <Link to={documentsPath(caseId)}>{t('documents.list.back')}</Link>
      </section>
    );
  }
  if (!d) return <p className="loading">{t('app.loading')}</p>;
  return <DocumentViewer d={d} text={text.data} textError={text.error} />;
}
