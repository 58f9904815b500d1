import { describe, expect, it } from 'vitest';
import { parseCalendarText } from './import-text';

describe('parseCalendarText', () => {
  it('reads dates, 休/班 and names; skips blank lines and comments; accepts ，and tabs', () => {
    const text = [
      '# 2027 年安排（样例）',
      '2027-01-01,休,元旦',
      '',
      '2027-02-06，班，春节调休上班',
      '2027-02-08\t休',
      ' 2027-02-09 , 休 , 春节 ',
    ].join('\r\n');
    expect(parseCalendarText(text, 'zh-CN')).toEqual({
      errors: [],
      days: [
        { line: 2, date: '2027-01-01', workday: false, name: '元旦' },
        { line: 4, date: '2027-02-06', workday: true, name: '春节调休上班' },
        { line: 5, date: '2027-02-08', workday: false, name: null },
        { line: 6, date: '2027-02-09', workday: false, name: '春节' },
      ],
    });
  });

  it('reports every bad line with its number, in the client language', () => {
    const text = [
      '2027-01-01,休,元旦',
      '2027-02-30,休,春节',
      '2027-02-10,放,春节',
      'nonsense',
      '2027-01-01,班,重复',
      `2027-03-01,休,${'长'.repeat(51)}`,
      '1999-01-01,休,太早',
    ].join('\n');
    const { errors } = parseCalendarText(text, 'zh-CN');
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [2, '日期无效：2027-02-30（应为 YYYY-MM-DD）'],
      [3, '第二项应为“休”或“班”，实际为“放”'],
      [4, '格式应为“日期,休或班,名称”，例如 2027-10-01,休,国庆节'],
      [5, '与第 1 行日期重复'],
      [6, '名称不能超过 50 个字符'],
      [7, '年份须在 2000–2100 之间'],
    ]);
    expect(errors[0]?.text).toBe('2027-02-30,休,春节');
    expect(parseCalendarText('2027-02-10,x', 'en').errors[0]?.message).toBe(
      'the second item must be 休 or 班, got "x"',
    );
  });

  it('refuses an empty text and more than 1,000 lines', () => {
    expect(parseCalendarText('# only a comment\n\n', 'en').errors).toEqual([
      { line: 0, text: '', message: 'there is no line to import' },
    ]);
    const many = Array.from({ length: 1001 }, () => '2027-01-01,休').join('\n');
    expect(parseCalendarText(many, 'en').errors[0]?.message).toBe('at most 1000 lines per import');
  });
});
