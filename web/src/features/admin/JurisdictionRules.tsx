import { useI18n } from '../../shared/useI18n';
import { ItemConfirmation } from './ItemConfirmation';
import { confirmationOf, itemSuffix } from './jurisdictionDisplay';
import type { JurisdictionFile } from './types';

interface Props {
  country: string;
  j: JurisdictionFile;
  onConfirmed: () => void;
}

/** The national rules: whether a child needs no means, whether consent is irrelevant, and the file's note on both. */
export function JurisdictionRules({ country, j, onConfirmed }: Props) {
  const { t, label } = useI18n();
  const confirmed = confirmationOf(j, 'rules');
  return (
    <section className="card stack-gap" data-testid={`jurisdiction-item-${itemSuffix(country, 'rules')}`} data-confirmed={confirmed ? 'true' : 'false'}>
      <h3>{t('admin.jurisdictions.rules.title')}</h3>
      <dl className="dl">
        <div className="dl-row">
          <dt>{t('admin.jurisdictions.rules.child')}</dt>
          <dd data-testid={`jurisdiction-child-rule-${country}`} data-value={String(j.child_needs_no_means)}>
            {j.child_needs_no_means ? t('admin.jurisdictions.rules.child_no_means') : t('admin.jurisdictions.rules.child_means')}
          </dd>
        </div>
        <div className="dl-row">
          <dt>{t('admin.jurisdictions.rules.consent')}</dt>
          <dd data-testid={`jurisdiction-consent-rule-${country}`} data-value={String(j.consent_irrelevant)}>
            {j.consent_irrelevant ? t('admin.jurisdictions.rules.consent_irrelevant') : t('admin.jurisdictions.rules.consent_relevant')}
          </dd>
        </div>
        {j.rules_note && (
          <div className="dl-row">
            <dt>{t('admin.jurisdictions.rules.note')}</dt>
            <dd>
              <p className="pre">{label(j.rules_note)}</p>
            </dd>
          </div>
        )}
      </dl>
      <ItemConfirmation country={country} item="rules" confirmed={confirmed} onConfirmed={onConfirmed} />
    </section>
  );
}
