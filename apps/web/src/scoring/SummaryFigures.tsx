import { Card, Col, Row, Statistic } from 'antd';
import type { Summary } from './types';

const FIGURES: { key: string; label: string; value: (summary: Summary) => number; suffix: string }[] = [
  { key: 'collected', label: '收集信息', value: (s) => s.collected, suffix: '篇' },
  { key: 'locallyPublished', label: '编发', value: (s) => s.locallyPublished, suffix: '篇' },
  { key: 'reportedUp', label: '向上报送', value: (s) => s.reportedUp, suffix: '篇' },
  { key: 'adoptedProvince', label: '省级采用', value: (s) => s.adoptedProvince, suffix: '篇' },
  { key: 'adoptedNational', label: '全国采用', value: (s) => s.adoptedNational, suffix: '篇' },
  { key: 'adoptionOccurrences', label: '采用件次', value: (s) => s.adoptionOccurrences, suffix: '件次' },
  { key: 'endorsements', label: '领导批示', value: (s) => s.endorsements.total, suffix: '件' },
];

/** The year's figures of the org (as /stats/summary gives them), one card each. */
export function SummaryFigures({ summary }: { summary: Summary }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="summary-figures">
      {FIGURES.map((figure) => (
        <Col key={figure.key} flex="1 0 150px">
          <Card size="small">
            <div data-testid={`figure-${figure.key}`} data-value={figure.value(summary)}>
              <Statistic title={figure.label} value={figure.value(summary)} suffix={figure.suffix} />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
