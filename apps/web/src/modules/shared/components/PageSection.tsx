import { Flex } from 'antd';
import type { ReactNode } from 'react';
import './text.css';

/** A titled white panel; lighter than antd's Card (which pulls in Tabs) for pages on the first load. */
export function PageSection({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section style={{ background: '#fff', borderRadius: 8, padding: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <h2 className="duban-title">{title}</h2>
        {extra}
      </Flex>
      {children}
    </section>
  );
}
