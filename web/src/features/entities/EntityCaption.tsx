import type { Captioned } from './types';
import { useCaptionText } from './display';

/** A record's name, its Latin transliteration muted beside it; a hidden identity says so. */
export function EntityCaption({ e }: { e: Captioned }) {
  const caption = useCaptionText();
  const restricted = e.identity_restricted || e.caption === null;
  return (
    <>
      <span className={restricted ? 'identity-restricted' : undefined}>{caption(e)}</span>
      {!restricted && e.caption_latin && e.caption_latin !== e.caption && (
        <span className="muted caption-latin" lang="und-Latn"> {e.caption_latin}</span>
      )}
    </>
  );
}
