import type { CreateHostInput, CreatedHost, FactorsReset, HostSummary, OperatorFactorResetRequest } from '@bussanten/contracts';
import { request } from '../../api/client';

type Signal = { signal?: AbortSignal };
const id = (value: string) => encodeURIComponent(value);

/** The operator's view of the install: hosts with counts, never a host's fairs or people. */
export const operatorApi = {
  hosts: (o: Signal = {}) => request<HostSummary[]>('GET', '/operator/hosts', { signal: o.signal }),
  createHost: (body: CreateHostInput) => request<CreatedHost>('POST', '/operator/hosts', { body }),
  disable: (hostId: string) => request<HostSummary>('POST', `/operator/hosts/${id(hostId)}/disable`),
  enable: (hostId: string) => request<HostSummary>('POST', `/operator/hosts/${id(hostId)}/enable`),
  /** Resets the second factors of the person with this address (404 PERSON_NOT_FOUND when there is none). */
  resetFactors: (body: OperatorFactorResetRequest) => request<FactorsReset>('POST', '/operator/factor-resets', { body }),
};
