import { ExhibitCreate } from './ExhibitCreate';
import { ExhibitList } from './ExhibitList';
import { ExhibitPage } from './ExhibitPage';

interface Props {
  caseId: string;
  /** From the path /cases/{id}/exhibits/{item}: an exhibit id, `new`, or nothing for the register. */
  item?: string;
}

/** Container of the case page's "exhibits" tab: the register, the register form or one exhibit. */
export function ExhibitsTab({ caseId, item }: Props) {
  return (
    <div className="stack-gap" data-testid="case-exhibits">
      {item === 'new' ? <ExhibitCreate caseId={caseId} /> : item ? <ExhibitPage key={item} caseId={caseId} id={item} /> : <ExhibitList caseId={caseId} />}
    </div>
  );
}
