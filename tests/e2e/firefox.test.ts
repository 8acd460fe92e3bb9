import { extensionSuite } from './support/extension-suite';
import { packageSuite } from './support/package-suite';

extensionSuite('firefox');
packageSuite('firefox');
