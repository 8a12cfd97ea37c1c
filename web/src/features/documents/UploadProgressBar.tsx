import { useI18n } from '../../shared/useI18n';
import { formatSize, locale, percent } from './display';
import type { UploadProgress } from './types';

interface Props {
  name: string;
  progress: UploadProgress | null;
  onCancel: () => void;
}

/** How far an upload has got, with the button that cancels it. */
export function UploadProgressBar({ name, progress, onCancel }: Props) {
  const { t, lang } = useI18n();
  const pct = percent(progress);
  const pctText = new Intl.NumberFormat(locale(lang), { style: 'percent' }).format(pct / 100);
  return (
    <div className="upload-progress" data-testid="document-upload-progress">
      <p className="upload-progress-head">
        <span>{t('documents.upload.sending', { name })}</span>
        <strong className="upload-percent" aria-live="polite">
          {pctText}
        </strong>
      </p>
      <progress max={100} value={pct} aria-label={t('documents.upload.progress_label', { name })}>
        {pctText}
      </progress>
      <div className="upload-progress-foot">
        <span className="muted">
          {progress ? t('documents.upload.sent', { loaded: formatSize(progress.loaded, lang, t), total: formatSize(progress.total, lang, t) }) : ''}
        </span>
        <button type="button" onClick={onCancel} data-testid="document-upload-cancel">
          {t('buttons.cancel')}
        </button>
      </div>
    </div>
  );
}
