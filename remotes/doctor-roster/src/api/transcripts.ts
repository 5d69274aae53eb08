import { useMutation } from '@tanstack/react-query';
import { api } from '@careops/api';
import { transcriptSchema } from '@careops/domain/doctors';

/**
 * Opening a transcript is an audited action with a reason (§1.4, §6.4), not a cached read: each
 * opening asks the server again, and the chat lives only in the mutation until the dialog closes.
 */
export function useOpenTranscript() {
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.get(`/doctors/consultations/${encodeURIComponent(id)}/transcript`, transcriptSchema, {
        query: { reason },
      }),
  });
}
