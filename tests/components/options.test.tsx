import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import en from '@/assets/locales/en.json';
import es from '@/assets/locales/es.json';
import { OptionsApp } from '@/components/options/OptionsApp';
import { ROUTES, ROUTE_LABEL } from '@/components/options/routes';
import { onMessage } from '@/messaging/protocol';
import { db } from '@/storage/db';
import { handlers } from '@/storage/handlers';
import { getSettings, setSetting } from '@/storage/settings';

beforeEach(async () => {
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('Options', () => {
  it.each([
    ['es', es],
    ['en', en],
  ] as const)('renders every route in %s', async (lang, dict) => {
    await setSetting('language', lang);
    for (const route of ROUTES) {
      window.location.hash = `#/${route}`;
      render(<OptionsApp />);
      const heading = await screen.findByRole('heading', { level: 1 });
      expect(heading.textContent).toBe(dict[ROUTE_LABEL[route]]);
      expect(document.querySelector('main')?.getAttribute('data-route')).toBe(route);
      cleanup();
    }
  });

  it('switches the interface language from settings', async () => {
    await setSetting('language', 'es');
    window.location.hash = '#/settings';
    render(<OptionsApp />);
    const select = await screen.findByTestId<HTMLSelectElement>('settings-language');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ajustes');
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings'));
    expect((await db().settings.get('language'))?.value).toBe('en');
  });

  it('adds a brand rule with a sentiment and an intent, and removes it', async () => {
    await setSetting('language', 'en');
    window.location.hash = '#/settings';
    render(<OptionsApp />);
    const rules = await screen.findByTestId('brand-rules');
    const input = within(rules).getByLabelText('Phrase');
    fireEvent.change(input, { target: { value: '  Retirada del producto ' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(async () =>
      expect((await getSettings()).brandRules).toEqual([{ phrase: 'Retirada del producto' }]),
    );
    fireEvent.change(await within(rules).findByLabelText('Sentiment'), { target: { value: 'negative' } });
    await waitFor(async () => expect((await getSettings()).brandRules[0]?.sentiment).toBe('negative'));
    fireEvent.click(within(rules).getByLabelText('urgent'));
    await waitFor(async () => expect((await getSettings()).brandRules[0]?.intent).toEqual(['urgent']));
    fireEvent.click(within(rules).getByText('Remove'));
    await waitFor(async () => expect((await getSettings()).brandRules).toEqual([]));
  });

  it('lists the sites where Vocero was switched off and switches one back on', async () => {
    // The page asks the background, which stores it and tells the site's tabs.
    const stopListening = onMessage('setSiteEnabled', ({ data }) => handlers.setSiteEnabled(data));
    onTestFinished(stopListening);
    await setSetting('language', 'en');
    await setSetting('disabledSites', ['www.reddit.com', 'x.com']);
    window.location.hash = '#/settings';
    render(<OptionsApp />);
    const sites = await screen.findByTestId('sites-off');
    await waitFor(() =>
      expect(
        within(sites)
          .getAllByTestId('site-switch-on')
          .map((b) => b.dataset.host),
      ).toEqual(['www.reddit.com', 'x.com']),
    );
    fireEvent.click(within(sites).getAllByTestId('site-switch-on')[1]!);
    await waitFor(async () => expect((await getSettings()).disabledSites).toEqual(['www.reddit.com']));
    fireEvent.click(await within(sites).findByTestId('site-switch-on'));
    await waitFor(() => expect(sites.textContent).toContain('Vocero is on everywhere it works.'));
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('says so when the background cannot switch a site back on, and keeps it listed', async () => {
    const stopListening = onMessage('setSiteEnabled', () => {
      throw new Error('the database is closed');
    });
    onTestFinished(stopListening);
    await setSetting('language', 'en');
    await setSetting('disabledSites', ['x.com']);
    window.location.hash = '#/settings';
    render(<OptionsApp />);
    const sites = await screen.findByTestId('sites-off');
    fireEvent.click(await within(sites).findByTestId('site-switch-on'));
    expect((await within(sites).findByRole('alert')).textContent).toBe(
      'Something went wrong: the database is closed',
    );
    expect((await getSettings()).disabledSites).toEqual(['x.com']);
  });
});
