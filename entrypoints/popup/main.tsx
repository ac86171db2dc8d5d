import '@/lib/platform/views/theme.css';
import { mountPage } from '@/lib/platform/views/mount';
import { App } from '@/lib/workspace/popup/PopupApp';

void mountPage(() => <App />);
