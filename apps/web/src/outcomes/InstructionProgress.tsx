import type { InstructionView, Wire } from '@sqmy/contract';
import { formatDate } from '../format';

/** Where the 批示 stands: referred to whom, the reply, the closure — each with its date. */
export function InstructionProgress({ instruction }: { instruction: Wire<InstructionView> }) {
  const { referredTo, referredOn, reply, repliedOn, closedOn } = instruction;
  if (!referredTo && !reply && !closedOn) return <span className="outcome-note">待转办</span>;
  return (
    <div className="instruction-progress" data-testid="instruction-progress">
      {referredTo && (
        <div>
          转办：{referredTo}（{formatDate(referredOn)}）
        </div>
      )}
      {reply && (
        <div>
          回函：{reply}（{formatDate(repliedOn)}）
        </div>
      )}
      {closedOn && <div>办结：{formatDate(closedOn)}</div>}
    </div>
  );
}
