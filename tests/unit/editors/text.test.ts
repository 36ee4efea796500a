import { describe, expect, it } from 'vitest';
import {
  countOccurrences,
  normalizeText,
  readDomText,
  readEditorText,
  verifyInsertion,
} from '../../../editors/text';

const REPLY = 'Hola Ana,\nGracias por escribirnos.\n— Equipo';

describe('normalizeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['a\u00A0b', 'a b'],
    ['a\u200Bb\uFEFF\u200D', 'ab'],
    ['a  \nb\t\n', 'a\nb'],
    ['a\n\n\nb', 'a\nb'],
    ['\n\na\n\n', 'a'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('countOccurrences', () => {
  it.each([
    ['abcabc', 'abc', 2],
    ['aaaa', 'aa', 2],
    ['abc', 'x', 0],
    ['abc', '', 0],
  ])('%j has %j %i times', (haystack, needle, count) => {
    expect(countOccurrences(haystack, needle)).toBe(count);
  });
});

describe('verifyInsertion', () => {
  it.each([
    ['into an empty box', '', REPLY, true],
    ['paragraphs rendered with blank lines', '', 'Hola Ana,\n\nGracias por escribirnos.\n\n— Equipo\n', true],
    [
      'with NBSP and zero-width characters',
      '',
      'Hola\u00A0Ana,\uFEFF\nGracias por escribirnos.\n— Equipo',
      true,
    ],
    ['appended after existing text', 'Buenas tardes. ', `Buenas tardes. ${REPLY}`, true],
    ['appended on a new line', 'Buenas tardes.', `Buenas tardes.\n${REPLY}`, true],
    ['the same reply again after itself', REPLY, `${REPLY}${REPLY}`, true],
  ])('accepts %s', (_label, before, after, ok) => {
    expect(verifyInsertion(before, after, REPLY).ok).toBe(ok);
  });

  it.each([
    ['nothing happened', '', '', 'unchanged'],
    ['newlines lost', '', 'Hola Ana,Gracias por escribirnos.— Equipo', 'missing'],
    ['lines out of order', '', 'Gracias por escribirnos.\nHola Ana,\n— Equipo', 'missing'],
    ['inserted twice', '', `${REPLY}\n${REPLY}`, 'duplicated'],
    ['half of it', '', 'Hola Ana,', 'missing'],
    ['a stray extra line', '', `${REPLY}\n— Equipo`, 'altered'],
    ['existing text replaced', 'Buenas tardes. ', REPLY, 'altered'],
    ['a reply already there, none added', REPLY, REPLY, 'unchanged'],
  ])('rejects %s', (_label, before, after, reason) => {
    expect(verifyInsertion(before, after, REPLY)).toMatchObject({ ok: false, reason });
  });
});

describe('readEditorText', () => {
  const el = (html: string) => {
    const div = document.createElement('div');
    div.contentEditable = 'true';
    div.innerHTML = html;
    return div;
  };

  it('reads paragraphs and <br> as line breaks', () => {
    const text = readEditorText(el('<p>Hola Ana,</p><p>Gracias<br>por escribirnos.</p><p><br></p>'));
    expect(normalizeText(text)).toBe('Hola Ana,\nGracias\npor escribirnos.');
  });

  it('reads a text field’s value', () => {
    const area = document.createElement('textarea');
    area.value = 'a\nb';
    expect(readEditorText(area)).toBe('a\nb');
  });

  it('leaves out Slate’s placeholder and counts only what Slate’s model rendered', () => {
    const slate = el(
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
        '<span data-slate-zero-width="n" data-slate-length="0">\uFEFFstray native text<br></span>' +
        '<span data-slate-placeholder="true" contenteditable="false">Write a reply…</span></span></span></div>',
    );
    slate.setAttribute('data-slate-editor', 'true');
    expect(readEditorText(slate)).toBe('');
    expect(normalizeText(readDomText(slate))).toBe('stray native text');

    const filled = el(
      ['Hola Ana,', 'Gracias']
        .map(
          (line) =>
            `<div data-slate-node="element"><span data-slate-leaf="true"><span data-slate-string="true">${line}</span></span></div>`,
        )
        .join(''),
    );
    filled.setAttribute('data-slate-editor', 'true');
    expect(readEditorText(filled)).toBe('Hola Ana,\nGracias');
  });

  it('reads Draft.js blocks from their text spans, not the placeholder', () => {
    const root = document.createElement('div');
    root.className = 'DraftEditor-root';
    root.innerHTML =
      '<div class="public-DraftEditorPlaceholder-root">Post your reply</div>' +
      '<div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true">' +
      ['Hola Ana,', '', 'Gracias']
        .map(
          (line) =>
            `<div data-block="true"><div><span>${line ? `<span data-text="true">${line}</span>` : '<br data-text="true">'}</span></div></div>`,
        )
        .join('') +
      '</div></div>';
    const editable = root.querySelector<HTMLElement>('.public-DraftEditor-content')!;
    expect(readEditorText(editable)).toBe('Hola Ana,\n\nGracias');
  });
});
