/**
 * The search box: the typed text stays in local state (instant), the URL's `q` follows after a
 * short pause. One typing session is one history entry: its first write pushes, later ones replace.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { normalizeQuery } from '../url-state/url-state';

const DEBOUNCE_MS = 150;

export interface SearchBoxProps {
  query: string | undefined;
  label: string;
  placeholder: string;
  /** A short line under the box, read by screen readers as its description. */
  hint?: string;
  onSearch: (q: string | undefined, mode: 'push' | 'replace') => void;
}

/** A labelled `type=search` input bound to the URL's `q`; Esc clears it. */
export function SearchBox({ query, label, placeholder, hint, onSearch }: SearchBoxProps) {
  const id = useId();
  const hintId = useId();
  const [text, setText] = useState(query ?? '');
  const committed = useRef(normalizeQuery(query ?? ''));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inSession = useRef(false);

  // Back/Forward or "clear filters" changed `q` from outside: show it, unless it is what we wrote.
  useEffect(() => {
    const external = normalizeQuery(query ?? '');
    if (external !== committed.current) {
      committed.current = external;
      clearTimeout(timer.current);
      setText(query ?? '');
    }
  }, [query]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    const normalized = normalizeQuery(value);
    if (normalized === committed.current) return;
    committed.current = normalized;
    onSearch(normalized || undefined, inSession.current ? 'replace' : 'push');
    inSession.current = true;
  };

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        data-testid="search-input"
        type="search"
        value={text}
        placeholder={placeholder}
        aria-describedby={hint ? hintId : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400"
        onChange={(e) => {
          const value = e.currentTarget.value;
          setText(value);
          clearTimeout(timer.current);
          // Emptying the box (the ✕ button, select-all + delete) applies at once.
          if (value === '') commit('');
          else timer.current = setTimeout(() => commit(value), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'Escape' && text !== '') {
            // Esc with text clears the box only; with an empty box it reaches the page (closes the panel).
            e.preventDefault();
            e.stopPropagation();
            setText('');
            commit('');
          }
        }}
        onBlur={() => {
          commit(text);
          inSession.current = false;
        }}
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      )}
    </div>
  );
}
