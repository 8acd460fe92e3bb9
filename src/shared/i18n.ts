/**
 * Reader-facing strings come from _locales, so the UI can be translated: the browser picks the
 * messages of its UI language (English where Sourcelight has none). Dates, numbers and lists
 * are formatted in the language those messages are in (src/core/locale-format.ts), and the UI
 * is laid out in its direction.
 */
import browser from 'webextension-polyfill';
import { formattingLocale } from '../core/locale-format';

export type MessageName =
  | 'extensionName'
  | 'cardLabel'
  | 'cardSaidBy'
  | 'sourceCredits'
  | 'cardSources'
  | 'cardUnknownSpeaker'
  | 'cardDateUnknown'
  | 'claimEvent'
  | 'eventHeading'
  | 'translatedFrom'
  | 'quoteOpen'
  | 'quoteClose'
  | 'popupTitle'
  | 'popupNotScanned'
  | 'popupError'
  | 'popupSummary'
  | 'popupPrivacy'
  | 'diffHeading'
  | 'diffCredits'
  | 'diffWording'
  | 'diffOutletWording'
  | 'diffNoSpeaker'
  | 'diffSilent'
  | 'diffUndated'
  | 'verdictConflict'
  | 'verdictPrecision'
  | 'verdictConversion'
  | 'verdictAgree'
  | 'verdictSingle'
  | 'valueAge'
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
  | 'pageDetail'
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
  | 'optionsSaved'
  | 'spreadHeading'
  | 'spreadFirst'
  | 'spreadChanged'
  | 'spreadDetail'
  | 'spreadKindTranscript'
  | 'spreadKindReport'
  | 'spreadKindOpinion'
  | 'spreadKindCopy'
  | 'spreadKindRewrite'
  | 'spreadKindTranslation'
  | 'spreadCopyOf'
  | 'spreadRewriteOf'
  | 'spreadTranslationOf'
  | 'recordOpen'
  | 'recordOpenTitle'
  | 'recordHeading'
  | 'recordDocumentTitle'
  | 'recordAllClaims'
  | 'recordPrint'
  | 'recordPlace'
  | 'recordSideBySide'
  | 'recordSideBySideNote'
  | 'recordSource'
  | 'recordOutlet'
  | 'recordPublished'
  | 'recordLanguage'
  | 'recordKind'
  | 'recordCredited'
  | 'recordDiffers'
  | 'recordNotStated'
  | 'recordNoDetails'
  | 'recordWordings'
  | 'recordWordingSame'
  | 'recordWordingExcerpt'
  | 'recordWordingChanged'
  | 'recordWordingPart'
  | 'recordWordingOther'
  | 'recordNoWording'
  | 'recordUnknown'
  | 'recordSameEvent'
  | 'browseOpen'
  | 'browseBack'
  | 'browseTitle'
  | 'browseSearch'
  | 'browseCount'
  | 'browseNothing'
  | 'browseFacts'
  | 'digits';

export function t(name: MessageName, ...substitutions: string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

/** The language the messages are in ("ar"): each locale's messages.json names its own. */
export function messagesLocale(): string {
  return browser.i18n.getMessage('localeTag') || 'en';
}

/** The locale dates, numbers and lists are formatted in. */
export function uiLocale(): string {
  return formattingLocale(browser.i18n.getUILanguage(), messagesLocale());
}

/**
 * The direction the messages are written in. Each locale's messages.json says it, rather than
 * the browser's `@@bidi_dir`: that follows the UI language, which reads right to left in Urdu
 * or Pashto, whose readers get the English messages, laid out left to right.
 */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('textDirection') === 'rtl' ? 'rtl' : 'ltr';
}
