import type { ErrorCode } from './errors';
import type { Role } from './roles';

/** The languages Houqin speaks: Chinese first, English for staff who ask for it. */
export type MessageLocale = 'zh-CN' | 'en';
export type LocalizedText = Record<MessageLocale, string>;

/**
 * The message for every error code, in every language: the one place to write them. The server sends
 * them as `error.message`; the apps build their `errors.*` texts from them (see `errorSentences`).
 * Polite 您-style Chinese with full-width punctuation, no closing full stop (the apps add it).
 */
export const errorMessages: Record<ErrorCode, LocalizedText> = {
  VALIDATION_FAILED: { 'zh-CN': '提交的内容有误，请检查标出的字段', en: 'Some fields are invalid' },
  MALFORMED_JSON: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: {
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  INVALID_CREDENTIALS: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    'zh-CN': '密码错误次数过多，账号已临时锁定，请稍后再试',
    en: 'Too many wrong passwords; the account is locked for a while',
  },
  ACCOUNT_DISABLED: {
    'zh-CN': '账号已停用，请联系管理员',
    en: 'This account is deactivated; contact an administrator',
  },
  IP_LOCKED: {
    'zh-CN': '该网络登录失败次数过多，请稍后再试',
    en: 'Too many failed sign-ins from this network; try again later',
  },
  RATE_LIMITED: { 'zh-CN': '操作过于频繁，请稍后再试', en: 'Too many requests; try again shortly' },
  CSRF_TOKEN_INVALID: {
    'zh-CN': '安全校验失败，请刷新页面后重试',
    en: 'Security check failed; reload the page and try again',
  },
  FORBIDDEN: { 'zh-CN': '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '记录不存在或已被删除', en: 'The record does not exist' },
  ROUTE_NOT_FOUND: { 'zh-CN': '接口不存在', en: 'No such API endpoint' },
  PASSWORD_POLICY: {
    'zh-CN': '密码至少 10 位，且须包含字母和数字，不能与用户名相同',
    en: 'Passwords need at least 10 characters with letters and digits, and must differ from the username',
  },
  PASSWORD_INCORRECT: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  USERNAME_TAKEN: { 'zh-CN': '用户名已被使用', en: 'This username is already taken' },
  EMPLOYEE_CODE_TAKEN: { 'zh-CN': '工号已被使用', en: 'This employee code is already taken' },
  UNIT_HAS_CHILDREN: {
    'zh-CN': '该单位下还有下级单位，不能删除',
    en: 'This unit has sub-units and cannot be deleted',
  },
  UNIT_HAS_USERS: {
    'zh-CN': '该单位下还有人员，不能删除',
    en: 'This unit still has users and cannot be deleted',
  },
  UNIT_CYCLE: { 'zh-CN': '不能把单位移到它自己的下级', en: 'A unit cannot be moved under itself' },
  UNIT_CODE_TAKEN: { 'zh-CN': '单位编码已被使用', en: 'This unit code is already taken' },
  IMPORT_INVALID: {
    'zh-CN': '导入文件中有错误，未导入任何数据，请按报告修改后重试',
    en: 'The file has errors; nothing was imported. Fix the rows listed and try again',
  },
  IMPORT_FILE_UNREADABLE: {
    'zh-CN': '无法读取文件，请上传 .xlsx 或 .csv 文件',
    en: 'The file cannot be read; upload an .xlsx or .csv file',
  },
  PAYLOAD_TOO_LARGE: { 'zh-CN': '上传的内容过大', en: 'The upload is too large' },
  CANNOT_DEACTIVATE_SELF: { 'zh-CN': '不能停用自己的账号', en: 'You cannot deactivate your own account' },
  LAST_SYSADMIN: {
    'zh-CN': '系统中至少要保留一名启用的系统管理员',
    en: 'At least one active system administrator must remain',
  },
  JOB_NOT_RETRYABLE: {
    'zh-CN': '只有失败的任务可以重试',
    en: 'Only a failed job can be retried',
  },
  JOB_ALREADY_PENDING: {
    'zh-CN': '相同的任务已在等待执行，无需重试',
    en: 'The same job is already waiting to run',
  },
  FILE_TYPE_NOT_ALLOWED: {
    'zh-CN': '文件类型不允许：仅支持 JPG、PNG、WebP、HEIC 图片和 PDF、Word（.docx）、Excel（.xlsx）文档',
    en: 'File type not allowed: only JPG, PNG, WebP, HEIC images and PDF, Word (.docx), Excel (.xlsx) documents',
  },
  FILE_IMAGE_UNREADABLE: {
    'zh-CN': '图片无法读取，可能已损坏或格式不受支持',
    en: 'The image cannot be read; it may be damaged or in an unsupported format',
  },
  FILES_TOO_MANY: { 'zh-CN': '一次上传的文件过多', en: 'Too many files in one upload' },
  FILE_NOT_ATTACHABLE: {
    'zh-CN': '附件不存在、已被使用或不是您上传的，请重新上传',
    en: 'An attachment does not exist, is already used or was not uploaded by you; upload it again',
  },
  TOKEN_INVALID: { 'zh-CN': '二维码或凭证无效', en: 'The QR code or pass is not valid' },
  TOKEN_EXPIRED: { 'zh-CN': '二维码或凭证已过期', en: 'The QR code or pass has expired' },
  TOKEN_USED: { 'zh-CN': '二维码或凭证已被使用', en: 'The QR code or pass has already been used' },
  TOKEN_NOT_YET_VALID: { 'zh-CN': '二维码或凭证尚未生效', en: 'The QR code or pass is not valid yet' },
  SHORT_CODE_INVALID: {
    'zh-CN': '验证码不正确，请核对后重新输入',
    en: 'The code is not correct; check it and try again',
  },
  CALENDAR_IMPORT_INVALID: {
    'zh-CN': '导入内容有错误，未导入任何日期，请按行号修改后重试',
    en: 'Some lines are invalid; no day was imported. Fix the lines listed and try again',
  },
  SPACE_CODE_TAKEN: {
    'zh-CN': '名称、编码或楼层已被使用',
    en: 'This name, code or floor is already taken',
  },
  ROOM_NUMBER_TAKEN: {
    'zh-CN': '该楼宇内已有此房间号',
    en: 'This room number is already taken in the building',
  },
  SPACE_IN_USE: {
    'zh-CN': '其下还有楼层或房间，不能删除',
    en: 'It still has floors or rooms and cannot be deleted',
  },
  SPACES_IMPORT_INVALID: {
    'zh-CN': '导入文件中有错误，未导入任何房间，请按行号修改后重试',
    en: 'The file has errors; no room was imported. Fix the rows listed and try again',
  },
  ROOM_CONFLICT: {
    'zh-CN': '该时段已被预订（含会后整理时间），请换个时间或会议室',
    en: 'That time is already booked (including the buffer after a meeting); choose another time or room',
  },
  ROOM_NOT_BOOKABLE: {
    'zh-CN': '该会议室当前不可预订',
    en: 'This meeting room cannot be booked at the moment',
  },
  ROOM_BOOKING_NOT_ALLOWED: {
    'zh-CN': '您所在单位或角色不能预订该会议室',
    en: 'Your unit or role may not book this meeting room',
  },
  BOOKING_RULES_VIOLATED: {
    'zh-CN': '部分时段不符合该会议室的预订规则（开放时间、工作日、提前量或关闭期），请查看每个时段的原因',
    en: "Some occurrences break the room's rules (open hours, workdays, notice or closures); see the reason for each",
  },
  BOOKING_DURATION_INVALID: {
    'zh-CN': '会议时长不符合该会议室的最短或最长时长',
    en: "The meeting length is outside the room's minimum or maximum duration",
  },
  BOOKING_QUOTA_EXCEEDED: {
    'zh-CN': '超出您在该会议室每周可预订的小时数',
    en: 'This exceeds your weekly hours quota for this room',
  },
  BOOKING_NOT_CHANGEABLE: {
    'zh-CN': '该预订已取消、结束或已开始，不能再修改',
    en: 'This booking is cancelled, over or already started and cannot be changed',
  },
  BOOKING_NOT_PENDING: {
    'zh-CN': '该预订不在待审批状态',
    en: 'This booking is not awaiting approval',
  },
  CHECK_IN_NOT_OPEN: {
    'zh-CN': '当前不在签到时间内（会前10分钟至未到释放前可签到）',
    en: 'Check-in is not open now (it opens shortly before the start and closes at the no-show release)',
  },
  CHECK_IN_NO_BOOKING: {
    'zh-CN': '您在该会议室当前没有可签到的会议',
    en: 'You have no meeting in this room to check in to now',
  },
  CLOSURE_OVERLAPS: {
    'zh-CN': '该时段已有关闭安排',
    en: 'A closure already covers part of this period',
  },
  FEED_NOT_FOUND: {
    'zh-CN': '订阅链接无效或已被撤销',
    en: 'This subscription link is invalid or has been revoked',
  },
  CANTEEN_CLOSED: {
    'zh-CN': '该食堂当天不开餐',
    en: 'The canteen is closed on that day',
  },
  BOOKING_CUTOFF_PASSED: {
    'zh-CN': '已过报餐截止时间，不能再预订或取消',
    en: 'The booking cutoff has passed; this meal can no longer be booked or cancelled',
  },
  CANTEEN_NOT_ELIGIBLE: {
    'zh-CN': '您所在单位不在该食堂的就餐范围内',
    en: 'Your unit is not served by this canteen',
  },
  MEAL_NOT_SERVED: {
    'zh-CN': '该食堂不提供这一餐',
    en: 'This canteen does not serve that meal',
  },
  MEAL_BOOKED_ELSEWHERE: {
    'zh-CN': '您已在其他食堂预订了这一餐',
    en: 'You have already booked this meal at another canteen',
  },
  MENU_NOT_PUBLISHED: {
    'zh-CN': '菜单尚未发布',
    en: 'The menu has not been published yet',
  },
  CANTEEN_NAME_TAKEN: {
    'zh-CN': '已有同名食堂',
    en: 'A canteen with this name already exists',
  },
  STAFF_NOT_IN_UNIT: {
    'zh-CN': '只能为本单位的在职人员报餐',
    en: 'You can only book meals for active staff of your own unit',
  },
  GUEST_MEAL_NOT_PENDING: {
    'zh-CN': '该客餐申请不在待审批状态',
    en: 'This guest meal order is not awaiting approval',
  },
  MEAL_ALREADY_SERVED: {
    'zh-CN': '这餐已经就餐，不能取消',
    en: 'This meal has already been served and cannot be cancelled',
  },
  INTERNAL_ERROR: {
    'zh-CN': '服务器内部错误，请稍后再试',
    en: 'Internal server error; please try again later',
  },
  SERVICE_UNAVAILABLE: {
    'zh-CN': '服务暂不可用，请稍后再试',
    en: 'Service unavailable; please try again later',
  },
};

/** Role names, as the console, the phone app and spreadsheets (imports and exports) show them. */
export const roleLabels: Record<Role, LocalizedText> = {
  staff: { 'zh-CN': '职工', en: 'Staff' },
  unit_admin: { 'zh-CN': '单位管理员', en: 'Unit administrator' },
  room_admin: { 'zh-CN': '会议室管理员', en: 'Meeting-room administrator' },
  canteen_staff: { 'zh-CN': '食堂工作人员', en: 'Canteen staff' },
  technician: { 'zh-CN': '维修工', en: 'Technician' },
  reception: { 'zh-CN': '门岗', en: 'Reception' },
  fleet_dispatcher: { 'zh-CN': '车辆调度员', en: 'Fleet dispatcher' },
  logistics_admin: { 'zh-CN': '后勤管理员', en: 'Logistics administrator' },
  auditor: { 'zh-CN': '审计监督员', en: 'Auditor' },
  sysadmin: { 'zh-CN': '系统管理员', en: 'System administrator' },
};

/** One language's texts of a localized map, keyed as the map is (for an i18next resource section). */
export function textsIn<K extends string>(
  map: Record<K, LocalizedText>,
  locale: MessageLocale,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(map) as K[]) out[key] = map[key][locale];
  return out;
}

/** A message as a whole sentence, for the apps: ends it with "。" or "." unless it already ends a sentence. */
export function asSentence(text: string, locale: MessageLocale): string {
  if (/[。！？.!?]$/.test(text)) return text;
  return text + (locale === 'zh-CN' ? '。' : '.');
}

/** Every error code's message in one language, each a whole sentence: the apps' `errors.*` texts. */
export function errorSentences(locale: MessageLocale): Record<ErrorCode, string> {
  const out = {} as Record<ErrorCode, string>;
  for (const code of Object.keys(errorMessages) as ErrorCode[]) {
    out[code] = asSentence(errorMessages[code][locale], locale);
  }
  return out;
}
