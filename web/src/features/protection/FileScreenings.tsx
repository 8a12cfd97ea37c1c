import { ScreeningForm, ScreeningList } from '../screening';
import { Permission } from '../../shared/Permission';
import { useI18n } from '../../shared/useI18n';
import type { ProtectionFile } from './types';

/** Screenings of the person of the file: a new one and those made before. */
export function FileScreenings({ file, onSaved }: { file: ProtectionFile; onSaved: () => void }) {
  const { t } = useI18n();
  return (
    <section className="card stack-gap" data-testid="file-screenings">
      <h2>{t('screening.section_title')}</h2>
      <Permission anyOf={['screening.record']}>
        <ScreeningForm subject={{ file_id: file.id }} onSaved={onSaved} />
      </Permission>
      <ScreeningList items={file.screenings} />
    </section>
  );
}
