import type { Announcement, AnnouncementPage, PublishAnnouncementInput } from '@houqin/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http } from '../../lib/http';

export const announcementsKey = ['announcements'] as const;

export function useAnnouncements(paging: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: [...announcementsKey, paging],
    queryFn: ({ signal }) => http.get<AnnouncementPage>('/api/admin/announcements', paging, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublishAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishAnnouncementInput) =>
      http.post<Announcement>('/api/admin/announcements', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: announcementsKey });
      // the publisher may be among the recipients: the bell's stream brings theirs
    },
  });
}
