/** Reader-facing strings come from _locales, so the UI can be translated. */
import browser from 'webextension-polyfill';

export type MessageName =
  | 'cardLabel'
  | 'cardSaidBy'
  | 'sourceCredits'
  | 'cardSources'
  | 'cardUnknownSpeaker'
  | 'cardDateUnknown'
  | 'claimEvent'
  | 'eventHeading'
  | 'translatedFrom'
  | 'popupTitle'
  | 'popupNothingFound'
  | 'popupNotScanned'
  | 'popupError'
  | 'popupSummary'
  | 'popupPrivacy'
  | 'diffHeading'
  | 'diffCredits'
  | 'diffWording'
  | 'diffNoSpeaker'
  | 'diffSilent'
  | 'diffUndated'
  | 'verdictConflict'
  | 'verdictPrecision'
  | 'verdictConversion'
  | 'verdictAgree'
  | 'verdictSingle'
  | 'valueAge'
  | 'durationYears'
  | 'durationDays'
  | 'durationHours'
  | 'durationMinutes'
  | 'durationSeconds'
  | 'boundAbout'
  | 'boundAtLeast'
  | 'boundMoreThan'
  | 'boundLessThan'
  | 'boundUpTo'
  | 'kindDate'
  | 'kindAge'
  | 'kindAmount'
  | 'kindPlace'
  | 'kindPerson'
  | 'kindCount'
  | 'kindDuration'
  | 'pageHeading'
  | 'pageCredits'
  | 'pageCreditsAlone'
  | 'pageNoSpeaker'
  | 'pageRecord'
  | 'pageAdds'
  | 'pageLeavesOut'
  | 'pageDetailConflict'
  | 'pageDetailPrecision'
  | 'pageDetailAgree'
  | 'liveSummary'
  | 'popupNamesNoClaims'
  | 'popupGroupFacts'
  | 'popupShow'
  | 'optionsTitle'
  | 'optionsIntro'
  | 'optionsPrivacy'
  | 'optionsPausedSites'
  | 'optionsPausedSitesHint'
  | 'optionsPeople'
  | 'optionsPeopleHint'
  | 'optionsStyle'
  | 'optionsStyleMarker'
  | 'optionsStyleUnderline'
  | 'optionsSave'
  | 'optionsSaved';

export function t(name: MessageName, ...substitutions: string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

/** "2025-10-20" as the reader's locale writes a date; the ISO text where it cannot. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(browser.i18n.getUILanguage(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** A language tag ("ru") as the reader's locale names the language ("Russian"); the tag where it cannot. */
export function languageName(tag: string): string {
  try {
    return (
      new Intl.DisplayNames([browser.i18n.getUILanguage()], { type: 'language' }).of(tag) ?? tag
    );
  } catch {
    return tag;
  }
}
