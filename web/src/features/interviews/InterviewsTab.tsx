import { listParties, usePartyOptions } from '../entities';
import { useLoad } from '../../shared/hooks';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { InterviewCreate } from './InterviewCreate';
import { InterviewList } from './InterviewList';
import { InterviewPage } from './InterviewPage';

interface Props {
  caseId: string;
  /** From the path /cases/{id}/interviews/{item}: an interview id, `new`, or nothing for the list. */
  item?: string;
}

/** Only a person of the case can be interviewed or named as present. */
const PEOPLE = ['Person'];

/** Container of the case page's "interviews" tab: the list, the new-interview form or one interview. */
export function InterviewsTab({ caseId, item }: Props) {
  // The list needs no pickers: the people are loaded (and audited as seen) only for a form.
  const parties = useLoad(() => (item ? listParties(caseId, PEOPLE) : Promise.resolve([])), [caseId, Boolean(item)]);
  const people = usePartyOptions(parties.data);
  return (
    <div className="stack-gap" data-testid="case-interviews">
      <ProblemAlert error={parties.error} />
      {item === 'new' ? (
        <InterviewCreate caseId={caseId} people={people} />
      ) : item ? (
        <InterviewPage key={item} caseId={caseId} id={item} people={people} />
      ) : (
        <InterviewList caseId={caseId} />
      )}
    </div>
  );
}
