import { Permission } from '../../shared/Permission';
import { Link } from '../../shared/router';
import { useSession } from '../../shared/session';
import { useI18n } from '../../shared/useI18n';
import { UnitList } from './UnitList';
import { UserList } from './UserList';

/**
 * Administration: users for `user.manage`, units for `user.manage` or `unit.manage`, the workflow
 * viewer for `workflow.admin`, the jurisdictions to confirm for `jurisdiction.admin`.
 */
export function AdminPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <section className="page">
      <h1>{t('admin.title')}</h1>
      {(can('workflow.admin') || can('jurisdiction.admin')) && (
        <p className="actions">
          <Permission anyOf={['workflow.admin']}>
            <Link to="/admin/workflows" className="button" data-testid="admin-workflows">
              {t('workflow_admin.title')}
            </Link>
          </Permission>
          <Permission anyOf={['jurisdiction.admin']}>
            <Link to="/admin/jurisdictions" className="button" data-testid="admin-jurisdictions">
              {t('admin.jurisdictions.title')}
            </Link>
          </Permission>
        </p>
      )}
      <Permission anyOf={['user.manage']}>
        <UserList />
      </Permission>
      <UnitList />
    </section>
  );
}
