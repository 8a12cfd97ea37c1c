import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { ItemConfirmation } from './ItemConfirmation';
import { effectiveText, itemSuffix, KIND_KEYS, OFFENCE_KEYS } from './jurisdictionDisplay';
import type { JurisdictionArticle } from './types';

interface Props {
  country: string;
  articles: JurisdictionArticle[];
  onConfirmed: () => void;
}

/** A country's articles: what each is, where the file took it from, when it is in force, and whether it is confirmed. */
export function ArticleTable({ country, articles, onConfirmed }: Props) {
  const { t, label, formatDate } = useI18n();
  const known = (keys: Record<string, string>, id: string) => (keys[id] ? t(keys[id]) : id);
  const inForce = (a: JurisdictionArticle) => {
    const { key, from, to } = effectiveText(a.effective);
    return t(key, { from: formatDate(from), to: formatDate(to) });
  };
  const columns: Column<JurisdictionArticle>[] = [
    { id: 'code', labelKey: 'admin.jurisdictions.articles.fields.code', render: (a) => <strong>{a.code}</strong> },
    { id: 'title', labelKey: 'admin.jurisdictions.articles.fields.title', render: (a) => label(a.title, a.id) },
    { id: 'offence', labelKey: 'admin.jurisdictions.articles.fields.offence', render: (a) => known(OFFENCE_KEYS, a.offence) },
    { id: 'kind', labelKey: 'admin.jurisdictions.articles.fields.kind', render: (a) => known(KIND_KEYS, a.kind) },
    {
      id: 'source',
      labelKey: 'admin.jurisdictions.articles.fields.source',
      render: (a) =>
        a.source?.document ? (
          <code>{a.source.lines ? t('admin.jurisdictions.articles.source_line', { document: a.source.document, lines: a.source.lines }) : a.source.document}</code>
        ) : (
          t('common.none')
        ),
    },
    {
      id: 'effective',
      labelKey: 'admin.jurisdictions.articles.fields.effective',
      render: (a) => (
        <>
          <span data-testid={`jurisdiction-effective-${itemSuffix(country, a.id)}`}>
            {inForce(a)}
          </span>
          {a.effective?.note && <p className="help pre">{label(a.effective.note)}</p>}
        </>
      ),
    },
    {
      id: 'status',
      labelKey: 'admin.jurisdictions.articles.fields.status',
      render: (a) => <ItemConfirmation country={country} item={a.id} confirmed={a.confirmed} onConfirmed={onConfirmed} />,
    },
  ];
  return (
    <Table
      rows={articles}
      columns={columns}
      rowKey={(a) => a.id}
      testId={`jurisdiction-articles-${country}`}
      rowData={(a) => ({ 'data-testid': `jurisdiction-item-${itemSuffix(country, a.id)}`, 'data-confirmed': a.confirmed ? 'true' : 'false' })}
      emptyKey="admin.jurisdictions.articles.empty"
    />
  );
}
