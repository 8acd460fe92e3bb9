import { extensionSuite } from './support/extension-suite';
import { localeSuite } from './support/locale-suite';
import { packageSuite } from './support/package-suite';
import { recordSuite } from './support/record-suite';

extensionSuite('firefox');
packageSuite('firefox');
recordSuite('firefox');
localeSuite('firefox', 'ar');
localeSuite('firefox', 'ru');
