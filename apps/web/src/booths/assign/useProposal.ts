import { useEffect, useRef, useState } from 'react';
import type { AcceptProposalInput, AssignmentProposal } from '@bussanten/contracts';
import { isAbortError } from '../../api/client';
import { proposalsApi } from '../api/proposals';
import { useAcceptProposal } from '../queries';
import { createHighlightStore, type PlanView } from './proposal-map';
import { acceptInput, initialSelection } from './proposal-model';

export interface ProposalFailure {
  error: unknown;
  during: 'propose' | 'accept';
}

/**
 * The proposal's life on the assignment page: ask for one, choose among its changes, confirm, send
 * the chosen ones (which updates the fair's cached assignments and marks what they change stale).
 * Nothing is saved before the confirmation, and a proposal that was acted on or discarded is
 * forgotten. The proposal itself is no server state: it is computed on request and never cached.
 */
export function useProposal(fairId: string) {
  const [proposing, setProposing] = useState(false);
  const [proposal, setProposal] = useState<AssignmentProposal | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<ProposalFailure | null>(null);
  /** The request waiting for the organizer's confirmation. */
  const [pending, setPending] = useState<AcceptProposalInput | null>(null);
  const accept = useAcceptProposal(fairId);
  const accepting = accept.isPending;
  /** How many changes the last accept saved, for the line saying so. */
  const [saved, setSaved] = useState<number | null>(null);
  /** Which plan the map draws while the proposal is on screen: a new proposal is shown as proposed. */
  const [view, setView] = useState<PlanView>('proposed');
  /** The change pointed at or focused, in the table or on the map. */
  const [highlight] = useState(createHighlightStore);
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const propose = async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setProposing(true);
    setFailure(null);
    setSaved(null);
    setProposal(null);
    try {
      const p = await proposalsApi.propose(fairId, {}, { signal: controller.signal });
      if (controller.signal.aborted) return;
      setProposal(p);
      setChosen(initialSelection(p.changes));
      setView('proposed');
      highlight.set(null);
    } catch (e) {
      if (controller.signal.aborted || isAbortError(e)) return;
      setFailure({ error: e, during: 'propose' });
    } finally {
      // A newer request (or leaving the page) owns the flag now.
      if (!controller.signal.aborted) setProposing(false);
    }
  };

  const choose = (applicationId: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(applicationId);
      else next.delete(applicationId);
      return next;
    });

  /** Opens the confirmation for the chosen changes, or for every change ('all', which ticks them all too). */
  const askToAccept = (which: 'chosen' | 'all') => {
    if (!proposal) return;
    if (which === 'all') setChosen(initialSelection(proposal.changes));
    const input = acceptInput(proposal.changes, which === 'all' ? 'all' : chosen);
    if (input.changes.length > 0) setPending(input);
  };

  const confirm = () => {
    if (!pending || accepting) return;
    setFailure(null);
    accept.mutate(pending, {
      onSuccess: (_, input) => {
        setSaved(input.changes.length);
        setProposal(null);
      },
      onError: (e) => setFailure({ error: e, during: 'accept' }),
      onSettled: () => setPending(null),
    });
  };

  const discard = () => {
    setProposal(null);
    setFailure(null);
    setPending(null);
  };

  return {
    proposing,
    proposal,
    chosen,
    failure,
    pending,
    accepting,
    saved,
    view,
    setView,
    highlight,
    propose: () => void propose(),
    choose,
    askToAccept,
    confirm,
    cancel: () => setPending(null),
    discard,
  };
}

export type ProposalState = ReturnType<typeof useProposal>;
