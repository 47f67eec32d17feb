import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Select, Spin, Table } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/hooks/useT';
import { formatDate } from '../../shared/utils/date.util';
import { bulletinUrl, openItems, unitReport, unitsXlsxUrl } from '../api/dashboard.api';
import { lightCounts, lightsOption, onTimeOption, quarterOf, quarterRange, trendOption, type Quarter } from '../utils/chart-options.util';
import { EChart } from './EChart';

/** 领导驾驶舱: on-time rate by unit, overdue items, monthly trend, lights; the quarter's bulletin to download. */
export function DashboardPage() {
  const t = useT();
  const [quarter, setQuarter] = useState<Quarter>(() => quarterOf(new Date()));
  const range = useMemo(() => quarterRange(quarter), [quarter]);
  const report = useQuery({ queryKey: ['report-units', range.from, range.to], queryFn: () => unitReport({ from: range.from, to: range.to }) });
  const monthly = useQuery({
    queryKey: ['report-months', range.from],
    queryFn: () => Promise.all(range.months.map(async (m) => ({ month: m.month, rows: await unitReport({ from: m.from, to: m.to }) }))),
  });
  const items = useQuery({ queryKey: ['items', 'dashboard'], queryFn: openItems });
  const labels = useMemo(
    () => ({ rate: t('dashboard.rate'), opened: t('dashboard.opened'), closed: t('dashboard.closed'), red: t('light.red'), yellow: t('light.yellow'), green: t('light.green') }),
    [t],
  );
  const years = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() - i);
  const overdue = (items.data ?? []).filter((i) => i.light === 'red');
  const lights = items.data ? lightCounts(items.data) : null;
  const error = report.error ?? monthly.error ?? items.error;
  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={t('dashboard.title')}
        extra={
          <Flex gap={8} wrap>
            <Select value={quarter.year} onChange={(year) => setQuarter({ ...quarter, year })} options={years.map((y) => ({ value: y, label: y }))} />
            <Select value={quarter.quarter} onChange={(q) => setQuarter({ ...quarter, quarter: q })} options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: `Q${q}` }))} />
            <Button icon={<DownloadOutlined />} href={bulletinUrl(range)}>
              {t('dashboard.bulletin')}
            </Button>
            <Button icon={<DownloadOutlined />} href={unitsXlsxUrl(range)}>
              .xlsx
            </Button>
          </Flex>
        }
      >
        {error && <Alert type="error" showIcon message={error.message} />}
        {(report.isPending || items.isPending) && !error && <Spin />}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('dashboard.onTimeRate')}>
            {report.data &&
              (report.data.some((r) => r.onTimeRate !== null) ? (
                <EChart option={onTimeOption(report.data, labels)} height={Math.max(240, report.data.length * 28)} testId="chart-on-time" />
              ) : (
                <Empty description={t('common.empty')} data-testid="chart-on-time" />
              ))}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('dashboard.lights')}>
            {lights &&
              (lights.red + lights.yellow + lights.green > 0 ? (
                <EChart option={lightsOption(lights, labels)} testId="chart-lights" />
              ) : (
                <Empty description={t('common.empty')} data-testid="chart-lights" />
              ))}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('dashboard.trend')}>
            {monthly.data && <EChart option={trendOption(monthly.data, labels)} testId="chart-trend" />}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('dashboard.overdue')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={overdue}
              columns={[
                { title: t('item.title'), render: (_, r) => <Link to={`/items/${r.id}`}>{r.number ?? r.title}</Link> },
                { title: t('item.leadUnit'), render: (_, r) => r.leadUnit?.name ?? '—' },
                { title: t('item.limit'), render: (_, r) => formatDate(r.dueDate) },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
