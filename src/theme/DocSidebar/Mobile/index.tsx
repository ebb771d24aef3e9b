import React, {memo, useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

/*
 * Ejected, not wrapped (checked against Docusaurus 3.10.2): theme-classic hands its four props
 * to NavbarSecondaryMenuFiller, which memoizes props by sorting their names with localeCompare.
 * A page's first localeCompare builds ICU's collator: 10-13 ms on a desktop CPU, about 50 ms at
 * Lighthouse's 4x phone slowdown, inside the longest task of a pattern page's hydration. A
 * wrapper cannot change what the filler is handed; here it gets one prop, which sorting never
 * compares, memoized on the two values the menu draws.
 */

interface Menu {
  sidebar: Props['sidebar'];
  path: string;
}

function SecondaryMenu({menu}: {menu: Menu}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems
        items={menu.sidebar}
        activePath={menu.path}
        level={1}
        onItemClick={(item: PropSidebarItem) => {
          // A category without a page of its own only opens; anything that navigates closes the menu.
          if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
        }}
      />
    </ul>
  );
}

function DocSidebarMobile({sidebar, path}: Props): ReactNode {
  const menu = useMemo<Menu>(() => ({sidebar, path}), [sidebar, path]);
  return <NavbarSecondaryMenuFiller component={SecondaryMenu} props={{menu}} />;
}

export default memo(DocSidebarMobile);
