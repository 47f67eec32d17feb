import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { ApiError } from '../../shared/api/http-client';
import { formatDateTime } from '../../shared/utils/date.util';
import { getCalendar, uploadCalendar } from '../api/settings.api';

/** Holiday data: the years known and an upload of the tenant's overrides file (the server validates it). */
export function CalendarTab() {
  const t = useT();
  const client = useQueryClient();
  const { message } = App.useApp();
  const calendar = useQuery({ queryKey: ['calendar'], queryFn: getCalendar });
  const [problems, setProblems] = useState<[string, string[]][] | null>(null);
  const upload = useMutation({
    mutationFn: async (text: string) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        throw new ApiError(400, 'NOT_JSON', t('admin.calendarNotJson', { reason: (e as Error).message }));
      }
      return uploadCalendar(parsed);
    },
    onMutate: () => setProblems(null),
    onSuccess: (info) => {
      message.success(t('admin.calendarUploaded'));
      client.setQueryData(['calendar'], info);
    },
    onError: (e) => setProblems(e instanceof ApiError && e.fields ? Object.entries(e.fields) : [['', [e.message]]]),
  });
  const source = calendar.data?.source ?? 'none';
  return (
    <>
      {calendar.error && <Alert type="error" showIcon message={calendar.error.message} style={{ marginBottom: 12 }} />}
      {calendar.data && (
        <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
          <Descriptions.Item label={t('admin.calendarYears')}>
            <span data-testid="calendar-years">{calendar.data.years.join('、')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('admin.calendarSource')}>
            <Tag color={source === 'database' ? 'blue' : undefined}>{t(`admin.calendarSource.${source}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('admin.calendarUpdatedAt')}>{formatDateTime(calendar.data.updatedAt)}</Descriptions.Item>
        </Descriptions>
      )}
      <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(file) => (void file.text().then((text) => upload.mutate(text)), false)}>
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          {t('admin.calendarUpload')}
        </Button>
      </Upload>
      {problems && (
        <Alert
          type="error"
          showIcon
          data-testid="calendar-problems"
          style={{ marginTop: 12 }}
          message={t('admin.calendarRefused')}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.flatMap(([field, texts]) => texts.map((text) => <li key={`${field}:${text}`}>{field ? <code>{field}</code> : null} {text}</li>))}
            </ul>
          }
        />
      )}
      {calendar.data?.overrides !== undefined && (
        <pre style={{ marginTop: 12, maxHeight: 360, overflow: 'auto', background: '#fafafa', padding: 12 }}>{JSON.stringify(calendar.data.overrides, null, 2)}</pre>
      )}
    </>
  );
}
