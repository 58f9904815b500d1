import type { BookWeekResult } from '@houqin/contracts';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { Sheet } from '../../ui/sheet';
import { dayLabel } from './day-label';

interface WeekResultSheetProps {
  title: string;
  result: BookWeekResult | null;
  onClose: () => void;
}

/** What a whole-week action did: how many meals changed and which were left, with the reason. */
export function WeekResultSheet({ title, result, onClose }: WeekResultSheetProps) {
  const { t } = useTranslation();
  return (
    <Sheet open={result !== null} title={title} onClose={onClose}>
      {result && (
        <>
          <p className="sheet-body">
            {result.changed > 0
              ? t('mealsWeek.changed', { count: result.changed })
              : t('mealsWeek.nothingChanged')}
          </p>
          {result.skipped.length > 0 && (
            <div>
              <p className="sheet-meta">{t('mealsWeek.skippedTitle')}</p>
              <ul className="skipped-list">
                {result.skipped.map((s) => (
                  <li key={`${s.date}-${s.meal}`}>
                    <span>
                      {dayLabel(s.date, currentLanguage())} {t(`meals.${s.meal}`)}
                    </span>
                    <span className="skipped-reason">{t(`mealsWeek.skipReason_${s.reason}`)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Button block color="primary" size="large" onClick={onClose}>
            {t('mealsWeek.close')}
          </Button>
        </>
      )}
    </Sheet>
  );
}
