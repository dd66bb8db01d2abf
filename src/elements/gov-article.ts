/** Defines <gov-article> and the tools it draws (字体, 分享到, 打印本页), and sets the page up. */
import './gov-font-size.js';
import './gov-share.js';
import './gov-print-button.js';
import { GovArticle } from '../components/gov-article/gov-article.js';

GovArticle.define('gov-article');
