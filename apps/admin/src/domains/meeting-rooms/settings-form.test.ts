import { defaultMeetingRoomSettings, type MeetingRoom } from '@houqin/contracts';
import { describe, expect, it } from 'vitest';
import { settingsInput, settingsValues, timeOfDayOptions } from './settings-form';

const room: MeetingRoom = {
  ...defaultMeetingRoomSettings,
  id: 'r1',
  name: '第一会议室',
  number: '301',
  buildingId: 'b1',
  building: 'A座',
  floorId: 'f3',
  floor: '3F',
  floorLevel: 3,
  capacity: 30,
  requiresApproval: true,
  approvers: [{ id: 'u1', displayName: '李强' }],
  bookingScope: 'units',
  allowedUnitIds: ['unit-1'],
  quotaHoursPerWeek: 6,
  photos: [{ id: 'p1', url: '/api/files/p1', thumbnailUrl: '/api/files/p1/thumbnail' }],
  mayBook: true,
};

describe('settingsValues / settingsInput', () => {
  it('starts a new meeting room from the contract defaults and sends them back unchanged', () => {
    const values = settingsValues();
    expect(values.quotaEnabled).toBe(false);
    expect(settingsInput(values)).toEqual(defaultMeetingRoomSettings);
  });

  it('round-trips a room: approvers and photos by id, the quota kept', () => {
    const input = settingsInput(settingsValues(room));
    expect(input).toMatchObject({
      capacity: 30,
      approverIds: ['u1'],
      allowedUnitIds: ['unit-1'],
      quotaHoursPerWeek: 6,
      photoFileIds: ['p1'],
    });
    expect(Object.keys(input).sort()).toEqual(Object.keys(defaultMeetingRoomSettings).sort());
  });

  it('drops what the chosen options no longer use', () => {
    const values = settingsValues(room);
    const input = settingsInput({
      ...values,
      requiresApproval: false,
      bookingScope: 'everyone',
      quotaEnabled: false,
      photoFileIds: [
        ...values.photoFileIds,
        { uid: 'tmp', name: 'new.jpg', status: 'done', response: { id: 'p2' } },
        { uid: 'tmp2', name: 'broken.jpg', status: 'error' },
      ],
    });
    expect(input).toMatchObject({
      approverIds: [],
      allowedUnitIds: [],
      allowedRoles: [],
      quotaHoursPerWeek: null,
      photoFileIds: ['p1', 'p2'],
    });
  });
});

describe('timeOfDayOptions', () => {
  it('covers the day on the 5-minute grid, 24:00 included', () => {
    const options = timeOfDayOptions();
    expect(options[0]).toBe('00:00');
    expect(options).toContain('08:05');
    expect(options.at(-1)).toBe('24:00');
    expect(options).toHaveLength(289);
  });
});
