import { useEffect, useState } from 'react';

/** What is typed in a search box, and the trimmed query it settles on 300 ms after the last key. */
export function useSearchText() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  /** empties the box and the query at once (no 300 ms wait) */
  const clear = () => {
    setText('');
    setQuery('');
  };
  return { text, setText, query, clear };
}
