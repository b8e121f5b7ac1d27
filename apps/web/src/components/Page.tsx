import { Typography } from 'antd';
import { useEffect } from 'react';
import type { ReactNode } from 'react';

interface PageProps {
  title: string;
  extra?: ReactNode;
  /** Keep the title and actions in view while the page scrolls (long forms). */
  stickyHead?: boolean;
  children: ReactNode;
}

/** The frame of every screen: its title (also the browser tab's), actions on the right, content. */
export function Page({ title, extra, stickyHead, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} - 社情民意信息采编平台`;
  }, [title]);
  return (
    <div className="page" data-testid="page">
      <div className={stickyHead ? 'page-head sticky' : 'page-head'}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
        {extra && <div>{extra}</div>}
      </div>
      {children}
    </div>
  );
}
