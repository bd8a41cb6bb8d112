// The system's Chromium (Debian package /usr/bin/chromium) through playwright-core: no browser
// download. Headless, without sandbox (CI runs as root), and without any background traffic, so a
// test sees only the requests its pages make.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PAD ?? '/usr/bin/chromium';

export const CHROMIUM_VLAGGEN = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run',
];

export function startChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_VLAGGEN, headless: true });
}
