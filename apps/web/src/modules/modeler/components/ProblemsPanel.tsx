import type { LintReport } from '@camunda/linting';
import { List, Tag } from 'antd';
import { useT } from '../../i18n/hooks/useT';

const COLOR: Record<string, string> = { error: 'red', 'rule-error': 'red', warn: 'gold', info: 'blue' };

/** The linter's findings; clicking one selects the element in the diagram. */
export function ProblemsPanel({ problems, onSelect }: { problems: LintReport[]; onSelect: (id: string) => void }) {
  const t = useT();
  return (
    <List
      size="small"
      bordered
      data-testid="problems"
      header={`${t('modeler.problems')} (${problems.length})`}
      locale={{ emptyText: t('modeler.noProblems') }}
      dataSource={problems}
      style={{ maxHeight: 180, overflow: 'auto', background: '#fff' }}
      renderItem={(p) => (
        <List.Item onClick={() => onSelect(p.id)} style={{ cursor: 'pointer' }}>
          <span>
            <Tag color={COLOR[p.category] ?? 'default'}>{p.category}</Tag>
            <strong>{p.name ?? p.id}</strong>：{p.message}
          </span>
        </List.Item>
      )}
    />
  );
}
