import { Card, Tabs } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { CalendarTab } from './CalendarTab';
import { ChannelsTab } from './ChannelsTab';
import { PeopleTab } from './PeopleTab';
import { RolesTab } from './RolesTab';
import { UnitsTab } from './UnitsTab';

const TABS = ['units', 'roles', 'people', 'calendar', 'channels'] as const;

/** Organisation (units, roles, people and their role bindings), holiday calendar, notification channels. */
export function AdminPage() {
  const t = useT();
  const navigate = useNavigate();
  const tab = useParams()['*'] || 'units';
  return (
    <Card title={t('nav.admin')}>
      <Tabs
        activeKey={(TABS as readonly string[]).includes(tab) ? tab : 'units'}
        onChange={(key) => navigate(`/admin/${key}`)}
        destroyInactiveTabPane
        items={[
          { key: 'units', label: t('admin.units'), children: <UnitsTab /> },
          { key: 'roles', label: t('admin.roles'), children: <RolesTab /> },
          { key: 'people', label: t('admin.people'), children: <PeopleTab /> },
          { key: 'calendar', label: t('admin.calendar'), children: <CalendarTab /> },
          { key: 'channels', label: t('admin.channels'), children: <ChannelsTab /> },
        ]}
      />
    </Card>
  );
}
