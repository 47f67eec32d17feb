import { Button, Form, Input, Modal, Select, Switch, Table } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import type { UnitRef } from '../../shared/api/reference.api';
import { useUnits } from '../../shared/hooks/useReference';
import { createUnit, updateUnit, type UnitInput } from '../api/organisation.api';
import { useAdminMutation } from './useAdminMutation';

export function UnitsTab() {
  const t = useT();
  const units = useUnits();
  const [editing, setEditing] = useState<UnitRef | 'new' | null>(null);
  const [form] = Form.useForm<UnitInput>();
  const save = useAdminMutation(
    (v: UnitInput) => (editing && editing !== 'new' ? updateUnit(editing.id, v) : createUnit(v)),
    ['units'],
    () => setEditing(null),
  );
  const open = (unit: UnitRef | 'new') => {
    setEditing(unit);
    form.setFieldsValue(unit === 'new' ? { code: '', name: '', kind: 'handling', parentId: null, active: true } : unit);
  };
  return (
    <>
      <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 12 }}>
        {t('common.add')}
      </Button>
      <Table<UnitRef>
        rowKey="id"
        size="small"
        loading={units.isPending}
        dataSource={units.data}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
        columns={[
          { title: t('admin.code'), dataIndex: 'code' },
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('admin.kind'), dataIndex: 'kind' },
          { title: t('admin.enabled'), dataIndex: 'active', render: (v: boolean) => (v ? '✓' : '—') },
          { title: t('common.actions'), key: 'a', render: (_, u) => <Button size="small" onClick={() => open(u)}>{t('common.edit')}</Button> },
        ]}
      />
      <Modal open={!!editing} title={t('admin.units')} onCancel={() => setEditing(null)} onOk={() => form.submit()} confirmLoading={save.isPending}>
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="code" label={t('admin.code')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{0,63}$/ }]}>
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.kind')} rules={[{ pattern: /^[a-z][a-z-]{0,39}$/ }]}>
            <Input />
          </Form.Item>
          <Form.Item name="parentId" label={t('admin.parent')}>
            <Select allowClear options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('admin.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
