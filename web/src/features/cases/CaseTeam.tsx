import { useAction } from '../../shared/hooks';
import { Permission } from '../../shared/Permission';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useLookupLabel } from '../../shared/reference';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { removeTeamMember } from './api';
import { ShareForm } from './ShareForm';
import { TeamAddForm } from './TeamAddForm';
import type { Case, Share, TeamMember } from './types';

/** Team tab: members (add/remove with `case.team`) and, below, who the case is shared with. */
export function CaseTeam({ c, onChange }: { c: Case; onChange: (c: Case) => void }) {
  const { t } = useI18n();
  const { can } = useSession();
  const label = useLookupLabel();
  const remove = useAction();
  const removeMember = (m: TeamMember) => {
    if (!window.confirm(t('case.team.remove_confirm', { name: m.display_name || m.username }))) return;
    remove.run(() => removeTeamMember(c.id, m.user_id), onChange);
  };
  const columns: Column<TeamMember>[] = [
    { id: 'name', labelKey: 'case.team.fields.display_name', render: (m) => `${m.display_name} (${m.username})` },
    { id: 'role', labelKey: 'case.team.fields.role', render: (m) => label('roles', m.role) },
    { id: 'team_role', labelKey: 'case.team.fields.team_role', render: (m) => label('team_roles', m.team_role) },
    { id: 'grants', labelKey: 'case.team.fields.grants', render: (m) => (m.grants ?? []).map((g) => label('grants', g)).join(', ') },
  ];
  if (can('case.team')) {
    columns.push({
      id: 'actions',
      labelKey: 'common.actions',
      render: (m) => (
        <button type="button" className="danger" disabled={remove.busy} data-testid="team-remove" onClick={() => removeMember(m)}>
          {t('buttons.remove')}
        </button>
      ),
    });
  }
  const shareColumns: Column<Share>[] = [
    { id: 'name', labelKey: 'case.team.fields.display_name', render: (s) => `${s.display_name} (${s.username})` },
    { id: 'role', labelKey: 'case.team.fields.role', render: (s) => label('roles', s.role) },
  ];
  return (
    <div className="stack-gap" data-testid="case-team">
      <h2>{t('case.team.title')}</h2>
      <ProblemAlert error={remove.error} />
      <Table rows={c.team ?? []} columns={columns} rowKey={(m) => m.user_id} rowTestId="team-row" emptyKey="case.team.empty" />
      <Permission anyOf={['case.team']}>
        <TeamAddForm caseId={c.id} onSaved={onChange} />
      </Permission>
      <h2>{t('case.shares.title')}</h2>
      <Table rows={c.shares ?? []} columns={shareColumns} rowKey={(s) => s.user_id} emptyKey="case.shares.empty" />
      <Permission anyOf={['case.share']}>
        <ShareForm caseId={c.id} onSaved={onChange} />
      </Permission>
    </div>
  );
}
