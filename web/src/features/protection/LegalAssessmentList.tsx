import type { ProtectionReference } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';
import { LegalAssessmentResult } from './LegalAssessmentResult';
import { PROPOSAL_KEYS } from './display';
import type { LegalAssessment } from './types';

interface Props {
  items: LegalAssessment[];
  reference: ProtectionReference;
  subjectName: (id: string) => string;
}

/** The history of legal assessments, newest first: the newest is current and shown open. */
export function LegalAssessmentList({ items, reference, subjectName }: Props) {
  const { t, formatDateTime } = useI18n();
  const rows = [...items].sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : 0));
  if (rows.length === 0) return <p className="muted">{t('legal.empty')}</p>;
  const [current, ...earlier] = rows;
  return (
    <div className="stack-gap" data-testid="legal-list">
      <section className="card stack-gap" data-testid="legal-current" data-id={current.id}>
        <h4>{t('legal.current')}</h4>
        <LegalAssessmentResult a={current} reference={reference} subjectName={subjectName} primary />
      </section>
      {earlier.length > 0 && (
        <>
          <h4>{t('legal.earlier')}</h4>
          <ul className="screening-history">
            {earlier.map((a) => (
              <li key={a.id}>
                <details className="card" data-testid={`legal-row-${a.id}`} data-proposal={a.result.proposal}>
                  <summary>
                    {formatDateTime(a.created_at)} · {PROPOSAL_KEYS[a.result.proposal] ? t(PROPOSAL_KEYS[a.result.proposal]) : a.result.proposal}
                  </summary>
                  <LegalAssessmentResult a={a} reference={reference} subjectName={subjectName} />
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
