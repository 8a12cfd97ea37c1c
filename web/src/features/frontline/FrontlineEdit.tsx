import { useState } from 'react';
import type { GradingDoc } from '../../shared/intelligence';
import type { FrontlineBlock } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { useVersionedSave, VersionConflict } from '../../shared/useVersionedSave';
import { patchReport } from './api';
import { ReportForm } from './ReportForm';
import { checkReport, patchReportBody, valuesFromReport } from './reportForm';
import type { ReportValues } from './reportForm';
import type { FrontlineReport } from './types';

interface Props {
  report: FrontlineReport;
  blocks: FrontlineBlock[];
  grading?: GradingDoc;
  gradingError?: unknown;
  onSaved: (r: FrontlineReport) => void;
  onReload: () => void;
}

/** Container: the author edits a draft with PATCH + version; a 409 offers the newer version. */
export function FrontlineEdit({ report, blocks, grading, gradingError, onSaved, onReload }: Props) {
  const { t } = useI18n();
  const [saved, setSaved] = useState(false);
  const save = useVersionedSave<FrontlineReport>((r) => {
    setSaved(true);
    onSaved(r);
  }, onReload);
  const submit = (values: ReportValues) => {
    setSaved(false);
    const problem = checkReport(blocks, values, grading);
    if (problem) return save.setError(problem);
    save.save(() => patchReport(report.id, patchReportBody(report, blocks, values)));
  };
  return (
    <ReportForm
      key={`${report.id}:${report.version}`}
      blocks={blocks}
      initial={valuesFromReport(report, blocks)}
      withPlaceAndTime={false}
      busy={save.busy}
      error={save.formError}
      onSubmit={submit}
      grading={grading}
      gradingError={gradingError}
      notice={
        save.conflict ? (
          <VersionConflict messageKey="frontline.version_conflict" reloadTestId="frontline-reload" onReload={save.reload} />
        ) : (
          saved && (
            <p className="alert alert-ok" role="status" data-testid="frontline-saved">
              {t('frontline.saved')}
            </p>
          )
        )
      }
    />
  );
}
