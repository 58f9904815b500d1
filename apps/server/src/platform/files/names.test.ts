import { describe, expect, it } from 'vitest';
import { contentDisposition, downloadName, sanitizeFileName } from './names';

describe('file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\张三\\Desktop\\报告.docx', '报告.docx'],
    ['a\u0000b\u0007c.pdf', 'abc.pdf'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['  many   spaces .pdf ', 'many spaces .pdf'],
    ['what?<>|".pdf', 'what_____.pdf'],
    ['...', 'file'],
    ['', 'file'],
    ['.bashrc', 'bashrc'],
  ])('sanitizes %j to %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('shortens long names to 120 characters, keeping the extension', () => {
    const name = sanitizeFileName(`${'长'.repeat(300)}.xlsx`);
    expect([...name]).toHaveLength(120);
    expect(name.endsWith('.xlsx')).toBe(true);
  });

  it('gives a download the extension of what is stored', () => {
    expect(downloadName('scan.png', 'image/jpeg')).toBe('scan.jpg');
    expect(downloadName('photo.jpeg', 'image/jpeg')).toBe('photo.jpeg');
    expect(downloadName('README', 'application/pdf')).toBe('README.pdf');
  });

  it('writes an RFC 6266 header with an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('attachment', "预算(2026)'终稿'.xlsx")).toBe(
      `attachment; filename="__(2026)'__'.xlsx"; filename*=UTF-8''%E9%A2%84%E7%AE%97%282026%29%27%E7%BB%88%E7%A8%BF%27.xlsx`,
    );
    expect(contentDisposition('inline', 'a"b\\c.jpg')).toBe(
      `inline; filename="a_b_c.jpg"; filename*=UTF-8''a%22b%5Cc.jpg`,
    );
  });
});
