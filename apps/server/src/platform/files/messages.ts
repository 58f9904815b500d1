import type { Locale } from '../i18n';

/** Messages that name the offending file, in the client's language (issues[].message). */
export const uploadMessages = {
  typeNotAllowed: (name: string, detected: string | null, locale: Locale) =>
    locale === 'en'
      ? `"${name}" is not an allowed file type (its content is ${detected ? detected.toUpperCase() : 'of an unknown type'}). Allowed: JPG, PNG, WebP, HEIC images and PDF, Word (.docx), Excel (.xlsx) documents`
      : `“${name}”的文件类型不允许（内容识别为${detected ? ` ${detected.toUpperCase()} ` : '未知类型'}）。仅支持 JPG、PNG、WebP、HEIC 图片和 PDF、Word（.docx）、Excel（.xlsx）文档`,
  heicUnsupported: (name: string, locale: Locale) =>
    locale === 'en'
      ? `"${name}" is a HEIC photo, which this server cannot convert. On the iPhone choose Settings › Camera › Formats › Most Compatible, or convert it to JPG, and upload again`
      : `“${name}”是 HEIC 格式照片，服务器无法转换。请在 iPhone“设置 › 相机 › 格式”中选择“兼容性最佳”，或转换为 JPG 后重新上传`,
  imageUnreadable: (name: string, locale: Locale) =>
    locale === 'en'
      ? `"${name}" cannot be read as an image; it may be damaged`
      : `“${name}”无法作为图片读取，文件可能已损坏`,
  tooLarge: (name: string, maxBytes: number, locale: Locale) => {
    const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    return locale === 'en' ? `"${name}" is larger than ${mb} MB` : `“${name}”超过 ${mb} MB 的上限`;
  },
  tooMany: (max: number, locale: Locale) =>
    locale === 'en' ? `At most ${max} files per upload` : `一次最多上传 ${max} 个文件`,
  noFile: (locale: Locale) => (locale === 'en' ? 'Choose at least one file' : '请至少选择一个文件'),
};
