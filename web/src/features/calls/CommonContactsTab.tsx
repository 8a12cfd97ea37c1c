import { useState } from 'react';
import type { FormEvent } from 'react';
import { useAction } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { parseNumbers } from './activity';
import { getCommon } from './api';
import { CommonTable } from './CommonTable';
import type { CommonAnswer } from './types';

/** The numbers that several numbers all talk to. */
export function CommonContactsTab({ initial }: { initial: string }) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const numbers = parseNumbers(text);
  const action = useAction();
  const [answer, setAnswer] = useState<CommonAnswer | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (numbers.length >= 2) action.run(() => getCommon(numbers), setAnswer);
  };
  return (
    <div className="stack-gap" data-testid="calls-common">
      <form className="stack-gap" onSubmit={submit}>
        <label className="field">
          <span>{t('calls.common.numbers')}</span>
          <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} data-testid="calls-common-numbers" />
        </label>
        <p className="help">{t('calls.common.help', { count: numbers.length })}</p>
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy || numbers.length < 2} data-testid="calls-common-run">
            {t('calls.show')}
          </button>
        </div>
      </form>
      <ProblemAlert error={action.error} />
      {answer && <CommonTable rows={answer.common ?? []} numbers={answer.numbers?.length ? answer.numbers : numbers} />}
    </div>
  );
}
