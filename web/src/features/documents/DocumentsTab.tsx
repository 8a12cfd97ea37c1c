import { DocumentList } from './DocumentList';
import { DocumentPage } from './DocumentPage';

interface Props {
  caseId: string;
  /** From the path /cases/{id}/documents/{item}: a document id, or nothing for the list. */
  item?: string;
}

/** Container of the case page's "documents" tab: the list with the upload form, or one document. */
export function DocumentsTab({ caseId, item }: Props) {
  return (
    <div className="stack-gap" data-testid="documents-tab">
      {item ? <DocumentPage key={item} caseId={caseId} id={item} /> : <DocumentList caseId={caseId} />}
    </div>
  );
}
