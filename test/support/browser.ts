// Debian's Chromium (/usr/bin/chromium, installed by .ci/run when missing) driven by playwright-core,
// for the tests that look at a page as a person would. Never a downloaded browser; the flags keep
// Chromium from reaching out to the network on its own (this machine has none). playwright-core
// gives every launch a new, empty profile of its own.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PAD ?? '/usr/bin/chromium';

export interface GestarteBrowser {
  browser: Browser;
  sluit(): Promise<void>;
}

export async function startChromium(): Promise<GestarteBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  return { browser, sluit: () => browser.close().catch(() => {}) };
}
