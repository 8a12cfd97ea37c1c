import { ProblemAlert } from '../../shared/ProblemAlert';
import { useI18n } from '../../shared/useI18n';
import { COLOUR_BY, COLOUR_KEYS, isColourBy, isSizeBy, SIZE_BY, SIZE_KEYS } from './links';
import type { ColourBy, MeasuresAnswer, SizeBy } from './types';

interface Props {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  onSizeBy: (s: SizeBy) => void;
  onColourBy: (c: ColourBy) => void;
  answer: MeasuresAnswer | undefined;
  busy: boolean;
  error: unknown;
}

/** Node size by a centrality, colour by community, component or case (measures of the visible nodes). */
export function MeasureControls({ sizeBy, colourBy, onSizeBy, onColourBy, answer, busy, error }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="field" data-testid="graph-measures">
      <legend>{t('graph.measures.title')}</legend>
      <label className="field">
        <span>{t('graph.measures.size_by')}</span>
        <select value={sizeBy} data-testid="graph-size-by" onChange={(e) => isSizeBy(e.target.value) && onSizeBy(e.target.value)}>
          {SIZE_BY.map((s) => (
            <option key={s} value={s}>
              {t(SIZE_KEYS[s])}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('graph.measures.colour_by')}</span>
        <select value={colourBy} data-testid="graph-colour-by" onChange={(e) => isColourBy(e.target.value) && onColourBy(e.target.value)}>
          {COLOUR_BY.map((c) => (
            <option key={c} value={c}>
              {t(COLOUR_KEYS[c])}
            </option>
          ))}
        </select>
      </label>
      {busy && <p className="loading">{t('graph.measures.computing')}</p>}
      {answer && (
        <p className="help" data-testid="graph-measures-summary">
          {t('graph.measures.summary', { components: answer.components, communities: answer.communities, modularity: answer.modularity.toFixed(2) })}
          {answer.betweenness === 'sampled' && ` ${t('graph.measures.sampled')}`}
        </p>
      )}
      <ProblemAlert error={error} />
    </fieldset>
  );
}
