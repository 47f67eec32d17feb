import { FilterOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { NativeSelect } from '../../shared/components/NativeSelect';
import { useProcesses, useUnits } from '../../shared/hooks/useReference';
import { LIGHTS } from '../../shared/utils/light.types';
import type { InboxCriteria, InboxSort } from '../utils/inbox-criteria.util';

interface Props {
  criteria: InboxCriteria;
  onChange: (criteria: InboxCriteria) => void;
  /** Phones: only the search box until 筛选 is tapped. */
  compact?: boolean;
}

const SORTS: InboxSort[] = ['due', 'created', 'priority'];

export function InboxFilterBar({ criteria, onChange, compact = false }: Props) {
  const t = useT();
  const processes = useProcesses();
  const units = useUnits();
  const set = (patch: Partial<InboxCriteria>) => onChange({ ...criteria, ...patch });
  const active = Object.entries(criteria).filter(([k, v]) => k !== 'text' && k !== 'sort' && v !== undefined).length;
  const [open, setOpen] = useState(!compact || active > 0);
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} data-testid="inbox-filters">
      <Input.Search
        allowClear
        placeholder={t('inbox.filter.text')}
        defaultValue={criteria.text}
        onSearch={(text) => set({ text: text.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="filter-text"
      />
      {compact && (
        <Button icon={<FilterOutlined />} type={open ? 'primary' : 'default'} onClick={() => setOpen(!open)} aria-label="filters">
          {active > 0 ? active : null}
        </Button>
      )}
      {open && (
        <>
          <NativeSelect
            ariaLabel={t('inbox.filter.process')}
            placeholder={`${t('inbox.filter.process')}：—`}
            value={criteria.processId}
            onChange={(processId) => set({ processId })}
            options={(processes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            width={180}
          />
          <NativeSelect
            ariaLabel={t('inbox.filter.unit')}
            placeholder={`${t('inbox.filter.unit')}：—`}
            value={criteria.unitId}
            onChange={(unitId) => set({ unitId })}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            width={180}
          />
          <NativeSelect
            ariaLabel={t('inbox.filter.light')}
            placeholder={`${t('inbox.filter.light')}：—`}
            value={criteria.light}
            onChange={(light) => set({ light })}
            options={LIGHTS.map((l) => ({ value: l, label: t(`light.${l}`) }))}
            width={110}
            testId="filter-light"
          />
          {/* Native date inputs: the phone's own picker, and ~30 KB gzipped less than antd's DatePicker on this route. */}
          <Input
            type="date"
            addonBefore={t('inbox.filter.dueAfter')}
            value={criteria.dueAfter ?? ''}
            onChange={(e) => set({ dueAfter: e.target.value || undefined })}
            style={{ width: 230 }}
            data-testid="due-after"
          />
          <Input
            type="date"
            addonBefore={t('inbox.filter.dueBefore')}
            value={criteria.dueBefore ?? ''}
            onChange={(e) => set({ dueBefore: e.target.value || undefined })}
            style={{ width: 230 }}
            data-testid="due-before"
          />
          <Checkbox checked={criteria.overdue ?? false} onChange={(e) => set({ overdue: e.target.checked || undefined })} style={{ alignSelf: 'center' }}>
            {t('inbox.filter.overdue')}
          </Checkbox>
          <NativeSelect<InboxSort>
            ariaLabel={t('inbox.sort')}
            value={criteria.sort ?? 'due'}
            onChange={(sort) => set({ sort: sort === 'due' ? undefined : sort })}
            options={SORTS.map((s) => ({ value: s, label: t(`inbox.sort.${s}`) }))}
            width={130}
          />
        </>
      )}
    </Flex>
  );
}
