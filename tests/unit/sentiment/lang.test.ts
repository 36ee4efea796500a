import { describe, expect, test } from 'vitest';
import { detectLang } from '@/core/sentiment/lang';
import { tokenize } from '@/core/sentiment/text';

const lang = (t: string) => detectLang(t, tokenize(t));

describe('detectLang', () => {
  test.each([
    ['¿Cuándo abren la tienda?', 'es'],
    ['no me gusta nada el nuevo diseño', 'es'],
    ['llevo 3 dias esperando mi pedido', 'es'],
    ['q mal servicio', 'es'],
    ['Buenísimoooo 😍', 'es'],
    ['Where is my order? It has been ten days', 'en'],
    ['not bad at all', 'en'],
    ['Love it!', 'en'],
    ['price please', 'en'],
    ['Isso é muito bom, obrigado pela ajuda', 'other'],
    ['merci beaucoup pour votre aide', 'other'],
    ['Das ist wirklich sehr gut, danke', 'other'],
    ['これは素晴らしいです', 'other'],
    ['Это очень хорошо', 'other'],
    ['😍😍😍', 'other'],
    ['', 'other'],
  ])('%s → %s', (text, want) => expect(lang(text)).toBe(want));
});
