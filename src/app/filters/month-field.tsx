/**
 * A month field of the date-range filter: a text box ("2023-09") typed freely and applied on Enter
 * or when focus leaves it. Chromium's `type="month"` showed an empty "--------- ----" that looked
 * broken, and Firefox has no month picker at all.
 */
import { useState, type KeyboardEvent } from 'react';

export interface MonthFieldProps {
  id: string;
  testId: string;
  label: string;
  /** The month shown ("2023-09", or "" for none). */
  value: string;
  placeholder: string;
  /** Id of the hint that says what to type. */
  hintId: string;
  invalidText: string;
  /** Turns what was typed into a URL date: undefined clears, null is not a date. */
  parse(text: string): string | undefined | null;
  /** Called with a new date (or undefined to clear) once the reader applies it. */
  onCommit(date: string | undefined): void;
}

interface Draft {
  /** The value the text was typed over: a new value from outside (Back, clear all) replaces the draft. */
  base: string;
  text: string;
  invalid: boolean;
}

/** A labelled text field for one end of the date range (testid on the input that holds the value). */
export function MonthField(props: MonthFieldProps) {
  const { id, testId, label, value, placeholder, hintId, invalidText, parse, onCommit } = props;
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft && draft.base === value ? draft : null;
  const text = current ? current.text : value;
  const invalid = current?.invalid ?? false;
  const errorId = `${id}-error`;

  const commit = () => {
    if (!current) return;
    const date = parse(current.text);
    if (date === null) {
      setDraft({ ...current, invalid: true });
      return;
    }
    setDraft(null);
    if ((date ?? '') !== value) onCommit(date);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && current) {
      // Esc undoes the typing (and stays in the field instead of closing the detail panel).
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
    }
  };

  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <input
        id={id}
        data-testid={testId}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={10}
        placeholder={placeholder}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${errorId} ${hintId}` : hintId}
        onChange={(e) => setDraft({ base: value, text: e.currentTarget.value, invalid: false })}
        onKeyDown={onKeyDown}
        onBlur={commit}
        className="w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1 text-sm tabular-nums placeholder:text-slate-500 aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-900 dark:placeholder:text-slate-400 dark:aria-invalid:border-red-400"
      />
      {invalid ? (
        <p id={errorId} className="text-xs text-red-700 dark:text-red-300">
          {invalidText}
        </p>
      ) : null}
    </div>
  );
}
