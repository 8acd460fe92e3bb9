/**
 * The privacy page: PRIVACY.md, shipped with the extension so it reads offline, shown block by
 * block as elements (src/privacy/document.ts): the repository's file, or its translation in the
 * reader's language (privacy/).
 */
import type { Block, Inline } from './document';

function Inlines({ inlines }: { inlines: readonly Inline[] }) {
  return (
    <>
      {inlines.map((inline, index) =>
        inline.strong ? (
          <strong key={index}>{inline.text}</strong>
        ) : inline.code ? (
          <code key={index}>{inline.text}</code>
        ) : (
          inline.text
        ),
      )}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'h1':
      return (
        <h1>
          <Inlines inlines={block.inlines} />
        </h1>
      );
    case 'h2':
      return (
        <h2>
          <Inlines inlines={block.inlines} />
        </h2>
      );
    case 'p':
      return (
        <p>
          <Inlines inlines={block.inlines} />
        </p>
      );
    case 'ul':
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>
              <Inlines inlines={item} />
            </li>
          ))}
        </ul>
      );
  }
}

export function Privacy({ blocks }: { blocks: readonly Block[] }) {
  return (
    <article>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </article>
  );
}
