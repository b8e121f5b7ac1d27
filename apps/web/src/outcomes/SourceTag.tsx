import { Tag } from 'antd';
import type { RecordSource } from '@sqmy/contract';

/** Marks what came from a 台账 import (recorded here needs no mark). */
export function SourceTag({ source }: { source: RecordSource }) {
  return source === 'ledger' ? (
    <Tag color="default" data-testid="source-ledger">
      台账导入
    </Tag>
  ) : null;
}
