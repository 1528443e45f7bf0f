import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';

/**
 * A text filter typed freely but kept in the address: what is typed reaches the address a moment
 * after the typing stops (replacing the entry, so Back does not step through every letter), and a
 * change of the address from elsewhere (Back, a shared link) shows in the field.
 */
export function useUrlText(fromUrl: string, write: (value: string) => void, delay = 350): { text: string; setText: (value: string) => void; settled: boolean } {
  const [text, setText] = useState(fromUrl);
  const [debounced] = useDebouncedValue(text.trim(), delay);
  const written = useRef(fromUrl);
  const writeRef = useRef(write);
  writeRef.current = write;

  useEffect(() => {
    if (debounced === written.current) return;
    written.current = debounced;
    writeRef.current(debounced);
  }, [debounced]);

  useEffect(() => {
    // Our own write coming back: nothing to do (the user may have typed on since).
    if (fromUrl === written.current) return;
    written.current = fromUrl;
    setText(fromUrl);
  }, [fromUrl]);

  return { text, setText, settled: text.trim() === fromUrl };
}
