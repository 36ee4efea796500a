// For a <textarea>/<input> whose page ignores editing commands: the native value setter (from the
// prototype, which bypasses the instance property React's value tracker puts on the element), then an
// `input` event, which React turns into onChange. The browser's undo history does not cover it.
import { isTextField } from '../text';
import type { Strategy } from './types';

export const valueSetter: Strategy = {
  name: 'valueSetter',
  applies: (element) => isTextField(element) && !element.readOnly && !element.disabled,
  insert(element, text) {
    const field = element as HTMLTextAreaElement | HTMLInputElement;
    const proto = field.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    const start = field.selectionStart ?? field.value.length;
    const end = field.selectionEnd ?? start;
    const next = field.value.slice(0, start) + text + field.value.slice(end);
    if (setValue) setValue.call(field, next);
    else field.value = next;
    field.setSelectionRange(start + text.length, start + text.length);
    field.dispatchEvent(
      new InputEvent('input', { inputType: 'insertText', data: text, bubbles: true, composed: true }),
    );
    field.dispatchEvent(new Event('change', { bubbles: true }));
  },
  undo: ['native'],
};
