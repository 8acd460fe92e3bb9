/**
 * The known claims to browse (core/browse.ts): a search field, how many claims it finds (said
 * to screen readers as it changes), and those claims by speaker and event, each a link to its
 * full record. The popup opens a record in a tab of its own (`onOpen`); the record page follows
 * the link.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { groupForBrowse, searchClaims, type BrowseClaim } from '../core/browse';
import { formatCount, formatEventDays } from './format';
import { t } from './i18n';
import { Message, Own } from './Message';

export interface BrowseProps {
  readonly claims: readonly BrowseClaim[];
  /** The link to a claim's record. */
  readonly href: (claimId: string) => string;
  /** Opens a record instead of following the link. */
  readonly onOpen?: (claimId: string) => void;
  /** Puts the cursor in the search field when shown (the reader asked to browse). */
  readonly focus?: boolean;
}

export function Browse({ claims, href, onOpen, focus = false }: BrowseProps) {
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchClaims(claims, query), [claims, query]);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focus) search.current?.focus();
  }, [focus]);
  return (
    <section class="browse">
      <label for="browse-search">{t('browseSearch')}</label>
      <input
        id="browse-search"
        ref={search}
        type="search"
        dir="auto"
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p class="meta found" role="status">
        {found.length === 0 ? t('browseNothing') : t('browseCount', formatCount(found.length))}
      </p>
      {groupForBrowse(found).map((group) => (
        <section class="speaker-group" key={group.speaker ?? ''}>
          <h2>
            {group.speaker === null ? (
              t('browseFacts')
            ) : (
              <Message name="cardSaidBy" args={[<Own>{group.speaker}</Own>]} />
            )}
          </h2>
          {group.events.map(({ event, claims: those }) => (
            <section class="event-claims" key={event.id}>
              <h3>
                <Message
                  name="eventHeading"
                  args={[<Own>{event.title}</Own>, formatEventDays(event)]}
                />
              </h3>
              <ul class="claims">
                {those.map((claim) => (
                  <li class="claim" key={claim.claimId} data-claim-id={claim.claimId}>
                    <a
                      class="statement"
                      dir="auto"
                      href={href(claim.claimId)}
                      onClick={
                        onOpen &&
                        ((event) => {
                          event.preventDefault();
                          onOpen(claim.claimId);
                        })
                      }
                    >
                      {claim.statement}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </section>
  );
}
