import { beforeEach, describe, expect, it } from 'vitest';
import { escalationMessage, mailtoLink, type EscalationInput } from '@/core/escalation/message';
import { db } from '@/storage/db';
import { escalate, markEscalationDone, openEscalations } from '@/storage/escalations';

const input: EscalationInput = {
  lang: 'es',
  brandName: 'La Huerta Café',
  contactName: 'Marta',
  contactKind: 'Quejas',
  platform: 'x',
  authorName: 'John Doe',
  handle: 'jdoe',
  itemUrl: 'https://x.com/jdoe/status/1',
  itemText: 'Where is my refund?\nThird email.',
  sentiment: 'negative',
  intent: ['complaint'],
  context: 'Cliente desde 2019',
};

describe('escalation message', () => {
  it.each([
    ['es', 'Hola, Marta:', '[Quejas] Queja de @jdoe en X', 'Contexto: Cliente desde 2019'],
    ['en', 'Hi Marta,', '[Quejas] Complaint from @jdoe on X', 'Context: Cliente desde 2019'],
  ] as const)('in %s carries the quote, author, link, tag and context', (lang, hello, subject, context) => {
    const m = escalationMessage({ ...input, lang });
    expect(m.subject).toBe(subject);
    expect(m.body.split('\n')[0]).toBe(hello);
    expect(m.body).toContain('> Where is my refund?\n> Third email.');
    expect(m.body).toContain('https://x.com/jdoe/status/1');
    expect(m.body).toContain('negative, complaint');
    expect(m.body).toContain(context);
    expect(m.body).toContain('— La Huerta Café');
  });

  it('greets without a dangling space when there is no contact, and names the network', () => {
    expect(escalationMessage({ ...input, contactName: '' }).body.split('\n')[0]).toBe('Hola:');
    expect(escalationMessage({ ...input, lang: 'en', contactName: '' }).body.split('\n')[0]).toBe('Hi,');
    expect(escalationMessage({ ...input, platform: 'youtube' }).body).toContain('comentario de YouTube');
  });

  it('builds a mailto link that decodes back to the same message', () => {
    const m = escalationMessage(input);
    const link = new URL(mailtoLink('marta@lahuerta.example', m));
    expect(link.protocol).toBe('mailto:');
    expect(link.pathname).toBe('marta@lahuerta.example');
    expect(link.searchParams.get('subject')).toBe(m.subject);
    expect(link.searchParams.get('body')).toBe(m.body.replace(/\n/g, '\r\n'));
  });

  it('keeps hostile text as text and cuts very long quotes', () => {
    const m = escalationMessage({ ...input, itemText: `<img src=x onerror=alert(1)>${'a'.repeat(5000)}` });
    expect(m.body).toContain('<img src=x onerror=alert(1)>');
    expect(m.body.length).toBeLessThan(2000);
  });
});

describe('escalations', () => {
  beforeEach(async () => {
    await Promise.all(db().tables.map((table) => table.clear()));
  });

  it('records an escalation, logs it as escalate, and lists it until done', async () => {
    const base = {
      itemId: 'x:1',
      platform: 'x' as const,
      author: 'jdoe',
      itemUrl: 'https://x.com/jdoe/status/1',
      itemText: 'refund?',
      sentiment: 'negative' as const,
      intent: ['complaint' as const],
      contactKind: 'Quejas',
      contactName: 'Marta',
      contactEmail: 'marta@lahuerta.example',
      message: '…',
    };
    const first = await escalate(base);
    await escalate({ ...base, itemId: 'x:2' });
    expect((await openEscalations()).map((e) => e.itemId)).toEqual(['x:1', 'x:2']);
    await markEscalationDone(first.id!);
    expect((await openEscalations()).map((e) => e.itemId)).toEqual(['x:2']);
    const log = await db().interactions.toArray();
    expect(log.map((r) => [r.action, r.itemId, r.note])).toEqual([
      ['escalate', 'x:1', 'Quejas: Marta <marta@lahuerta.example>'],
      ['escalate', 'x:2', 'Quejas: Marta <marta@lahuerta.example>'],
    ]);
  });
});
