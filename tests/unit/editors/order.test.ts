import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGY_ORDER, strategyOrder } from '../../../editors/order';
import { detectEditorKind } from '../../../sites/dom';
import { editableTarget } from '../../../editors/dom';
import { STRATEGIES } from '../../../editors/strategies';
const REPO = join(import.meta.dirname, '../../..');

const KINDS = [
  'draftjs',
  'lexical',
  'quill',
  'prosemirror',
  'slate',
  'contenteditable',
  'textarea',
  'unknown',
] as const;

describe('strategy order', () => {
  it.each(KINDS)('%s has an order of known strategies, without repeats', (kind) => {
    const order = strategyOrder(kind);
    expect(order.length).toBeGreaterThan(0);
    for (const name of order) expect(STRATEGIES[name]).toBeDefined();
    expect(new Set(order).size).toBe(order.length);
  });

  it('covers every editor kind', () => {
    expect(Object.keys(STRATEGY_ORDER).sort()).toEqual([...KINDS].sort());
  });

  it.each([
    // Measured in Chromium (tests/e2e/editors.e2e.ts): what wins first, and what must never be tried.
    ['draftjs', 'paste', ['execCommand', 'execCommandLines', 'domRange']],
    ['lexical', 'paste', []],
    ['quill', 'paste', ['domRange']],
    ['prosemirror', 'paste', ['domRange']],
    ['slate', 'beforeinputPaste', ['execCommand', 'domRange']],
    ['contenteditable', 'execCommand', []],
    ['textarea', 'execCommand', ['paste', 'domRange']],
  ] as const)('%s starts with %s and never tries %j', (kind, first, never) => {
    const order = strategyOrder(kind);
    expect(order[0]).toBe(first);
    for (const name of never) expect(order).not.toContain(name);
  });

  it('a textarea keeps the browser’s undo: execCommand comes before the value setter', () => {
    const order = strategyOrder('textarea');
    expect(order.indexOf('execCommand')).toBeLessThan(order.indexOf('valueSetter'));
  });

  it('every strategy file is registered under its own name', () => {
    const files = readdirSync(join(REPO, 'editors/strategies')).filter(
      (file) => file.endsWith('.ts') && !['index.ts', 'types.ts'].includes(file),
    );
    const registered = Object.values(STRATEGIES).map((strategy) => strategy.name);
    expect(Object.keys(STRATEGIES)).toEqual(registered);
    // before-input.ts holds two (paste and text); every other file holds one.
    expect(registered.length).toBe(files.length + 1);
  });
});

describe('detectEditorKind', () => {
  const make = (html: string) => {
    const host = document.createElement('div');
    host.innerHTML = html;
    return host.querySelector<HTMLElement>('[data-target]')!;
  };
  it.each([
    ['<textarea data-target></textarea>', 'textarea'],
    ['<div contenteditable="true" data-lexical-editor="true" data-target></div>', 'lexical'],
    [
      '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" data-target></div></div>',
      'draftjs',
    ],
    [
      '<div class="ql-container"><div class="ql-editor" contenteditable="true" data-target></div></div>',
      'quill',
    ],
    ['<div class="ProseMirror" contenteditable="true" data-target></div>', 'prosemirror'],
    ['<div data-slate-editor="true" contenteditable="true" data-target></div>', 'slate'],
    ['<div id="contenteditable-root" contenteditable="true" data-target></div>', 'contenteditable'],
    ['<div data-target></div>', 'unknown'],
  ])('%s → %s', (html, kind) => {
    expect(detectEditorKind(make(html))).toBe(kind);
  });
});

describe('editableTarget', () => {
  it('finds the editable inside a wrapper, and climbs from a node inside an editor to its root', () => {
    const host = document.createElement('div');
    host.innerHTML =
      '<div class="wrap"><div contenteditable="true" class="root"><p><span class="leaf">x</span></p></div></div>';
    document.body.append(host);
    const root = host.querySelector<HTMLElement>('.root')!;
    expect(editableTarget(host.querySelector<HTMLElement>('.wrap')!)).toBe(root);
    expect(editableTarget(host.querySelector<HTMLElement>('.leaf')!)).toBe(root);
    expect(editableTarget(root)).toBe(root);
    host.remove();
  });
});
