// The built manifests: permissions, matches, and the demo page kept out of the store build.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, REPO } from './harness';

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  default_locale?: string;
  browser_specific_settings?: { gecko?: { id?: string } };
  content_security_policy?: unknown;
};
const read = (dir: string): Manifest =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const matchesOf = (m: Manifest) => (m.content_scripts ?? []).flatMap((c) => c.matches);

describe('manifests', () => {
  const store = read(BUILDS.store);
  const demo = read(BUILDS.demo);
  const firefox = read(join(REPO, '.output/firefox-mv2'));

  it('store build matches the real sites and never localhost', () => {
    const matches = matchesOf(store);
    for (const host of [
      'x.com',
      'twitter.com',
      'youtube.com',
      'facebook.com',
      'instagram.com',
      'linkedin.com',
      'old.reddit.com',
      'www.reddit.com',
      'tiktok.com',
    ])
      expect(matches.some((m) => m.includes(host))).toBe(true);
    expect(matches.filter((m) => /localhost|127\.0\.0\.1/.test(m))).toEqual([]);
  });

  it('demo build adds the localhost demo page', () => {
    expect(matchesOf(demo)).toContain('http://127.0.0.1/*');
  });

  it('asks only for scripting and the supported sites (those the content script matches), default CSP', () => {
    expect(store.permissions).toEqual(['scripting']);
    // Host permissions exist only to inject the reply picker where the overlay already runs.
    expect([...(store.host_permissions ?? [])].sort()).toEqual(matchesOf(store).sort());
    expect(store.optional_host_permissions).toEqual(['https://*/*']);
    // Firefox MV2 has no host_permissions: origins go with the (optional) permissions.
    expect(firefox.permissions?.[0]).toBe('scripting');
    expect([...(firefox.permissions ?? []).slice(1)].sort()).toEqual(matchesOf(firefox).sort());
    expect(firefox.optional_permissions).toEqual(['https://*/*']);
    for (const m of [store, firefox]) expect(m.content_security_policy).toBeUndefined();
    expect(store.manifest_version).toBe(3);
    expect(store.default_locale).toBe('es');
  });

  it('firefox build carries its add-on id', () => {
    expect(firefox.browser_specific_settings?.gecko?.id).toBe('vocero@vocero.local');
  });
});

describe('web-ext lint on the Firefox build', () => {
  it('is clean: no errors, no warnings, no notices', () => {
    const out = spawnSync('npx', ['web-ext', 'lint', '-s', join(REPO, '.output/firefox-mv2'), '-o', 'json'], {
      encoding: 'utf8',
    });
    const report = JSON.parse(out.stdout) as {
      errors: { code: string; file?: string }[];
      warnings: { code: string; file?: string }[];
      notices: { code: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.notices).toEqual([]);
  }, 60_000);

  it('no bundle keeps an HTML sink: react-dom’s dangerouslySetInnerHTML throws (scripts/noHtmlSink.ts)', () => {
    for (const build of [BUILDS.store, join(REPO, '.output/firefox-mv2')]) {
      const bundles = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('.js'),
      );
      const reactBundles = bundles.filter((f) => readFileSync(join(build, f), 'utf8').includes('__html'));
      expect(reactBundles.length).toBeGreaterThan(0); // the popup, options and picker carry react-dom
      for (const file of bundles) {
        const code = readFileSync(join(build, file), 'utf8');
        expect(code, file).not.toMatch(/\.innerHTML\s*=\s*[A-Za-z_$]/); // innerHTML assigned from a variable
        expect(code, file).not.toMatch(/\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/);
      }
    }
  });
});
