import { DeleteOutlined, FilterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { deleteFilter, listSavedFilters } from '../api/inbox.api';
import type { InboxCriteria } from '../utils/inbox-criteria.util';

const SaveFilterDialog = lazy(() => import('./SaveFilterDialog'));

interface Props {
  criteria: InboxCriteria;
  onApply: (criteria: InboxCriteria) => void;
}

/** Saved filters live on the server; a filter shared with a role shows up for everyone holding it. */
export function SavedFiltersMenu({ criteria, onApply }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [saving, setSaving] = useState(false);
  const filters = useQuery({ queryKey: ['inbox-filters'], queryFn: listSavedFilters });
  const remove = useMutation({
    mutationFn: deleteFilter,
    onSuccess: () => client.invalidateQueries({ queryKey: ['inbox-filters'] }),
    onError: (e) => message.error(e.message),
  });

  const items = [
    ...(filters.data ?? []).map((f) => ({
      key: f.id,
      onClick: () => onApply(f.criteria),
      label: (
        <span style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
          <span>{f.name}</span>
          {f.mine && (
            <DeleteOutlined
              aria-label={t('common.delete')}
              onClick={(e) => {
                e.stopPropagation();
                remove.mutate(f.id);
              }}
            />
          )}
        </span>
      ),
    })),
    ...(filters.data?.length ? [{ type: 'divider' as const }] : []),
    { key: '__save', label: t('inbox.saveFilter'), onClick: () => setSaving(true) },
  ];

  return (
    <>
      <Dropdown menu={{ items }} trigger={['click']}>
        <Button icon={<FilterOutlined />} data-testid="saved-filters">
          {t('inbox.savedFilters')}
        </Button>
      </Dropdown>
      {saving && (
        <Suspense fallback={null}>
          <SaveFilterDialog criteria={criteria} onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </>
  );
}
