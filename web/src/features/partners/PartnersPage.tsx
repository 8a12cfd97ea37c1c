import { useState } from 'react';
import { useAction, useDebounced, useLoad, useSessionState } from '../../shared/hooks';
import { ApiError } from '../../shared/api';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { loadProtectionReference } from '../../shared/protectionReference';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { createPartner, listPartners, patchPartner } from './api';
import { PartnerFilters } from './PartnerFilters';
import { PartnerForm } from './PartnerForm';
import { checkPartner, EMPTY_PARTNER, partnerBody, partnerPatch, valuesFromPartner } from './partnerForm';
import type { PartnerValues } from './partnerForm';
import { PartnerTable } from './PartnerTable';
import type { Partner, PartnerQuery } from './types';

/** Container: the partner directory, filtered by service and region; create and edit for partner.manage. */
export function PartnersPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const manage = can('partner.manage');
  const ref = useLoad(loadProtectionReference, []);
  const [query, setQuery] = useSessionState<PartnerQuery>('ariadne.partners.query', { service: '', region: '' });
  const region = useDebounced((query.region ?? '').trim(), 300);
  const list = useLoad(() => listPartners({ service: query.service, region }), [query.service, region]);
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const [checkError, setCheckError] = useState<ApiError | null>(null);
  const save = useAction();
  const services = ref.data?.referral_services ?? [];

  const open = (p: Partner | 'new') => {
    save.clear();
    setCheckError(null);
    setEditing(p);
  };
  const submit = (v: PartnerValues) => {
    const problem = checkPartner(v);
    setCheckError(problem);
    if (problem || !editing) return;
    const request = editing === 'new' ? () => createPartner(partnerBody(v)) : () => patchPartner(editing.id, partnerPatch(editing, v));
    save.run(request, () => {
      setEditing(null);
      list.reload();
    });
  };
  return (
    <section className="page" data-testid="partners-page">
      <div className="page-head">
        <h1>{t('partners.title')}</h1>
        {manage && editing === null && (
          <button type="button" className="primary" data-testid="partner-new" onClick={() => open('new')}>
            {t('partners.new')}
          </button>
        )}
      </div>
      {editing !== null && (
        <PartnerForm
          key={editing === 'new' ? 'new' : editing.id}
          titleKey={editing === 'new' ? 'partners.new' : 'partners.edit'}
          initial={editing === 'new' ? EMPTY_PARTNER : valuesFromPartner(editing)}
          services={services}
          busy={save.busy}
          error={checkError ?? save.error}
          onSubmit={submit}
          onCancel={() => setEditing(null)}
        />
      )}
      <PartnerFilters query={query} services={services} onChange={setQuery} />
      <ProblemAlert error={list.error ?? ref.error} />
      {!list.data && !list.error && <p className="loading">{t('app.loading')}</p>}
      {list.data && <PartnerTable rows={list.data} services={services} onEdit={manage ? open : undefined} />}
    </section>
  );
}
