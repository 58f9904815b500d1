import type { Canteen, Meal } from '@houqin/contracts';
import { DateField } from '../../ui/date-field';
import { CanteenField } from './canteen-field';
import { MealField } from './meal-field';

interface MealSlotFieldsProps {
  /** starts the fields' ids: `${id}-canteen`, `${id}-date`, `${id}-meal` */
  id: string;
  canteens: readonly Canteen[];
  canteen: Canteen;
  onCanteenChange: (canteenId: string) => void;
  dateLabel: string;
  date: string;
  /** the first day that can be picked */
  minDate?: string;
  onDateChange: (date: string) => void;
  meal: Meal;
  onMealChange: (meal: Meal) => void;
}

/** Which canteen, day and meal a form is for: the canteen, then the date and the meal side by side. */
export function MealSlotFields(props: MealSlotFieldsProps) {
  const { id, canteen } = props;
  return (
    <>
      <CanteenField
        id={`${id}-canteen`}
        canteens={props.canteens}
        value={canteen.id}
        onChange={props.onCanteenChange}
      />
      <div className="finder-row">
        <DateField
          id={`${id}-date`}
          label={props.dateLabel}
          value={props.date}
          min={props.minDate}
          onChange={props.onDateChange}
        />
        <MealField
          id={`${id}-meal`}
          meals={canteen.meals.map((m) => m.meal)}
          value={props.meal}
          onChange={props.onMealChange}
        />
      </div>
    </>
  );
}
