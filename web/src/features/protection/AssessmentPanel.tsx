import { useState } from 'react';
import { KIND_KEYS } from '../../shared/assessmentValues';
import { useAction } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import type { ProtectionReference } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { addAssessment } from './api';
import { AgeAssessmentForm } from './AgeAssessmentForm';
import { AssessmentList } from './AssessmentList';
import { assessmentKinds, visibleAssessments } from './assessmentForm';
import { NeedsAssessmentForm } from './NeedsAssessmentForm';
import { ReintegrationPlanForm } from './ReintegrationPlanForm';
import { RiskAssessmentForm } from './RiskAssessmentForm';
import type { AssessmentBody, AssessmentKind, ProtectionFile } from './types';

interface Props {
  file: ProtectionFile;
  reference: ProtectionReference;
  onSaved: (f: ProtectionFile) => void;
}

/** Assessments: risk by stage, needs (not from the case), age, the reintegration plan. */
export function AssessmentPanel({ file, reference, onSaved }: Props) {
  const { t } = useI18n();
  const kinds = assessmentKinds(file.view);
  const [kind, setKind] = useState<AssessmentKind>('risk');
  const [formKey, setFormKey] = useState(0);
  const action = useAction();
  const choose = (k: AssessmentKind) => {
    action.clear();
    setKind(k);
  };
  const submit = (body: AssessmentBody) =>
    action.run(() => addAssessment(file.id, body), (f) => {
      setFormKey((n) => n + 1);
      onSaved(f);
    });
  const props = { busy: action.busy, error: action.error, onSubmit: submit };
  return (
    <section className="card stack-gap" data-testid="file-assessments">
      <h2>{t('assessment.title')}</h2>
      <AssessmentList items={visibleAssessments(file.assessments, file.view)} reference={reference} />
      <Permission anyOf={['protection.manage']}>
        <h3>{t('assessment.new')}</h3>
        <div className="segmented" role="group" aria-label={t('assessment.kind_label')}>
          {kinds.map((k) => (
            <button key={k} type="button" aria-pressed={kind === k} data-testid={`assessment-kind-${k}`} onClick={() => choose(k)}>
              {t(KIND_KEYS[k])}
            </button>
          ))}
        </div>
        <div key={`${kind}:${formKey}`}>
          {kind === 'risk' && <RiskAssessmentForm stages={reference.risk_assessment.stages} {...props} />}
          {kind === 'needs' && kinds.includes('needs') && <NeedsAssessmentForm levels={reference.needs_assessment.levels} {...props} />}
          {kind === 'age' && <AgeAssessmentForm {...props} />}
          {kind === 'reintegration_plan' && <ReintegrationPlanForm steps={reference.reintegration_plan.steps} {...props} />}
        </div>
      </Permission>
    </section>
  );
}
