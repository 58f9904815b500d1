import {
  defaultMeetingRoomSettings,
  type MeetingRoom,
  type MeetingRoomSettingsInput,
} from '@houqin/contracts';

/** A picked person as the approver picker holds it (label shown without another lookup). */
export interface PickedUser {
  value: string;
  label: string;
}

/** A photo in the upload list: `uid` is the file id once uploaded. */
export interface PhotoItem {
  uid: string;
  name: string;
  status?: 'uploading' | 'done' | 'error' | 'removed';
  url?: string;
  thumbUrl?: string;
  response?: { id: string };
}

/** The form's values: the settings input, with the approvers and photos as their pickers keep them. */
export type SettingsValues = Omit<
  MeetingRoomSettingsInput,
  'approverIds' | 'photoFileIds' | 'quotaHoursPerWeek'
> & {
  approverIds: PickedUser[];
  photoFileIds: PhotoItem[];
  quotaEnabled: boolean;
  quotaHoursPerWeek: number | null;
};

/** The form starts from the room's rules, or the contracts' defaults for a room that is not a meeting room yet. */
export function settingsValues(room?: MeetingRoom): SettingsValues {
  const base: Omit<MeetingRoomSettingsInput, 'approverIds' | 'photoFileIds'> =
    room ?? defaultMeetingRoomSettings;
  return {
    capacity: base.capacity,
    equipment: [...base.equipment],
    bookable: base.bookable,
    openFrom: base.openFrom,
    openTo: base.openTo,
    workdaysOnly: base.workdaysOnly,
    requiresApproval: base.requiresApproval,
    approverIds: room
      ? room.approvers.map((person) => ({ value: person.id, label: person.displayName }))
      : [],
    bookingScope: base.bookingScope,
    allowedUnitIds: [...base.allowedUnitIds],
    allowedRoles: [...base.allowedRoles],
    minMinutes: base.minMinutes,
    maxMinutes: base.maxMinutes,
    maxDaysAhead: base.maxDaysAhead,
    minNoticeMinutes: base.minNoticeMinutes,
    bufferMinutes: base.bufferMinutes,
    checkInRequired: base.checkInRequired,
    checkInOpensMinutes: base.checkInOpensMinutes,
    noShowMinutes: base.noShowMinutes,
    quotaEnabled: base.quotaHoursPerWeek !== null,
    quotaHoursPerWeek: base.quotaHoursPerWeek,
    pendingHoldHours: base.pendingHoldHours,
    photoFileIds: room
      ? room.photos.map((photo, index) => ({
          uid: photo.id,
          name: `${index + 1}`,
          status: 'done',
          url: photo.url,
          thumbUrl: photo.thumbnailUrl ?? photo.url,
        }))
      : [],
  };
}

/**
 * What is sent: approvers as ids; the unit/role lists only for the scope that uses them; the quota
 * only when it is on; photos that finished uploading, in the order shown.
 */
export function settingsInput(values: SettingsValues): MeetingRoomSettingsInput {
  const { quotaEnabled, approverIds, photoFileIds, ...rest } = values;
  return {
    ...rest,
    approverIds: values.requiresApproval ? approverIds.map((person) => person.value) : [],
    allowedUnitIds: values.bookingScope === 'units' ? values.allowedUnitIds : [],
    allowedRoles: values.bookingScope === 'roles' ? values.allowedRoles : [],
    quotaHoursPerWeek: quotaEnabled ? values.quotaHoursPerWeek : null,
    photoFileIds: photoFileIds
      .filter((photo) => photo.status === 'done' || photo.status === undefined)
      .map((photo) => photo.response?.id ?? photo.uid),
  };
}

/** 'HH:MM' choices on the 5-minute grid, 00:00 to 24:00. */
export function timeOfDayOptions(): string[] {
  const options: string[] = [];
  for (let minutes = 0; minutes <= 24 * 60; minutes += 5) {
    const h = String(Math.floor(minutes / 60)).padStart(2, '0');
    const m = String(minutes % 60).padStart(2, '0');
    options.push(`${h}:${m}`);
  }
  return options;
}
