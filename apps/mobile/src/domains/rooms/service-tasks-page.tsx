import { PullToRefresh } from 'antd-mobile';
import { CheckCircleOutline } from 'antd-mobile-icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { ErrorState } from '../../ui/error-state';
import { Page } from '../../ui/page';
import { SegmentTabs } from '../../ui/segment-tabs';
import { SkeletonList } from '../../ui/skeleton-list';
import { useSignedInSession } from '../auth/use-session';
import { ROOMS_PATH } from './paths';
import { useServiceTasks } from './queries';
import { isRoomManager } from './roles';
import { ServiceTaskItem } from './service-task-item';
import './rooms.css';

type Day = 'today' | 'tomorrow';

/** 会务任务 for the meeting-room staff: today's or tomorrow's tasks, open ones first, each marked done here. */
export function ServiceTasksPage() {
  const { t } = useTranslation();
  const { user } = useSignedInSession();
  const [params, setParams] = useSearchParams();
  const day: Day = params.get('day') === 'tomorrow' ? 'tomorrow' : 'today';
  const allowed = isRoomManager(user.roles);

  return (
    <Page title={t('roomsTasks.title')} backTo={ROOMS_PATH}>
      {allowed ? (
        <section className="card-section">
          <SegmentTabs<Day>
            label={t('roomsTasks.title')}
            value={day}
            controls="tasks-panel"
            options={[
              { value: 'today', label: t('time.today') },
              { value: 'tomorrow', label: t('time.tomorrow') },
            ]}
            onChange={(next) => setParams(next === 'tomorrow' ? { day: 'tomorrow' } : {}, { replace: true })}
          />
          <TaskList day={day} />
        </section>
      ) : (
        <EmptyState icon={<CheckCircleOutline />} title={t('roomsTasks.notAllowed')} />
      )}
    </Page>
  );
}

function TaskList({ day }: { day: Day }) {
  const { t } = useTranslation();
  const tasks = useServiceTasks(day);
  let content: ReactNode;
  if (tasks.isPending) content = <SkeletonList rows={6} />;
  else if (tasks.isError) content = <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />;
  else if (tasks.data.items.length === 0) {
    content = <EmptyState icon={<CheckCircleOutline />} title={t('roomsTasks.empty')} />;
  } else {
    const items = [...tasks.data.items].sort(
      (a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || a.dueAt.localeCompare(b.dueAt),
    );
    const open = items.filter((task) => task.status === 'open').length;
    content = (
      <>
        <p className="list-summary">{t('roomsTasks.summary', { count: items.length, open })}</p>
        <ul className="task-list">
          {items.map((task) => (
            <ServiceTaskItem key={task.id} task={task} />
          ))}
        </ul>
      </>
    );
  }
  return (
    <PullToRefresh onRefresh={async () => void (await tasks.refetch())}>
      <div id="tasks-panel" role="tabpanel" className="pull-area">
        {content}
      </div>
    </PullToRefresh>
  );
}
