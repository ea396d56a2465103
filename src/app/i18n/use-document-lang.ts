/** Keeps `<html lang>` and the page title in step with the UI language. */
import { useEffect } from 'react';
import type { UiLang } from './messages';

/** Sets `document.documentElement.lang` (and the title) whenever the UI language changes. */
export function useDocumentLang(lang: UiLang, title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}
