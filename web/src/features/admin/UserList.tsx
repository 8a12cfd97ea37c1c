import { useState } from 'react';
import { currentCursor, FIRST_PAGE, hasPrevious, pageNumber, popCursor, pushCursor } from '../../shared/cursorStack';
import type { CursorStack } from '../../shared/cursorStack';
import { useAction, useLoad } from '../../shared/hooks';
import { Pager } from '../../shared/Pager';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useLookupLabel } from '../../shared/reference';
import { useSession } from '../../shared/session';
import { Table } from '../../shared/Table';
import type { Column } from '../../shared/Table';
import { useI18n } from '../../shared/useI18n';
import { listUsers, patchUser, unitCodeOf } from './api';
import { ResetPasswordForm } from './ResetPasswordForm';
import type { AdminUser } from './types';
import { UserCreateForm } from './UserCreateForm';

/** Container: users, with create, disable/enable and password reset. */
export function UserList() {
  const { t } = useI18n();
  const { user: me } = useSession();
  const label = useLookupLabel();
  const [stack, setStack] = useState<CursorStack>(FIRST_PAGE);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const { data, error, loading, reload } = useLoad(() => listUsers(currentCursor(stack)), [stack]);
  const action = useAction();
  const setDisabled = (u: AdminUser, disabled: boolean) => {
    if (disabled && !window.confirm(t('admin.users.disable_confirm', { username: u.username }))) return;
    action.run(() => patchUser(u.id, { disabled }), reload);
  };
  const columns: Column<AdminUser>[] = [
    { id: 'username', labelKey: 'user.fields.username', render: (u) => u.username },
    { id: 'display_name', labelKey: 'user.fields.display_name', render: (u) => u.display_name },
    { id: 'role', labelKey: 'user.fields.role', render: (u) => label('roles', u.role) },
    { id: 'unit', labelKey: 'user.fields.unit_code', render: (u) => unitCodeOf(u) },
    { id: 'status', labelKey: 'user.fields.status', render: (u) => (u.disabled ? t('admin.users.disabled') : t('admin.users.active')) },
    {
      id: 'actions',
      labelKey: 'common.actions',
      render: (u) => (
        <span className="row-actions">
          {u.id !== me?.id && (
            <button type="button" className={u.disabled ? '' : 'danger'} disabled={action.busy} data-testid="user-toggle-disabled" onClick={() => setDisabled(u, !u.disabled)}>
              {u.disabled ? t('buttons.enable') : t('buttons.disable')}
            </button>
          )}
          <button type="button" data-testid="user-reset-password" onClick={() => setResetting(u)}>
            {t('buttons.reset_password')}
          </button>
        </span>
      ),
    },
  ];
  return (
    <section className="stack-gap" data-testid="admin-users">
      <h2>{t('admin.users.title')}</h2>
      <ProblemAlert error={error ?? action.error} fieldPrefix="user.fields" />
      {loading && <p className="muted">{t('app.loading')}</p>}
      <Table rows={data?.items ?? []} columns={columns} rowKey={(u) => u.id} testId="user-table" rowTestId="user-row" emptyKey="admin.users.empty" />
      <Pager
        page={pageNumber(stack)}
        hasPrev={hasPrevious(stack)}
        hasNext={Boolean(data?.next_cursor)}
        onPrev={() => setStack(popCursor(stack))}
        onNext={() => data?.next_cursor && setStack(pushCursor(stack, data.next_cursor))}
        testIdPrefix="user-list"
      />
      {resetting && <ResetPasswordForm key={resetting.id} user={resetting} onDone={() => setResetting(null)} />}
      <UserCreateForm onSaved={reload} />
    </section>
  );
}
