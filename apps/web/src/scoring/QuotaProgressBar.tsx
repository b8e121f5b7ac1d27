import { Progress, Tooltip } from 'antd';
import type { QuotaProgress } from '@sqmy/contract';

/** done of due, red when behind. */
export function QuotaProgressBar({ progress }: { progress: QuotaProgress }) {
  const percent = Math.round((progress.ratio ?? 0) * 100);
  return (
    <Tooltip title={`应完成 ${progress.due} 篇，已报送 ${progress.done} 篇`}>
      <div data-testid="quota-progress" data-behind={progress.behind ? 'true' : 'false'}>
        <Progress percent={Math.min(percent, 100)} status={progress.behind ? 'exception' : 'success'} format={() => `${progress.done}/${progress.due}`} />
      </div>
    </Tooltip>
  );
}
