import type { RoomStats } from '@houqin/contracts';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import type { ExcelColumn } from '../../platform/excel';

/**
 * The statistics as an .xlsx with one sheet per table, in the look of platform/excel's exports
 * (title row, Chinese headers, real numbers). sendExcel streams one sheet; these tables are small
 * (rooms, units, 7 × 24 cells), so the workbook is built whole.
 */
interface Sheet<Row> {
  name: string;
  title: string;
  columns: ExcelColumn<Row>[];
  rows: Row[];
}

const weekdays = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const percent = '0.0%';
const hoursFormat = '0.00';

function addSheet<Row>(workbook: ExcelJS.Workbook, spec: Sheet<Row>): void {
  const sheet = workbook.addWorksheet(spec.name);
  sheet.columns = spec.columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? 16,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.addRow([spec.title]).font = { bold: true, size: 13 };
  sheet.addRow(spec.columns.map((c) => c.header)).font = { bold: true };
  for (const row of spec.rows) sheet.addRow(spec.columns.map((c) => c.value(row) ?? null));
}

export function statisticsSheets(stats: RoomStats) {
  const period = `${stats.from} 至 ${stats.to}`;
  const heat = new Map(stats.heatmap.map((h) => [`${h.weekday}|${h.hour}`, h.hours]));
  const hoursOfDay = Array.from({ length: 24 }, (_, h) => h);
  return [
    {
      name: '会议室利用率',
      title: `会议室利用率（${period}）`,
      columns: [
        { header: '楼宇', width: 18, value: (r) => r.building },
        { header: '会议室', width: 20, value: (r) => r.name },
        { header: '预订小时', width: 12, numFmt: hoursFormat, value: (r) => r.bookedHours },
        { header: '开放小时', width: 12, numFmt: hoursFormat, value: (r) => r.openHours },
        { header: '利用率', width: 10, numFmt: percent, value: (r) => r.utilization },
      ],
      rows: stats.rooms,
    } satisfies Sheet<RoomStats['rooms'][number]>,
    {
      name: '楼宇利用率',
      title: `楼宇利用率（${period}）`,
      columns: [
        { header: '楼宇', width: 18, value: (r) => r.name },
        { header: '预订小时', width: 12, numFmt: hoursFormat, value: (r) => r.bookedHours },
        { header: '开放小时', width: 12, numFmt: hoursFormat, value: (r) => r.openHours },
        { header: '利用率', width: 10, numFmt: percent, value: (r) => r.utilization },
      ],
      rows: stats.buildings,
    } satisfies Sheet<RoomStats['buildings'][number]>,
    {
      name: '单位爽约率',
      title: `需签到会议的爽约率（${period}）`,
      columns: [
        { header: '单位', width: 22, value: (r) => r.unitName },
        { header: '需签到会议', width: 12, value: (r) => r.checkInBookings },
        { header: '爽约（已释放）', width: 14, value: (r) => r.noShows },
        { header: '爽约率', width: 10, numFmt: percent, value: (r) => r.rate },
      ],
      rows: stats.noShows,
    } satisfies Sheet<RoomStats['noShows'][number]>,
    {
      name: '单位使用排行',
      title: `使用最多的单位（${period}）`,
      columns: [
        { header: '单位', width: 22, value: (r) => r.unitName },
        { header: '会议数', width: 10, value: (r) => r.bookings },
        { header: '预订小时', width: 12, numFmt: hoursFormat, value: (r) => r.hours },
      ],
      rows: stats.busiestUnits,
    } satisfies Sheet<RoomStats['busiestUnits'][number]>,
    {
      name: '高峰时段',
      title: `各时段预订小时数（${period}，按星期与小时）`,
      columns: [
        { header: '星期', width: 8, value: (weekday) => weekdays[weekday - 1] },
        ...hoursOfDay.map(
          (h): ExcelColumn<number> => ({
            header: `${h}时`,
            width: 7,
            numFmt: hoursFormat,
            value: (weekday) => heat.get(`${weekday}|${h}`) ?? 0,
          }),
        ),
      ],
      rows: [1, 2, 3, 4, 5, 6, 7],
    } satisfies Sheet<number>,
  ] as const;
}

export async function statisticsWorkbook(stats: RoomStats): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of statisticsSheets(stats)) addSheet(workbook, sheet as Sheet<unknown>);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function sendStatisticsWorkbook(reply: FastifyReply, stats: RoomStats): Promise<FastifyReply> {
  const filename = encodeURIComponent(`会议室统计_${stats.from}_${stats.to}.xlsx`);
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="export.xlsx"; filename*=UTF-8''${filename}`)
    .header('cache-control', 'no-store')
    .send(await statisticsWorkbook(stats));
}
