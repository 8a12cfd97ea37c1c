import { useI18n } from '../../shared/useI18n';
import { IndicatorRow } from './IndicatorRow';
import type { IndicatorGroupView } from './screening';
import type { Mark, Marks } from './types';

interface Props {
  setId: string;
  view: IndicatorGroupView;
  marks: Marks;
  onMark: (indicatorId: string, mark: Mark) => void;
}

/** The indicators of one group of a set. */
export function IndicatorGroupFieldset({ setId, view, marks, onMark }: Props) {
  const { label } = useI18n();
  return (
    <fieldset className="screening-group" data-testid={`screening-group-${setId}-${view.group.id}`}>
      <legend>{label(view.group.label, view.group.id)}</legend>
      <ul className="screening-indicators">
        {view.indicators.map((i) => (
          <IndicatorRow key={i.id} indicator={i} mark={marks[i.id]} onChange={(m) => onMark(i.id, m)} />
        ))}
      </ul>
    </fieldset>
  );
}
