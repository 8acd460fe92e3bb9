import { extensionSuite } from './support/extension-suite';
import { localeSuite } from './support/locale-suite';
import { packageSuite } from './support/package-suite';

extensionSuite('chromium');
packageSuite('chromium');
localeSuite('chromium', 'ar');
localeSuite('chromium', 'ru');
