import { useI18n } from '../../shared/useI18n';
import { RULE_HELP_KEYS, RULE_KEYS, RULES } from './display';
import type { Rule } from './types';

/** What FIFO and proportional mean, the chosen one first. */
export function RuleHelp({ rule }: { rule: Rule }) {
  const { t } = useI18n();
  const order = [rule, ...RULES.filter((r) => r !== rule)];
  return (
    <dl className="rule-help" data-testid="money-rule-help">
      {order.map((r) => (
        <div key={r} className={r === rule ? 'rule-help-item active' : 'rule-help-item'}>
          <dt>{t(RULE_KEYS[r])}</dt>
          <dd>{t(RULE_HELP_KEYS[r])}</dd>
        </div>
      ))}
    </dl>
  );
}
