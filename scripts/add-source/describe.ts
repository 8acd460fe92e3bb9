/** A proposal as text for a person to review before `--write`. */
import type { DetailEntry } from './details.ts';
import type { Proposal, ProposedClaimAppearance } from './propose.ts';

const quoted = (text: string) => JSON.stringify(text);

function describeDetail(d: DetailEntry): string {
  const { type, about, text, ...value } = d;
  return `${type} (${about}): ${quoted(text)} ${JSON.stringify(value)}`;
}

function describeAppearance(p: ProposedClaimAppearance): string[] {
  const { appearance: a } = p;
  const found =
    p.translationLanguage === undefined
      ? `wording of ${p.via}, score ${p.score.toFixed(2)}`
      : `a translation found by its stems, in "${p.translationLanguage}": check the span`;
  return [
    `  ${p.claim}  (${found})`,
    `    text:        ${quoted(a.text ?? '')}`,
    ...(a.context === undefined ? [] : [`    context:     ${quoted(a.context)}`]),
    `    credited to: ${a.attributedTo ?? '(nobody: the page does not say)'}`,
    ...(a.details ?? []).map((d) => `    detail:      ${describeDetail(d)}`),
    ...p.detailsLeft.map(
      (d) =>
        `    not written: ${describeDetail(d)} (outside the quote's paragraph, or too far for a short context)`,
    ),
  ];
}

export function describeProposal(proposal: Proposal): string {
  const { source } = proposal;
  const lines = [
    'Source (for data/sources.json):',
    ...Object.entries(source).map(([key, value]) => `  ${key.padEnd(12)} ${JSON.stringify(value)}`),
  ];
  if (proposal.existingSource !== null)
    lines.push(`  (already in sources.json as "${proposal.existingSource}")`);
  for (const what of proposal.missing) lines.push(`  missing: ${what}`);
  lines.push('', `Appearances (${proposal.appearances.length}), one per claim found:`);
  for (const p of proposal.appearances) lines.push(...describeAppearance(p));
  lines.push(
    '',
    `Candidates for new claims (${proposal.candidates.length}), never written: quoted, credited to a known person, matching no claim:`,
  );
  for (const c of proposal.candidates) lines.push(`  ${c.attributedTo}: ${quoted(c.text)}`);
  return lines.join('\n');
}
