import { errorMessage, type Locale } from '../../platform/i18n';

/** Row-by-row import problems, in the client's language; "{0}" is the one argument. */
const messages = {
  required: { 'zh-CN': '必填', en: 'Required' },
  missingColumn: { 'zh-CN': '缺少“{0}”列', en: 'The column "{0}" is missing' },
  noRows: { 'zh-CN': '文件中没有用户数据行', en: 'The file has no user rows' },
  tooManyRows: {
    'zh-CN': '一次最多导入 {0} 行，请分批导入',
    en: 'At most {0} rows per import; split the file',
  },
  badUsername: {
    'zh-CN': '用户名须为 2–64 位字母、数字或 . _ -',
    en: 'Usernames are 2–64 letters, digits or . _ -',
  },
  badDisplayName: { 'zh-CN': '姓名须为 1–50 个字', en: 'Names are 1–50 characters' },
  badMobile: { 'zh-CN': '手机号须为 11 位大陆手机号', en: 'Not a mainland China mobile number (11 digits)' },
  badEmployeeCode: { 'zh-CN': '工号不能超过 32 个字符', en: 'Employee codes are at most 32 characters' },
  unknownUnit: { 'zh-CN': '单位编码“{0}”不存在', en: 'No unit has the code "{0}"' },
  unknownRole: { 'zh-CN': '角色“{0}”不存在', en: 'Unknown role "{0}"' },
  duplicate: { 'zh-CN': '与第 {0} 行重复', en: 'Same as row {0}' },
  passwordPolicy: {
    'zh-CN': errorMessage('PASSWORD_POLICY', 'zh-CN'),
    en: errorMessage('PASSWORD_POLICY', 'en'),
  },
  usernameTaken: {
    'zh-CN': errorMessage('USERNAME_TAKEN', 'zh-CN'),
    en: errorMessage('USERNAME_TAKEN', 'en'),
  },
  employeeCodeTaken: {
    'zh-CN': errorMessage('EMPLOYEE_CODE_TAKEN', 'zh-CN'),
    en: errorMessage('EMPLOYEE_CODE_TAKEN', 'en'),
  },
} satisfies Record<string, Record<Locale, string>>;

export type ImportMessageKey = keyof typeof messages;

export function importMessage(locale: Locale, key: ImportMessageKey, arg = ''): string {
  return messages[key][locale].replace('{0}', arg);
}
