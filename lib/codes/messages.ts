/**
 * Messages of the codes domain: add each type to CodesProtocol (request and reply types) and to
 * codesSpecs (receiver-side guard and allowed senders). lib/platform/messaging.ts merges every domain.
 */
import type { SpecTable } from '@/lib/platform/message-contracts';

// oxlint-disable-next-line typescript/no-empty-interface, typescript/no-empty-object-type -- filled as the domain grows
export interface CodesProtocol {}

export const codesSpecs: SpecTable<CodesProtocol> = {};
