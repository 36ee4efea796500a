import { describe, expect, it, test } from 'vitest';
import { promptsOf, render, suggestVariable } from '@/core/templating/render';
import { context } from './context';

describe('render', () => {
  test.each([
    ['{Saludo}, {nombre}.', 'Buenos días, María.'],
    ['¡Hola y {saludo}!', '¡Hola y Buenos días!'],
    ['{NOMBRE}', 'María'],
    ['{Nombre completo}', 'María José Pérez'],
    ['{ nombre }', 'María'],
    ['{Usuário}', '@mjperez'],
    ['{{nombre}} es literal', '{nombre} es literal'],
    ['llaves }} y {{', 'llaves } y {'],
    ['una } suelta', 'una } suelta'],
    ['', ''],
    ['sin variables', 'sin variables'],
  ])('%j → %j', (source, expected) => {
    expect(render(source, context())).toMatchObject({ text: expected, ok: true });
  });

  it('a capitalised name capitalises the first letter, but never of a handle or a link', () => {
    const item = { ...context().item, authorName: 'ana' };
    expect(render('{Nombre} {Usuario} {Enlace}', context({ item })).text).toBe(
      'Ana @mjperez https://x.com/mjperez/status/1',
    );
  });

  test.each([
    ['Hola {nombre}, ¿qué tal?', 'Hola, ¿qué tal?'],
    ['Gracias {nombre} por escribir', 'Gracias por escribir'],
    ['¡Hola {nombre}!', '¡Hola!'],
    ['Gracias. {firma}', 'Gracias.'],
    ['Gracias.\n{firma}', 'Gracias.\n'],
  ])('an empty value leaves no stray space: %j → %j', (source, expected) => {
    const item = { ...context().item, authorName: '', handle: '' };
    const result = render(source, context({ item, agent: 'Nadie' }));
    expect(result.text).toBe(expected);
    expect(result.ok).toBe(true);
    expect(result.empty.length).toBeGreaterThan(0);
  });

  describe('prompts', () => {
    it('lists them once, in order, and fills them from the answers', () => {
      const source = 'Tu pedido {?pedido|Número de pedido} ({?Pedido}) sale {?fecha_envio|Fecha de envío}.';
      const asked = render(source, context());
      expect(asked.prompts).toEqual([
        { key: 'pedido', label: 'Número de pedido' },
        { key: 'fecha_envio', label: 'Fecha de envío' },
      ]);
      expect(asked.missing).toEqual(['pedido', 'fecha_envio']);
      expect(asked.ok).toBe(false);
      expect(asked.text).toBe('Tu pedido [Número de pedido] ([Número de pedido]) sale [Fecha de envío].');
      const answered = render(source, context({ answers: { pedido: 'A-123', fecha_envio: ' mañana ' } }));
      expect(answered).toMatchObject({ ok: true, missing: [], text: 'Tu pedido A-123 (A-123) sale mañana.' });
    });

    test.each([
      ['{?order|Order number}', [{ key: 'order', label: 'Order number' }]],
      ['{?pedido}', [{ key: 'pedido', label: 'pedido' }]],
      ['{? Número de caso }', [{ key: 'numero_de_caso', label: 'Número de caso' }]],
      ['{?order|}', [{ key: 'order', label: 'order' }]],
    ])('%j asks %j', (source, prompts) => {
      expect(promptsOf(source)).toEqual(prompts);
    });

    it('a blank answer is still missing', () => {
      expect(render('{?pedido}', context({ answers: { pedido: '   ' } })).missing).toEqual(['pedido']);
    });
  });

  describe('errors', () => {
    test.each([
      ['Hola {nombr}', ['nombr'], []],
      ['{foo} y {bar} y {foo}', ['foo', 'bar'], []],
      ['{nombre|etiqueta}', ['nombre|etiqueta'], []],
      ['Hola {nombre', [], ['{nombre']],
      ['vacío {}', [], ['{}']],
      ['raro {#!}', [], ['{#!}']],
    ])('%j: unknown %j, syntax %j, never ok', (source, unknown, syntax) => {
      const result = render(source, context());
      expect(result.unknown).toEqual(unknown);
      expect(result.syntax).toEqual(syntax);
      expect(result.ok).toBe(false);
    });

    test.each([
      ['nombr', 'nombre'],
      ['greting', 'greeting'],
      ['Firme', 'firma'],
      ['pedido', undefined],
    ])('suggests %s → %s', (written, expected) => {
      expect(suggestVariable(written)).toBe(expected);
    });
  });

  it('never expands text that comes from the page or the answers', () => {
    const item = { ...context().item, authorName: '{marca} {?x}', handle: '{firma}' };
    const result = render('{nombre_completo} {usuario} {?p}', context({ item, answers: { p: '{nombre}' } }));
    expect(result.text).toBe('{marca} {?x} @{firma} {nombre}');
    expect(result).toMatchObject({ ok: true, unknown: [], prompts: [{ key: 'p', label: 'p' }] });
  });
});
