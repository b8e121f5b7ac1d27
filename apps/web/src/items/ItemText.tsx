import { Alert, Card } from 'antd';
import type { ItemView, Wire } from '@sqmy/contract';
import { AuthorNames } from './AuthorNames';
import { ItemDocument } from './ItemDocument';

/** 规范提示: what the checks found in the text, if anything. */
export function ItemWarnings({ item }: { item: Wire<ItemView> }) {
  if (item.warnings.length === 0) return null;
  return <Alert type="warning" showIcon className="warnings" title={`规范提示：${item.warnings.join('；')}`} data-testid="item-warnings" />;
}

/** The item's text as the office reads it, under its authors and unit. */
export function ItemTextCard({ item }: { item: Wire<ItemView> }) {
  return (
    <Card className="document-card">
      <ItemDocument
        title={item.title}
        body={item.body}
        byline={
          <>
            <AuthorNames authors={item.authors} /> · {item.unit.name}
          </>
        }
      />
    </Card>
  );
}
