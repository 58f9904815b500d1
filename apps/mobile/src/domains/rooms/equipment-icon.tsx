import type { Equipment } from '@houqin/contracts';
import {
  AudioOutline,
  EditSOutline,
  MovieOutline,
  PictureOutline,
  SoundOutline,
  VideoOutline,
} from 'antd-mobile-icons';
import type { ComponentType, SVGProps } from 'react';

const icons: Record<Equipment, ComponentType<SVGProps<SVGSVGElement>>> = {
  projector: MovieOutline,
  screen: PictureOutline,
  video_conference: VideoOutline,
  microphone: AudioOutline,
  whiteboard: EditSOutline,
  sound_system: SoundOutline,
};

/** The icon of a kind of equipment; decorative, its word is always beside it. */
export function EquipmentIcon({ kind }: { kind: Equipment }) {
  const Icon = icons[kind];
  return <Icon className="equipment-icon" aria-hidden="true" />;
}
