// Shape of GET /stats/protection: counts only, never names.

export type Counts = Record<string, number>;

export interface ProtectionStats {
  victims: {
    total: number;
    by_assistance_status: Counts;
    by_procedural_status: Counts;
    by_sex: Counts;
    by_age_group: Counts;
    by_nationality: Counts;
    by_exploitation: Counts;
  };
  referrals: {
    total: number;
    by_state: Counts;
    overdue: number;
  };
}
