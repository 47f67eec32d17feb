import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useT } from '../../i18n/hooks/useT';

/** A change to the organisation: success note, error note, and the given lists reloaded. */
export function useAdminMutation<V, R>(fn: (v: V) => Promise<R>, invalidate: string[], onDone?: () => void) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const t = useT();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      message.success(t('common.saved'));
      invalidate.forEach((key) => void client.invalidateQueries({ queryKey: [key] }));
      onDone?.();
    },
    onError: (e) => message.error(e.message),
  });
}
