// The checker the built-deck test relies on: each house rule for Chinese catches the mistake it is
// for, leaves good text alone, and the deck reader hands it the text a reader sees, slide by slide.
import { describe, expect, it } from 'vitest';
import { chineseStyleProblems } from './chineseStyle.js';
import { slidesOf, textNodes } from './deckText.js';

const broken = (text: string): string[] => chineseStyleProblems(text).map((p) => p.id);

describe('the Chinese house rules', () => {
  it('passes text written to the rules', () => {
    for (const good of ['蓝丘工业品贸易有限公司：上线明账商贸版', '销售管理（8 用户）', 'DSO 从 68 天降到 45 天', '鼎峰 ERP 的实施周期', '毛利率提高 3 个百分点。', '约 5.3 个月', '问：能改价吗？答：可以。', 'Ningbo Brake Parts: credit control']) {
      expect(broken(good), good).toEqual([]);
    }
  });

  it('reads a span in backticks as code to copy, not prose, and still checks the prose around it', () => {
    expect(broken('陈洁：`- {concern: "期初数据的工作量", at: implementation}`')).toEqual([]);
    expect(broken('陈洁: `- {concern: "期初数据"}`')).toContain('ascii-after');
  });

  it('catches ASCII punctuation after a Chinese character', () => {
    expect(broken('常州五金有限公司:')).toContain('ascii-after');
    expect(broken('能改价吗?')).toContain('ascii-after');
    expect(broken('用户数 (8 用户')).toContain('ascii-after');
    expect(broken('ABC: 报价')).not.toContain('ascii-after');
  });

  it('catches ASCII punctuation before a Chinese character', () => {
    expect(broken('ABC: 报价时间')).toEqual(['ascii-before']);
    expect(broken('(用户')).toEqual(['ascii-before']);
  });

  it('catches a number written against a Chinese character', () => {
    expect(broken('3天')).toEqual(['number-touches']);
    expect(broken('第3 页')).toEqual(['number-touches']);
  });

  it('catches a Latin word written against a Chinese character', () => {
    expect(broken('DSO从 68 天')).toEqual(['latin-touches']);
    expect(broken('鼎峰ERP')).toEqual(['latin-touches']);
  });

  it('catches more than one space between a number or Latin word and Chinese', () => {
    expect(broken('68  天')).toEqual(['extra-space']);
    expect(broken('鼎峰  ERP')).toEqual(['extra-space']);
  });

  it('catches a space beside full-width punctuation', () => {
    expect(broken('分析 — 请每家厂商')).toEqual(['space-by-full-width']);
    expect(broken('吗？ 答：可以')).toEqual(['space-by-full-width']);
  });

  it('catches the calques reviewers quoted', () => {
    expect(broken('经过您的办公桌')).toEqual(['calque']);
    expect(broken('以分钟计，而不是以天计')).toContain('calque');
  });
});

describe('a built deck read node by node', () => {
  const html = [
    '<section class="dd-slide dd-kind-case" data-kind="case" data-index="1"><h2>案例</h2>',
    '<p><strong>常州五金</strong>: 报价</p><span class="a">每年 9 万元</span><span class="b">依据：台账</span>',
    '<aside class="notes"><p>第一行\n   第二段</p><li><em>讲什么：</em>先讲</li></aside></section>',
    '<section class="dd-slide" data-kind="closing" data-index="2"><h2>下一步 &amp; 试点</h2></section>',
  ].join('');

  it('numbers the slides and keeps their notes apart', () => {
    const slides = slidesOf(html);
    expect(slides.map((s) => [s.number, s.kind])).toEqual([[1, 'case'], [2, 'closing']]);
    expect(slides[0]?.notes).toEqual(['第一行 第二段', '讲什么：先讲']);
    expect(slides[1]?.texts).toEqual(['下一步 & 试点']);
  });

  it('runs emphasis on with its line, so punctuation after a bold name is checked, and splits at other tags', () => {
    const texts = textNodes(html.split('<aside')[0] ?? '');
    expect(texts).toContain('常州五金: 报价');
    expect(texts).toEqual(expect.arrayContaining(['每年 9 万元', '依据：台账']));
    expect(texts.flatMap(broken)).toContain('ascii-after');
  });
});
