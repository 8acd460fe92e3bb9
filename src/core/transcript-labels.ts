/**
 * A transcript's turns labelled by a speaker's initials. A page that prints a conversation
 * names each speaker in full at a turn of their own ("Steve Witkoff: Hola, Yuri.", or "Steve
 * Witkoff (SW): …") and then labels the turns "SW:", "YU:". Each such label is a mention of that
 * person: the turns it opens are theirs, however far the page printed their name.
 */
import type { PersonMention } from './people';

/** A turn's label: a few capitals and a colon, at a line's start. */
const INITIALS_LABEL = /^[\t ]*(\p{Lu}{2,4})[\t ]*:/gmu;
/** A full name's label: the name, initials in brackets or not, then a colon. */
const NAME_LABEL = /^([\p{L}\p{M}'’.\- ]{1,60}?)[\t ]*(?:\((\p{Lu}{2,4})\))?[\t ]*:/u;
/** Names of one word, or of many, are initialled by their words' first capitals. */
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;

/** `mentions` with a mention for each turn a known label opens, in the text's order. */
export function withTranscriptLabels(
  text: string,
  mentions: readonly PersonMention[],
): readonly PersonMention[] {
  const labels = labelsOf(text, mentions);
  if (labels.size === 0) return mentions;
  const added: PersonMention[] = [];
  for (const match of text.matchAll(INITIALS_LABEL)) {
    const personId = labels.get(match[1]!);
    if (personId === undefined) continue;
    const start = match.index + match[0].indexOf(match[1]!);
    added.push({ personId, start, end: start + match[1]!.length });
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The initials each person named at a turn's start is labelled by: their printed name's
 * initials ("Steve Witkoff" → SW), or those the page gives in brackets. Initials two people
 * would share label no one.
 */
function labelsOf(text: string, mentions: readonly PersonMention[]): Map<string, string> {
  const labels = new Map<string, string | null>();
  const label = (initials: string, personId: string) => {
    const known = labels.get(initials);
    labels.set(initials, known === undefined || known === personId ? personId : null);
  };
  for (const mention of mentions) {
    const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
    const match = NAME_LABEL.exec(text.slice(lineStart, lineStart + 80));
    // The name must be the label: it ends at or after the mention, which lies inside it.
    if (match === null || lineStart + match[1]!.length < mention.end) continue;
    const initials = [...match[1]!.matchAll(WORD)].map(([word]) => word[0]!).join('');
    if (/^\p{Lu}{2,4}$/u.test(initials)) label(initials, mention.personId);
    if (match[2] !== undefined) label(match[2], mention.personId);
  }
  const known = new Map<string, string>();
  for (const [initials, personId] of labels) if (personId !== null) known.set(initials, personId);
  return known;
}
