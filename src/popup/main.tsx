import { render } from 'preact';
import { Popup } from './Popup';
import { loadPopupState } from './popup-state';
import { localizePage } from '../shared/page-locale';

localizePage(document);
const params = new URLSearchParams(location.search);
const app = document.getElementById('app');
// A real popup closes once it has sent the reader to the claim; opened as a page (?tab=), it stays.
const onShown = () => {
  if (!params.has('tab')) window.close();
};
if (app !== null) {
  void loadPopupState(params).then((state) => {
    render(<Popup state={state} onShown={onShown} />, app);
    // Lets tests and tools know the popup has finished rendering.
    document.documentElement.dataset.ready = 'true';
  });
}
