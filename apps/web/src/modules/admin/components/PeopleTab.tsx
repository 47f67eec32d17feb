import { useQuery } from '@tanstack/react-query';
import { Button, Input, Table } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { useUnits } from '../../shared/hooks/useReference';
import { listPeople, type Person } from '../api/organisation.api';
import { PersonDialog } from './PersonDialog';

export function PeopleTab() {
  const t = useT();
  const people = useQuery({ queryKey: ['people'], queryFn: listPeople });
  const units = useUnits();
  const [text, setText] = useState('');
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const unitName = (id: string | null) => units.data?.find((u) => u.id === id)?.name ?? '—';
  const rows = (people.data ?? []).filter((p) => !text || p.name.includes(text) || p.code.includes(text));
  return (
    <>
      <div style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing('new')}>
          {t('common.add')}
        </Button>
        <Input.Search allowClear placeholder={t('common.search')} onSearch={setText} style={{ maxWidth: 240 }} />
      </div>
      <Table<Person>
        rowKey="id"
        size="small"
        loading={people.isPending}
        dataSource={rows}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('admin.code'), dataIndex: 'code' },
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('admin.unit'), dataIndex: 'unitId', render: unitName },
          { title: t('admin.enabled'), dataIndex: 'active', render: (v: boolean) => (v ? '✓' : '—') },
          { title: t('common.actions'), key: 'a', render: (_, p) => <Button size="small" onClick={() => setEditing(p)}>{t('common.edit')}</Button> },
        ]}
      />
      {editing && <PersonDialog person={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
