import { Button, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import type { RoleRef } from '../../shared/api/reference.api';
import { useRoles } from '../../shared/hooks/useReference';
import { createRole, updateRole, type RoleInput } from '../api/organisation.api';
import { useAdminMutation } from './useAdminMutation';

// Mirrors apps/server PERMISSIONS.
const PERMISSIONS = ['org.manage', 'audit.read', 'process.manage', 'items.all'];

export function RolesTab() {
  const t = useT();
  const roles = useRoles();
  const [editing, setEditing] = useState<RoleRef | 'new' | null>(null);
  const [form] = Form.useForm<RoleInput>();
  const save = useAdminMutation(
    (v: RoleInput) => (editing && editing !== 'new' ? updateRole(editing.id, v) : createRole(v)),
    ['roles'],
    () => setEditing(null),
  );
  const open = (role: RoleRef | 'new') => {
    setEditing(role);
    form.setFieldsValue(role === 'new' ? { code: '', name: '', scope: 'tenant', permissions: [] } : role);
  };
  return (
    <>
      <Button type="primary" onClick={() => open('new')} style={{ marginBottom: 12 }}>
        {t('common.add')}
      </Button>
      <Table<RoleRef>
        rowKey="id"
        size="small"
        loading={roles.isPending}
        dataSource={roles.data}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('admin.code'), dataIndex: 'code' },
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('admin.scope'), dataIndex: 'scope' },
          { title: t('admin.permissions'), dataIndex: 'permissions', render: (p: string[]) => p.map((x) => <Tag key={x}>{x}</Tag>) },
          { title: t('common.actions'), key: 'a', render: (_, r) => <Button size="small" onClick={() => open(r)}>{t('common.edit')}</Button> },
        ]}
      />
      <Modal open={!!editing} title={t('admin.roles')} onCancel={() => setEditing(null)} onOk={() => form.submit()} confirmLoading={save.isPending}>
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="code" label={t('admin.code')} extra="BPMN candidateGroups" rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{0,63}$/ }]}>
            <Input disabled={editing !== 'new'} />
          </Form.Item>
          <Form.Item name="name" label={t('common.name')} rules={[{ required: true, max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="scope" label={t('admin.scope')}>
            <Select options={[{ value: 'tenant' }, { value: 'unit' }]} />
          </Form.Item>
          <Form.Item name="permissions" label={t('admin.permissions')}>
            <Select mode="multiple" options={PERMISSIONS.map((p) => ({ value: p }))} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
