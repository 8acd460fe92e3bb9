/**
 * A claim's full record, or the claims to browse: which, the address says (core/record-link.ts),
 * and it is checked against the dataset. Following a link to another record changes only the
 * hash: the page shows it without loading again.
 */
import { render } from 'preact';
import dataset from 'virtual:sourcelight/dataset';
import { browseClaims } from '../core/browse';
import { indexDataset } from '../core/dataset';
import { requestedClaim } from '../core/record-link';
import { localizePage } from '../shared/page-locale';
import { RecordPage } from './RecordPage';

const index = indexDataset(dataset);
const claims = browseClaims(index);
const app = document.getElementById('app');

function show(): void {
  if (app === null) return;
  const requested = requestedClaim(location.hash, location.search);
  localizePage(document);
  render(<RecordPage index={index} claims={claims} requested={requested} />, app);
  window.scrollTo(0, 0);
  // Lets tests and tools know the page has finished rendering.
  document.documentElement.dataset.ready = 'true';
}

window.addEventListener('hashchange', show);
show();
