import { Permission } from '../../shared/Permission';
import { useI18n } from '../../shared/useI18n';
import { UnitList } from './UnitList';
import { UserList } from './UserList';

/** Administration: users for `user.manage`, units for `user.manage` or `unit.manage`. */
export function AdminPage() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('admin.title')}</h1>
      <Permission anyOf={['user.manage']}>
        <UserList />
      </Permission>
      <UnitList />
    </section>
  );
}
