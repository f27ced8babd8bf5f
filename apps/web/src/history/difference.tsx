import { useTranslation } from 'react-i18next';
import { diffWords } from '../diff';
import './history.css';

/** Word by word: what was taken out struck through, what was put in underlined. */
export function Difference({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <span className="history-diff" dir="auto">
      {diffWords(before, after).map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={i} aria-label={t('history.added', { text: part.text })}>
            {part.text}
          </ins>
        ) : (
          <del key={i} aria-label={t('history.removed', { text: part.text })}>
            {part.text}
          </del>
        ),
      )}
    </span>
  );
}
