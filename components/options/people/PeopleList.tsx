import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PersonGroup } from '@/core/people/groups';
import type { Person } from '@/storage/entities';
import { PersonRow, type RowActions } from './PersonRow';

export const ROW_HEIGHT = 64;

/** Only the rows near the viewport are in the DOM (10,000 people scroll smoothly). */
export function PeopleList({
  groups,
  selected,
  customKinds,
  actions,
}: {
  groups: readonly PersonGroup<Person>[];
  selected: ReadonlySet<number>;
  customKinds: readonly string[];
  actions: RowActions;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's documented hook
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => groups[index]?.id ?? index,
  });
  return (
    <div
      ref={scroller}
      className="people-scroller"
      data-testid="people-list"
      role="grid"
      aria-rowcount={groups.length}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const group = groups[item.index]!;
          return (
            <div
              key={item.key}
              className="people-slot"
              style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              aria-rowindex={item.index + 1}
            >
              <PersonRow
                group={group}
                selected={selected.has(group.id)}
                customKinds={customKinds}
                actions={actions}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
