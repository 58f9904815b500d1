const MAX_NAME_LENGTH = 120;

const extensionOf: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

// C0/C1 controls, and the bidi and zero-width marks that make "gpj.exe" display as "exe.jpg"
const isInvisible = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
};
const reserved = /[\\/:*?"<>|]/g;

/**
 * The client's file name made safe to store and show: the last path segment only, without
 * control, bidi or reserved characters, whitespace collapsed, at most 120 characters (the
 * extension kept). "" or only dots becomes "file".
 */
export function sanitizeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  let clean = [...base]
    .filter((c) => !isInvisible(c))
    .join('')
    .replace(reserved, '_')
    .replace(/\s+/g, ' ')
    .trim();
  clean = clean.replace(/^\.+/, '').trim();
  if (!clean) return 'file';
  const chars = [...clean];
  if (chars.length <= MAX_NAME_LENGTH) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? [...clean.slice(dot)] : [];
  if (ext.length > 0 && ext.length <= 10) {
    return chars.slice(0, MAX_NAME_LENGTH - ext.length).join('') + ext.join('');
  }
  return chars.slice(0, MAX_NAME_LENGTH).join('');
}

/** The name to download as: the stored name with the extension of what is actually stored. */
export function downloadName(originalName: string, contentType: string): string {
  const ext = extensionOf[contentType];
  if (!ext) return originalName;
  const dot = originalName.lastIndexOf('.');
  const stem = dot > 0 ? originalName.slice(0, dot) : originalName;
  const current = dot > 0 ? originalName.slice(dot + 1).toLowerCase() : '';
  if (current === ext || (ext === 'jpg' && current === 'jpeg')) return originalName;
  return `${stem}.${ext}`;
}

/** RFC 6266: an ASCII fallback plus the UTF-8 name, so Chinese names survive in every browser. */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
