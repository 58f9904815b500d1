import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../../db/client';

/**
 * Statistics over bookings starting in [from, to). "Booked" time is that of confirmed bookings
 * that were checked in or did not need to be, from the start to the early end or the end;
 * released (no-show), cancelled, rejected and expired bookings do not count.
 */
export interface StatsRange {
  from: Date;
  to: Date;
  timeZone: string;
}

const counted = (r: StatsRange) => sql`
  select b.room_id, b.unit_id, b.starts_at,
         least(b.ends_at, coalesce(b.ended_early_at, b.ends_at)) as ends_at
    from room_bookings b
   where b.status = 'confirmed'
     and (not b.check_in_required or b.checked_in_at is not null)
     and b.starts_at >= ${r.from.toISOString()}::timestamptz
     and b.starts_at < ${r.to.toISOString()}::timestamptz`;

export async function sumBookedHoursByRoom(db: Executor, r: StatsRange) {
  return queryRows<{ roomId: string; hours: number }>(
    db,
    sql`with counted as (${counted(r)})
        select room_id as "roomId",
               sum(greatest(extract(epoch from ends_at - starts_at), 0))::float8 / 3600 as hours
          from counted group by room_id`,
  );
}

export async function sumBookedHoursByUnit(db: Executor, r: StatsRange) {
  return queryRows<{ unitId: string; unitName: string; bookings: number; hours: number }>(
    db,
    sql`with counted as (${counted(r)})
        select c.unit_id as "unitId", u.name as "unitName", count(*)::int as bookings,
               sum(greatest(extract(epoch from c.ends_at - c.starts_at), 0))::float8 / 3600 as hours
          from counted c join units u on u.id = c.unit_id
         group by c.unit_id, u.name
         order by hours desc, u.name`,
  );
}

/** Booked hours split over the wall-clock hours they cover, by ISO weekday (1 = Monday) and hour. */
export async function sumBookedHoursByWeekdayHour(db: Executor, r: StatsRange) {
  return queryRows<{ weekday: number; hour: number; hours: number }>(
    db,
    sql`with counted as (${counted(r)}),
        local as (
          select starts_at at time zone ${r.timeZone} as s, ends_at at time zone ${r.timeZone} as e
            from counted where ends_at > starts_at
        )
        select extract(isodow from h)::int as weekday, extract(hour from h)::int as hour,
               sum(extract(epoch from least(e, h + interval '1 hour') - greatest(s, h)))::float8 / 3600 as hours
          from local
         cross join lateral generate_series(date_trunc('hour', s), e - interval '1 microsecond', interval '1 hour') as h
         group by 1, 2
         order by 1, 2`,
  );
}

/** Bookings that required check-in and have started, and how many of them were released as no-shows. */
export async function countNoShowsByUnit(db: Executor, r: StatsRange & { now: Date }) {
  const until = new Date(Math.min(r.now.getTime(), r.to.getTime()));
  return queryRows<{ unitId: string; unitName: string; checkInBookings: number; noShows: number }>(
    db,
    sql`select b.unit_id as "unitId", u.name as "unitName", count(*)::int as "checkInBookings",
               (count(*) filter (where b.status = 'released'))::int as "noShows"
          from room_bookings b join units u on u.id = b.unit_id
         where b.check_in_required
           and b.status in ('confirmed', 'released')
           and b.starts_at >= ${r.from.toISOString()}::timestamptz
           and b.starts_at < ${until.toISOString()}::timestamptz
         group by b.unit_id, u.name`,
  );
}
