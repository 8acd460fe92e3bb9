/** The options page: sites to pause on, people to watch, how highlights look. */
import { useState } from 'preact/hooks';
import dataset from 'virtual:sourcelight/dataset';
import type { HighlightStyle, Settings } from '../core/settings';
import { t } from '../shared/i18n';
import { Own } from '../shared/Message';
import { saveSettings } from './settings-store';

const WATCHABLE = dataset.people.filter((person) => person.watch);

export function Options({ initial }: { initial: Settings }) {
  const [sites, setSites] = useState(initial.pausedSites.join('\n'));
  const [people, setPeople] = useState<string[]>([
    ...(initial.people ?? WATCHABLE.map((p) => p.id)),
  ]);
  const [style, setStyle] = useState<HighlightStyle>(initial.highlightStyle);
  const [saved, setSaved] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const everyone = WATCHABLE.every((p) => people.includes(p.id));
    await saveSettings({
      pausedSites: sites.split(/[\s,]+/).filter((site) => site !== ''),
      people: everyone ? null : people,
      highlightStyle: style,
    });
    setSaved(true);
  };
  const toggle = (id: string, on: boolean) => {
    setPeople((current) => (on ? [...current, id] : current.filter((p) => p !== id)));
    setSaved(false);
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      <h1>{t('optionsTitle')}</h1>
      <p class="intro">
        {t('optionsIntro')}{' '}
        {/* The policy ships with the extension (src/privacy/, from PRIVACY.md): it reads offline. */}
        <a href="../privacy/index.html" id="privacy-link">
          {t('optionsPrivacy')}
        </a>
      </p>
      <fieldset>
        <legend>{t('optionsPausedSites')}</legend>
        <label for="paused-sites" class="hint">
          {t('optionsPausedSitesHint')}
        </label>
        <textarea
          id="paused-sites"
          value={sites}
          onInput={(event) => {
            setSites(event.currentTarget.value);
            setSaved(false);
          }}
          placeholder="example.com"
          dir="ltr"
        />
      </fieldset>
      <fieldset>
        <legend>{t('optionsPeople')}</legend>
        <p class="hint">{t('optionsPeopleHint')}</p>
        {WATCHABLE.map((person) => (
          <label key={person.id}>
            <input
              type="checkbox"
              name="people"
              value={person.id}
              checked={people.includes(person.id)}
              onChange={(event) => toggle(person.id, event.currentTarget.checked)}
            />{' '}
            <Own>{person.name}</Own>{' '}
            <span class="hint">
              · <Own>{person.role}</Own>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsStyle')}</legend>
        {(['marker', 'underline'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="style"
              value={value}
              checked={style === value}
              onChange={() => {
                setStyle(value);
                setSaved(false);
              }}
            />{' '}
            {t(value === 'marker' ? 'optionsStyleMarker' : 'optionsStyleUnderline')}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('optionsSave')}</button>
      {saved && (
        <span class="saved" role="status">
          {t('optionsSaved')}
        </span>
      )}
    </form>
  );
}
