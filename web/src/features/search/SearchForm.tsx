import { useState } from 'react';
import type { FormEvent } from 'react';
import { useI18n } from '../../shared/useI18n';

interface Props {
  /** The query in the address; the parent re-mounts the form (key) when it changes. */
  initial: string;
  inputTestId: string;
  /** Within one case: the hint says so. */
  inCase: boolean;
  onSearch: (q: string) => void;
}

/** The search box, its button and the hint on how words and names match. */
export function SearchForm({ initial, inputTestId, inCase, onSearch }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim());
  };
  const id = `${inputTestId}-field`;
  return (
    <form role="search" className="card stack-gap search-form" onSubmit={submit}>
      <label htmlFor={id} className="search-label">
        {t(inCase ? 'search.label_case' : 'search.label')}
      </label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t('search.placeholder')}
          aria-describedby={`${id}-hint`}
          data-testid={inputTestId}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="primary" data-testid="search-submit">
          {t('search.submit')}
        </button>
      </div>
      <small id={`${id}-hint`} className="help">
        {t('search.hint')}
      </small>
    </form>
  );
}
