import { Card, Form } from 'antd';
import { AttachmentView, ItemView, Role, Wire } from '@sqmy/contract';
import { useMe } from '../../auth/AuthProvider';
import { AttachmentList } from '../AttachmentList';
import type { ReferenceData } from '../use-reference-data';
import { AttachmentUpload } from './AttachmentUpload';
import { ItemMetaFields } from './ItemMetaFields';
import { WritingTips } from './WritingTips';

interface EditorSidebarProps {
  refs: ReferenceData;
  /** The saved item; undefined until the first save. */
  item: Wire<ItemView> | undefined;
  attachments: Wire<AttachmentView>[];
  /** Given a change of the latest list, not a list: two uploads finishing together each add theirs. */
  onAttachmentsChange(update: (current: Wire<AttachmentView>[]) => Wire<AttachmentView>[]): void;
  /** The item's id, creating the draft first if need be (an upload needs an item). */
  ensureItem(): Promise<string>;
}

/** Beside the text: category, topic, commission, co-authors, attachments and the conventions. */
export function EditorSidebar({ refs, item, attachments, onAttachmentsChange, ensureItem }: EditorSidebarProps) {
  const me = useMe();
  const form = Form.useFormInstance();
  const topicId = Form.useWatch('topicId', form) ?? null;
  const commissionId = Form.useWatch('commissionId', form) ?? null;
  const authors = item?.authors ?? [];
  return (
    <>
      <Card size="small" title="稿件信息" className="side-card">
        <ItemMetaFields
          refs={refs}
          topicId={topicId}
          commissionId={commissionId}
          canPickCoAuthors={me.roles.includes(Role.UnitAdmin)}
          authors={authors}
          leadId={authors.find((author) => author.lead)?.id ?? me.id}
        />
      </Card>
      <Card size="small" title="附件" className="side-card">
        {item && (
          <AttachmentList
            itemId={item.id}
            attachments={attachments}
            onRemoved={(removed) => onAttachmentsChange((current) => current.filter((a) => a.id !== removed.id))}
          />
        )}
        <AttachmentUpload ensureItem={ensureItem} onAdded={(added) => onAttachmentsChange((current) => [...current, added])} />
      </Card>
      <WritingTips />
    </>
  );
}
