import '@/lib/platform/views/theme.css';
import { mountPage } from '@/lib/platform/views/mount';
import { App } from '@/lib/workspace/options/OptionsApp';

void mountPage(() => <App />, 'options.title');
