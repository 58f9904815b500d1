import type { AdminCalendarDay } from '@houqin/contracts';
import { formatZoned } from '../audit/export-sheet';
import type { Caller } from '../auth/actor';
import type { AppContext } from '../context';
import { type ExcelColumn, type ExcelExport, toExcelDate } from '../excel';
import { parseDate, weekdayOf } from '../zoned-time';
import { getCalendarYear } from './admin-service';

const weekdayNames = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

const sourceNames: Record<AdminCalendarDay['source'], string> = {
  official: '官方安排',
  admin: '管理员设置',
  local: '本地例外',
  default: '默认（周一至周五上班）',
};

/** A date cell: midnight wall time (Excel cells have no zone). */
function dateCell(date: string): Date {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function columns(timeZone: string): ExcelColumn<AdminCalendarDay>[] {
  return [
    { header: '日期', width: 12, numFmt: 'yyyy-mm-dd', value: (d) => dateCell(d.date) },
    { header: '星期', width: 8, value: (d) => weekdayNames[weekdayOf(d.date)] },
    { header: '类型', width: 8, value: (d) => (d.workday ? '工作日' : '休息日') },
    { header: '名称', width: 20, value: (d) => d.name ?? '' },
    { header: '来源', width: 22, value: (d) => sourceNames[d.source] },
    {
      header: '官方安排',
      width: 20,
      value: (d) => (d.official ? `${d.official.workday ? '班' : '休'} ${d.official.name}` : ''),
    },
    { header: '修改人', width: 12, value: (d) => d.updatedByName ?? '' },
    {
      header: '修改时间',
      width: 18,
      numFmt: 'yyyy-mm-dd hh:mm',
      value: (d) => (d.updatedAt ? toExcelDate(new Date(d.updatedAt), timeZone) : null),
    },
  ];
}

/** The year's calendar as a sheet: one row per day, a title naming the year and its coverage. */
export async function exportCalendarYear(
  ctx: AppContext,
  caller: Caller,
  year: number,
): Promise<ExcelExport<AdminCalendarDay>> {
  const calendar = await getCalendarYear(ctx, caller, year);
  const { timeZone } = ctx.config;
  const coverage = calendar.packageKnowsYear
    ? '含国务院办公厅公布的节假日安排'
    : '数据包未收录该年官方安排，仅含管理员录入';
  return {
    filename: `工作日历-${year}.xlsx`,
    sheetName: `${year}年`,
    title: `${year} 年工作日历（${coverage}）导出于 ${formatZoned(ctx.clock.now(), timeZone)}（${timeZone}）`,
    columns: columns(timeZone),
    rows: calendar.days,
  };
}
