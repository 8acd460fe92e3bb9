import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/core/attribution';
import { compilePeopleMatcher } from '../../src/core/people';
import { realDataset } from '../support/dataset';

const people = compilePeopleMatcher(realDataset().people);

/** Whom `text` credits with the quote `quote` (which must occur in it once). */
function speakerOf(text: string, quote: string): string | null {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in the text`);
  return attribute(text, start, start + quote.length, people.mentions(text));
}

describe('attribute', () => {
  it('takes a name right after the quote, before or after the verb', () => {
    expect(
      speakerOf('“We will see it through,” Witkoff said on Sunday.', 'We will see it through'),
    ).toBe('witkoff');
    expect(speakerOf('“We will see it through,” said Kushner.', 'We will see it through')).toBe(
      'kushner',
    );
    expect(
      speakerOf('«Nous irons jusqu’au bout», a déclaré Witkoff.', 'Nous irons jusqu’au bout'),
    ).toBe('witkoff');
  });

  it('reads who spoke between two quoted parts of one span', () => {
    const text =
      'Asked about the talks, Kushner smiled. “It took a while,” Witkoff told reporters. “But we got there in the end.”';
    expect(speakerOf(text, 'It took a while,” Witkoff told reporters. “But we got there')).toBe(
      'witkoff',
    );
  });

  it('takes the subject of the sentence, not a name it mentions', () => {
    expect(
      speakerOf(
        'Witkoff said Donald Trump was “very, very comfortable” with it.',
        'very, very comfortable',
      ),
    ).toBe('witkoff');
    expect(
      speakerOf(
        'Kushner told Lesley Stahl, “Everyone complains about everything.”',
        'Everyone complains about everything',
      ),
    ).toBe('kushner');
    expect(
      speakerOf(
        'Pressed by interviewer Lesley Stahl on the plan, Kushner replied, “The force will train the police.”',
        'The force will train the police',
      ),
    ).toBe('kushner');
    expect(
      speakerOf(
        'Trump’s son-in-law Jared Kushner, part of the same interview, described the talks as “hard”.',
        'hard',
      ),
    ).toBe('kushner');
    expect(
      speakerOf(
        'Kushner, who served as an adviser to President Donald Trump, said the message was clear: “Help them thrive.”',
        'Help them thrive',
      ),
    ).toBe('kushner');
  });

  it('reads a speech verb before the name, and a colon', () => {
    expect(speakerOf('وقال ويتكوف: "قدمنا له تعازينا"', 'قدمنا له تعازينا')).toBe('witkoff');
    expect(speakerOf('Según Kushner, “el diálogo cambió todo”.', 'el diálogo cambió todo')).toBe(
      'kushner',
    );
    expect(
      speakerOf('Kushner: “We are just getting started.”', 'We are just getting started'),
    ).toBe('kushner');
  });

  it('carries an earlier speaker over a pronoun or a new paragraph', () => {
    const text =
      'Kushner said, “Hamas is trying to reconstitute.”\nHe continued, “If they are successful, Hamas will fail.”';
    expect(speakerOf(text, 'If they are successful, Hamas will fail')).toBe('kushner');
    const list =
      'Witkoff said Trump was “very, very comfortable” with it;Kushner said Israel must “help the Palestinian people thrive”';
    expect(speakerOf(list, 'help the Palestinian people thrive')).toBe('kushner');
  });

  it('says nothing where the page names no speaker', () => {
    expect(
      speakerOf(
        'The banner read “There was a war being fought” in red letters.',
        'There was a war being fought',
      ),
    ).toBeNull();
  });
});
