import { Alert, Button, Flex, Grid, Segmented } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { capabilitiesOf } from '../../auth/utils/capabilities.util';
import { useT } from '../../i18n/hooks/useT';
import { PageSection } from '../../shared/components/PageSection';
import { useInboxTasks } from '../hooks/useInboxTasks';
import { criteriaFromParams, criteriaToParams, viewFromParams, type InboxCriteria, type InboxView } from '../utils/inbox-criteria.util';
import { InboxFilterBar } from './InboxFilterBar';
import { SavedFiltersMenu } from './SavedFiltersMenu';
import { TaskCardList } from './TaskCardList';
import { TaskTable } from './TaskTable';

/** 待办 / 已办 / 我发起的 / 全部: a table on desktops, cards on phones; filters live in the URL. */
export function InboxPage() {
  const t = useT();
  const screens = Grid.useBreakpoint();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const view = viewFromParams(params);
  const criteria = useMemo(() => criteriaFromParams(params), [params]);
  const tasks = useInboxTasks(view, criteria);
  const rows = tasks.data?.pages.flatMap((p) => p.items) ?? [];

  const update = (nextView: InboxView, next: InboxCriteria) => setParams(criteriaToParams(nextView, next), { replace: true });
  // 全部 is for 督查室 roles; the server answers it with the whole tenant only for them anyway.
  const views: InboxView[] = user && capabilitiesOf(user).has('allItems') ? ['mine', 'done', 'started', 'all'] : ['mine', 'done', 'started'];

  return (
    <PageSection title={t('inbox.title')} extra={<SavedFiltersMenu criteria={criteria} onApply={(c) => update(view, c)} />}>
      <Segmented<InboxView>
        value={view}
        onChange={(key) => update(key, criteria)}
        options={views.map((v) => ({ value: v, label: t(`inbox.tab.${v}`) }))}
        style={{ marginBottom: 12 }}
        data-testid="inbox-views"
      />
      {tasks.error && <Alert type="error" showIcon message={tasks.error.message} style={{ marginBottom: 12 }} />}
      <InboxFilterBar key={params.toString()} criteria={criteria} onChange={(c) => update(view, c)} compact={!screens.md} />
      {screens.md ? <TaskTable tasks={rows} loading={tasks.isPending} /> : <TaskCardList tasks={rows} loading={tasks.isPending} />}
      {tasks.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => tasks.fetchNextPage()} loading={tasks.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Flex>
      )}
    </PageSection>
  );
}
