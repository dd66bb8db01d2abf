/**
 * The page entry of the demo and of the one-file embed: the core controls and
 * the navigation upgrade at once; the article frame (字体, 分享到, 打印本页) and
 * the footer follow from a lazy chunk, since their fallback markup already
 * reads fully and keeps their room, so they shift nothing (ADR 0006).
 */
import { defineCore, defineNavigation } from './core.js';

defineCore();
defineNavigation();
void import('./content.js').then(({ defineContentInTasks }) => defineContentInTasks());
