import { useLoad } from '../../shared/hooks';
import { listDocuments } from './api';
import { AttachmentsView, ATTACHMENTS } from './AttachmentsView';
import type { AttachmentsKind } from './AttachmentsView';
import { attachmentsOf } from './display';
import { UploadForm } from './UploadForm';

interface Props {
  caseId: string;
  exhibitId?: string;
  interviewId?: string;
  /** Whether to offer the upload form (the caller's case.update check; the server still decides). */
  canUpload: boolean;
  kind: AttachmentsKind;
}

/**
 * Container: the case's documents attached to one exhibit (its photos) or one interview (its
 * recordings), with an upload form that attaches the new file to that record. The server leaves
 * out what the user may not read; the panel picks the record's files from the rest.
 */
export function AttachmentsPanel({ caseId, exhibitId, interviewId, canUpload, kind }: Props) {
  const { data, error, reload } = useLoad(() => listDocuments(caseId), [caseId]);
  const owner = { exhibitId, interviewId };
  const words = ATTACHMENTS[kind];
  return (
    <AttachmentsView
      caseId={caseId}
      kind={kind}
      docs={data ? attachmentsOf(data.items, owner) : undefined}
      error={error}
      upload={
        canUpload && (
          <UploadForm caseId={caseId} exhibitId={exhibitId} interviewId={interviewId} accept={words.accept} headingKey={words.uploadKey} onUploaded={reload} />
        )
      }
    />
  );
}
