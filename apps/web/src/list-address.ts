import { useEffect, useState, type FormEvent } from 'react';
import { navigate, useLocation } from './router';

/**
 * A list page's state in its address (`q`, filters, sort), so a reload or a shared link shows
 * the same list: `go` sets or clears parameters (an empty value clears it), and the search box's
 * text follows `q` (cleared with it, filled by a shared link) until the reader submits it.
 */
export function useListAddress(path: string) {
  const { query } = useLocation();
  const q = query.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const go = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(query);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    navigate(`${path}${next.toString() ? `?${next}` : ''}`);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    go({ q: text.trim() || null });
  };
  return { query, q, text, setText, go, onSearch };
}
