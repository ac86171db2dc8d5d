// Settings sections contributed by each domain, in display order. Each is a component of its own file.
import type { ComponentType } from 'react';
import { CodesSection } from './codes';
import { ClaimsSection } from './claims';
import { NotesSection } from './notes';
import { TemplatesSection } from './templates';
import { ReaderMappingsSection } from '../../../lib/reading/views/ReaderMappingsSection';

export const SECTIONS: ComponentType[] = [CodesSection, ClaimsSection, ReaderMappingsSection, NotesSection, TemplatesSection];
