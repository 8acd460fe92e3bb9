/**
 * Checks each person's `namesakes` (people.json): a namesake covers a mention only where it
 * holds one of the person's own aliases ("Charles Kushner" holds "Kushner"), so one that holds
 * none would silently never apply.
 */
import type { Person } from '../../src/core/dataset';
import { compilePeopleMatcher } from '../../src/core/people.ts';
import type { Reporter } from './load.ts';

export function checkNamesakes(people: readonly Person[], report: Reporter): void {
  people.forEach((person, i) => {
    // Guarded aliases too, as if their context stood near.
    const own = compilePeopleMatcher([
      { id: person.id, aliases: [...person.aliases, ...person.guardedAliases] },
    ]);
    person.namesakes.forEach((namesake, k) => {
      // As a page prints it: without the syntax's stem and proclitic marks.
      const printed = namesake.replace(/\*/g, '');
      if (own.mentions(printed).length > 0) return;
      report({
        entry: person.id,
        field: `${i}.namesakes.${k}`,
        message: `"${namesake}" holds none of ${person.id}'s aliases, so it covers no mention of them (expected a name or phrase that holds one, like "Charles Kushner" for "Kushner")`,
      });
    });
  });
}
