import { App } from 'antd';
import { useEffect } from 'react';
import { setOutageHandler } from './client';

const KEY = 'api-outage';

/** While calls wait for the API to come back, one calm message says so; it goes when the API answers. */
export function useOutageNotice(): void {
  const { message } = App.useApp();
  useEffect(() => {
    let shown = false;
    setOutageHandler((waiting) => {
      if (waiting === shown) return;
      shown = waiting;
      if (waiting) void message.open({ key: KEY, type: 'loading', content: '服务暂时不可用，正在重试', duration: 0 });
      else message.destroy(KEY);
    });
    return () => setOutageHandler(() => undefined);
  }, [message]);
}
