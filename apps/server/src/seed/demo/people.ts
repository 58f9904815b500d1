import type { Role } from '@houqin/contracts';

/**
 * The demo district: 临江区 (a made-up district), its agencies and the centre that runs the
 * back office, and the people who work there. Every role is held by someone; every unit has a
 * unit_admin. Names are common Chinese names; mobiles and employee codes are made up.
 */

export const DEMO_PASSWORD = 'Houqin@2026demo';

export const demoRoot = { code: 'LJQ', name: '临江区人民政府' };

export interface DemoUnit {
  code: string;
  name: string;
  /** undefined = directly under the district government */
  parent?: string;
  sortOrder: number;
}

export const demoUnits: DemoUnit[] = [
  { code: 'BGS', name: '区政府办公室', sortOrder: 1 },
  { code: 'FGJ', name: '区发展和改革局', sortOrder: 2 },
  { code: 'CZJ', name: '区财政局', sortOrder: 3 },
  { code: 'JYJ', name: '区教育局', sortOrder: 4 },
  { code: 'WJJ', name: '区卫生健康局', sortOrder: 5 },
  { code: 'SJJ', name: '区审计局', sortOrder: 6 },
  { code: 'JGSW', name: '区机关事务管理中心', sortOrder: 7 },
  { code: 'JGSW-ST', name: '机关食堂', parent: 'JGSW', sortOrder: 1 },
  { code: 'JGSW-CD', name: '公务车队', parent: 'JGSW', sortOrder: 2 },
  { code: 'JGSW-WX', name: '物业维修科', parent: 'JGSW', sortOrder: 3 },
];

/** username, name, unit code, roles besides staff (everyone is staff: they book meals and rooms too) */
type Person = [string, string, string, Role[]];

export const demoPeople: Person[] = [
  ['liuyang', '刘洋', 'BGS', ['unit_admin']],
  ['zhuyu', '朱瑜', 'BGS', ['sysadmin']],
  ['gaojian', '高健', 'BGS', []],
  ['linxue', '林雪', 'BGS', []],
  ['hejun', '何军', 'BGS', []],
  ['guoting', '郭婷', 'BGS', []],
  ['mali', '马莉', 'BGS', []],
  ['luobin', '罗斌', 'BGS', []],
  ['wangfang', '王芳', 'FGJ', ['unit_admin']],
  ['chenjing', '陈静', 'FGJ', []],
  ['zhangwei', '张伟', 'FGJ', []],
  ['lina', '李娜', 'FGJ', []],
  ['yangfan', '杨帆', 'FGJ', []],
  ['zhaolei', '赵磊', 'FGJ', []],
  ['huangli', '黄丽', 'FGJ', []],
  ['zhoumin', '周敏', 'CZJ', ['unit_admin']],
  ['wuqiang', '吴强', 'CZJ', []],
  ['xuyan', '徐艳', 'CZJ', []],
  ['sunli', '孙丽', 'CZJ', []],
  ['hutao', '胡涛', 'CZJ', []],
  ['zhuhong', '朱红', 'CZJ', []],
  ['gaofeng', '高峰', 'CZJ', []],
  ['linhai', '林海', 'JYJ', ['unit_admin']],
  ['heping', '何平', 'JYJ', []],
  ['guojing', '郭静', 'JYJ', []],
  ['luoxia', '罗霞', 'JYJ', []],
  ['liangchen', '梁晨', 'JYJ', []],
  ['songjie', '宋杰', 'JYJ', []],
  ['zhengshuang', '郑爽', 'JYJ', []],
  ['xieyun', '谢云', 'WJJ', ['unit_admin']],
  ['hanmei', '韩梅', 'WJJ', []],
  ['tangchao', '唐超', 'WJJ', []],
  ['fengyu', '冯宇', 'WJJ', []],
  ['dengqian', '邓倩', 'WJJ', []],
  ['caoyang', '曹阳', 'WJJ', []],
  ['xiaojing', '肖静', 'WJJ', []],
  ['pengbo', '彭博', 'SJJ', ['unit_admin']],
  ['xuli', '许莉', 'SJJ', ['auditor']],
  ['zengrui', '曾睿', 'SJJ', ['auditor']],
  ['lvna', '吕娜', 'SJJ', []],
  ['sujian', '苏建', 'SJJ', []],
  ['jiangtao', '蒋涛', 'JGSW', ['unit_admin', 'logistics_admin']],
  ['huanglei', '黄磊', 'JGSW', ['logistics_admin']],
  ['liqiang', '李强', 'JGSW', ['room_admin']],
  ['caiwen', '蔡雯', 'JGSW', ['room_admin']],
  ['zhoujie', '周杰', 'JGSW', ['reception']],
  ['jiaxin', '贾鑫', 'JGSW', ['reception']],
  ['dingning', '丁宁', 'JGSW', []],
  ['weiguo', '魏国', 'JGSW-ST', ['unit_admin', 'canteen_staff']],
  ['zhaomin', '赵敏', 'JGSW-ST', ['canteen_staff']],
  ['xueping', '薛萍', 'JGSW-ST', ['canteen_staff']],
  ['yekai', '叶凯', 'JGSW-ST', ['canteen_staff']],
  ['yanli', '阎丽', 'JGSW-ST', ['canteen_staff']],
  ['panyong', '潘勇', 'JGSW-CD', ['unit_admin', 'fleet_dispatcher']],
  ['wuhao', '吴浩', 'JGSW-CD', ['fleet_dispatcher']],
  ['duming', '杜明', 'JGSW-CD', []],
  ['daiwei', '戴伟', 'JGSW-CD', []],
  ['yuhai', '于海', 'JGSW-WX', ['unit_admin', 'technician']],
  ['sunjun', '孙军', 'JGSW-WX', ['technician']],
  ['renbin', '任斌', 'JGSW-WX', ['technician']],
  ['yaogang', '姚刚', 'JGSW-WX', ['technician']],
  ['jinshan', '金山', 'JGSW-WX', ['technician']],
];

/** The login shown for each role in the start-up table: the clearest holder of that role. */
export const demoLoginByRole: Record<Role, string> = {
  staff: 'chenjing',
  unit_admin: 'wangfang',
  room_admin: 'liqiang',
  canteen_staff: 'zhaomin',
  technician: 'sunjun',
  reception: 'zhoujie',
  fleet_dispatcher: 'wuhao',
  logistics_admin: 'huanglei',
  auditor: 'xuli',
  sysadmin: 'zhuyu',
};
