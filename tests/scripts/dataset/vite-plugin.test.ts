import { describe, expect, it } from 'vitest';
import { compileFirstLook, lookForAll } from '../../../src/core/first-look';
import { compilePeopleMatcher } from '../../../src/core/people';
import { datasetPlugin, gatePeople } from '../../../scripts/dataset/vite-plugin';
import { realDataset } from '../../support/dataset';

describe('gatePeople', () => {
  const gate = compilePeopleMatcher(gatePeople(realDataset()));

  it('opens for the watched people, guarded spellings included', () => {
    expect(gate.namesAnyone('Envoy Steve Witkoff arrived on Monday.')).toBe(true);
    expect(gate.namesAnyone('Hamas negotiator Hayya met the mediators.')).toBe(true);
  });

  it("carries each watched person's first look, made at build time, finding their names", () => {
    const people = gatePeople(realDataset());
    for (const person of people) {
      const look = compileFirstLook(person.lookFor);
      for (const alias of [...person.aliases, ...(person.guardedAliases ?? [])])
        expect(look.mayName(`On Monday ${alias.replace(/\*/g, '')} spoke.`), alias).toBe(true);
    }
    const all = compileFirstLook(lookForAll(people.map((p) => p.lookFor)));
    expect(all.mayName('Jared Kushner')).toBe(true);
    expect(all.mayName('The council met on Tuesday.')).toBe(false);
    expect(compileFirstLook(lookForAll([])).mayName('Witkoff')).toBe(false);
  });

  it('stays shut for people kept only for attribution', () => {
    expect(
      gate.namesAnyone(
        'President Donald Trump and Benjamin Netanyahu spoke by phone; Lesley Stahl reported.',
      ),
    ).toBe(false);
  });
});

describe('datasetPlugin', () => {
  /** Loads a virtual module through the plugin, as the build does, and evaluates it. */
  function loadVirtual(id: string): unknown {
    const plugin = datasetPlugin();
    const context = {
      addWatchFile: () => undefined,
      error: (message: string) => {
        throw new Error(message);
      },
    };
    const load = plugin.load as unknown as (this: typeof context, id: string) => string;
    const code = load.call(context, `\0${id}`);
    return JSON.parse(
      JSON.parse(code.replace(/^export default JSON\.parse\((.*)\);$/s, '$1')) as string,
    );
  }

  it("gives the content script's gate the watched people only, with their guards", () => {
    const people = loadVirtual('virtual:sourcelight/people') as {
      id: string;
      guardedAliases: string[];
    }[];
    expect(people.map((p) => p.id)).toEqual(['witkoff', 'kushner', 'al-hayya']);
    expect(people.find((p) => p.id === 'al-hayya')?.guardedAliases).toContain('Hayya');
  });

  it("gives the dataset's people their first look made, so a page's analyzer makes none", () => {
    const dataset = loadVirtual('virtual:sourcelight/dataset') as {
      people: { id: string; lookFor?: Parameters<typeof compileFirstLook>[0] }[];
    };
    expect(dataset.people.map((p) => p.id)).toEqual(realDataset().people.map((p) => p.id));
    for (const person of dataset.people) {
      expect(person.lookFor, person.id).toBeDefined();
      expect(compileFirstLook(person.lookFor!).mayName('The council met on Tuesday.')).toBe(false);
    }
    const witkoff = dataset.people.find((p) => p.id === 'witkoff')!;
    expect(compileFirstLook(witkoff.lookFor!).mayName('Steve Witkoff said')).toBe(true);
  });

  it('gives the reading of a named page a first look for everyone, the unwatched too', () => {
    const look = compileFirstLook(
      loadVirtual('virtual:sourcelight/look-for-everyone') as Parameters<
        typeof compileFirstLook
      >[0],
    );
    for (const person of realDataset().people)
      for (const alias of person.aliases)
        expect(look.mayName(`On Monday ${alias.replace(/\*/g, '')} spoke.`), alias).toBe(true);
    expect(look.mayName('The council met on Tuesday.')).toBe(false);
  });
});
