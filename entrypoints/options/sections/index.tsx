// Settings sections contributed by each domain, in display order (what users change first: payer
// rules, practice details, imports; notes' lock; the code data's sources last). Each is a component of its own file.
import type { ComponentType } from 'react';
import { CodesSection } from './codes';
import { ClaimsSection } from './claims';
import { NotesSection } from './notes';
import { TemplatesSection } from './templates';

export const SECTIONS: ComponentType[] = [ClaimsSection, TemplatesSection, CodesSection, NotesSection];
