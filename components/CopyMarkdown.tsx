// "Copy summary as Markdown": writes the text to the clipboard and says whether it worked.
import { useEffect, useState } from 'preact/hooks';

export function CopyMarkdown({ text }: { text: () => string }) {
  const [done, setDone] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (done === 'idle') return;
    const t = setTimeout(() => setDone('idle'), 2500);
    return () => clearTimeout(t);
  }, [done]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setDone('copied');
    } catch {
      setDone('failed');
    }
  };
  return (
    <div class="actions">
      <button type="button" class="secondary" data-testid="copy-markdown" onClick={() => void copy()}>
        Copy summary as Markdown
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {done === 'copied' ? 'Copied' : done === 'failed' ? "Couldn't copy" : ''}
      </span>
    </div>
  );
}
