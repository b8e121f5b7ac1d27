import { useCallback } from 'react';
import type { CategoryView, CommissionView, TopicView, Wire } from '@sqmy/contract';
import { isNotFound, useLoad } from '../api/use-load';
import { referenceApi } from './items-api';

export interface ReferenceData {
  categories: CategoryView[];
  topics: Wire<TopicView>[];
  commissions: Wire<CommissionView>[];
  /** True until topics and commissions are in. */
  loading: boolean;
  categoryName(code: string | null | undefined): string | undefined;
  topic(id: string | null | undefined): Wire<TopicView> | undefined;
  commission(id: string | null | undefined): Wire<CommissionView> | undefined;
  reload(): void;
}

/** Categories, topics and commissions of the caller's committee; `open…`: only those still open. */
export function useReferenceData(openTopics: boolean, openCommissions = openTopics): ReferenceData {
  const categories = useLoad(referenceApi.categories, []);
  const topics = useLoad(() => referenceApi.topics(openTopics), [openTopics], { quiet: isNotFound });
  const commissions = useLoad(() => referenceApi.commissions(openCommissions), [openCommissions], { quiet: isNotFound });
  const { reload: reloadTopics } = topics;
  const { reload: reloadCommissions } = commissions;
  const reload = useCallback(() => {
    void reloadTopics();
    void reloadCommissions();
  }, [reloadTopics, reloadCommissions]);

  const categoryList = categories.data ?? [];
  const topicList = topics.data ?? [];
  const commissionList = commissions.data ?? [];
  return {
    categories: categoryList,
    topics: topicList,
    commissions: commissionList,
    loading: topics.loading || commissions.loading,
    categoryName: (code) => (code ? (categoryList.find((category) => category.code === code)?.name ?? code) : undefined),
    topic: (id) => (id ? topicList.find((topic) => topic.id === id) : undefined),
    commission: (id) => (id ? commissionList.find((commission) => commission.id === id) : undefined),
    reload,
  };
}
