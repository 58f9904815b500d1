import type { AnnouncementAudienceInput, AnnouncementAudienceKind, Role } from '@houqin/contracts';

/** The publish form's audience fields. */
export interface AudienceValues {
  kind: AnnouncementAudienceKind;
  unitId?: string;
  role?: Role;
}

/** The form's audience as the API takes it; undefined while the chosen kind lacks its unit or role. */
export function toAudienceInput(values: AudienceValues): AnnouncementAudienceInput | undefined {
  if (values.kind === 'all') return { kind: 'all' };
  if (values.kind === 'unit') return values.unitId ? { kind: 'unit', unitId: values.unitId } : undefined;
  return values.role ? { kind: 'role', role: values.role } : undefined;
}
