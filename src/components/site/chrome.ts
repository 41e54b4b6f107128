/**
 * The page chrome's elements in one module, loaded by chrome-loader.ts on the reader's first
 * interaction, so a page makes one request for them. Each element upgrades only where its markup is present.
 */
import './code/sg-code-copy.ts';
import './menu/sg-menu-button.ts';
import './offline/sg-offline-status.ts';
import './search/sg-search.ts';
import './sidebar/sg-sidebar.ts';
import './theme/sg-theme-toggle.ts';
import './toc/sg-toc.ts';
