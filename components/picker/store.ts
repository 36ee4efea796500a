// The picker's UI state (Zustand holds UI state only; templates come from the database through the
// background). One store per open picker, so two pickers never share a query or a selection.
import { createStore } from 'zustand/vanilla';

export type PickerStatus =
  { kind: 'idle' } | { kind: 'inserting' } | { kind: 'error'; message: string } | { kind: 'done' };

export interface PickerState {
  query: string;
  selected: number;
  answers: Record<string, string>;
  status: PickerStatus;
  setQuery(query: string): void;
  move(delta: number, count: number): void;
  select(index: number): void;
  answer(key: string, value: string): void;
  setStatus(status: PickerStatus): void;
}

export type PickerStore = ReturnType<typeof createPickerStore>;

export function createPickerStore() {
  return createStore<PickerState>()((set) => ({
    query: '',
    selected: 0,
    answers: {},
    status: { kind: 'idle' },
    setQuery: (query) => set({ query, selected: 0, status: { kind: 'idle' } }),
    move: (delta, count) =>
      set((state) => ({ selected: count === 0 ? 0 : (state.selected + delta + count) % count })),
    select: (selected) => set({ selected, answers: {}, status: { kind: 'idle' } }),
    answer: (key, value) => set((state) => ({ answers: { ...state.answers, [key]: value } })),
    setStatus: (status) => set({ status }),
  }));
}
