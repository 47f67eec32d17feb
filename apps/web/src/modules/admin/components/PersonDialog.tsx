import { useQuery } from '@tanstack/react-query';
import { Button, Divider, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { useRoles, useUnits } from '../../shared/hooks/useReference';
import { createPerson, getPerson, setAccount, setPersonRoles, unlockAccount, updatePerson, type Person, type PersonInput } from '../api/organisation.api';
import { useAdminMutation } from './useAdminMutation';

/** A person's details, role bindings (optionally for a unit) and login account. */
export function PersonDialog({ person, onClose }: { person: Person | null; onClose: () => void }) {
  const t = useT();
  const units = useUnits();
  const roles = useRoles();
  const detail = useQuery({ queryKey: ['person', person?.id], queryFn: () => getPerson(person!.id), enabled: !!person });
  const [form] = Form.useForm<PersonInput>();
  const [rolesForm] = Form.useForm<{ roles: { roleId: string; unitId: string | null }[] }>();
  const [accountForm] = Form.useForm<{ username: string; password: string }>();
  const save = useAdminMutation((v: PersonInput) => (person ? updatePerson(person.id, v) : createPerson(v)), ['people'], person ? undefined : onClose);
  const saveRoles = useAdminMutation((v: { roles: { roleId: string; unitId: string | null }[] }) => setPersonRoles(person!.id, v.roles), ['person']);
  const saveAccount = useAdminMutation((v: { username: string; password: string }) => setAccount(person!.id, v.username, v.password), ['person']);
  const unlock = useAdminMutation(() => unlockAccount(person!.id), ['person']);
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  return (
    <Modal open title={person?.name ?? t('common.add')} onCancel={onClose} footer={null} width={640}>
      <Form form={form} layout="vertical" initialValues={person ?? { active: true }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="code" label={t('admin.code')} rules={[{ required: true, pattern: /^[a-z0-9][a-z0-9-]{0,63}$/ }]}>
          <Input disabled={!!person} />
        </Form.Item>
        <Form.Item name="name" label={t('common.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t('admin.unit')}>
          <Select allowClear showSearch optionFilterProp="label" options={unitOptions} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="email" label="Email" rules={[{ type: 'email' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="mobile" label={t('admin.mobile')} rules={[{ pattern: /^\+?[0-9 -]{5,20}$/ }]}>
            <Input />
          </Form.Item>
          {person && (
            <Form.Item name="active" label={t('admin.enabled')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      </Form>
      {person && detail.data && (
        <>
          <Divider>{t('admin.bindings')}</Divider>
          <Form form={rolesForm} initialValues={{ roles: detail.data.roles.map((r) => ({ roleId: r.roleId, unitId: r.unitId })) }} onFinish={(v) => saveRoles.mutate(v)}>
            <Form.List name="roles">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Space key={field.key} wrap>
                      <Form.Item name={[field.name, 'roleId']} rules={[{ required: true }]}>
                        <Select style={{ width: 200 }} options={(roles.data ?? []).map((r) => ({ value: r.id, label: r.name }))} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'unitId']}>
                        <Select allowClear style={{ width: 200 }} placeholder={t('admin.unit')} options={unitOptions} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('common.delete')}</Button>
                    </Space>
                  ))}
                  <Space>
                    <Button onClick={() => add({ unitId: null })}>{t('common.add')}</Button>
                    <Button type="primary" htmlType="submit" loading={saveRoles.isPending}>
                      {t('common.save')}
                    </Button>
                  </Space>
                </>
              )}
            </Form.List>
          </Form>
          <Divider>{t('admin.login')}</Divider>
          <Form form={accountForm} layout="inline" initialValues={{ username: detail.data.account?.username ?? person.code }} onFinish={(v) => saveAccount.mutate(v)}>
            <Form.Item name="username" rules={[{ required: true }]}>
              <Input placeholder={t('login.username')} />
            </Form.Item>
            <Form.Item name="password" rules={[{ required: true, min: 10 }]}>
              <Input.Password placeholder={t('login.password')} autoComplete="new-password" />
            </Form.Item>
            <Button htmlType="submit" loading={saveAccount.isPending}>
              {t('common.save')}
            </Button>
            {detail.data.account?.lockedUntil && <Button onClick={() => unlock.mutate(undefined)}>{t('admin.unlock')}</Button>}
          </Form>
        </>
      )}
    </Modal>
  );
}
