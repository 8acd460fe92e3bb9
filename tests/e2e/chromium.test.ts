import { extensionSuite } from './support/extension-suite';
import { localeSuite } from './support/locale-suite';
import { packageSuite } from './support/package-suite';
import { recordSuite } from './support/record-suite';

extensionSuite('chromium');
packageSuite('chromium');
recordSuite('chromium');
localeSuite('chromium', 'ar');
localeSuite('chromium', 'ru');
