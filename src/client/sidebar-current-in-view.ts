// A pasted pattern link opens the page with the sidebar at its top, so a pattern far down the
// Collect list (26 entries) had its own entry off screen. After each route update, the
// sidebar scrolls itself (and nothing else: not the page) so the current entry is in view.
import type {ClientModule} from '@docusaurus/types';

const clientModule: ClientModule = {
  onRouteDidUpdate() {
    const link = document.querySelector<HTMLElement>('nav[aria-label="Docs sidebar"] a[aria-current="page"]');
    const menu = link?.closest<HTMLElement>('.menu');
    if (!link || !menu || menu.scrollHeight <= menu.clientHeight) return;
    const top = link.getBoundingClientRect().top - menu.getBoundingClientRect().top;
    if (top >= 0 && top + link.offsetHeight <= menu.clientHeight) return;
    menu.scrollTop += top - menu.clientHeight / 3;
  },
};

export default clientModule;
