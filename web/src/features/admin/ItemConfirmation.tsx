import { Permission } from '../../shared/Permission';
import { ConfirmationMark } from './ConfirmationMark';
import { ConfirmForm } from './ConfirmForm';
import { itemSuffix } from './jurisdictionDisplay';
import type { Confirmation, ConfirmItem } from './types';

interface Props {
  country: string;
  item: ConfirmItem;
  confirmed?: Confirmation;
  onConfirmed: () => void;
}

/** Where one item stands, and the confirm form while it is unconfirmed. */
export function ItemConfirmation({ country, item, confirmed, onConfirmed }: Props) {
  return (
    <div className="stack-gap">
      <ConfirmationMark confirmed={confirmed} suffix={itemSuffix(country, item)} />
      {!confirmed && (
        <Permission anyOf={['jurisdiction.admin']}>
          <ConfirmForm country={country} item={item} onConfirmed={onConfirmed} />
        </Permission>
      )}
    </div>
  );
}
