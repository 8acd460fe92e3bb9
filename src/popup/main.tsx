import { render } from 'preact';
import { Popup } from './Popup';
import { loadPopupState } from './popup-state';

const app = document.getElementById('app');
if (app !== null) {
  void loadPopupState(new URLSearchParams(location.search)).then((state) => {
    render(<Popup state={state} />, app);
    // Lets tests and tools know the popup has finished rendering.
    document.documentElement.dataset.ready = 'true';
  });
}
