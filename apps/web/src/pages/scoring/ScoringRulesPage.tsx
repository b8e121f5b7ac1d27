import { DeleteOutlined, EditOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Empty, Popconfirm, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import type { RuleSetView, Wire } from '@sqmy/contract';
import { useApiErrorHandler } from '../../api/use-api-error';
import { useLoad } from '../../api/use-load';
import { Page } from '../../components/Page';
import { formatDate } from '../../format';
import { RuleSetFormModal } from '../../scoring/RuleSetFormModal';
import { RuleSetSummary } from '../../scoring/RuleSetSummary';
import { scoringApi } from '../../scoring/scoring-api';
import '../../scoring/scoring.css';

const validity = (rules: Wire<RuleSetView>) => `${formatDate(rules.validFrom)} 至 ${rules.validTo ? formatDate(rules.validTo) : '长期'}`;

/** 计分办法: the committee's rule sets by validity, the default table, and a full recompute. */
export function ScoringRulesPage() {
  const { message } = App.useApp();
  const showError = useApiErrorHandler();
  const ruleSets = useLoad(scoringApi.ruleSets, []);
  const defaults = useLoad(scoringApi.defaultRules, []);
  const [editing, setEditing] = useState<{ rules: Wire<RuleSetView>; isNew: boolean }>();

  const saved = (rules: Wire<RuleSetView>) => {
    setEditing(undefined);
    message.success(`计分办法“${rules.name}”已保存，有关稿件正在重新计分`);
    void ruleSets.reload();
  };

  const remove = async (rules: Wire<RuleSetView>) => {
    try {
      await scoringApi.deleteRuleSet(rules.id!);
      message.success(`计分办法“${rules.name}”已删除，该期间按默认计分表计分`);
      void ruleSets.reload();
    } catch (error) {
      showError(error);
    }
  };

  const recompute = async () => {
    try {
      await scoringApi.recompute();
      message.success('已开始全部重算，完成后排名与统计自动更新');
    } catch (error) {
      showError(error);
    }
  };

  const actions = (
    <Space>
      <Popconfirm title="按现行计分办法重算全部得分？" description="数据量大时需要几分钟。" okText="重算" onConfirm={recompute}>
        <Button icon={<SyncOutlined />} data-testid="rules-recompute">
          全部重算
        </Button>
      </Popconfirm>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        disabled={!defaults.data}
        onClick={() => defaults.data && setEditing({ rules: defaults.data, isNew: true })}
        data-testid="rules-new"
      >
        新建计分办法
      </Button>
    </Space>
  );

  const list = ruleSets.data;
  return (
    <Page title="计分办法" extra={actions}>
      <Card title="本会计分办法" style={{ marginBottom: 16 }}>
        {!list ? (
          <Skeleton active />
        ) : list.length === 0 ? (
          <Empty description="尚未制定计分办法，全部按默认计分表计分" />
        ) : (
          <Collapse
            data-testid="rule-sets"
            items={list.map((rules) => ({
              key: rules.id!,
              label: (
                <span data-testid="rule-set">
                  <strong>{rules.name}</strong> <Tag>{validity(rules)}</Tag>
                </span>
              ),
              extra: (
                <Space size={0} onClick={(event) => event.stopPropagation()}>
                  <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing({ rules, isNew: false })} data-testid="rule-edit">
                    修改
                  </Button>
                  <Popconfirm title={`删除“${rules.name}”？该期间将按默认计分表重新计分。`} okText="删除" okButtonProps={{ danger: true }} onConfirm={() => remove(rules)}>
                    <Button type="link" size="small" danger icon={<DeleteOutlined />} data-testid="rule-delete">
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
              children: <RuleSetSummary rules={rules} />,
            }))}
          />
        )}
      </Card>
      <Card title="默认计分表" extra={<span className="muted">没有适用的计分办法时采用</span>} data-testid="default-rules">
        {defaults.data ? <RuleSetSummary rules={defaults.data} /> : <Skeleton active />}
      </Card>
      {editing && <RuleSetFormModal rules={editing.rules} isNew={editing.isNew} onSaved={saved} onClose={() => setEditing(undefined)} />}
    </Page>
  );
}
