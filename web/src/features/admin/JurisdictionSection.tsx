import { useI18n } from '../../shared/useI18n';
import { ArticleTable } from './ArticleTable';
import { unconfirmedCount } from './jurisdictionDisplay';
import { JurisdictionProtection } from './JurisdictionProtection';
import { JurisdictionRules } from './JurisdictionRules';
import type { JurisdictionFile } from './types';

interface Props {
  country: string;
  j: JurisdictionFile;
  onConfirmed: () => void;
}

/** One country: its national rules, its protection settings and its articles, each to confirm. */
export function JurisdictionSection({ country, j, onConfirmed }: Props) {
  const { t, label } = useI18n();
  const open = unconfirmedCount(j);
  return (
    <section className="stack-gap" id={`jurisdiction-${country}`} data-testid={`jurisdiction-${country}`}>
      <div className="page-head">
        <h2>
          {label(j.name, country)} <span className="badge badge-schema">{country}</span>
        </h2>
        {open > 0 && (
          <p className="badges">
            <span className="badge badge-flag" data-testid={`jurisdiction-open-${country}`} data-value={open}>
              {t('admin.jurisdictions.unverified_count', { count: open })}
            </span>
          </p>
        )}
      </div>
      {j.code && <p className="muted">{label(j.code)}</p>}
      <div className="two-col">
        <JurisdictionRules country={country} j={j} onConfirmed={onConfirmed} />
        <JurisdictionProtection country={country} j={j} onConfirmed={onConfirmed} />
      </div>
      <h3>{t('admin.jurisdictions.articles.title')}</h3>
      <ArticleTable country={country} articles={j.articles ?? []} onConfirmed={onConfirmed} />
    </section>
  );
}
