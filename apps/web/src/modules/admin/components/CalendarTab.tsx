import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Upload } from 'antd';
import { useT } from '../../i18n/hooks/useT';
import { formatDateTime } from '../../shared/utils/date.util';
import { getCalendar, uploadCalendar } from '../api/settings.api';
import { useAdminMutation } from './useAdminMutation';

/** Holiday data: the years known and an upload of the tenant's overrides file (the server validates it). */
export function CalendarTab() {
  const t = useT();
  const calendar = useQuery({ queryKey: ['calendar'], queryFn: getCalendar });
  const upload = useAdminMutation((text: string) => uploadCalendar(JSON.parse(text) as unknown), ['calendar']);
  return (
    <>
      {calendar.error && <Alert type="error" showIcon message={calendar.error.message} style={{ marginBottom: 12 }} />}
      {calendar.data && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('admin.calendar')}>{calendar.data.years.join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(calendar.data.updatedAt)}</Descriptions.Item>
        </Descriptions>
      )}
      <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(file) => (void file.text().then((text) => upload.mutate(text)), false)}>
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t('admin.calendarUpload')}
        </Button>
      </Upload>
      {calendar.data?.overrides !== undefined && (
        <pre style={{ marginTop: 12, maxHeight: 360, overflow: 'auto', background: '#fafafa', padding: 12 }}>{JSON.stringify(calendar.data.overrides, null, 2)}</pre>
      )}
    </>
  );
}
