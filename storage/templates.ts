// Reply templates: create, edit, duplicate, delete, and the starter set seeded on first run.
import { localIsoTimestamp } from '@/core/time';
import { STARTER_TEMPLATES } from '@/core/templating/starters';
import { db, type VoceroDB } from './db';
import type { Template } from './entities';

/** What the editor fills in; ids and timestamps are the repository's. */
export type TemplateDraft = Omit<Template, 'id' | 'createdAt' | 'updatedAt' | 'recentVariants'>;

export const emptyDraft = (): TemplateDraft => ({
  name: '',
  variants: [''],
  category: '',
  tags: [],
  lang: 'any',
  networks: [],
  shortcut: '',
  intents: [],
});

/** Trims the fields, drops blank variants and tags; throws when there is no name or no wording. */
export function cleanDraft(draft: TemplateDraft): TemplateDraft {
  const clean: TemplateDraft = {
    ...draft,
    name: draft.name.trim(),
    variants: draft.variants.map((v) => v.trim()).filter(Boolean),
    category: draft.category.trim(),
    tags: [...new Set(draft.tags.map((tag) => tag.trim()).filter(Boolean))],
    shortcut: draft.shortcut.trim(),
    networks: [...new Set(draft.networks)],
    intents: [...new Set(draft.intents ?? [])],
  };
  if (!clean.name) throw new Error('A template needs a name');
  if (clean.variants.length === 0) throw new Error('A template needs at least one wording');
  return clean;
}

export function listTemplates(database: VoceroDB = db()): Promise<Template[]> {
  return database.templates.orderBy('name').toArray();
}

export function getTemplate(id: string, database: VoceroDB = db()): Promise<Template | undefined> {
  return database.templates.get(id);
}

export async function createTemplate(draft: TemplateDraft, database: VoceroDB = db()): Promise<Template> {
  const now = localIsoTimestamp();
  const template: Template = {
    ...cleanDraft(draft),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  };
  await database.templates.add(template);
  return template;
}

/** Saves the editor's draft over a template. A changed list of wordings restarts its rotation. */
export async function updateTemplate(
  id: string,
  draft: TemplateDraft,
  database: VoceroDB = db(),
): Promise<Template> {
  return database.transaction('rw', database.templates, async () => {
    const current = await database.templates.get(id);
    if (!current) throw new Error(`No template ${id}`);
    const clean = cleanDraft(draft);
    const sameVariants = clean.variants.join('\u0000') === current.variants.join('\u0000');
    const next: Template = {
      ...current,
      ...clean,
      recentVariants: sameVariants ? current.recentVariants : [],
      updatedAt: localIsoTimestamp(),
    };
    await database.templates.put(next);
    return next;
  });
}

/** A copy under a new id, named `name` (the UI passes "<name> (copy)" in its language). */
export async function duplicateTemplate(
  id: string,
  name: string,
  database: VoceroDB = db(),
): Promise<Template> {
  const source = await database.templates.get(id);
  if (!source) throw new Error(`No template ${id}`);
  const { id: _id, createdAt: _c, updatedAt: _u, recentVariants: _r, ...draft } = source;
  return createTemplate({ ...draft, name }, database);
}

export async function deleteTemplate(id: string, database: VoceroDB = db()): Promise<void> {
  await database.templates.delete(id);
}

/**
 * Seeds the starter set (Spanish and English) when the table is empty: on install, and never over the CM's
 * own templates. Returns how many were added.
 */
export async function ensureStarterTemplates(database: VoceroDB = db()): Promise<number> {
  return database.transaction('rw', database.templates, async () => {
    if ((await database.templates.count()) > 0) return 0;
    const now = localIsoTimestamp();
    await database.templates.bulkAdd(
      STARTER_TEMPLATES.map((starter) => ({
        ...starter,
        variants: [...starter.variants],
        tags: [...starter.tags],
        networks: [...starter.networks],
        intents: [...starter.intents],
        createdAt: now,
        updatedAt: now,
      })),
    );
    return STARTER_TEMPLATES.length;
  });
}
