/** Defines <gov-top-bar> and the elements it draws (长辈版, 部门网站导航), and sets the page up. */
import './gov-elder-toggle.js';
import './gov-dept-menu.js';
import { GovTopBar } from '../components/gov-top-bar/gov-top-bar.js';

GovTopBar.define('gov-top-bar');
