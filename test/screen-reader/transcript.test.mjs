// Which phrases of a landmark step read the text before the landmark, on
// phrases and page text from real runs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { heardFromBefore } from './support/transcript.mjs';

const paragraph = '11月29日,我区申报的“大规模可再生能源基地特高压多端直流输电外送关键技术”“钠离子混合型电容储能技术”2个项目获批立项,分别获得5000万元和3000万元的国拨经费支持,撬动企业研发投入超过1.8亿元。';
const caption = '表1 2023年获批立项的国家重点研发计划部区联动项目 caption.';

describe("A landmark step's phrases from before the landmark", () => {
  it("leaves out the last line of the paragraph before the table's region", () => {
    assert.equal(heardFromBefore(['拨经费支持,撬动企业研发投入超过1.8亿元。', caption], paragraph), 1);
  });

  it('leaves out the skip link before 顶部导航, read with its role', () => {
    assert.equal(heardFromBefore(['Skip to main content link.', '内蒙古自治区人民政府网站 link.'], 'Skip to main content'), 1);
    assert.equal(heardFromBefore(['跳到主要内容 link.', '内蒙古自治区人民政府网站 link.'], ' 跳到主要内容\n  '), 1);
  });

  it('leaves out several phrases that read the end together', () => {
    assert.equal(heardFromBefore(['上一篇:', '某某文章 link.', 'Attachments heading level 2.'], '上一篇: 某某文章'), 2);
  });

  it("keeps the landmark's own first object", () => {
    assert.equal(heardFromBefore([caption], paragraph), 0);
    assert.equal(heardFromBefore([caption, '序号 column header.'], paragraph), 0);
  });

  it('keeps text that is only somewhere before the landmark, not at its end', () => {
    // 网站首页 (main navigation) comes before 当前位置, whose first link is 首页.
    assert.equal(heardFromBefore(['首页 link.', '科技动态 link.'], '网站首页 科技动态 政务公开 网上办事'), 0);
  });

  it('leaves one phrase even when every phrase reads the text before', () => {
    assert.equal(heardFromBefore(['Skip to main content link.'], 'Skip to main content'), 0);
  });
});
