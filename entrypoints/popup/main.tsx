import '../../components/shell/theme.css';
import { mountPage } from '../../lib/ui/mount';
import { App } from './App';

void mountPage(() => <App />);
