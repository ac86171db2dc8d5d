// Settings sections contributed by each domain, in display order. Each is a component of its own file.
import type { ComponentType } from 'react';
import { CodesSection } from './codes';
import { EditsSection } from '../../../lib/edits/views/EditsSection';
import { ClaimsSection } from './claims';
import { NotesSection } from './notes';
import { TemplatesSection } from './templates';

export const SECTIONS: ComponentType[] = [CodesSection, EditsSection, ClaimsSection, NotesSection, TemplatesSection];
