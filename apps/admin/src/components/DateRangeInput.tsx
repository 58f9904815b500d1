import { DatePicker } from 'antd';
import dayjs from 'dayjs';

export interface DateRange {
  /** 'YYYY-MM-DD', both ends included */
  from: string;
  to: string;
}

interface DateRangeInputProps extends DateRange {
  /** the id of the first box, for the Form.Item label's htmlFor */
  id: string;
  /** when set, two days this many days apart or more cannot be picked together */
  maxDays?: number;
  onChange: (range: DateRange) => void;
}

/** A date range that always has both ends (no clear button): the statistics pages' 日期范围. */
export function DateRangeInput({ id, from, to, maxDays, onChange }: DateRangeInputProps) {
  return (
    <DatePicker.RangePicker
      id={{ start: id }}
      allowClear={false}
      value={[dayjs(from), dayjs(to)]}
      disabledDate={
        maxDays === undefined
          ? undefined
          : (current, info) => (info.from ? Math.abs(current.diff(info.from, 'day')) >= maxDays : false)
      }
      onChange={(values) => {
        const [start, end] = values ?? [];
        if (start && end) onChange({ from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') });
      }}
    />
  );
}
