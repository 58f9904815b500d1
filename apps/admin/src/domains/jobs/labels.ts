import type { JobRunOutcome, JobStatus } from '@houqin/contracts';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tone } from '../../components/StatusTag';
import type { Messages } from '../../locales/zh-CN';
import { jobNameKey } from './filters';

export const statusTone: Record<JobStatus, Tone> = {
  pending: 'warning',
  running: 'warning',
  succeeded: 'success',
  failed: 'danger',
};

export const outcomeTone: Record<JobRunOutcome, Tone> = {
  running: 'warning',
  ok: 'success',
  error: 'danger',
};

type NameKey = keyof Messages['jobs']['names'];

/** A job's name in words when the console knows it, else the code itself. */
export function useJobName() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (name: string) => {
      const key = `jobs.names.${jobNameKey(name)}`;
      return i18n.exists(key) ? t(`jobs.names.${jobNameKey(name) as NameKey}`) : name;
    },
    [t, i18n],
  );
}
