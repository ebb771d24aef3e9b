import {chromium, type Browser} from 'playwright-core';

/** Debian's Chromium; playwright-core cannot download a browser of its own here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these, Chromium tries to reach Google's hosts at start-up, and this network
// refuses the connections. Playwright gives every launch a fresh, temporary profile.
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({executablePath: CHROMIUM_PATH, headless: true, args: QUIET_FLAGS});
}
