import { Card, Col, Row, Statistic } from 'antd';
import { LEADER_LEVEL_LABELS, LeaderLevel, Summary } from '@sqmy/contract';

type Figure = Exclude<keyof Summary, 'org' | 'year' | 'endorsements'>;

/** The figures of the year, in the order of a work report. */
const FIGURES: { key: Figure; title: string; hint: string }[] = [
  { key: 'collected', title: '收集信息', hint: '当年报送的稿件' },
  { key: 'locallyPublished', title: '本级编发', hint: '当年刊发期中的稿件' },
  { key: 'issues', title: '出刊期数', hint: '当年刊发的期数' },
  { key: 'reportedProvince', title: '报送省政协', hint: '篇（按报送日期）' },
  { key: 'reportedNational', title: '报送全国政协', hint: '篇（按报送日期）' },
  { key: 'reportedUp', title: '上报（去重）', hint: '报送省级或全国的稿件' },
  { key: 'adoptedProvince', title: '省级采用', hint: '篇' },
  { key: 'adoptedNational', title: '全国采用', hint: '篇' },
  { key: 'adoptedUp', title: '上级采用（去重）', hint: '省级或全国采用的稿件' },
  { key: 'adoptionOccurrences', title: '采用件次', hint: '省级、全国采用的次数' },
];

/** 年度统计 as cards: one figure each, the 批示 with their split by level. */
export function SummaryCards({ summary }: { summary: Summary }) {
  const { endorsements } = summary;
  return (
    <Row gutter={[16, 16]} className="stat-cards" data-testid="stats-summary">
      {FIGURES.map(({ key, title, hint }) => (
        <Col key={key} xs={12} md={8} xl={6} xxl={4}>
          <Card size="small" data-testid={`stat-${key}`} data-value={summary[key]}>
            <Statistic title={title} value={summary[key]} />
            <div className="outcome-note">{hint}</div>
          </Card>
        </Col>
      ))}
      <Col xs={24} md={16} xl={12} xxl={8}>
        <Card size="small" data-testid="stat-endorsements" data-value={endorsements.total}>
          <Statistic title="领导批示" value={endorsements.total} suffix="件" />
          <div className="outcome-note">
            {Object.values(LeaderLevel).map((level) => (
              <span key={level} data-testid={`stat-endorsements-${level}`} data-value={endorsements[level]} style={{ marginRight: 12 }}>
                {LEADER_LEVEL_LABELS[level]} {endorsements[level]}
              </span>
            ))}
          </div>
        </Card>
      </Col>
    </Row>
  );
}
