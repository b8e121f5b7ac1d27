import { Form, Input } from 'antd';
import { BODY_CONVENTION, BODY_MAX, bodyConventionWarning, countBody, TITLE_MAX } from './text-rules';

/** Title and body of the item editor, with counters; the length convention is a warning only. */
export function ItemTextFields({ warnings }: { warnings: string[] }) {
  const form = Form.useFormInstance();
  const bodyWarning = bodyConventionWarning(Form.useWatch('body', form) ?? '');
  return (
    <>
      <Form.Item
        name="title"
        label="标题"
        extra={warnings.length ? <span className="inline-warning">{warnings.join('；')}</span> : '惯例为“关于……的建议”或一句话陈述'}
      >
        <Input
          size="large"
          maxLength={TITLE_MAX}
          showCount
          placeholder="如：关于加强农村养老服务体系建设的建议"
          data-testid="item-title"
        />
      </Form.Item>
      <Form.Item name="body" label="正文" validateStatus={bodyWarning && 'warning'} help={bodyWarning && <span data-testid="body-warning">{bodyWarning}</span>}>
        <Input.TextArea
          autoSize={{ minRows: 18, maxRows: 40 }}
          maxLength={BODY_MAX}
          count={{
            show: ({ value }) => `${countBody(value).toLocaleString()} 字（惯例 ≤ ${BODY_CONVENTION.toLocaleString()}）`,
          }}
          placeholder={'按“情况—问题—建议”组织：\n一、基本情况\n二、存在问题\n三、意见建议'}
          className="item-body-input"
          data-testid="item-body"
        />
      </Form.Item>
    </>
  );
}
