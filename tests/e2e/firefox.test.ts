import { extensionSuite } from './support/extension-suite';

extensionSuite('firefox');
