/**
 * Messages of the templates domain: add each type to TemplatesProtocol (request and reply types) and to
 * templatesSpecs (receiver-side guard and allowed senders). lib/messaging.ts merges every domain.
 */
import type { SpecTable } from '../messaging-core';

// oxlint-disable-next-line typescript/no-empty-interface, typescript/no-empty-object-type -- filled as the domain grows
export interface TemplatesProtocol {}

export const templatesSpecs: SpecTable<TemplatesProtocol> = {};
