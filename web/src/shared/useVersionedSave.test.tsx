import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { I18nProvider } from './useI18n';
import { isVersionConflict, useVersionedSave, VersionConflict } from './useVersionedSave';

describe('isVersionConflict', () => {
  it('is true only for an ApiError with the version_conflict code', () => {
    expect(isVersionConflict(new ApiError({ status: 409, code: 'version_conflict' }))).toBe(true);
    expect(isVersionConflict(new ApiError({ status: 422, code: 'required' }))).toBe(false);
    expect(isVersionConflict(new Error('version_conflict'))).toBe(false);
    expect(isVersionConflict(null)).toBe(false);
  });
});

describe('VersionConflict', () => {
  it('renders the translated notice with the shared id and the given reload button id', () => {
    const html = renderToStaticMarkup(
      <I18nProvider lang="en">
        <VersionConflict messageKey="exhibits.page.version_conflict" reloadTestId="exhibit-reload" onReload={() => {}} />
      </I18nProvider>,
    );
    expect(html).toMatch(/^<div class="alert alert-warning" role="alert" data-testid="version-conflict"><p>[^<]+<\/p>/);
    expect(html).not.toContain('exhibits.page.version_conflict');
    expect(html).toContain('<button type="button" data-testid="exhibit-reload">');
  });
});

describe('useVersionedSave', () => {
  it('starts idle with no error and no conflict', () => {
    function Probe() {
      const s = useVersionedSave<number>(() => {}, () => {});
      return <i>{JSON.stringify([s.busy, s.error, s.conflict, s.formError])}</i>;
    }
    expect(renderToStaticMarkup(<Probe />)).toBe('<i>[false,null,false,null]</i>');
  });
});
