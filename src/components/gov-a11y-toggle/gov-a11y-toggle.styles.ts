/** 无障碍 looks exactly like its neighbour 长辈版 in the top bar. */
export { styles } from '../gov-elder-toggle/gov-elder-toggle.styles.js';
