import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DailySalesInput } from '@bussanten/contracts';
import { fairSalesApi, mySalesApi } from './api/sales';

/** The sales context's server state: a representative's own figures, the organizer's view and comparison. */
export const salesKeys = {
  all: ['sales'] as const,
  mine: (applicationId: string) => ['sales', 'mine', applicationId] as const,
  fair: (fairId: string) => ['sales', 'fair', fairId] as const,
  comparison: (fairId: string, compareWith: string | null) => ['sales', 'fair', fairId, 'comparison', compareWith ?? ''] as const,
};

export function useMySales(applicationId: string) {
  return useQuery({ queryKey: salesKeys.mine(applicationId), queryFn: ({ signal }) => mySalesApi.get(applicationId, { signal }) });
}

/** Saves a day's figures; the own figures are read again (totals and the day's state). */
export function useEnterMySales(applicationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ date, input }: { date: string; input: DailySalesInput }) => mySalesApi.put(applicationId, date, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: salesKeys.mine(applicationId) }),
  });
}

export function useFairSales(fairId: string) {
  return useQuery({ queryKey: salesKeys.fair(fairId), queryFn: ({ signal }) => fairSalesApi.get(fairId, { signal }) });
}

export function useSalesComparison(fairId: string, compareWith: string | null) {
  return useQuery({
    queryKey: salesKeys.comparison(fairId, compareWith),
    queryFn: ({ signal }) => fairSalesApi.comparison(fairId, compareWith, { signal }),
  });
}

/** Confirms a day: its answer is the whole view now; the comparison is read again. */
export function useConfirmSalesDay(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => fairSalesApi.confirm(fairId, date),
    onSuccess: (view) => queryClient.setQueryData(salesKeys.fair(fairId), view),
    onSettled: () => queryClient.invalidateQueries({ queryKey: salesKeys.fair(fairId) }),
  });
}

/** The organizer's entry for an exhibitor (代理入力). */
export function useEnterSalesOnBehalf(fairId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, date, input }: { applicationId: string; date: string; input: DailySalesInput }) =>
      fairSalesApi.put(fairId, applicationId, date, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: salesKeys.fair(fairId) }),
  });
}
