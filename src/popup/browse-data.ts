/**
 * The known claims to browse, loaded only when the reader asks (Popup.tsx imports this module
 * dynamically): the popup opens without the dataset, or the browse list and its search.
 */
import dataset from 'virtual:sourcelight/dataset';
import { browseClaims } from '../core/browse';
import { indexDataset } from '../core/dataset';

export { Browse } from '../shared/Browse';

export const claims = browseClaims(indexDataset(dataset));
