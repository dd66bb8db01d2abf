import { css, unsafeCSS } from 'lit';

/**
 * Shared by every element: the focus ring (a solid ring plus a halo, so it
 * keeps 3:1 on any background), the pointer, which 大鼠标 enlarges through
 * --gov-cursor-pointer even inside shadow roots, and the images 纯文本 has
 * replaced by their text.
 */
export const focusRing = css`
  a[href],
  button,
  summary,
  label,
  select {
    cursor: var(--gov-cursor-pointer, pointer);
  }
  :focus-visible {
    outline: var(--gov-focus-width, 3px) solid var(--gov-color-focus, #0b3d91);
    outline-offset: var(--gov-focus-offset, 2px);
    box-shadow: 0 0 0 calc(var(--gov-focus-offset, 2px) + var(--gov-focus-width, 3px) + 2px) var(--gov-color-focus-halo, #ffd34d);
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
  /* 纯文本 (src/aids/text-only.ts) shows an image's alt text after it: the image is out of sight, still in the accessibility tree. */
  [data-gov-alt-shown] {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
  }
`;

/**
 * The outlined control of the article tools (字体, 分享到, 打印本页): a
 * 44 px target with a thin border, for the elements `selector` names.
 */
export const outlinedControl = (selector: string) => css`
  ${unsafeCSS(selector)} {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-inline-size: var(--gov-target-min, 2.75rem);
    min-block-size: var(--gov-target-min, 2.75rem);
    padding-inline: var(--gov-space-2, 0.5rem);
    border: 1px solid var(--gov-color-border, #b8c2d0);
    border-radius: var(--gov-radius, 0.25rem);
    background: var(--gov-color-control-bg, #fff);
    color: var(--gov-color-control-text, #0b3d91);
    font: inherit;
    text-decoration: none;
    cursor: var(--gov-cursor-pointer, pointer);
  }
`;

/**
 * The quiet button of the top bar (长辈版, 无障碍, 部门网站导航, 微信; one per shadow
 * root): bold text with no box, underlined on hover, a primary target (60 px
 * in elder mode).
 */
export const quietButton = css`
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    min-inline-size: var(--gov-target-primary, 2.75rem);
    min-block-size: var(--gov-target-primary, 2.75rem);
    margin: 0;
    padding: 0 var(--gov-space-2, 0.5rem);
    border: 0;
    background: transparent;
    color: var(--gov-color-control-text, #0b3d91);
    font: inherit;
    font-weight: 700;
    cursor: var(--gov-cursor-pointer, pointer);
  }
  button:hover {
    text-decoration: underline;
  }
`;
