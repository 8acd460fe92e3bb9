import { render } from 'preact';
import privacy from 'virtual:sourcelight/privacy';
import { Privacy } from './Privacy';

const app = document.getElementById('app');
if (app !== null) {
  render(<Privacy blocks={privacy} />, app);
  // Lets tests and tools know the page has finished rendering.
  document.documentElement.dataset.ready = 'true';
}
