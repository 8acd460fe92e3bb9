import { extensionSuite } from './support/extension-suite';
import { localeSuite } from './support/locale-suite';
import { packageSuite } from './support/package-suite';

extensionSuite('firefox');
packageSuite('firefox');
localeSuite('firefox', 'ar');
localeSuite('firefox', 'ru');
