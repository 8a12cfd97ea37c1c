import { tlpClass } from './display';

/** The Traffic Light Protocol marking of a report, as text and colour (never colour alone). */
export function TlpBadge({ tlp }: { tlp: string | undefined | null }) {
  if (!tlp) return null;
  return (
    <span className={`badge tlp ${tlpClass(tlp)}`} data-testid="tlp-badge" data-tlp={tlp}>
      {tlp}
    </span>
  );
}
