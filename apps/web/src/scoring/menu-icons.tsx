import { AimOutlined, CalculatorOutlined, FundOutlined, ReconciliationOutlined, TrophyOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** The icons of the scoring menu entries (menu.ts). */
export const SCORING_MENU_ICONS: Record<string, ReactNode> = {
  'scoring-dashboard': <FundOutlined />,
  rankings: <TrophyOutlined />,
  quotas: <AimOutlined />,
  'stats-reports': <ReconciliationOutlined />,
  'scoring-rules': <CalculatorOutlined />,
};
