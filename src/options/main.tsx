import { render } from 'preact';
import { Options } from './Options';
import { loadSettings } from './settings-store';
import { t } from '../shared/i18n';
import { localizePage } from '../shared/page-locale';

localizePage(document, t('optionsTitle'));
const app = document.getElementById('app');
if (app !== null) {
  void loadSettings().then((settings) => {
    render(<Options initial={settings} />, app);
    // Lets tests and tools know the page has finished rendering.
    document.documentElement.dataset.ready = 'true';
  });
}
