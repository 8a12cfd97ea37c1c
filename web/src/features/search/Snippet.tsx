import { Fragment } from 'react';
import type { SnippetSegment } from './types';

/** The text around a hit, the matching words in <mark>. Plain text only: the server's words are never parsed as HTML. */
export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  if (segments.length === 0) return null;
  return (
    <p className="snippet">
      {segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </p>
  );
}
