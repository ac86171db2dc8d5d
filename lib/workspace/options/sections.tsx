// Settings sections contributed by each domain, in display order (what users change first: payer
// rules, practice details, imports; notes' lock; the code data's sources last). Each is a component of its own file.
import type { ComponentType } from 'react';
import { CodesSection } from '@/lib/codes/views/CodeDataSection';
import { ClaimsSection } from '@/lib/checks/views/ChecksSection';
import { NotesSection } from '@/lib/notes/views/NotesSettingsSection';
import { TemplatesSection } from '@/lib/templates/views/PracticeSection';
import { EditsSection } from '@/lib/edits/views/EditsSection';
import { ReaderMappingsSection } from '@/lib/reading/views/ReaderMappingsSection';

export const SECTIONS: ComponentType[] = [ClaimsSection, TemplatesSection, CodesSection, EditsSection, ReaderMappingsSection, NotesSection];
