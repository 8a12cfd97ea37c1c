// Shapes of /api/v1/calls/*.

export interface Contact {
  number: string;
  calls: number;
  seconds: number;
  first: string | number;
  last: string | number;
  case_ids: string[];
}

export interface ContactsAnswer {
  number: string;
  contacts: Contact[];
}

export interface CommonContact extends Partial<Omit<Contact, 'number' | 'calls'>> {
  number: string;
  calls: number;
  /** Calls with each of the numbers asked about. */
  by_number: Record<string, number>;
}

export interface CommonAnswer {
  numbers: string[];
  common: CommonContact[];
}

export interface AroundAnswer {
  contacts: Contact[];
}

export type BucketSize = 'hour' | 'day' | 'week';

export interface ActivityBucket {
  start: string | number;
  outgoing: number;
  incoming: number;
}

export interface ActivityAnswer {
  buckets: ActivityBucket[];
  calls: number;
}
