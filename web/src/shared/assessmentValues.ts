// Translation keys of the values an assessment item takes: risk factors (yes / no / unknown),
// needs (needed / not needed / provided), reintegration steps (planned / done), age results.

export const RISK_VALUES = ['yes', 'no', 'unknown'] as const;
export const NEEDS_VALUES = ['needed', 'not_needed', 'provided'] as const;
export const PLAN_VALUES = ['planned', 'done'] as const;
export const AGE_RESULTS = ['adult', 'child'] as const;

export const VALUE_KEYS: Record<string, string> = {
  yes: 'assessment.value.yes',
  no: 'assessment.value.no',
  unknown: 'assessment.value.unknown',
  needed: 'assessment.value.needed',
  not_needed: 'assessment.value.not_needed',
  provided: 'assessment.value.provided',
  planned: 'assessment.value.planned',
  done: 'assessment.value.done',
  adult: 'assessment.value.adult',
  child: 'assessment.value.child',
};

export const KIND_KEYS: Record<string, string> = {
  risk: 'assessment.kind.risk',
  needs: 'assessment.kind.needs',
  age: 'assessment.kind.age',
  reintegration_plan: 'assessment.kind.reintegration_plan',
};
