import { useCallback } from 'react';
import { ITEM_FIELD_KEYS, ITEM_KIND_KEYS, isItemKind, itemTitle } from '../../shared/intelligence';
import type { ReportItem } from '../../shared/intelligence';
import type { FrontlineBlock } from '../../shared/protectionReference';
import { useI18n } from '../../shared/useI18n';

/**
 * A place in a report as the server names it (`blocks.persons`, `items.<id>.name`,
 * `originator_contact`) in words: the block's label, the item and its field.
 */
export function useWhereLabel(blocks: FrontlineBlock[], items: ReportItem[] = []): (where: string) => string {
  const { t, label } = useI18n();
  return useCallback(
    (where: string) => {
      const block = /^blocks\.(.+)$/.exec(where);
      if (block) {
        const b = blocks.find((x) => x.id === block[1]);
        return b ? label(b.label, b.id) : block[1];
      }
      const item = /^items\.([^.]+)(?:\.(?:fields\.)?([^.]+))?$/.exec(where);
      if (item) {
        const found = items.find((i, n) => i.id === item[1] || String(n) === item[1]);
        const what = found ? `${isItemKind(found.kind) ? t(ITEM_KIND_KEYS[found.kind]) : found.kind} ${itemTitle(found)}`.trim() : t('intelligence.items.one');
        const field = item[2] ? (ITEM_FIELD_KEYS[item[2]] ? t(ITEM_FIELD_KEYS[item[2]]) : item[2]) : '';
        return field ? `${what}: ${field}` : what;
      }
      if (where === 'originator_contact') return t('intelligence.fields.originator_contact');
      if (where === 'location') return t('frontline.fields.location');
      if (where.startsWith('facts')) return t('intelligence.facts.title');
      return where;
    },
    [blocks, items, t, label],
  );
}
