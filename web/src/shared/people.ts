// How people are named on the protection screens: sex and age group (translation keys), and
// who did something (the server sends a username or a user object).

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;

export const SEX_KEYS: Record<string, string> = {
  female: 'person.sex.female',
  male: 'person.sex.male',
  other: 'person.sex.other',
  unknown: 'person.sex.unknown',
};

export const AGE_GROUP_KEYS: Record<string, string> = {
  child: 'person.age_group.child',
  adult: 'person.age_group.adult',
  unknown: 'person.age_group.unknown',
};

export type Actor = string | { id?: string; username?: string; display_name?: string } | null | undefined;

/** The name of whoever did something: a display name, a username, or '' when nobody is named. */
export function actorName(by: Actor): string {
  if (!by) return '';
  if (typeof by === 'string') return by;
  return by.display_name || by.username || by.id || '';
}
