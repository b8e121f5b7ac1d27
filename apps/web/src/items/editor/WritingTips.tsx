import { Card } from 'antd';

/** The conventions of the field (DESIGN.md), beside the editor. */
export function WritingTips() {
  return (
    <Card size="small" title="撰写要求" className="side-card">
      <ol className="writing-tips">
        <li>一事一报：一篇稿件只反映一件事。</li>
        <li>标题用“关于……的建议”或一句话陈述。</li>
        <li>正文一般不超过 1,500 字，按“情况—问题—建议”组织。</li>
        <li>不涉及信访、诉讼、人事、国家秘密和个人隐私。</li>
        <li>作者和单位由系统自动署名。</li>
      </ol>
    </Card>
  );
}
