import { Permission } from '../../shared/Permission';
import { Link } from '../../shared/router';
import { useI18n } from '../../shared/useI18n';
import { UnitList } from './UnitList';
import { UserList } from './UserList';

/** Administration: users for `user.manage`, units for `user.manage` or `unit.manage`, the workflow viewer for `workflow.admin`. */
export function AdminPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('admin.title')}</h1>
      <Permission anyOf={['workflow.admin']}>
        <p>
          <Link to="/admin/workflows" className="button" data-testid="admin-workflows">
            {t('workflow_admin.title')}
          </Link>
        </p>
      </Permission>
      <Permission anyOf={['user.manage']}>
        <UserList />
      </Permission>
      <UnitList />
    </section>
  );
}
