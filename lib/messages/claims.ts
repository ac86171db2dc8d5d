/**
 * Messages of the claims domain: add each type to ClaimsProtocol (request and reply types) and to
 * claimsSpecs (receiver-side guard and allowed senders). lib/messaging.ts merges every domain.
 */
import type { SpecTable } from '../messaging-core';

// oxlint-disable-next-line typescript/no-empty-interface, typescript/no-empty-object-type -- filled as the domain grows
export interface ClaimsProtocol {}

export const claimsSpecs: SpecTable<ClaimsProtocol> = {};
