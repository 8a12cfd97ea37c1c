// Pins what each feature exports (its index.ts is its only door), as Primero's index.unit.test.js.
import { describe, expect, it } from 'vitest';
import * as admin from './admin';
import * as audit from './audit';
import * as auth from './auth';
import * as cases from './cases';
import * as entities from './entities';

describe('feature exports', () => {
  it.each([
    ['auth', auth, ['AuthGate', 'LoginForm', 'useLogout']],
    ['cases', cases, ['CASE_TABS', 'CaseCreate', 'CaseEdit', 'CaseList', 'CasePage', 'isCaseTab']],
    ['entities', entities, ['EntitiesTab']],
    ['audit', audit, ['AuditPage']],
    ['admin', admin, ['AdminPage']],
  ])('%s exports only its public pieces', (_name, mod, expected) => {
    expect(Object.keys(mod).sort()).toEqual([...expected].sort());
  });
});
