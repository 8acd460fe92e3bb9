/** `npm run add-source`: see scripts/add-source/cli.ts. */
import { main } from './add-source/cli.ts';

process.exitCode = await main(process.argv.slice(2));
