import { i18n } from '../../lib/i18n';
import { parseRrule } from './rrule';

/** A series' rule in words: 每周：周一、周三，共 10 次 / Every week: Mon, Wed, 10 times; the raw rule if unknown. */
export function ruleText(rrule: string): string {
  const rule = parseRrule(rrule);
  if (!rule) return rrule;
  const t = i18n.t;
  const every =
    rule.interval > 1
      ? t(`roomsRuleEveryN.${rule.frequency}`, { count: rule.interval })
      : t(`roomsRuleEvery.${rule.frequency}`);
  const weekday = (day: string) => t(`roomsWeekdays.${day as 'MO'}`);
  let what: string | null = null;
  const first = rule.byDay[0];
  if (rule.frequency === 'monthly' && first?.ordinal) {
    what =
      first.ordinal === -1
        ? t('roomsRule.last', { weekday: weekday(first.day) })
        : t('roomsRule.nth', {
            n: t(`roomsOrdinals.n${first.ordinal}` as 'roomsOrdinals.n1'),
            weekday: weekday(first.day),
          });
  } else if (rule.frequency === 'monthly' && rule.byMonthDay) {
    what = t('roomsRule.monthDay', { day: rule.byMonthDay });
  } else if (rule.byDay.length > 0) {
    what = rule.byDay.map((d) => weekday(d.day)).join(t('app.listSeparator'));
  }
  const text = what ? t('roomsRule.on', { every, what }) : every;
  if (rule.count) return t('roomsRule.withCount', { rule: text, count: rule.count });
  if (rule.until) return t('roomsRule.withUntil', { rule: text, date: rule.until });
  return text;
}
