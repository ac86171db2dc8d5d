// Settings sections contributed by each domain, in display order. Each is a component of its own file.
import type { ComponentType } from 'react';
import { CodesSection } from '@/lib/codes/views/CodeDataSection';
import { ClaimsSection } from '@/lib/checks/views/ChecksSection';
import { NotesSection } from '@/lib/notes/views/NotesSettingsSection';
import { TemplatesSection } from '@/lib/templates/views/PracticeSection';
import { EditsSection } from '@/lib/edits/views/EditsSection';

export const SECTIONS: ComponentType[] = [CodesSection, EditsSection, ClaimsSection, NotesSection, TemplatesSection];
