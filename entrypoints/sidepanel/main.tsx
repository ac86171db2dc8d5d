import '@/lib/platform/views/theme.css';
import { mountPage } from '@/lib/platform/views/mount';
import { App } from '@/lib/workspace/sidepanel/SidePanelApp';

void mountPage(() => <App />);
